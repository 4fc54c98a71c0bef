/// A family of postings that are the same role under different names.
public struct RoleCluster: Sendable, Equatable, Codable {
    /// 1-based number, by size then first member.
    public var number: Int
    /// The most representative cleaned title (the name of the family).
    public var name: String
    /// Up to three representative titles.
    public var representativeTitles: [String]
    /// Every distinct cleaned title of the members, most frequent first.
    public var aliases: [String]
    /// Member document ids, in corpus order.
    public var members: [String]
    /// Average pairwise cosine of the members (cohesion).
    public var cohesion: Double
}
