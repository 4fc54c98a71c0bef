/// A category of entries, its scoring component, and the report text it lends the record.
public struct Category: Sendable, Equatable, Codable {
    /// Id used by entries ("jargon", "hedge"…).
    public var id: String
    /// Human label.
    public var label: String
    /// The vagueness component it feeds: jargon, hedge, vague, hype, gender, inflation.
    public var component: String
    /// One sentence for the docs.
    public var description: String
    /// A short title for reports.
    public var sectionTitle: String
    /// Lines for [07] SURVIVAL GUIDE.
    public var survivalGuide: [String]
    /// Composite complaints for [10] THE BURN WARD (written by us; labelled as composites).
    public var burnWard: [String]
    /// Glosses for [09] DAY-IN-THE-LIFE, following any duty.
    public var dayInTheLife: [String]
}

/// The shape of `categories.json`.
struct CategoryFile: Codable {
    var schemaVersion: Int
    var categories: [Category]
}
