/// Held-out evaluation of title → occupation mapping.
public enum TaxonomyEvaluation {
    /// Removes from `occupations` every alternate title whose FNV-1a-64 hash of "id<TAB>title" is 0
    /// mod `every`, and returns them with their occupation ids (deterministic).
    public static func holdOut(_ occupations: inout [Occupation], every: UInt64) -> [(title: String, id: String)] {
        var heldOut: [(title: String, id: String)] = []
        for i in occupations.indices {
            var keep: [String] = []
            for t in occupations[i].alternateTitles {
                if FNV1a.hash(Array("\(occupations[i].id)\t\(t)".utf8)) % every == 0 { heldOut.append((t, occupations[i].id)) } else { keep.append(t) }
            }
            occupations[i].alternateTitles = keep
        }
        return heldOut
    }

    /// The share of held-out titles whose occupation ranks first, and among the first five.
    public static func recall(_ index: TaxonomyIndex, heldOut: [(title: String, id: String)], threads: Int = 0) -> (at1: Double, at5: Double) {
        let queries = heldOut.map(\.title)
        let ranks = Parallel.map(queries.count, threads: threads > 0 ? threads : Parallel.defaultThreads) { i in
            index.rank(title: queries[i], k: 5).map(\.id)
        }
        var at1 = 0, at5 = 0
        for (h, r) in zip(heldOut, ranks) {
            if r.first == h.id { at1 += 1 }
            if r.contains(h.id) { at5 += 1 }
        }
        let n = Double(max(1, heldOut.count))
        return (Double(at1) / n, Double(at5) / n)
    }
}
