import Foundation

/// Weights, caps and signal phrases of the vagueness score, flight risk and inflation, from `Lexicons/scoring.json`.
public struct ScoringRules: Sendable, Equatable, Codable {
    /// One density component of the vagueness score.
    public struct Component: Sendable, Equatable, Codable {
        /// Component id, matching `Category.component`.
        public var id: String
        /// Label for reports.
        public var label: String
        /// Points per unit of density (weighted hits per 100 words).
        public var weight: Double
        /// Largest contribution in points.
        public var cap: Double
    }

    /// The vagueness score's parameters.
    public struct Vagueness: Sendable, Equatable, Codable {
        /// Points every posting starts with.
        public var base: Double
        /// Density components.
        public var components: [Component]
        /// Points taken off per concreteness signal per 100 words.
        public var concretenessWeight: Double
        /// Most points concreteness can take off.
        public var concretenessCap: Double
        /// Points added per missing fact.
        public var missingFactWeight: Double
        /// Density is computed over at least this many words (short texts are not over-penalised).
        public var minimumWords: Int
        /// Labels of score bands, lowest first: [upper bound, label].
        public var bands: [Band]
        /// Sentence densities use at least this many words.
        public var sentenceMinimumWords: Int?
    }

    /// A named score range.
    public struct Band: Sendable, Equatable, Codable {
        /// Scores up to and including this value fall in the band.
        public var upTo: Double
        /// The band's name.
        public var label: String
    }

    /// A fact a posting should state, and the signals that show it does.
    public struct Fact: Sendable, Equatable, Codable {
        /// Id, e.g. "salary".
        public var id: String
        /// Label for reports.
        public var label: String
        /// Signal names (keys of `signals`) any of which shows the fact; "salary" is also shown by a parsed figure.
        public var shownBy: [String]
    }

    /// One input of the flight-risk formula.
    public struct RiskTerm: Sendable, Equatable, Codable {
        /// Which measure: vagueness, hype, inflation, missingFacts, ritual, noSalary.
        public var measure: String
        /// Points per unit.
        public var weight: Double
        /// Largest contribution.
        public var cap: Double
        /// Label for reports.
        public var label: String
    }

    /// Flight-risk parameters: percent = clamp(base + Σ min(cap, weight × measure), floor, ceiling).
    public struct FlightRisk: Sendable, Equatable, Codable {
        /// Starting percentage.
        public var base: Double
        /// Lowest percentage shown.
        public var floor: Double
        /// Highest percentage shown.
        public var ceiling: Double
        /// The terms.
        public var terms: [RiskTerm]
        /// Diagnoses by band: [upper bound, label, line].
        public var diagnoses: [Diagnosis]
    }

    /// A flight-risk band's wording.
    public struct Diagnosis: Sendable, Equatable, Codable {
        /// Percentages up to and including this value.
        public var upTo: Double
        /// "LOW RISK", "HIGH RISK"…
        public var label: String
        /// One-line diagnosis template; `{dominant}` is replaced by the dominant category's label.
        public var line: String
    }

    /// Schema version (1).
    public var schemaVersion: Int
    /// The vagueness score.
    public var vagueness: Vagueness
    /// Facts a posting should state.
    public var facts: [Fact]
    /// Named phrase lists (facts, concreteness, requirements, seniority) matched like entries.
    public var signals: [String: [String]]
    /// Signals that earn concreteness credit.
    public var concretenessSignals: [String]
    /// Flight risk.
    public var flightRisk: FlightRisk
    /// Seniority words of titles and the years of experience each implies: [word, min years, max years].
    public var seniority: [SeniorityLevel]
    /// Yearly multipliers for pay periods (hour → 2080 …).
    public var annualisation: [String: Double]
    /// How the file record is shaped (time slots, duty headings, counts).
    public var record: RecordRules

    /// A seniority word and the experience it usually implies.
    public struct SeniorityLevel: Sendable, Equatable, Codable {
        /// Title word(s), lower case: "junior", "head of".
        public var words: [String]
        /// Level name.
        public var level: String
        /// Fewest years usually asked.
        public var minYears: Double
        /// Most years usually asked.
        public var maxYears: Double
    }

    /// Signal names in a fixed (sorted) order; a signal's payload index is its position here.
    public var signalNames: [String] { signals.keys.sorted() }

    /// The signal phrase lists in `signalNames` order.
    var signalPhrases: [(name: String, phrases: [String])] { signalNames.map { ($0, signals[$0]!) } }
}
