/// Classifies blocks by the heading they sit under: duties, must-haves, nice-to-haves, or other.
struct PostingSections {
    /// A section kind.
    enum Kind { case duties, mustHave, niceToHave, other }

    /// The section of each block.
    let kinds: [Kind]

    /// - Complexity: O(blocks) plus O(heading length × heading words) per heading.
    init(posting: Posting, rules: RecordRules) {
        let nice = rules.niceToHaveHeadingWords.map { Array($0.lowercased().utf8) }
        let must = rules.mustHaveHeadingWords.map { Array($0.lowercased().utf8) }
        let duties = rules.dutyHeadingWords.map { Array($0.lowercased().utf8) }
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
