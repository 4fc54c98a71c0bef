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
                let t = Array(b.text.lowercased().utf8)
                if nice.contains(where: { Self.contains(t, $0) }) { current = .niceToHave }
                else if must.contains(where: { Self.contains(t, $0) }) { current = .mustHave }
                else if duties.contains(where: { Self.contains(t, $0) }) { current = .duties }
                else if b.kind == .heading { current = .other }
            }
            out.append(isHeading ? .other : current)
        }
        kinds = out
    }

    /// True when `needle` occurs in `haystack` (bytes; an empty needle always does).
    private static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard needle.count <= haystack.count else { return false }
        guard !needle.isEmpty else { return true }
        for i in 0...(haystack.count - needle.count) where haystack[i] == needle[0] {
            if haystack[i..<(i + needle.count)].elementsEqual(needle) { return true }
        }
        return false
    }
}
