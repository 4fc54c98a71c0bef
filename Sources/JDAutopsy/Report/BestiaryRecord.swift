/// The Corporate Bestiary file record's sections [01]–[11], each filled from the posting.
public struct BestiaryRecord: Sendable, Equatable, Codable {
    /// [01] The role as titled.
    public var role: String
    /// [01] Known aliases (empty until a role index supplies them; never invented).
    public var aliases: [String]
    /// [02] Employer kinds the text reveals, strongest first.
    public var habitats: [HabitatEvidence]
    /// [05] Metrics the posting's rituals imply.
    public var metrics: [ReportItem]
    /// [06] Tools and rituals the posting invokes.
    public var weaponry: [ReportItem]
    /// The category with the most weighted findings.
    public var dominantCategory: String?
    /// [07] Survival advice for the dominant category.
    public var survivalGuide: String?
    /// [08] The top illusion → translation pairs.
    public var autopsy: [TranslationPair]
    /// [09] A day built from the posting's duties.
    public var dayInTheLife: [DayLogEntry]
    /// [10] Composite complaints for the triggered categories (written by jdautopsy, not quotes).
    public var burnWard: [String]
    /// [11] Related specimens with match percentages (empty until a role index is loaded).
    public var related: [RelatedSpecimen]
}
