/// Normalises, tokenises and sentence-splits postings and phrases. One per task: not thread-safe.
public final class TextPipeline {
    /// The rules in use.
    public let rules: TextRules
    private let normalizer: Normalizer
    private let tokenizer: Tokenizer
    /// Opened at the first block that needs ICU.
    private lazy var sentenceBreaker: BreakIterator? = BreakIterator(kind: .sentence, locale: rules.sentenceLocale)
    /// Lower-cased abbreviations without a space or "(" inside, by byte length: only those as long
    /// as a sentence's last word can end it.
    private let abbreviationsByLength: [[[UInt8]]]
    /// Lower-cased abbreviations with a space or "(" inside (none in the built-in rules), tried one by one.
    private let spacedAbbreviations: [[UInt8]]
    private let fastPath: Bool

    /// Creates a pipeline (ICU iterators open when first needed).
    public convenience init(rules: TextRules) {
        self.init(rules: rules, fastPath: true)
    }

    /// Creates a pipeline; `fastPath: false` segments every byte with ICU (tests compare the two).
    init(rules: TextRules, fastPath: Bool) {
        self.rules = rules
        self.fastPath = fastPath
        tokenizer = Tokenizer(fastPath: fastPath)
        normalizer = Normalizer(rules: rules)
        let lowered = rules.abbreviations.map { Array($0.lowercased().utf8) }.filter { !$0.isEmpty }
        var byLength = [[[UInt8]]](repeating: [], count: (lowered.map(\.count).max() ?? 0) + 1)
        for a in lowered where !a.contains(0x20) && !a.contains(0x28) { byLength[a.count].append(a) }
        abbreviationsByLength = byLength
        spacedAbbreviations = lowered.filter { $0.contains(0x20) || $0.contains(0x28) }
    }

    /// Normalises UTF-8 text.
    public func normalize(_ bytes: [UInt8]) -> NormalizedText { normalizer.normalize(bytes) }

    /// Tokenises normalised bytes against `vocabulary`.
    func tokenize(_ normalized: [UInt8], vocabulary: Vocabulary) -> TokenStream {
        tokenizer.tokenize(normalized, vocabulary: vocabulary)
    }

    /// The normalised tokens of `phrase` as byte strings (for compiling lexicon phrases).
    func phraseTokens(_ phrase: String) -> [[UInt8]] {
        let n = normalizer.normalize(Array(phrase.utf8))
        let stream = tokenizer.tokenize(n.bytes, vocabulary: Vocabulary())
        return (0..<stream.count).map { Array(n.bytes[Int(stream.starts[$0])..<Int(stream.ends[$0])]) }
    }

    /// Builds the document, normalises and tokenises it, and splits sentences within blocks.
    /// - Complexity: O(n) in the text size.
    public func analyze(_ posting: Posting, vocabulary: Vocabulary) -> PostingText {
        var document: [UInt8] = []
        var ranges: [Range<Int>] = []
        document.reserveCapacity(posting.blocks.reduce(0) { $0 + $1.text.utf8.count + 1 })
        for (k, block) in posting.blocks.enumerated() {
            if k > 0 { document.append(0x0A) }
            let start = document.count
            var text = block.text
            text.withUTF8 { document.append(contentsOf: $0) }
            ranges.append(start..<document.count)
        }
        let normalized = normalizer.normalize(document)
        let tokens = tokenizer.tokenize(normalized.bytes, vocabulary: vocabulary)
        var tokenBlocks = [Int32](repeating: 0, count: tokens.count)
        var sentences: [Sentence] = []
        normalized.map.withUnsafeBufferPointer { map in
            tokens.starts.withUnsafeBufferPointer { starts in
                var b = 0
                var nextBlock = ranges.count > 1 ? ranges[1].lowerBound : Int.max
                tokenBlocks.withUnsafeMutableBufferPointer { tokenBlocks in
                    for t in 0..<starts.count {
                        let d = Int(map[Int(starts[t])])
                        while d >= nextBlock {
                            b += 1
                            nextBlock = b + 1 < ranges.count ? ranges[b + 1].lowerBound : Int.max
                        }
                        tokenBlocks[t] = Int32(b)
                    }
                }
                var t = 0
                // Reused across blocks: one allocation each per posting, not per block.
                var blockSentences: [Range<Int>] = [], bounds: [Int] = []
                document.withUnsafeBufferPointer { doc in
                    for (k, range) in ranges.enumerated() {
                        sentenceRanges(doc, range, into: &blockSentences, bounds: &bounds)
                        for s in blockSentences {
                            let first = t
                            while t < starts.count, Int(map[Int(starts[t])]) < s.upperBound { t += 1 }
                            sentences.append(Sentence(block: k, range: s, tokens: first..<t))
                        }
                    }
                }
            }
        }
        return PostingText(posting: posting, document: document, blockRanges: ranges, normalized: normalized,
                           tokens: tokens, tokenBlocks: tokenBlocks, sentences: sentences)
    }

