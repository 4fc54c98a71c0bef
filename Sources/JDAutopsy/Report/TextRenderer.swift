/// Renders a report as the terminal dossier: the bestiary record, then the lab results and the fixes.
public struct TextRenderer: Sendable {
    /// Layout and colour.
    public let style: ReportStyle

    /// Creates a renderer.
    public init(style: ReportStyle = ReportStyle()) {
        self.style = style
    }

    /// The dossier for `report`.
    public func render(_ report: PostingReport) -> String {
        let s = style
        let outline = RecordOutline(report)
        var o: [String] = [
            s.dim("THE CORPORATE BESTIARY · jdautopsy"),
            s.bold("FILE RECORD: \(outline.slug)"),
            "WHAT DOES A \(outline.role.uppercased()) ACTUALLY DO?",
            s.dim(s.wrap(outline.source, indent: "")),
        ]
        o += outline.warnings.map { s.yellow("warning: \($0)") }
        for section in outline.sections {
            o.append("")
            o.append(s.bold(section.number.isEmpty ? section.title : "[\(section.number)] \(section.title)"))
            for item in section.items { o.append(render(item)) }
        }
        return o.joined(separator: "\n") + "\n"
    }

    private func render(_ item: RecordOutline.Item) -> String {
        let s = style
        switch item {
        case let .text(t, tone): return tint(s.wrap(t), tone)
        case let .entry(title, body): return s.bold(s.wrap(title, indent: "  ")) + "\n" + s.wrap(body, indent: "    ")
        case let .bullet(t, detail): return "  • " + t + (detail.map { "\n" + s.dim(s.wrap($0, indent: "    ")) } ?? "")
        case let .pair(illusion, meta, translation):
            return "  LINKEDIN ILLUSION " + s.dim("(\(meta))") + "\n" + s.wrap("“\(illusion)”", indent: "    ")
                + "\n  TRANSLATION\n" + s.wrap(translation, indent: "    ")
        case let .quote(t): return s.wrap("“\(t)”")
        case let .figure(label, value, tone): return tint(s.wrap(label + ": " + value), tone)
        case let .score(label, points):
            return "  " + label + String(repeating: " ", count: max(1, min(s.width - 12, 72) - label.count)) + points
        case let .fix(position, severity, text, fix, rule):
            let sev = severity == .error ? s.red("error  ") : severity == .warning ? s.yellow("warning") : s.dim("info   ")
            return "  \(position)  \(sev) “\(text)”" + (fix.map { " → \($0)" } ?? "") + s.dim("  [\(rule)]")
        }
    }

    private func tint(_ t: String, _ tone: RecordOutline.Tone) -> String {
        switch tone {
        case .plain: t
        case .note: style.dim(t)
        case .good: style.green(t)
        case .warn: style.yellow(t)
        case .bad: style.red(t)
        }
    }
}
