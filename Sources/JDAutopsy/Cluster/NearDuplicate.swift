/// Two postings whose texts are nearly the same (cosine at or above the near-duplicate threshold).
public struct NearDuplicate: Sendable, Equatable, Codable {
    /// The earlier document's id.
    public var first: String
    /// The later document's id.
    public var second: String
    /// Their cosine.
    public var cosine: Double
}
