/// A pay figure or range as a posting states it: amounts, currency and period.
public struct MonetaryRange: Sendable, Equatable, Codable {
    /// The time unit a pay figure refers to.
    public enum Period: String, Sendable, Codable, CaseIterable {
        /// Per hour.
        case hour
        /// Per day.
        case day
        /// Per week.
        case week
        /// Per month.
        case month
        /// Per year.
        case year
    }

    /// Lower bound (equal to `maximum` for a single figure).
    public var minimum: Double
    /// Upper bound.
    public var maximum: Double
    /// ISO 4217 code, e.g. "USD", or nil when not stated.
    public var currency: String?
    /// The period, or nil when not stated.
    public var period: Period?

    /// Creates a range; a single figure has `minimum == maximum`.
    public init(minimum: Double, maximum: Double, currency: String?, period: Period?) {
        self.minimum = minimum
        self.maximum = maximum
        self.currency = currency
        self.period = period
    }
}
