/// The chance, in the bestiary's words, that this role is first out when budgets tighten — and why.
///
/// percent = clamp(base + Σ min(cap, weight × measure), floor, ceiling); measures and weights
/// are in `Lexicons/scoring.json` (vagueness score, hype hits, rituals, inflation, missing facts, no pay figure).
public struct FlightRisk: Sendable, Equatable, Codable {
    /// One term of the formula.
    public struct Term: Sendable, Equatable, Codable {
        /// What it measures.
        public var measure: String
        /// Label.
        public var label: String
        /// The measure's value.
        public var value: Double
        /// Points contributed.
        public var points: Double
    }

    /// The percentage.
    public var percent: Double
    /// "LOW RISK" … "HIGH RISK".
    public var label: String
    /// One-line diagnosis.
    public var diagnosis: String
    /// The terms.
    public var terms: [Term]
}
