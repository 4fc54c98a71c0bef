/// A pay figure found in the posting, with its yearly equivalent and position.
public struct SalaryFigure: Sendable, Equatable, Codable {
    /// The text as written.
    public var text: String
    /// Where it is (nil for structured data).
    public var position: SourcePosition?
    /// The figure as stated.
    public var range: MonetaryRange
    /// Yearly lower bound, when the period is known or inferred.
    public var annualMinimum: Double?
    /// Yearly upper bound.
    public var annualMaximum: Double?
}
