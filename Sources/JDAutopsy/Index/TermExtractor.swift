/// Turns text into TF-IDF terms with our own text pipeline. One per task: not thread-safe.
///
/// 1. The text is normalised like every posting (`Normalizer`: NFKC case folding, dashes to
///    spaces, curly quotes straightened) and cut into ICU word tokens (`Tokenizer`).
/// 2. Word tokens are kept (number tokens only with `includeNumbers`); stop words are removed.
/// 3. Word n-grams are formed over the kept tokens of one *run*: a punctuation token or a line
///    break ends a run, a removed stop word does not (as in scikit-learn, "head of sales" gives
///    the bigram "head sales"). An n-gram's term is its tokens joined by one space.
/// 4. Character n-grams (when on) are taken from each kept word padded with one space on both
///    sides (scikit-learn's `char_wb`), counted in Unicode scalars; their terms start with "#".
final class TermExtractor {
    /// Receives one kept token: `(buffer, lo, hi, continuesRun)`.
    typealias KeptWordBody = (UnsafeBufferPointer<UInt8>, Int, Int, Bool) -> Void

    /// Where kept words come from: raw UTF-8 text (normalised and tokenised here), or a title line
    /// followed by a document a `TextPipeline` with the same rules has normalised and tokenised.
    enum Source {
        case text([UInt8])
        case titleAndDocument(title: [UInt8], normalized: [UInt8], tokens: TokenStream)
    }
    private let parameters: TFIDFParameters
    private let normalizer: Normalizer
    private let tokenizer = Tokenizer()
    private var stopWords = ByteTable(capacity: 512)
    private var scratch: [UInt8] = []
    /// Per-column term counts for `TFIDFModel.vector`, all zero between uses.
    private var counts: [Int32] = []

    /// Creates an extractor; stop words go through the same normaliser as text.
    init(parameters: TFIDFParameters, textRules: TextRules) {
        self.parameters = parameters
        normalizer = Normalizer(rules: textRules)
        for w in parameters.stopWords {
            let n = normalizer.normalizedBytes(Array(w.utf8))
            _ = stopWords.intern(n)
        }
        scratch.reserveCapacity(256)
    }

    /// The zeroed count scratch, at least `columns` long; hand it back with `returnCounts` all zero.
    func takeCounts(columns: Int) -> [Int32] {
        var taken: [Int32] = []
        swap(&taken, &counts)
        if taken.count < columns { taken = [Int32](repeating: 0, count: columns) }
        return taken
    }

    /// Keeps `counts` (all zero) for the next `takeCounts`.
    func returnCounts(_ zeroed: [Int32]) { counts = zeroed }

    /// Calls `body(buffer, lo, hi)` once per term occurrence of `text`, in text order.
    /// - Complexity: O(n) in the text, plus O(maxWordN + word length · charN) per token.
    func forEachTerm(_ text: String, _ body: (UnsafeBufferPointer<UInt8>, Int, Int) -> Void) {
        forEachTerm(Array(text.utf8), body)
    }

    /// Calls `body(buffer, lo, hi)` once per term occurrence of UTF-8 `text`, in text order.
    /// - Complexity: O(n) in the text, plus O(maxWordN + word length · charN) per token.
    func forEachTerm(_ text: [UInt8], _ body: (UnsafeBufferPointer<UInt8>, Int, Int) -> Void) {
        forEachTerm(of: .text(text), body)
    }

    /// Calls `body(buffer, lo, hi)` once per term occurrence of the kept words of `source`, in order.
    /// - Complexity: O(kept words × (maxWordN + word length · charN)).
    func forEachTerm(of source: Source, _ body: (UnsafeBufferPointer<UInt8>, Int, Int) -> Void) {
        let p = parameters
        // The kept tokens of the current run, as (start, end) byte offsets; at most maxWordN are needed.
        var window: [(Int, Int)] = []
        window.reserveCapacity(max(1, p.maxWordN))
        forEachKeptWord(source) { buf, lo, hi, continuesRun in
            if !continuesRun { window.removeAll(keepingCapacity: true) }
            if p.maxWordN > 0 {
                if window.count == p.maxWordN { window.removeFirst() }
                window.append((lo, hi))
                emitWordNgrams(buf, window, body)
            }
            if p.minCharN > 0 { emitCharNgrams(buf, lo, hi, body) }
        }
    }

