/// The credit a posting earns for concrete facts: numbers with units, named tools, outcomes, team and process.
public struct ConcretenessScore: Sendable, Equatable, Codable {
    /// A signal and how often it occurs.
    public struct Signal: Sendable, Equatable, Codable {
        /// Signal id ("technology", "number-unit", "outcome-number", "team-size", …).
        public var id: String
        /// Occurrences.
        public var count: Int
    }

    /// Counts per signal, in `scoring.json` order.
    public var signals: [Signal]
    /// Sum of counts.
    public var total: Int
    /// Signals per 100 words.
    public var density: Double
    /// Points taken off: min(cap, weight × density).
    public var points: Double
    /// Distinct technologies named, sorted.
    public var technologies: [String]
}
