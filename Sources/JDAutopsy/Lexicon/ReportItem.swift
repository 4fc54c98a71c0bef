/// A named item an entry contributes to the record: a weapon for [06] or a metric for [05].
public struct ReportItem: Sendable, Equatable, Codable, Hashable {
    /// The item's title.
    public var name: String
    /// One or two deadpan sentences.
    public var description: String
}
