/// Whether a posting states a fact a reader needs (salary, location, hours, team, process).
public struct FactCheck: Sendable, Equatable, Codable {
    /// Fact id.
    public var id: String
    /// Label.
    public var label: String
    /// True when the posting states it.
    public var stated: Bool
}
