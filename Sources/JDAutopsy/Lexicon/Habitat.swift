/// A kind of employer and the phrases that reveal it (section [02] THE HABITAT).
public struct Habitat: Sendable, Equatable, Codable {
    /// Id, e.g. "startup".
    public var id: String
    /// Label shown in the record.
    public var label: String
    /// Phrases (same matching rules as entries).
    public var phrases: [String]
    /// Sentences that must match.
    public var examples: [String]
}

/// The shape of `habitats.json`.
struct HabitatFile: Codable {
    var schemaVersion: Int
    var habitats: [Habitat]
}
