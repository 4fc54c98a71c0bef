/// Renders a report as Markdown (for READMEs, pull-request comments, wikis).
public struct MarkdownRenderer: Sendable {
    /// Creates a renderer.
    public init() {}

    /// The Markdown document for `report`.
    public func render(_ report: PostingReport) -> String {
        let outline = RecordOutline(report)
        var o: [String] = [
            "# File record: \(outline.slug)", "",
            "*The Corporate Bestiary · jdautopsy* — what does a **\(Self.escape(outline.role))** actually do?", "",
            "`\(outline.source)`",
        ]
        o += outline.warnings.map { "> **warning:** \(Self.escape($0))" }
        for section in outline.sections {
            o.append("")
            o.append("## " + (section.number.isEmpty ? section.title : "[\(section.number)] \(section.title)"))
            o.append("")
            var tableOpen = false
            for item in section.items {
                if case .score = item {
                    if !tableOpen { o.append("| component | points |"); o.append("|---|---:|"); tableOpen = true }
                } else if tableOpen {
                    o.append("")
                    tableOpen = false
                }
                o.append(render(item))
            }
        }
        return o.joined(separator: "\n") + "\n"
    }

    private func render(_ item: RecordOutline.Item) -> String {
        switch item {
        case let .text(t, tone): return tone == .note ? "*\(Self.escape(t))*" : tone == .bad ? "**\(Self.escape(t))**" : Self.escape(t)
        case let .entry(title, body): return "- **\(Self.escape(title))** — \(Self.escape(body))"
        case let .bullet(t, detail): return "- \(Self.escape(t))" + (detail.map { " — *\(Self.escape($0))*" } ?? "")
        case let .pair(illusion, meta, translation):
            return "> **LinkedIn illusion** (\(meta)): “\(Self.escape(illusion))”\n>\n> **Translation:** \(Self.escape(translation))\n"
        case let .quote(t): return "> “\(Self.escape(t))”\n"
        case let .figure(label, value, _): return "**\(label):** \(Self.escape(value))  "
        case let .score(label, points): return "| \(Self.escape(label)) | \(points) |"
        case let .fix(position, severity, text, fix, rule):
            return "- `\(position)` \(severity.rawValue) “\(Self.escape(text))”" + (fix.map { " → \(Self.escape($0))" } ?? "") + " `\(rule)`"
        }
    }

    /// Escapes Markdown's inline specials.
    static func escape(_ s: String) -> String {
        var out = ""
        for c in s {
            if "\\`*_[]<>|#".contains(c) { out.append("\\") }
            out.append(c)
        }
        return out
    }
}
