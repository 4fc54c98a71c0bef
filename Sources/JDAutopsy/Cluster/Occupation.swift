/// An occupation of a public taxonomy (O*NET or ESCO): its titles and what the work is.
public struct Occupation: Sendable, Equatable, Codable {
    /// A stable id: the O*NET-SOC code ("15-2051.00") or the ESCO concept URI.
    public var id: String
    /// The preferred title.
    public var title: String
    /// The description.
    public var description: String
    /// Task statements (O*NET); used when indexing, not stored in the index file.
    public var tasks: [String]
    /// Alternate titles (O*NET alternate and short titles; ESCO alternative and hidden labels).
    public var alternateTitles: [String]
    /// "onet" or "esco".
    public var source: String

    /// Creates an occupation.
    public init(id: String, title: String, description: String, tasks: [String] = [], alternateTitles: [String] = [], source: String) {
        self.id = id
        self.title = title
        self.description = description
        self.tasks = tasks
        self.alternateTitles = alternateTitles
        self.source = source
    }

    /// The text indexed for the occupation: title, description and tasks, one per line.
    public var document: String { ([title, description] + tasks).joined(separator: "\n") }
}
