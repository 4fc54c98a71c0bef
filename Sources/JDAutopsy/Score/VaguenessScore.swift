/// The vagueness score of a posting or sentence, 0 (crisp) to 100 (pure vapour), explained.
///
/// score = clamp(base + Σ components + missingFacts × missingFactWeight − concreteness, 0, 100),
/// where each component = min(cap, weight × weighted hits per 100 words) and
/// concreteness = min(cap, weight × concrete signals per 100 words). Words are counted as at
/// least `minimumWords`, so a short text is not judged by one phrase. Sentences use the same
/// formula with no base and no missing facts. Weights live in `Lexicons/scoring.json`.
public struct VaguenessScore: Sendable, Equatable, Codable {
    /// The score, 0–100, one decimal.
    public var score: Double
    /// The band's label ("crisp" … "pure vapour").
    public var band: String
    /// Words counted.
    public var words: Int
    /// Starting points.
    public var base: Double
    /// Density components.
    public var components: [ComponentScore]
    /// Concreteness credit.
    public var concreteness: ConcretenessScore
    /// The facts checked (posting level only; empty for sentences).
    public var facts: [FactCheck]
    /// Points added for missing facts.
    public var missingFactPoints: Double
}
