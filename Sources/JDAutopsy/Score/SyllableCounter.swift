/// Estimates how many syllables an English word has, by spelling rules and a small exception table.
///
/// The estimate counts vowel groups (with `y` as a vowel except before a vowel at the start of a word or after
/// one), then corrects for silent final `e`, syllabic `-le`/`-re`, the `-ed`/`-es`/`-s`/`-ing` inflections,
/// vowel pairs that are two syllables (`idea`, `science`, `ratio`, `actual`), `qu`/`gu` glides, `-ism`/`-thm`,
/// compounds whose first part ends in a silent `e` (`something`, `statement`) and a few prefixes that meet a
/// vowel (`react`, `cooperate`). Hyphenated words are the sum of their parts; diacritics are folded (`é` → `e`);
/// a trailing possessive `'s` is ignored. Counts follow the first pronunciation of the CMU Pronouncing
/// Dictionary, except that `-ire` is one syllable (`hire`, `required`), as dictionaries hyphenate it.
public enum SyllableCounter {
    /// Estimates the number of syllables in `word`.
    ///
    /// - Parameters:
    ///   - word: One word; hyphens, slashes and other non-letters split it into parts that are counted separately.
    /// - Returns: The estimate: 0 for an empty string, 1 for a token without letters (a number, a symbol) and
    ///   at least 1 for any part that has letters.
    /// - Complexity: O(n) in the length of `word` (the exception table is a hash lookup).
    public static func count(_ word: String) -> Int {
        if word.isEmpty { return 0 }
        var total = 0
        var part: [UInt8] = []
        part.reserveCapacity(word.utf8.count)
        var apostropheAt = -1
        var sawLetters = false
        var partHasOtherScript = false

        func flush() {
            // A trailing possessive or contraction "'s" adds no syllable ("company's", "it's").
            if apostropheAt >= 0, part.count == apostropheAt + 1, part.last == UInt8(ascii: "s") {
                part.removeLast()
            }
            if !part.isEmpty {
                total += max(1, core(part))
            } else if partHasOtherScript {
                total += 1
            }
            part.removeAll(keepingCapacity: true)
            apostropheAt = -1
            partHasOtherScript = false
        }

        for scalar in word.unicodeScalars {
            let v = scalar.value
            if v >= 0x41 && v <= 0x5A {
                part.append(UInt8(v + 32)); sawLetters = true
            } else if v >= 0x61 && v <= 0x7A {
                part.append(UInt8(v)); sawLetters = true
            } else if v == 0x27 || v == 0x2019 {
                apostropheAt = part.count
            } else if v < 0x80 {
                flush()
            } else if v >= 0xC0, let folded = foldLatin(v) {
                part.append(contentsOf: folded); sawLetters = true
            } else if v >= 0x300 && (scalar.properties.generalCategory == .nonspacingMark
                                     || scalar.properties.generalCategory == .spacingMark) {
                continue
            } else if scalar.properties.isAlphabetic {
                // A letter of another script: the part counts, at least once, but adds no vowel.
                sawLetters = true
                partHasOtherScript = true
            } else {
                flush()
            }
        }
        flush()
        return sawLetters ? max(total, 1) : 1
    }

    // MARK: - Tables

    /// Words the rules get wrong, with their syllable count (lower case, letters only). Inflected forms
    /// ("businesses", "elements") reach these through suffix stripping.
    private static let exceptions: [Key: Int] = {
        let table: [String: Int] = [
            "business": 2, "people": 2, "every": 3, "evening": 2, "element": 3, "nevertheless": 4,
            "maybe": 2, "recipe": 3, "argue": 2, "tier": 1, "pier": 1, "frontier": 2, "premier": 2,
            "cashier": 2, "soldier": 2, "european": 4, "marriage": 2, "carriage": 2, "wednesday": 2,
            "interest": 2, "several": 2, "ceo": 3, "colonel": 2, "naive": 2, "choir": 2, "canyon": 2,
            "realize": 3, "realise": 3, "hierarchy": 4, "hierarchical": 4, "conscience": 2, "resilience": 4,
            "bureau": 2, "beauty": 2, "lingerie": 3, "cafe": 2, "resume": 2, "coyote": 3,
            "karate": 3, "apostrophe": 4, "catastrophe": 4, "hyperbole": 4, "epitome": 4, "sesame": 3,
            "facsimile": 4, "adobe": 3, "acne": 2, "machine": 2, "police": 2, "routine": 2,
            "ensemble": 3, "giant": 2, "diamond": 2, "iron": 2, "hour": 2, "our": 2, "flour": 2,
            "being": 2, "idea": 3, "preview": 2, "poem": 2, "poet": 2, "quiet": 2, "create": 2,
            "queue": 1, "science": 2, "area": 3, "aerial": 3, "chaos": 2, "lion": 2, "ruin": 2,
            "toward": 2, "towards": 2, "whoever": 3, "however": 3, "forever": 3, "extraordinary": 6,
            "valuable": 3,
        ]
        var out: [Key: Int] = [:]
        for (word, n) in table { out[Key(Array(word.utf8))] = n }
        return out
    }()

