/// A kind of employer the text reveals, with the phrases that reveal it.
public struct HabitatEvidence: Sendable, Equatable, Codable {
    /// Habitat id.
    public var id: String
    /// Label.
    public var label: String
    /// Hits.
    public var hits: Int
    /// Distinct phrases as written, sorted.
    public var evidence: [String]
}
