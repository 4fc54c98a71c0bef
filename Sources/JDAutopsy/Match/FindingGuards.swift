/// Decides whether a hit may become a finding: title, boilerplate, quotes, suppressions, disabled ids.
///
/// Built once per posting as per-token flags, so each check is O(1).
struct FindingGuards {
    private let text: PostingText
    private let lexicon: Lexicon
    private let titleBlocks: Set<Int>
    /// Per token: inside an equal-opportunity sentence, or between quotes.
    private let boilerplate: [Bool]

    /// - Complexity: O(blocks + tokens + sentences).
    init(text: PostingText, lexicon: Lexicon) {
        self.text = text
        self.lexicon = lexicon
        var titles = Set<Int>()
        if let title = text.posting.title {
            let lowered = title.lowercased(), length = title.utf8.count
            for (k, b) in text.posting.blocks.enumerated() where b.text.utf8.count == length && b.text.lowercased() == lowered {
                titles.insert(k)
            }
        }
        titleBlocks = titles
        var flags = [Bool](repeating: false, count: text.tokens.count)
        // Sentences that hold a boilerplate marker (marks and sentences both run in token order).
        let marks = lexicon.boilerplateMatcher.hits(in: text.tokens, blocks: text.tokenBlocks).map(\.start)
        var m = 0
        for s in text.sentences {
            while m < marks.count, marks[m] < s.tokens.lowerBound { m += 1 }
            if m < marks.count, s.tokens.contains(marks[m]) { for t in s.tokens { flags[t] = true } }
        }
        // Tokens between a pair of straight double quotes within one block.
        var open: Int? = nil
        var block: Int32 = -1
        for t in 0..<text.tokens.count where text.tokens.kinds[t] == .punctuation {
            if text.tokenBlocks[t] != block { open = nil; block = text.tokenBlocks[t] }
            guard text.normalized.bytes[Int(text.tokens.starts[t])] == 0x22 else { continue }
            if let o = open { for k in o..<t { flags[k] = true }; open = nil } else { open = t }
        }
        boilerplate = flags
    }

    /// True when `entry`'s hit on `tokens` should be reported.
    func allows(entry: LexiconEntry, tokens: Range<Int>) -> Bool {
        if lexicon.disabledIDs.contains(entry.id) { return false }
        let block = Int(text.tokenBlocks[tokens.lowerBound])
        for s in text.posting.suppressions where s.blockIndex == nil || s.blockIndex == block {
            if s.ids.isEmpty || s.ids.contains(entry.id) { return false }
        }
        if entry.matchInTitle != true, titleBlocks.contains(block) { return false }
        if entry.matchInBoilerplate != true, boilerplate[tokens.lowerBound] { return false }
        return true
    }
}