    /// A word's bytes as a dictionary key, hashed in one pass rather than byte by byte.
    private struct Key: Hashable {
        let bytes: [UInt8]
        init(_ bytes: [UInt8]) { self.bytes = bytes }
        func hash(into hasher: inout Hasher) {
            bytes.withUnsafeBytes { hasher.combine(bytes: $0) }
        }
    }

    /// Second parts of compounds and suffixes before which a first part's final consonant + `e` is silent
    /// ("some|thing", "state|ment", "care|ful"); each is counted as its own word.
    private static let heads: [[UInt8]] = [
        "ment", "ments", "ness", "less", "ful", "fully", "ly", "ty", "like", "time", "times", "line", "lines",
        "work", "works", "place", "places", "where", "one", "ones", "thing", "things", "body", "self", "way",
        "ways", "ware", "side", "some", "ship", "ships", "hood", "house", "wide", "wise", "fore", "holder",
        "holders", "owner", "owners", "base", "name", "names", "space", "style", "book", "books", "board",
        "boards", "maker", "makers", "room", "rooms", "sale", "sales", "site", "sites", "person", "people",
        "cast", "casts", "casting", "man", "men", "most", "keeper", "keepers", "giver", "givers", "cycle",
        "cycles", "card", "cards", "front", "fronts", "force", "teen", "teens", "what", "houses", "tail", "tails",
    ].map { Array($0.utf8) }

    /// `heads` grouped by their last letter (index 0 for "a" … 25 for "z"), so a word is checked against few.
    private static let headsByLastLetter: [[[UInt8]]] = {
        var buckets = [[[UInt8]]](repeating: [], count: 26)
        for head in heads { buckets[Int(head[head.count - 1] - 0x61)].append(head) }
        return buckets
    }()

    /// Word endings that are always a compound's second part, counted as a word of its own ("well|being").
    private static let compoundHeads: [[UInt8]] = ["being", "beings"].map { Array($0.utf8) }

    /// Compound first parts counted as words of their own ("any|one", "every|thing").
    private static let compoundPrefixes: [(prefix: [UInt8], syllables: Int)] = [
        (Array("every".utf8), 2), (Array("any".utf8), 2), (Array("tele".utf8), 2),
    ]

    /// Word beginnings where a prefix ends in a vowel and the stem starts with one, so the two vowels are
    /// separate syllables ("re|act", "co|operate").
    private static let splitPrefixes: [[UInt8]] = [
        "react", "reapp", "reass", "realig", "realit", "realis", "readj", "reaff", "reeval", "reeng", "reent",
        "reexam", "reuse", "reus", "reunit", "reimb", "reinf", "reinv", "reinst", "reint", "reit", "preex",
        "preemp", "preapp", "coop", "coord", "coauth", "coinc", "deact", "deemph", "proact",
    ].map { Array($0.utf8) }

    /// First letters of `splitPrefixes`, to skip the list for most words.
    private static let splitPrefixInitials: Set<UInt8> = Set(splitPrefixes.map { $0[0] })

    /// Latin-1 letters folded to their base letters ("é" → "e", "æ" → "ae").
    private static func foldLatin(_ v: UInt32) -> [UInt8]? {
        switch v {
        case 0xC0...0xC5, 0xE0...0xE5: return [0x61]
        case 0xC6, 0xE6: return [0x61, 0x65]
        case 0xC7, 0xE7: return [0x63]
        case 0xC8...0xCB, 0xE8...0xEB: return [0x65]
        case 0xCC...0xCF, 0xEC...0xEF: return [0x69]
        case 0xD1, 0xF1: return [0x6E]
        case 0xD2...0xD6, 0xD8, 0xF2...0xF6, 0xF8: return [0x6F]
        case 0xD9...0xDC, 0xF9...0xFC: return [0x75]
        case 0xDD, 0xFD, 0xFF: return [0x79]
        case 0xDF: return [0x73, 0x73]
        case 0x152, 0x153: return [0x6F, 0x65]
        default: return nil
        }
    }

