/// Renders findings one per line, like Vale or proselint: `path:line:col: severity rule-id: message (suggestion)`.
public struct LintRenderer: Sendable {
    /// Creates a renderer.
    public init() {}

    /// The lint lines for `report`.
    public func render(_ report: PostingReport) -> String {
        report.findings.map { f in
            let fix = f.alternatives.isEmpty ? "" : " (try: " + f.alternatives.prefix(2).map { "\"\($0)\"" }.joined(separator: " or ") + ")"
            return "\(report.id):\(f.start.line):\(f.start.column): \(f.severity.rawValue) \(f.entryID): \(f.message)\(fix)\n"
        }.joined()
    }
}
