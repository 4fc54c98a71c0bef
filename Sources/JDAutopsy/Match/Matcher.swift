/// Finds lexicon entries in a posting's text and applies the guards against false alarms.
///
/// Guards: whole tokens only (by construction); per-entry exceptions; nothing inside the
/// posting's own title, equal-opportunity boilerplate or quoted text unless the entry asks;
/// `jdautopsy-disable` comments and disabled ids.
public struct Matcher: Sendable {
    /// The compiled lexicon.
    public let lexicon: Lexicon

    /// Creates a matcher.
    public init(lexicon: Lexicon) {
        self.lexicon = lexicon
    }

    /// The findings in `text`, ordered by position.
    /// - Complexity: O(tokens) matching plus O(h log h) for h raw hits.
    public func findings(in text: PostingText) -> [Finding] {
        let hits = lexicon.entryMatcher.hits(in: text.tokens, blocks: text.tokenBlocks)
        let kept = resolve(hits)
        guard !kept.isEmpty else { return [] }
        var guards = FindingGuards(text: text, lexicon: lexicon)
        var findings: [Finding] = []
        findings.reserveCapacity(kept.count)
        var sentence = 0
        for hit in kept {
            while sentence + 1 < text.sentences.count, text.sentences[sentence].tokens.upperBound <= hit.start { sentence += 1 }
            let s = sentence
            // The entry is read in place: only the fields a finding keeps are copied.
            let finding = lexicon.entries.read(Int(hit.payload.index)) { (entry: borrowing LexiconEntry) -> Finding? in
                guard guards.allows(entry: entry, tokens: hit.start..<hit.end, sentence: s) else { return nil }
                let range = text.documentRange(ofTokens: hit.start..<hit.end)
                let (start, end) = text.positions(ofDocumentRange: range)
                return Finding(
                    entryID: entry.id, category: entry.category ?? "", severity: entry.effectiveSeverity, message: entry.message,
                    text: text.text(range), start: start, end: end, block: Int(text.tokenBlocks[hit.start]),
                    sentence: s, offset: range.lowerBound, length: range.count, weight: entry.effectiveWeight,
                    alternatives: entry.alternatives ?? [])
            }
            if let finding { findings.append(finding) }
        }
        return findings
    }

    /// Cancels hits overlapped by their own entry's exceptions, then keeps the longest of
    /// overlapping hits (ties: earlier start, then earlier entry). Returns hits in position order.
    func resolve(_ hits: [PhraseMatcher.Hit]) -> [PhraseMatcher.Hit] {
        let exceptions = hits.filter(\.payload.isException)
        var candidates = exceptions.isEmpty ? hits : hits.filter { h in
            !h.payload.isException && !exceptions.contains { $0.payload.index == h.payload.index && $0.start < h.end && h.start < $0.end }
        }
        candidates.sort {
            let la = $0.end - $0.start, lb = $1.end - $1.start
            if la != lb { return la > lb }
            if $0.start != $1.start { return $0.start < $1.start }
            return $0.payload.index < $1.payload.index
        }
        var taken: [PhraseMatcher.Hit] = []
        taken.reserveCapacity(candidates.count)
        var used = [Bool](repeating: false, count: (candidates.map(\.end).max() ?? 0) + 1)
        for c in candidates where !used[c.start..<c.end].contains(true) {
            taken.append(c)
            for t in c.start..<c.end { used[t] = true }
        }
        return taken.sorted { $0.start < $1.start }
    }
}