    // MARK: - Rules

    private static let a = UInt8(ascii: "a"), e = UInt8(ascii: "e"), i = UInt8(ascii: "i")
    private static let o = UInt8(ascii: "o"), u = UInt8(ascii: "u"), y = UInt8(ascii: "y")

    @inline(__always)
    private static func isPlainVowel(_ c: UInt8) -> Bool {
        c == a || c == e || c == i || c == o || c == u
    }

    @inline(__always)
    private static func hasSuffix(_ w: [UInt8], _ s: StaticString) -> Bool {
        let n = s.utf8CodeUnitCount
        guard w.count >= n else { return false }
        let p = s.utf8Start
        for k in 0..<n where w[w.count - n + k] != p[k] { return false }
        return true
    }

    @inline(__always)
    private static func hasPrefix(_ w: [UInt8], _ p: [UInt8]) -> Bool {
        guard w.count >= p.count else { return false }
        for k in 0..<p.count where w[k] != p[k] { return false }
        return true
    }

    @inline(__always)
    private static func endsWith(_ w: [UInt8], _ s: [UInt8]) -> Bool {
        guard w.count >= s.count else { return false }
        let off = w.count - s.count
        for k in 0..<s.count where w[off + k] != s[k] { return false }
        return true
    }

    private static func hasVowel(_ w: ArraySlice<UInt8>) -> Bool {
        w.contains { isPlainVowel($0) || $0 == y }
    }

    /// How much inflection `core` may still strip from a word.
    private enum Stage: Int { case any = 0, noPlural = 1, none = 2 }

    /// Counts one lower-case ASCII word: table, compounds, inflections, then vowel groups.
    private static func core(_ w: [UInt8], _ stage: Stage = .any) -> Int {
        if w.isEmpty { return 0 }
        if let n = exceptions[Key(w)] { return n }
        let n = w.count

        // No vowel letter at all: an initialism read letter by letter ("hr", "sql", "phd").
        if !hasVowel(w[...]) {
            guard n <= 5 else { return 1 }
            return w.reduce(0) { $0 + ($1 == UInt8(ascii: "w") ? 3 : 1) }
        }

        for (prefix, syllables) in compoundPrefixes where n >= prefix.count + 3 && hasPrefix(w, prefix) {
            return syllables + core(Array(w[prefix.count...]))
        }
        for head in compoundHeads where n >= head.count + 2 && endsWith(w, head) {
            return core(Array(w[0..<(n - head.count)])) + core(head)
        }

        // Compounds and suffixes after a silent "e": "some|thing", "require|ments", "safe|ty".
        let last = w[n - 1]
        let bucket = last >= 0x61 && last <= 0x7A ? headsByLastLetter[Int(last - 0x61)] : []
        for head in bucket where n >= head.count + 3 && endsWith(w, head) {
            let firstEnd = n - head.count
            if w[firstEnd - 1] == e, !isPlainVowel(w[firstEnd - 2]), w[firstEnd - 2] != y,
               hasVowel(w[0..<(firstEnd - 1)]) {
                return core(Array(w[0..<firstEnd])) + core(head)
            }
        }

        // Plurals and third persons: "companies", "places", "makes", "skills".
        if stage == .any && n >= 4 {
            if hasSuffix(w, "ies") {
                return core(Array(w[0..<(n - 2)]), .noPlural)
            }
            if hasSuffix(w, "es") {
                let stem = Array(w[0..<(n - 2)])
                let last = stem[stem.count - 1]
                let sibilant = last == UInt8(ascii: "s") || last == UInt8(ascii: "x") || last == UInt8(ascii: "z")
                    || last == UInt8(ascii: "c") || last == UInt8(ascii: "g")
                    || (stem.count >= 2 && last == UInt8(ascii: "h")
                        && (stem[stem.count - 2] == UInt8(ascii: "c") || stem[stem.count - 2] == UInt8(ascii: "s")))
                if sibilant && hasVowel(stem[...]) { return core(stem, .none) + 1 }
                return core(Array(w[0..<(n - 1)]), .noPlural)
            }
            if w[n - 1] == UInt8(ascii: "s") {
                let before = w[n - 2]
                if before != UInt8(ascii: "s") && before != u && before != i {
                    return core(Array(w[0..<(n - 1)]), .noPlural)
                }
            }
        }
        // Past tenses: "created" (+1 after t/d), "required", "applied".
        if stage != .none && n >= 4 && hasSuffix(w, "ed") && w[n - 3] != e {
            let stem = Array(w[0..<(n - 2)])
            if hasVowel(stem[...]) {
                let last = stem[stem.count - 1]
                let prev = stem[stem.count - 2]
                if last == UInt8(ascii: "t") || last == UInt8(ascii: "d") { return core(stem, .none) + 1 }
                // "titled", "handled", "hundred": the l or r after a consonant is a syllable of its own.
                if (last == UInt8(ascii: "l") || last == UInt8(ascii: "r")) && !isPlainVowel(prev) && prev != y
                    && prev != last && !(last == UInt8(ascii: "r") && prev == UInt8(ascii: "w")) {
                    return core(stem, .none) + 1
                }
                return core(stem, .none)
            }
        }
        if stage != .none && n >= 5 && hasSuffix(w, "ing") {
            let stem = Array(w[0..<(n - 3)])
            if stem.count >= 2 && hasVowel(stem[...]) { return core(stem, .none) + 1 }
        }
        return base(w)
    }

