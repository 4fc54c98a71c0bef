/// A related role for [11] RELATED SPECIMENS, with its match percentage.
public struct RelatedSpecimen: Sendable, Equatable, Codable {
    /// Specimen or occupation id.
    public var id: String
    /// Title.
    public var title: String
    /// The deadpan one-liner (specimens) or description (occupations).
    public var description: String
    /// Match percentage (see the role index for the formula).
    public var match: Int
    /// Where it comes from: "specimen", "onet", "esco", "corpus".
    public var source: String
}
