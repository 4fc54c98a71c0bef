/// Finds years demanded, counts must-haves and nice-to-haves, lists degrees, and checks the title's seniority.
struct RequirementsAnalyzer {
    let lexicon: Lexicon
    let text: PostingText
    let signals: SignalHits
    let sections: PostingSections

    func analyze() -> RequirementsReport {
        var years: [YearsDemand] = []
        var lastEnd = -1
        for h in signals["years-experience"].sorted(by: { ($0.start, $1.end) < ($1.start, $0.end) }) where h.start >= lastEnd {
            guard let s = text.sentences.firstIndex(where: { $0.tokens.contains(h.start) }),
                  sentenceMentionsExperience(text.sentences[s].tokens) else { continue }
            let numbers = (h.start..<h.end).filter { text.tokens.kinds[$0] == .number }.compactMap { Double(text.tokenText($0)) }
            guard let first = numbers.first, first <= 40 else { continue }
            let plus = (h.start..<h.end).contains { text.tokenText($0) == "+" }
            let range = text.documentRange(ofTokens: h.start..<h.end)
            years.append(YearsDemand(text: text.text(range), minimum: first, maximum: plus ? nil : (numbers.count > 1 ? numbers.last! : first),
                                     position: text.position(ofDocumentByte: range.lowerBound)))
            lastEnd = h.end
        }
        var must = 0, nice = 0
        let niceMarkers = lexicon.scoring.signals["nice-to-have"] ?? []
        for (k, b) in text.posting.blocks.enumerated() where b.kind == .listItem {
            switch sections.kinds[k] {
            case .mustHave:
                let lower = b.text.lowercased()
                if niceMarkers.contains(where: lower.contains) { nice += 1 } else { must += 1 }
            case .niceToHave: nice += 1
            default: break
            }
        }
        var degrees: [String] = []
        for h in signals["degree"] {
            let t = text.text(text.documentRange(ofTokens: h.start..<h.end))
            if !degrees.contains(where: { $0.caseInsensitiveEquals(t) }) { degrees.append(t) }
        }
        let level = titleLevel()
        let minYears = years.map(\.minimum).max()
        return RequirementsReport(years: years, minimumYears: minYears, mustHaves: must, niceToHaves: nice, degrees: degrees,
                                  titleLevel: level?.level, mismatch: mismatch(level, minYears))
    }

    private func sentenceMentionsExperience(_ tokens: Range<Int>) -> Bool {
        tokens.contains { let t = text.tokenText($0); return t.hasPrefix("experience") || t == "exp" || t == "background" || t == "track" }
    }

    /// The most senior level whose words appear as whole words in the title.
    func titleLevel() -> ScoringRules.SeniorityLevel? {
        guard let title = text.posting.title else { return nil }
        let words = Self.titleWords(title)
        return lexicon.scoring.seniority.last { level in level.words.contains { Self.contains(word: $0, in: words) } }
    }

    /// The title lower-cased, each character other than a letter or a digit as a space, with a space at
    /// both ends; ASCII is mapped byte by byte.
    static func titleWords(_ title: String) -> [UInt8] {
        var out: [UInt8] = [0x20]
        out.reserveCapacity(title.utf8.count + 2)
        for b in title.utf8 {
            guard b < 0x80 else { return nonASCIITitleWords(title) }
            out.append(titleByte(b))
        }
        out.append(0x20)
        return out
    }

    /// An ASCII byte of a title as `titleWords` has it: a letter lower-cased, a digit as it is, else a space.
    @inline(__always)
    private static func titleByte(_ b: UInt8) -> UInt8 {
        let lower = (0x41...0x5A).contains(b) ? b | 0x20 : b
        return (0x61...0x7A).contains(lower) || (0x30...0x39).contains(lower) ? lower : 0x20
    }

    /// `titleWords` of a title with non-ASCII characters. When each scalar is a character of its own
    /// (no combining marks, joiners or CR, as in Latin-1, dashes, quotes and currency signs), scalar by
    /// scalar: its lower-case mapping when its first scalar is alphabetic or numeric (what
    /// `Character.isLetter`/`isNumber` test), else a space — the same bytes as the character walk, without it.
    private static func nonASCIITitleWords(_ title: String) -> [UInt8] {
        let ownCharacters = title.unicodeScalars.allSatisfy { s in
            let v = s.value
            return (v < 0x300 && v != 0x0D) || ((0x2000...0x20CF).contains(v) && v != 0x200C && v != 0x200D)
        }
        guard ownCharacters else {
            return Array((" " + String(title.lowercased().map { $0.isLetter || $0.isNumber ? $0 : " " }) + " ").utf8)
        }
        var out: [UInt8] = [0x20]
        for s in title.unicodeScalars {
            if s.isASCII {
                out.append(titleByte(UInt8(s.value)))
                continue
            }
            let lower = s.properties.lowercaseMapping
            if let first = lower.unicodeScalars.first?.properties, first.isAlphabetic || first.numericType != nil {
                out.append(contentsOf: lower.utf8)
            } else {
                out.append(0x20)
            }
        }
        out.append(0x20)
        return out
    }

    /// Whether `word` occurs in `words` with a space on each side (byte for byte; the words are lower case).
    /// - Complexity: O(n·m) for a title of n bytes and a word of m; both are short.
    private static func contains(word: String, in words: [UInt8]) -> Bool {
        var word = word
        return word.withUTF8 { w in
            var i = 1
            while i + w.count < words.count {
                if words[i - 1] == 0x20, words[i + w.count] == 0x20, words[i..<i + w.count].elementsEqual(w) { return true }
                i += 1
            }
            return false
        }
    }

    private func mismatch(_ level: ScoringRules.SeniorityLevel?, _ minYears: Double?) -> String? {
        guard let level, let minYears else { return nil }
        if minYears > level.maxYears + 1 {
            return "the title says \(level.level) (usually \(Self.format(level.minYears))–\(Self.format(level.maxYears)) years) but the body asks for \(Self.format(minYears))+ years"
        }
        if level.minYears >= 4, minYears + 2 < level.minYears {
            return "the title says \(level.level) (usually \(Self.format(level.minYears))+ years) but the body asks for only \(Self.format(minYears))"
        }
        return nil
    }

    static func format(_ x: Double) -> String { x == x.rounded() ? String(Int(x)) : String(x) }
}

extension String {
    /// Case-insensitive equality (`lowercased()` on both sides, without building strings for ASCII).
    func caseInsensitiveEquals(_ other: String) -> Bool { ASCIIBytes.equalLowercased(self, other) }
}
