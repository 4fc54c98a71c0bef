/// The result of clustering a corpus: families, singletons, near-duplicates and boilerplate.
public struct ClusterReport: Sendable, Equatable, Codable {
    /// The JSON schema version.
    public var schemaVersion: Int
    /// How the clusters were made (method and thresholds), for the record.
    public var method: String
    /// The number of postings read.
    public var postings: Int
    /// Families of two or more postings, largest first.
    public var clusters: [RoleCluster]
    /// Ids of postings that joined no family.
    public var singletons: [String]
    /// Pairs of near-identical postings.
    public var nearDuplicates: [NearDuplicate]
    /// Paragraphs shared across many postings (removed before vectorising), most shared first.
    public var boilerplate: [BoilerplateParagraph]
}
