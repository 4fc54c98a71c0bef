#if canImport(Glibc)
import Glibc
#endif

/// Decides whether a hit may become a finding: title, boilerplate, quotes, suppressions, disabled ids.
///
/// Quotes are per-token flags built once per posting; whether a sentence holds an equal-opportunity
/// marker is looked up the first time a hit in it asks (most sentences never hold a hit).
struct FindingGuards {
    private let text: PostingText
    private let lexicon: Lexicon
    /// Per block: the posting's own title.
    private let titleBlocks: [Bool]
    /// Per token: between quotes.
    private let quoted: [Bool]
    /// Per sentence: 0 not yet known, 1 holds a boilerplate marker, 2 does not.
    private var boilerplateSentences: [UInt8]

    /// - Complexity: O(blocks + tokens + sentences).
    init(text: PostingText, lexicon: Lexicon) {
        self.text = text
        self.lexicon = lexicon
        var titles = [Bool](repeating: false, count: text.posting.blocks.count)
        if let title = text.posting.title {
            let length = title.utf8.count
            for (k, b) in text.posting.blocks.enumerated() where b.text.utf8.count == length && b.text.caseInsensitiveEquals(title) {
                titles[k] = true
            }
        }
        titleBlocks = titles
        var flags = [Bool](repeating: false, count: text.tokens.count)
        // Tokens between a pair of straight double quotes within one block (most postings have none).
        let hasQuote = text.normalized.bytes.withUnsafeBufferPointer { b in b.baseAddress.map { memchr($0, 0x22, b.count) != nil } ?? false }
        if hasQuote {
            var open: Int? = nil
            var block: Int32 = -1
            for t in 0..<text.tokens.count where text.tokens.kinds[t] == .punctuation {
                if text.tokenBlocks[t] != block { open = nil; block = text.tokenBlocks[t] }
                guard text.normalized.bytes[Int(text.tokens.starts[t])] == 0x22 else { continue }
                if let o = open { for k in o..<t { flags[k] = true }; open = nil } else { open = t }
            }
        }
        quoted = flags
        boilerplateSentences = [UInt8](repeating: 0, count: text.sentences.count)
    }

    /// True when `entry`'s hit on `tokens`, in sentence `sentence`, should be reported.
    /// - Complexity: O(1), or O(sentence length) the first time a sentence is asked about.
    mutating func allows(entry: borrowing LexiconEntry, tokens: Range<Int>, sentence: Int) -> Bool {
        if lexicon.disabledIDs.contains(entry.id) { return false }
        let block = Int(text.tokenBlocks[tokens.lowerBound])
        for s in text.posting.suppressions where s.blockIndex == nil || s.blockIndex == block {
            if s.ids.isEmpty || s.ids.contains(entry.id) { return false }
        }
        if entry.matchInTitle != true, titleBlocks[block] { return false }
        if entry.matchInBoilerplate != true, quoted[tokens.lowerBound] || isBoilerplate(sentence, token: tokens.lowerBound) { return false }
        return true
    }

    /// True when token `token` lies in sentence `k` and the sentence holds a boilerplate marker
    /// (a marker may run on past the sentence's end, within its block).
    private mutating func isBoilerplate(_ k: Int, token: Int) -> Bool {
        guard k < text.sentences.count, text.sentences[k].tokens.contains(token) else { return false }
        if boilerplateSentences[k] == 0 {
            let marked = lexicon.boilerplateMatcher.hasHit(in: text.tokens, starting: text.sentences[k].tokens, blocks: text.tokenBlocks)
            boilerplateSentences[k] = marked ? 1 : 2
        }
        return boilerplateSentences[k] == 1
    }
}
