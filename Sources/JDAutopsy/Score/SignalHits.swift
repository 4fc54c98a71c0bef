/// Where the named signal phrases of `scoring.json` (facts, units, outcomes, requirements) occur in a posting.
struct SignalHits {
    /// Hits per signal name.
    private(set) var hits: [String: [PhraseMatcher.Hit]] = [:]

    /// Matches every signal phrase once over the whole text.
    /// - Complexity: O(tokens).
    init(text: PostingText, lexicon: Lexicon) {
        let names = lexicon.scoring.signalNames
        for h in lexicon.signalMatcher.hits(in: text.tokens, blocks: text.tokenBlocks) {
            hits[names[Int(h.payload.index)], default: []].append(h)
        }
    }

    /// Hits of signal `name`.
    subscript(name: String) -> [PhraseMatcher.Hit] { hits[name] ?? [] }

    /// True when signal `name` occurs among `tokens` (or anywhere when nil).
    func occurs(_ name: String, in tokens: Range<Int>? = nil) -> Bool {
        guard let tokens else { return !self[name].isEmpty }
        return self[name].contains { tokens.contains($0.start) }
    }
}
