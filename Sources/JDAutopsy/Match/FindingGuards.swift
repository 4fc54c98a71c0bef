/// Decides whether a hit may become a finding: title, boilerplate, quotes, suppressions, disabled ids.
struct FindingGuards {
    private let text: PostingText
    private let lexicon: Lexicon
    private let titleBlocks: Set<Int>
    private let boilerplateSentences: [Range<Int>]  // token ranges
    private let quotedTokens: Set<Int>

    init(text: PostingText, lexicon: Lexicon) {
        self.text = text
        self.lexicon = lexicon
        var titles = Set<Int>()
        if let title = text.posting.title?.lowercased() {
            for (k, b) in text.posting.blocks.enumerated() where b.text.lowercased() == title { titles.insert(k) }
        }
        titleBlocks = titles
        let marks = lexicon.boilerplateMatcher.hits(in: text.tokens, blocks: text.tokenBlocks)
        var sentences: [Range<Int>] = []
        for s in text.sentences where marks.contains(where: { s.tokens.contains($0.start) }) { sentences.append(s.tokens) }
        boilerplateSentences = sentences
        var quoted = Set<Int>()
        var open: Int? = nil
        var block: Int32 = -1
        for t in 0..<text.tokens.count where text.tokens.kinds[t] == .punctuation {
            if text.tokenBlocks[t] != block { open = nil; block = text.tokenBlocks[t] }
            let s = Int(text.tokens.starts[t])
            guard text.normalized.bytes[s] == 0x22 else { continue }
            if let o = open { quoted.formUnion(o..<t); open = nil } else { open = t }
        }
        quotedTokens = quoted
    }

    /// True when `entry`'s hit on `tokens` should be reported.
    func allows(entry: LexiconEntry, tokens: Range<Int>) -> Bool {
        if lexicon.disabledIDs.contains(entry.id) { return false }
        let block = Int(text.tokenBlocks[tokens.lowerBound])
        for s in text.posting.suppressions where s.blockIndex == nil || s.blockIndex == block {
            if s.ids.isEmpty || s.ids.contains(entry.id) { return false }
        }
        if entry.matchInTitle != true, titleBlocks.contains(block) { return false }
        if entry.matchInBoilerplate != true {
            if boilerplateSentences.contains(where: { $0.contains(tokens.lowerBound) }) { return false }
            if quotedTokens.contains(tokens.lowerBound) { return false }
        }
        return true
    }
}