    /// Counts vowel groups of `w`, splitting pairs that are two syllables, and applies the final-letter rules.
    private static func base(_ w: [UInt8]) -> Int {
        withUnsafeTemporaryAllocation(of: Bool.self, capacity: w.count) { vowel in
            vowel.initialize(repeating: false)
            return base(w, vowel)
        }
    }

    /// `base(_:)` with a scratch buffer for the vowel flags.
    private static func base(_ w: [UInt8], _ vowel: UnsafeMutableBufferPointer<Bool>) -> Int {
        let n = w.count
        // Which letters act as vowels.
        for k in 0..<n {
            let c = w[k]
            if c == y {
                let nextVowel = k + 1 < n && isPlainVowel(w[k + 1])
                if k == 0 {
                    vowel[k] = !nextVowel
                } else {
                    var p = k - 1
                    if w[p] == UInt8(ascii: "w") && p > 0 { p -= 1 }
                    let afterVowel = isPlainVowel(w[p]) || (w[p] == y && vowel[p])
                    vowel[k] = !(afterVowel && nextVowel)
                }
            } else if c == u && k > 0 && w[k - 1] == UInt8(ascii: "q") {
                vowel[k] = false
            } else if c == u && k > 0 && w[k - 1] == UInt8(ascii: "g") && k + 1 < n && isPlainVowel(w[k + 1])
                        && !(k + 2 == n && w[k + 1] == e && k >= 2 && !isPlainVowel(w[k - 2])
                             && w[k - 2] != UInt8(ascii: "n"))
                        && !(k + 3 < n && ((w[k + 1] == o && w[k + 2] == u) || (w[k + 1] == i && w[k + 2] == UInt8(ascii: "t")))) {
                // "guide", "language", "league"; but "argue", "ambiguous", "ambiguity" keep their u.
                vowel[k] = false
            } else {
                vowel[k] = isPlainVowel(c)
            }
        }

        var count = 0
        var k = 0
        while k < n {
            if !vowel[k] { k += 1; continue }
            count += 1
            var j = k + 1
            while j < n && vowel[j] {
                if splits(w, j - 1) { count += 1 }
                j += 1
            }
            k = j
        }

        // Silent final e, but syllabic -le / -re after a consonant ("able", "centre").
        if n >= 3 && w[n - 1] == e && !vowel[n - 2] && count >= 2 {
            let c = w[n - 2]
            let before = w[n - 3]
            let syllabic = (c == UInt8(ascii: "l") || c == UInt8(ascii: "r")) && !vowel[n - 3] && before != c
                && before != UInt8(ascii: "w")
            if !syllabic { count -= 1 }
        }
        // "-ism", "-asm", "-thm": the m is a syllable of its own.
        if n >= 3 && w[n - 1] == UInt8(ascii: "m")
            && (w[n - 2] == UInt8(ascii: "s") || (w[n - 2] == UInt8(ascii: "h") && w[n - 3] == UInt8(ascii: "t"))) {
            count += 1
        }
        let mayHaveSplitPrefix = splitPrefixInitials.contains(w[0])
        for prefix in splitPrefixes where mayHaveSplitPrefix && hasPrefix(w, prefix) {
            count += 1
            break
        }
        return max(count, 1)
    }

