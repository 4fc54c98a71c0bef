/// A satirical role record of the specimen catalog (`Corpus/specimens/specimens.json`).
public struct Specimen: Sendable, Equatable, Codable {
    /// Kebab-case id.
    public var id: String
    /// Canonical title.
    public var title: String
    /// Real alternative titles.
    public var aliases: [String]
    /// Family ("engineering", "sales", …).
    public var family: String
    /// The deadpan one-liner shown in [11].
    public var deadpan: String
    /// A plain description of the real work, for the vectoriser.
    public var reference: String

    /// The text indexed for the specimen: title, aliases and reference.
    public var document: String { ([title] + aliases + [reference]).joined(separator: "\n") }
}
