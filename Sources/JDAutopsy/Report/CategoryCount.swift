/// How many findings of one category a posting has.
public struct CategoryCount: Sendable, Equatable, Codable {
    /// Category id.
    public var category: String
    /// Label.
    public var label: String
    /// Findings.
    public var count: Int
    /// Sum of weights.
    public var weight: Double
}