    /// Calls `body(buffer, lo, hi, continuesRun)` for each kept token of UTF-8 `text` (normalised here),
    /// in text order; `continuesRun` is false when a punctuation token, a dropped number or a line break
    /// came after the previous kept token, so no n-gram spans the two. Stop words are skipped without
    /// ending a run.
    /// - Complexity: O(n) in the text.
    func forEachKeptWord(_ text: [UInt8], _ body: KeptWordBody) {
        let normalized = normalizer.normalizedBytes(text)
        forEachKeptWord(normalized: normalized, tokens: tokenizer.tokenize(normalized, vocabulary: Vocabulary()), body)
    }

    /// `forEachKeptWord` over each part of `source`; a title's words and the document's are separate
    /// runs, as if the two were joined by a line break.
    /// - Complexity: O(n) in the raw text or title, O(tokens) in a tokenised document.
    func forEachKeptWord(_ source: Source, _ body: KeptWordBody) {
        switch source {
        case .text(let text):
            forEachKeptWord(text, body)
        case .titleAndDocument(let title, let normalized, let tokens):
            if !title.isEmpty { forEachKeptWord(title, body) }
            forEachKeptWord(normalized: normalized, tokens: tokens, body)
        }
    }

    /// `forEachKeptWord` over text normalised and tokenised already; the first kept token starts a run.
    /// - Complexity: O(tokens).
    private func forEachKeptWord(normalized: [UInt8], tokens: TokenStream, _ body: KeptWordBody) {
        let p = parameters
        normalized.withUnsafeBufferPointer { buf in
            var previousEnd = 0
            var inRun = false
            for t in 0..<tokens.count {
                let lo = Int(tokens.starts[t]), hi = Int(tokens.ends[t])
                defer { previousEnd = hi }
                if Self.hasLineBreak(buf, previousEnd, lo) { inRun = false }
                let kind = tokens.kinds[t]
                if kind == .punctuation || (kind == .number && !p.includeNumbers) {
                    inRun = false
                    continue
                }
                if stopWords.lookup(buf, lo, hi) >= 0 { continue }
                body(buf, lo, hi, inRun)
                inRun = true
            }
        }
    }

    /// The n-grams that end with the newest token of `window`.
    private func emitWordNgrams(_ buf: UnsafeBufferPointer<UInt8>, _ window: [(Int, Int)],
                                _ body: (UnsafeBufferPointer<UInt8>, Int, Int) -> Void) {
        let p = parameters
        let last = window.count - 1
        if p.minWordN <= 1 { body(buf, window[last].0, window[last].1) }
        var n = max(2, p.minWordN)
        while n <= min(p.maxWordN, window.count) {
            scratch.removeAll(keepingCapacity: true)
            for k in (window.count - n)..<window.count {
                if k > window.count - n { scratch.append(0x20) }
                scratch.append(contentsOf: UnsafeBufferPointer(rebasing: buf[window[k].0..<window[k].1]))
            }
            scratch.withUnsafeBufferPointer { body($0, 0, $0.count) }
            n += 1
        }
    }

    /// Character n-grams of the word `buf[lo..<hi]` padded with spaces, prefixed with "#".
    private func emitCharNgrams(_ buf: UnsafeBufferPointer<UInt8>, _ lo: Int, _ hi: Int,
                                _ body: (UnsafeBufferPointer<UInt8>, Int, Int) -> Void) {
        // Scalar start offsets within " word ".
        var padded: [UInt8] = [0x20]
        padded.append(contentsOf: UnsafeBufferPointer(rebasing: buf[lo..<hi]))
        padded.append(0x20)
        var starts: [Int] = []
        for (i, b) in padded.enumerated() where b & 0xC0 != 0x80 { starts.append(i) }
        starts.append(padded.count)
        let scalars = starts.count - 1
        let p = parameters
        for n in p.minCharN...p.maxCharN where n <= scalars {
            for s in 0...(scalars - n) {
                scratch.removeAll(keepingCapacity: true)
                scratch.append(0x23)
                scratch.append(contentsOf: padded[starts[s]..<starts[s + n]])
                scratch.withUnsafeBufferPointer { body($0, 0, $0.count) }
            }
        }
    }

    @inline(__always)
    private static func hasLineBreak(_ buf: UnsafeBufferPointer<UInt8>, _ lo: Int, _ hi: Int) -> Bool {
        var i = lo
        while i < hi {
            if buf[i] == 0x0A || buf[i] == 0x0D { return true }
            i += 1
        }
        return false
    }
}
