/// Composes each inflated sentence's translation from its findings' satirical translations.
///
/// Up to three clauses, strongest finding first, joined as "A, then B, and C." Choices are
/// deterministic for a posting id and `seed`; no translation is used twice in one record.
struct Translator {
    let lexicon: Lexicon
    let seed: UInt64

    /// Pairs for every sentence with translatable findings, most inflated first.
    /// - Parameter scores: each sentence's vagueness score.
    func pairs(text: PostingText, findings: [Finding], scores: [Double]) -> [TranslationPair] {
        var bySentence: [Int: [Finding]] = [:]
        for f in findings where !(lexicon.entries[lexicon.entryIndex[f.entryID]!].translations ?? []).isEmpty {
            bySentence[f.sentence, default: []].append(f)
        }
        let order = bySentence.keys.sorted {
            let a = scores[$0], b = scores[$1]
            if a != b { return a > b }
            return $0 < $1
        }
        var used = Set<String>()
        var result: [TranslationPair] = []
        for s in order {
            var fs = bySentence[s]!
            fs.sort { $0.weight != $1.weight ? $0.weight > $1.weight : $0.offset < $1.offset }
            var clauses: [String] = []
            var entries: [String] = []
            for f in fs where clauses.count < 3 && !entries.contains(f.entryID) {
                guard let clause = pick(f.entryID, key: text.posting.id, used: &used) else { continue }
                clauses.append(clause)
                entries.append(f.entryID)
            }
            guard !clauses.isEmpty else { continue }
            let sentence = text.sentences[s]
            result.append(TranslationPair(sentence: s, position: text.position(ofDocumentByte: sentence.range.lowerBound),
                                          illusion: text.text(sentence.range), translation: Self.compose(clauses),
                                          score: scores[s], entries: entries))
        }
        return result
    }

    /// One of the entry's translations not used yet, chosen by a stable hash.
    func pick(_ entryID: String, key: String, used: inout Set<String>) -> String? {
        guard let i = lexicon.entryIndex[entryID], let options = lexicon.entries[i].translations, !options.isEmpty else { return nil }
        let start = StablePick.index(options.count, key: key + "\u{1F}" + entryID, seed: seed)
        for k in 0..<options.count {
            let candidate = options[(start + k) % options.count]
            if used.insert(candidate).inserted { return candidate }
        }
        return nil
    }

    /// "A, then B, and C." with the first letter capitalised.
    static func compose(_ clauses: [String]) -> String {
        var s = clauses[0]
        if clauses.count == 2 { s += ", then " + clauses[1] }
        if clauses.count == 3 { s += ", then " + clauses[1] + ", and " + clauses[2] }
        s = s.trimmingWhitespace()
        while let last = s.last, ".;,".contains(last) { s.removeLast() }
        return s.prefix(1).uppercased() + s.dropFirst() + "."
    }
}
