/// Renders findings of one or more reports as a SARIF 2.1.0 log for code-scanning UIs.
public struct SARIFRenderer: Sendable {
    /// The tool version written into the log.
    public let version: String

    /// Creates a renderer.
    public init(version: String) {
        self.version = version
    }

    /// One SARIF log covering `reports`; rules are the entries that fired, sorted by id.
    public func render(_ reports: [PostingReport]) -> String {
        var rules: [String: SARIFLog.Rule] = [:]
        for r in reports {
            for f in r.findings where rules[f.entryID] == nil {
                let help = f.alternatives.isEmpty ? f.message : f.message + " Try: " + f.alternatives.joined(separator: "; ") + "."
                rules[f.entryID] = SARIFLog.Rule(id: f.entryID, shortDescription: .init(text: f.message), help: .init(text: help),
                                                 defaultConfiguration: .init(level: Self.level(f.severity)),
                                                 properties: ["category": f.category])
            }
        }
        let ids = rules.keys.sorted()
        let index = Dictionary(ids.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        var results: [SARIFLog.Result] = []
        for r in reports {
            for f in r.findings {
                let fix = f.alternatives.first.map { " Try \"\($0)\"." } ?? ""
                let region = SARIFLog.Region(startLine: f.start.line, startColumn: f.start.column, endLine: f.end.line,
                                             endColumn: f.end.column, snippet: .init(text: f.text))
                results.append(SARIFLog.Result(
                    ruleId: f.entryID, ruleIndex: index[f.entryID]!, level: Self.level(f.severity),
                    message: .init(text: "\"\(f.text)\": \(f.message)\(fix)"),
                    locations: [.init(physicalLocation: .init(artifactLocation: .init(uri: Self.uri(r.id)), region: region))]))
            }
        }
        let log = SARIFLog(runs: [SARIFLog.Run(
            tool: .init(driver: .init(name: "jdautopsy", informationUri: "https://example.invalid/jdautopsy", semanticVersion: version,
                                      rules: ids.map { rules[$0]! })),
            columnKind: "unicodeCodePoints", results: results)])
        return JSONRenderer().render(log)
    }

    static func level(_ s: Severity) -> String {
        switch s {
        case .error: "error"
        case .warning: "warning"
        case .info: "note"
        }
    }

    /// A relative path as a URI reference (spaces and '%' escaped).
    static func uri(_ path: String) -> String {
        var out = ""
        for b in path.utf8 {
            let c = Character(Unicode.Scalar(b))
            if b < 0x80, c.isLetter || c.isNumber || "-._~/:".contains(c) { out.append(c) } else { out += "%" + String(b, radix: 16, uppercase: true).leftPadded(2) }
        }
        return out
    }
}

private extension String {
    func leftPadded(_ n: Int) -> String { count >= n ? self : String(repeating: "0", count: n - count) + self }
}
