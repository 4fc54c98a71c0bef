/// A demand for years of experience found in the text ("5+ years", "3–5 years").
public struct YearsDemand: Sendable, Equatable, Codable {
    /// The text as written.
    public var text: String
    /// Fewest years asked.
    public var minimum: Double
    /// Most years asked (nil for "5+").
    public var maximum: Double?
    /// Where it is.
    public var position: SourcePosition
}
