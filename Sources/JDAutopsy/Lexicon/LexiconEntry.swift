/// One lexicon entry: phrases to find, and what to say about them. See `Lexicons/README.md`.
public struct LexiconEntry: Sendable, Equatable, Codable {
    /// Unique kebab-case id.
    public var id: String
    /// Category id (from the entry or its file).
    public var category: String?
    /// Phrases, every inflection listed.
    public var phrases: [String]
    /// Contribution of one hit to its scoring component (default 1).
    public var weight: Double?
    /// Lint / SARIF level (default warning).
    public var severity: Severity?
    /// One sentence for a writer.
    public var message: String
    /// Plain-English replacements.
    public var alternatives: [String]?
    /// Deadpan "what it actually means" clauses.
    public var translations: [String]?
    /// Sentences that must produce a finding for this entry.
    public var examples: [String]?
    /// Phrases that cancel an overlapping match.
    public var exceptions: [String]?
    /// Flag inside the posting's own title too.
    public var matchInTitle: Bool?
    /// Flag inside EEO statements and quoted text too.
    public var matchInBoilerplate: Bool?
    /// The published list the phrases rest on.
    public var source: String?
    /// An item for section [06].
    public var weaponry: ReportItem?
    /// An item for section [05].
    public var metric: ReportItem?

    /// The effective weight.
    public var effectiveWeight: Double { weight ?? 1.0 }
    /// The effective severity.
    public var effectiveSeverity: Severity { severity ?? .warning }
}
