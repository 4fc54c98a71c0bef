/// How the file record is assembled: time slots, which headings introduce duties and requirements, how many items to show.
public struct RecordRules: Sendable, Equatable, Codable {
    /// Time slots of [09] DAY-IN-THE-LIFE.
    public var daySlots: [String]
    /// Heading words that introduce duties.
    public var dutyHeadingWords: [String]
    /// Heading words that introduce must-have requirements.
    public var mustHaveHeadingWords: [String]
    /// Heading words that introduce nice-to-have requirements.
    public var niceToHaveHeadingWords: [String]
    /// Illusion → translation pairs shown in [08].
    public var illusionCount: Int
    /// Metrics shown in [05].
    public var metricCount: Int
    /// Weapons shown in [06].
    public var weaponryCount: Int
    /// Burn-ward lines shown in [10].
    public var burnWardCount: Int
}
