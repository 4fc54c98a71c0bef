/// Everything jdautopsy concludes about one posting. Every renderer consumes this value; its JSON
/// form is the contract (see `schemaVersion`).
public struct PostingReport: Sendable, Equatable, Codable {
    /// The JSON contract's version; bumped on any incompatible change.
    public static let currentSchemaVersion = 1

    /// Schema version of this value.
    public var schemaVersion: Int
    /// The posting's id.
    public var id: String
    /// The title, if found.
    public var title: String?
    /// Where the title came from.
    public var titleSource: Posting.TitleSource?
    /// Input kind.
    public var sourceKind: SourceKind
    /// Where the body came from.
    public var bodySource: Posting.BodySource
    /// Source encoding.
    public var encoding: String
    /// Facts from structured data.
    public var metadata: PostingMetadata
    /// The extracted text blocks (findings' offsets index their texts joined by "\n").
    public var blocks: [TextBlock]
    /// The posting's vagueness, explained.
    public var vagueness: VaguenessScore
    /// Every sentence with its score.
    public var sentences: [SentenceScore]
    /// Every finding, by position.
    public var findings: [Finding]
    /// Findings per category, most first.
    public var categories: [CategoryCount]
    /// Readability formulas.
    public var readability: Readability
    /// Requirements inflation.
    public var requirements: RequirementsReport
    /// Pay as stated.
    public var salary: SalaryReport
    /// Flight risk.
    public var flightRisk: FlightRisk
    /// Every illusion → translation pair, most inflated first.
    public var translations: [TranslationPair]
    /// The file record's sections.
    public var record: BestiaryRecord
    /// Ingest warnings.
    public var warnings: [String]
}
