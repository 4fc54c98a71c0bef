import Foundation

/// Renders a `ClusterReport` as text, JSON or CSV (one row per member posting).
public enum ClusterRenderer {
    /// Human-readable text: families with names, aliases and members, then duplicates and boilerplate.
    public static func text(_ r: ClusterReport, maxMembers: Int = 8) -> String {
        var out = "\(r.postings) postings → \(r.clusters.count) role families, \(r.singletons.count) unclustered\n"
        out += "method: \(r.method)\n"
        for c in r.clusters {
            out += "\n[\(c.number)] \(c.name) — \(c.members.count) postings, cohesion \(String(format: "%.3f", c.cohesion))\n"
            if c.aliases.count > 1 { out += "    aliases: \(c.aliases.dropFirst().prefix(12).joined(separator: " · "))\n" }
            for m in c.members.prefix(maxMembers) { out += "    - \(m)\n" }
            if c.members.count > maxMembers { out += "    … and \(c.members.count - maxMembers) more\n" }
        }
        if !r.nearDuplicates.isEmpty {
            out += "\nNEAR-DUPLICATES (\(r.nearDuplicates.count))\n"
            for d in r.nearDuplicates { out += "    \(d.first) ≈ \(d.second)  cosine \(String(format: "%.3f", d.cosine))\n" }
        }
        if !r.boilerplate.isEmpty {
            out += "\nBOILERPLATE PARAGRAPHS (\(r.boilerplate.count), ignored for similarity)\n"
            for b in r.boilerplate.prefix(15) { out += "    \(b.postings)×  \(b.text.count > 90 ? String(b.text.prefix(89)) + "…" : b.text)\n" }
        }
        return out
    }

    /// Pretty, key-sorted JSON with a final newline.
    public static func json(_ r: ClusterReport) -> String {
        let e = JSONEncoder()
        e.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: (try? e.encode(r)) ?? Data(), as: UTF8.self) + "\n"
    }

    /// CSV: `cluster,name,posting` per member, then `0,(unclustered),id` per singleton (RFC 4180 quoting).
    public static func csv(_ r: ClusterReport) -> String {
        func q(_ s: String) -> String { s.contains(where: { ",\"\n\r".contains($0) }) ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s }
        var out = "cluster,name,posting\n"
        for c in r.clusters { for m in c.members { out += "\(c.number),\(q(c.name)),\(q(m))\n" } }
        for s in r.singletons { out += "0,(unclustered),\(q(s))\n" }
        return out
    }
}
