/// Facts a posting states about itself, mostly from schema.org JobPosting JSON-LD or a JSON API.
public struct PostingMetadata: Sendable, Equatable, Codable {
    /// `hiringOrganization.name`, or a JSON `company` field.
    public var organization: String?
    /// `baseSalary` as stated in structured data.
    public var salary: MonetaryRange?
    /// Locations, e.g. "Berlin, DE" from `jobLocation.address`.
    public var locations: [String] = []
    /// `jobLocationType`, e.g. "TELECOMMUTE".
    public var locationType: String?
    /// `employmentType` values, e.g. ["FULL_TIME"].
    public var employmentTypes: [String] = []
    /// `datePosted` (or a WordPress `date`), as written.
    public var datePosted: String?
    /// `validThrough`, as written.
    public var validThrough: String?
    /// `identifier` (its `value` when it is a PropertyValue).
    public var identifier: String?
    /// The canonical URL (WordPress `link`, JSON-LD `url`).
    public var url: String?

    /// Creates empty metadata.
    public init() {}

    /// True when nothing is known.
    public var isEmpty: Bool { self == PostingMetadata() }
}
