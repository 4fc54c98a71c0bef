/// How serious a finding is; maps to lint and SARIF levels.
public enum Severity: String, Sendable, Codable, CaseIterable, Comparable {
    /// Worth knowing.
    case info
    /// Worth fixing.
    case warning
    /// Fix before publishing.
    case error

    private var rank: Int { self == .info ? 0 : self == .warning ? 1 : 2 }

    /// info < warning < error.
    public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }
}
