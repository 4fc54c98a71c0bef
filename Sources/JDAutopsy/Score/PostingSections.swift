/// Classifies blocks by the heading they sit under: duties, must-haves, nice-to-haves, or other.
struct PostingSections {
    /// A section kind.
    enum Kind { case duties, mustHave, niceToHave, other }

    /// The section of each block.
    let kinds: [Kind]

    init(posting: Posting, rules: RecordRules) {
        var current = Kind.other
        var out: [Kind] = []
        for b in posting.blocks {
            let t = b.text.lowercased()
            let isHeading = b.kind == .heading || (b.kind == .paragraph && t.hasSuffix(":") && t.count <= 80)
            if isHeading {
                if rules.niceToHaveHeadingWords.contains(where: t.contains) { current = .niceToHave }
                else if rules.mustHaveHeadingWords.contains(where: t.contains) { current = .mustHave }
                else if rules.dutyHeadingWords.contains(where: t.contains) { current = .duties }
                else if b.kind == .heading { current = .other }
            }
            out.append(isHeading ? .other : current)
        }
        kinds = out
    }
}