    /// Whether the `i` at `p` follows "il" or "ill" ("familiar", "million"), where it is a glide.
    private static func glide(_ w: [UInt8], _ p: Int) -> Bool {
        guard p >= 2, w[p - 1] == UInt8(ascii: "l") else { return false }
        return w[p - 2] == i || (p >= 3 && w[p - 2] == UInt8(ascii: "l") && w[p - 3] == i)
    }

    /// Whether the vowels at `p` and `p + 1` are pronounced as two syllables.
    private static func splits(_ w: [UInt8], _ p: Int) -> Bool {
        let n = w.count
        let first = w[p], second = w[p + 1]
        let prev: UInt8 = p > 0 ? w[p - 1] : 0
        let after: UInt8 = p + 2 < n ? w[p + 2] : 0
        let after2: UInt8 = p + 3 < n ? w[p + 3] : 0
        let c = UInt8(ascii: "c"), t = UInt8(ascii: "t"), s = UInt8(ascii: "s"), x = UInt8(ascii: "x")
        let g = UInt8(ascii: "g"), l = UInt8(ascii: "l"), nn = UInt8(ascii: "n"), r = UInt8(ascii: "r")
        switch (first, second) {
        case (y, _):
            // A y after a consonant is a vowel of its own before another vowel ("embryo", "dryer"), but "-ye"
            // at the end is one ("goodbye").
            return !(second == e && p + 2 == n)
        case (i, a):
            // "-cial", "-tial", "-sian" are one syllable; "media", "trial", "associate" two.
            // "negotiable", "initiative".
            if (prev == c || prev == t || prev == s || prev == x) && (after == l || after == nn || after == UInt8(ascii: "b")) {
                return false
            }
            if (prev == c || prev == t) && after == t && after2 == i && p + 4 < n && w[p + 4] == UInt8(ascii: "v") {
                return false
            }
            // "familiar", "brilliant", "civilian": the i after "il"/"ill" is a glide.
            if glide(w, p) && (after == r || after == nn) { return false }
            return true
        case (i, o):
            if (prev == c || prev == t || prev == s || prev == x || prev == g) && after == nn { return false }
            if (prev == c || prev == t || prev == x || prev == g) && after == u { return false }
            if (prev == nn || prev == UInt8(ascii: "v")) && after == r { return false }
            // "million", "pavilion", "onion", "union": the i is a glide.
            if glide(w, p) && after == nn { return false }
            if (prev == nn || prev == UInt8(ascii: "v")) && after == u && after2 == r { return false }
            if prev == nn && p >= 2 && after == nn { return false }
            // "fashion", "cushion".
            if prev == UInt8(ascii: "h") && p >= 2 && w[p - 2] == s && after == nn { return false }
            return true
        case (i, e):
            if after == nn && (after2 == t || after2 == c) {
                let shSound = (prev == t || prev == c) && !(prev == c && p >= 2 && w[p - 2] == s)
                return !shSound
            }
            if after == t { return true }
            if after == r && (p + 3 == n || (after2 == s && p + 4 == n)) { return true }
            if after == s && after2 == t && p + 4 == n { return true }
            return false
        case (e, a):
            if p + 2 == n && p >= 1 && hasVowel(w[0..<p]) { return true }
            if prev == r && p >= 2 && w[p - 2] == c && after == t && after2 != u { return true }
            return false
        case (e, o):
            if (prev == g || prev == c) && (after == u || after == nn) { return false }
            return true
        case (u, a), (u, o), (i, u), (i, i):
            return true
        case (u, e):
            return after == nn || after == l
        case (u, i):
            if after == UInt8(ascii: "d") || after == nn { return true }
            if after == t && (after2 == y || after2 == i) { return true }
            return false
        case (o, e):
            if p + 2 == n || (after == s && p + 3 == n) { return false }
            return true
        case (o, i):
            // "heroic", "stoic"; not "voice", "invoice", "choice".
            return after == c && (prev == r || prev == t)
        default:
            return false
        }
    }
}
