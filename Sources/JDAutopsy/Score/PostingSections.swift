/// Classifies blocks by the heading they sit under: duties, must-haves, nice-to-haves, or other.
struct PostingSections {
    /// A section kind.
    enum Kind { case duties, mustHave, niceToHave, other }

    /// The section of each block.
    let kinds: [Kind]

    /// The heading words of a lexicon's `RecordRules`, lower-cased into bytes once.
    struct HeadingWords: Sendable {
        let nice: [[UInt8]], must: [[UInt8]], duties: [[UInt8]]

        /// Prepares the words of `rules`.
        init(rules: RecordRules) {
            nice = rules.niceToHaveHeadingWords.map { Array($0.lowercased().utf8) }
            must = rules.mustHaveHeadingWords.map { Array($0.lowercased().utf8) }
            duties = rules.dutyHeadingWords.map { Array($0.lowercased().utf8) }
        }
    }

    /// - Complexity: O(blocks) plus O(heading length × heading words) per heading.
    init(posting: Posting, words: HeadingWords) {
        let (nice, must, duties) = (words.nice, words.must, words.duties)
        var current = Kind.other
        var out: [Kind] = []
        out.reserveCapacity(posting.blocks.count)
        for b in posting.blocks {
            let isHeading = b.kind == .heading || (b.kind == .paragraph && b.text.utf8.last == UInt8(ascii: ":") && b.text.count <= 80)
            if isHeading {
                var t = b.text.lowercased()
                t.withUTF8 { t in
                    func has(_ words: [[UInt8]]) -> Bool { words.contains { ASCIIBytes.firstIndex(ofLowercased: $0, in: t) != nil } }
                    if has(nice) { current = .niceToHave }
                    else if has(must) { current = .mustHave }
                    else if has(duties) { current = .duties }
                    else if b.kind == .heading { current = .other }
                }
            }
            out.append(isHeading ? .other : current)
        }
        kinds = out
    }
}
