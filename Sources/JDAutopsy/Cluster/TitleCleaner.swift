import Foundation

/// Cleans messy job titles for matching: "Sr. Data Ninja II (m/f/d) – Berlin" → "Data Ninja".
///
/// 1. Placeholders such as `<ORGANIZATION>` go; parenthesised and bracketed parts become side segments.
/// 2. The rest is split at the separators of `TitleRules` (" - ", " | ", ": ", " at "…); the first
///    segment with role words left is the main one, later ones are side segments.
/// 3. Words are normalised like all text (case folding, dashes to spaces), abbreviations expanded
///    ("mgr" → "manager"), then gender markers ("m/f/d", "all genders"), seniority ("senior",
///    "sr", "lead"), numerals ("II", "3"), noise ("urgent", "career path") go everywhere; places
///    ("remote", "berlin") go at the main segment's end and everywhere in side segments; stop words
///    at the main segment's edges.
/// 4. `display` keeps the main segment's surviving words as written; `key` is their lower-case
///    expansion plus up to three new words from side segments ("software engineer java").
public struct TitleCleaner: Sendable {
    /// The rules in use.
    public let rules: TitleRules
    private let normalizer: Normalizer
    private let abbreviations: [String: [String]]
    private let removable: [(phrase: [String], kind: Kind)]
    private let locations: [[String]]
    /// Indexes into `removable` / `locations` by a phrase's first word (and `locations` by its last),
    /// in list order, so a word is checked only against the phrases that can match at it.
    private let removableByFirst: [String: [Int]]
    private let locationsByFirst: [String: [Int]]
    private let locationsByLast: [String: [Int]]
    private let numerals: Set<String>
    private let stopWords: Set<String>
    private let genderLetters: Set<Character>
    private let memo = CleanTitleMemo()

    private enum Kind { case gender, seniority, noise }

    /// Creates a cleaner from title rules, the text rules and the index's stop words.
    public init(rules: TitleRules, textRules: TextRules, stopWords: [String]) {
        self.rules = rules
        let normalizer = Normalizer(rules: textRules)
        self.normalizer = normalizer
        func words(_ s: String) -> [String] {
            normalizer.normalizedBytes(Array(s.utf8)).split(separator: 0x20).map { String(decoding: $0, as: UTF8.self) }
        }
        var abbreviations: [String: [String]] = [:]
        for (k, v) in rules.abbreviations { abbreviations[k.lowercased()] = words(v) }
        self.abbreviations = abbreviations
        var removable = rules.genderPhrases.map { (words($0), Kind.gender) }
        removable += rules.seniority.map { (words($0), Kind.seniority) }
        removable += rules.noise.map { (words($0), Kind.noise) }
        // Longest phrases first, so "mid senior" wins over "senior".
        self.removable = removable.filter { !$0.0.isEmpty }.sorted { $0.0.count > $1.0.count }
        locations = rules.locations.map(words).filter { !$0.isEmpty }.sorted { $0.count > $1.count }
        func index(_ phrases: [[String]], by word: ([String]) -> String) -> [String: [Int]] {
            var out: [String: [Int]] = [:]
            for (k, p) in phrases.enumerated() { out[word(p), default: []].append(k) }
            return out
        }
        removableByFirst = index(self.removable.map(\.phrase)) { $0[0] }
        locationsByFirst = index(locations) { $0[0] }
        locationsByLast = index(locations) { $0[$0.count - 1] }
        numerals = Set(rules.numerals.map { $0.lowercased() })
        self.stopWords = Set(stopWords.map { $0.lowercased() })
        genderLetters = Set(rules.genderLetters.lowercased())
    }

    /// Creates a cleaner with the lexicon's text rules and stop words.
    public init(rules: TitleRules, lexicon: Lexicon) {
        self.init(rules: rules, textRules: lexicon.textRules, stopWords: lexicon.stopwords)
    }

    /// Cleans one title.
    /// - Complexity: O(words · phrases) — titles are short.
    public func clean(_ title: String) -> CleanTitle {
        memo.value(title, cleanUncached)
    }

