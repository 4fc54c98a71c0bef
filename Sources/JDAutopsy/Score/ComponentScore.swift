/// One density component of the vagueness score, with its raw value and contribution.
public struct ComponentScore: Sendable, Equatable, Codable {
    /// Component id ("jargon", "hedge", "vague", "hype", "inflation", "gender").
    public var id: String
    /// Label.
    public var label: String
    /// Findings counted.
    public var hits: Int
    /// Sum of the findings' weights.
    public var weightedHits: Double
    /// Weighted hits per 100 words.
    public var density: Double
    /// Points per unit of density.
    public var weight: Double
    /// Largest contribution.
    public var cap: Double
    /// Contribution: min(cap, weight × density).
    public var points: Double
}