    /// Sentence ranges inside one block, into `result` (emptied first): Unicode sentence boundaries
    /// (`FastSentences` for most blocks, ICU for the rest), minus those right after an abbreviation,
    /// trailing spaces trimmed. `bounds` is scratch space.
    private func sentenceRanges(_ document: UnsafeBufferPointer<UInt8>, _ block: Range<Int>,
                                into result: inout [Range<Int>], bounds: inout [Int]) {
        result.removeAll(keepingCapacity: true)
        guard block.count > 1 else {
            if !block.isEmpty { result.append(block) }
            return
        }
        // `FastSentences` passes over ASCII that cannot end a sentence eight bytes at a time, so a list
        // item or heading without a terminator costs a few word loads.
        if fastPath, FastSentences.boundaries(document, block.lowerBound, block.upperBound, into: &bounds) {
            // `bounds` holds them.
        } else if let sentenceBreaker {
            bounds = sentenceBreaker.boundaries(UnsafeBufferPointer(rebasing: document[block]), classes: false).bounds.map { Int($0) }
        } else {
            bounds = [block.count]
        }
        var start = block.lowerBound
        for (k, b) in bounds.enumerated() {
            let end = block.lowerBound + b
            if k + 1 < bounds.count, endsWithAbbreviation(document, start, end) { continue }
            var hi = end
            while hi > start, document[hi - 1] == 0x20 { hi -= 1 }
            if hi > start { result.append(start..<hi) }
            start = end
        }
    }

    /// True when `d[lo..<hi]` (trailing spaces aside) ends with an abbreviation that starts the
    /// text or follows a space or "(", compared ASCII case-insensitively.
    /// - Complexity: O(longest abbreviation × abbreviations of the last word's length).
    private func endsWithAbbreviation(_ d: UnsafeBufferPointer<UInt8>, _ lo: Int, _ hi: Int) -> Bool {
        var end = hi
        while end > lo, d[end - 1] == 0x20 { end -= 1 }
        // The last word: back to a space or "(" (an abbreviation without either inside can only be it).
        var s = end
        while s > lo, end - s < abbreviationsByLength.count, d[s - 1] != 0x20, d[s - 1] != 0x28 { s -= 1 }
        if end - s < abbreviationsByLength.count {
            for a in abbreviationsByLength[end - s] where Self.equalsLowered(d, s, a) { return true }
        }
        for a in spacedAbbreviations where end - lo >= a.count {
            let s = end - a.count
            if s == lo || d[s - 1] == 0x20 || d[s - 1] == 0x28, Self.equalsLowered(d, s, a) { return true }
        }
        return false
    }

    /// True when `d[s..<s + a.count]`, ASCII letters lower-cased, equals `a`.
    @inline(__always)
    private static func equalsLowered(_ d: UnsafeBufferPointer<UInt8>, _ s: Int, _ a: [UInt8]) -> Bool {
        for k in 0..<a.count {
            var c = d[s + k]
            if c >= 0x41 && c <= 0x5A { c += 32 }
            if c != a[k] { return false }
        }
        return true
    }
}