    private func cleanUncached(_ title: String) -> CleanTitle {
        var removed: [String] = []
        var text = title
        // 1. Placeholders ("<" 1–40 characters without angle brackets ">") and parentheticals ("(…)" or
        // "[…]" without nesting), found left to right; a regex did this at ≈10× the cost of a cold start's one title.
        for m in Self.enclosed(text, pairs: [("<", ">")], inner: 1...40).reversed() {
            removed.insert(String(text[m.whole]), at: 0)
            text.replaceSubrange(m.whole, with: " ")
        }
        var sides: [String] = []
        for m in Self.enclosed(text, pairs: [("(", ")"), ("[", "]")], inner: 0...Int.max).reversed() {
            sides.insert(String(text[m.inner]), at: 0)
            text.replaceSubrange(m.whole, with: " ")
        }
        // 2. Segments.
        let mark: UInt8 = 0x1F
        var bytes = Array(text.utf8)
        for sep in rules.separators { bytes = ASCIIBytes.replacingCaseInsensitive(Array(sep.utf8), with: mark, in: bytes) }
        let segments = bytes.split(separator: mark, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
        var main: (display: [String], key: [String])?
        var extra: [String] = []
        for s in segments {
            let r = cleanSegment(s, main: main == nil, removed: &removed)
            if main == nil, !r.key.isEmpty {
                main = r
            } else if !r.key.isEmpty, r.key.count <= 3 {
                extra += r.key
            }
        }
        for s in sides {
            let r = cleanSegment(s, main: false, removed: &removed)
            if r.key.count <= 3 { extra += r.key }
            if !r.key.isEmpty, r.key.count > 3, main == nil { main = r }
        }
        guard let main else { return CleanTitle(original: title, display: "", key: "", removed: removed) }
        var key = main.key
        for w in extra where !key.contains(w) { key.append(w) }
        return CleanTitle(original: title, display: main.display.joined(separator: " "), key: key.joined(separator: " "), removed: removed)
    }

    /// Cleans one segment: the surviving original words and their lower-case expansions.
    private func cleanSegment(_ segment: String, main: Bool, removed: inout [String]) -> (display: [String], key: [String]) {
        // Words as written, split at spaces, slashes, commas and dashes; edge punctuation trimmed.
        let originals = segment.split(whereSeparator: Self.wordSeparators.contains).map {
            Self.trimming($0, Self.edgePunctuation)
        }.filter { !$0.isEmpty }
        // Expanded lower-case words, each remembering its original word.
        var words: [(w: String, origin: Int)] = []
        for (i, o) in originals.enumerated() {
            let lower = String(decoding: normalizer.normalizedBytes(Array(o.utf8)), as: UTF8.self)
            for part in lower.split(separator: " ") {
                let p = Self.trimming(part, Self.fullStop)
                guard !p.isEmpty else { continue }
                if let e = abbreviations[p] { words += e.map { ($0, i) } } else { words.append((p, i)) }
            }
        }
        var keep = [Bool](repeating: true, count: words.count)
        var i = 0
        while i < words.count {
            if let n = matchRemovable(words, i) {
                for k in i..<i + n { keep[k] = false }
                i += n
                continue
            }
            let w = words[i].w
            if numerals.contains(w) || w.allSatisfy({ $0.isNumber || $0 == "." || $0 == "," || $0 == "+" || $0 == "k" }) && w.first!.isNumber {
                keep[i] = false
            } else if w.count == 1, let c = w.first, genderLetters.contains(c) {
                // A run of two or more single gender letters ("m f d") is a gender marker.
                var j = i
                while j < words.count, words[j].w.count == 1, genderLetters.contains(words[j].w.first!) { j += 1 }
                if j - i >= 2 { for k in i..<j { keep[k] = false }; i = j; continue }
            } else if !main, stopWords.contains(w) || matchLocation(words, i) != nil {
                let n = matchLocation(words, i) ?? 1
                for k in i..<min(words.count, i + n) { keep[k] = false }
                i += n
                continue
            }
            i += 1
        }
        // Places and stop words at the edges of what is left.
        var kept = words.indices.filter { keep[$0] }
        var changed = true
        while changed && !kept.isEmpty {
            changed = false
            // A leading place stays ("Remote Sensing Scientist"); only a leading stop word goes.
            if stopWords.contains(words[kept[0]].w) { keep[kept[0]] = false; changed = true }
            kept = words.indices.filter { keep[$0] }
            guard let last = kept.last else { break }
            if stopWords.contains(words[last].w) { keep[last] = false; changed = true }
            else if let start = locationEnding(words, at: last, kept: kept) { for k in kept[start...] { keep[k] = false }; changed = true }
            kept = words.indices.filter { keep[$0] }
        }
        let keptOrigins = Set(kept.map { words[$0].origin })
        for (i, o) in originals.enumerated() where !keptOrigins.contains(i) { removed.append(o) }
        return (originals.indices.filter { keptOrigins.contains($0) }.map { originals[$0] }, kept.map { words[$0].w })
    }

    /// The spans opened by a pair's first character and closed by the next closing one, left to right,
    /// with a number of characters in `inner` between and neither bracket of the pair among them.
    /// - Complexity: O(n · inner.upperBound) — titles are short.
    static func enclosed(_ text: String, pairs: [(open: Character, close: Character)],
                         inner: ClosedRange<Int>) -> [(whole: Range<String.Index>, inner: Range<String.Index>)] {
        var out: [(whole: Range<String.Index>, inner: Range<String.Index>)] = []
        var i = text.startIndex
        scan: while i < text.endIndex {
            if let pair = pairs.first(where: { $0.open == text[i] }) {
                var j = text.index(after: i), count = 0
                while j < text.endIndex, text[j] != pair.open, count <= inner.upperBound {
                    if text[j] == pair.close {
                        guard count >= inner.lowerBound else { break }
                        let end = text.index(after: j)
                        out.append((i..<end, text.index(after: i)..<j))
                        i = end
                        continue scan
                    }
                    count += 1
                    j = text.index(after: j)
                }
            }
            i = text.index(after: i)
        }
        return out
    }

    private static let wordSeparators: Set<Character> = [" ", "\t", "/", ",", ";", "|", "&", "–", "—", "‐", "-"]
    static let edgePunctuation = Set(".:;!?'\"*()[]{}".unicodeScalars)
    private static let fullStop: Set<Unicode.Scalar> = ["."]

    /// `s` without the scalars of `set` at either end (as `trimmingCharacters(in:)`, without building a `CharacterSet` each time).
    static func trimming(_ s: Substring, _ set: Set<Unicode.Scalar>) -> String {
        var scalars = s.unicodeScalars[...]
        while let f = scalars.first, set.contains(f) { scalars.removeFirst() }
        while let l = scalars.last, set.contains(l) { scalars.removeLast() }
        return String(scalars)
    }

    private func matchRemovable(_ words: [(w: String, origin: Int)], _ i: Int) -> Int? {
        for k in removableByFirst[words[i].w] ?? [] {
            let phrase = removable[k].phrase
            if i + phrase.count <= words.count, (0..<phrase.count).allSatisfy({ words[i + $0].w == phrase[$0] }) { return phrase.count }
        }
        return nil
    }

    private func matchLocation(_ words: [(w: String, origin: Int)], _ i: Int) -> Int? {
        for k in locationsByFirst[words[i].w] ?? [] {
            let phrase = locations[k]
            if i + phrase.count <= words.count, (0..<phrase.count).allSatisfy({ words[i + $0].w == phrase[$0] }) { return phrase.count }
        }
        return nil
    }

    /// The position in `kept` where a place phrase ending at word `last` (= `kept.last`) starts, if one does.
    private func locationEnding(_ words: [(w: String, origin: Int)], at last: Int, kept: [Int]) -> Int? {
        guard let end = kept.last else { return nil }
        for k in locationsByLast[words[end].w] ?? [] {
            let phrase = locations[k]
            guard phrase.count <= kept.count else { continue }
            let start = kept.count - phrase.count
            if (0..<phrase.count).allSatisfy({ words[kept[start + $0]].w == phrase[$0] }) { return start }
        }
        return nil
    }
}
