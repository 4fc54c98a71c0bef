extension CorpusSummary {
    /// The summary as a few lines of text for a terminal.
    public var text: String {
        var out = "Corpus: \(Formatting.thousands(Double(records))) records, \(Formatting.thousands(Double(scored))) scored, \(Formatting.thousands(Double(errors))) errors"
        if !errorsByReason.isEmpty {
            out += " (" + errorsByReason.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ") + ")"
        }
        out += "\n"
        guard let mean = meanScore else { return out }
        out += "Vagueness: mean \(mean), min \(minScore ?? 0), max \(maxScore ?? 0); "
            + percentiles.map { "p\($0.percentile) \($0.score)" }.joined(separator: ", ") + "\n"
        let widest = max(1, histogram.map(\.count).max() ?? 1)
        for bin in histogram {
            let bar = String(repeating: "█", count: (bin.count * 40 + widest - 1) / widest)
            let label = "\(Int(bin.from))–\(Int(bin.to))"
            out += "  " + String(repeating: " ", count: max(0, 7 - label.count)) + label + " " + bar + " \(bin.count)\n"
        }
        out += "Most frequent findings: " + topFindings.map { "\($0.entryID) \($0.count) (in \($0.postings))" }.joined(separator: ", ") + "\n"
        out += "Most frequent phrases: " + topPhrases.map { "“\($0.phrase)” \($0.count)" }.joined(separator: ", ") + "\n"
        out += "Vaguest: " + worst.prefix(5).map { "\($0.id) \($0.score)" }.joined(separator: ", ") + "\n"
        out += "Clearest: " + best.prefix(5).map { "\($0.id) \($0.score)" }.joined(separator: ", ") + "\n"
        if let families { out += families.text }
        return out
    }
}

extension CorpusSummary.Families {
    /// The "Role families" lines of the text summary: counts, then the ten largest families with a few aliases.
    public var text: String {
        let n = { (x: Int) in Formatting.thousands(Double(x)) }
        var out = "Role families: \(n(clusters.count)) families, \(n(unclustered)) unclustered, \(n(nearDuplicates)) near-duplicate pairs"
        out += sampled ? "; clustered \(n(clustered)) of \(n(scored)) postings (sample by id hash)\n" : " among \(n(clustered)) postings\n"
        let width = clusters.prefix(10).map { n($0.size).count }.max() ?? 0
        for c in clusters.prefix(10) {
            let size = n(c.size)
            let aliases = c.aliases.filter { $0 != c.name }.prefix(3)
            out += "  " + String(repeating: " ", count: width - size.count) + size + "  " + c.name
                + (aliases.isEmpty ? "" : " — " + aliases.joined(separator: " · ")) + "\n"
        }
        if clusters.count > 10 { out += "  … and \(n(clusters.count - 10)) smaller families\n" }
        return out
    }
}
