/// A pay figure found in a posting's text: the words as written, the range they state and its yearly equivalent.
public struct SalaryMention: Sendable, Equatable, Codable {
    /// How the figure bounds the pay.
    public enum Bound: String, Sendable, Equatable, Codable, CaseIterable {
        /// One figure ("$28/hour"): `minimum == maximum`.
        case single
        /// Two figures ("$120k–$150k", "between $90,000 and $110,000").
        case range
        /// A ceiling ("up to $80,000", "max €50k"): `minimum == maximum ==` the ceiling.
        case upTo
        /// A floor ("from £25,000", "at least $60k", "$120k+"): `minimum == maximum ==` the floor.
        case from
    }

    /// The matched text, exactly as it appears in the input ("up to $80,000", "£30k pa").
    public var text: String
    /// Amounts (multipliers such as k, lakh and LPA applied), ISO 4217 currency and period (stated or inferred).
    public var range: MonetaryRange
    /// `range.minimum` times the period's yearly multiplier, or nil when the period is unknown.
    public var annualMinimum: Double?
    /// `range.maximum` times the period's yearly multiplier, or nil when the period is unknown.
    public var annualMaximum: Double?
    /// UTF-8 byte offset of the start of `text` in the input.
    public var offset: Int
    /// Whether the figure is a single amount, a range, a ceiling or a floor.
    public var bound: Bound

    /// Creates a mention.
    /// - Parameters:
    ///   - text: The matched text.
    ///   - range: The stated amounts, currency and period.
    ///   - annualMinimum: The yearly equivalent of the minimum, if the period is known.
    ///   - annualMaximum: The yearly equivalent of the maximum, if the period is known.
    ///   - offset: UTF-8 byte offset of `text` in the input.
    ///   - bound: How the amounts bound the pay.
    public init(text: String, range: MonetaryRange, annualMinimum: Double?, annualMaximum: Double?, offset: Int,
                bound: Bound = .single) {
        self.text = text
        self.range = range
        self.annualMinimum = annualMinimum
        self.annualMaximum = annualMaximum
        self.offset = offset
        self.bound = bound
    }
}
