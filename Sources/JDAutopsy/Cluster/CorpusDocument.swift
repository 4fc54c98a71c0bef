/// One posting of a user corpus, as the clustering and alias code sees it.
public struct CorpusDocument: Sendable, Equatable {
    /// A stable id (file path, record id, or `file:line`).
    public var id: String
    /// The job title ("" when unknown).
    public var title: String
    /// The text's paragraphs, in order.
    public var paragraphs: [String]

    /// Creates a document.
    public init(id: String, title: String, paragraphs: [String]) {
        self.id = id
        self.title = title
        self.paragraphs = paragraphs
    }

    /// The document of an extracted posting: its id, its title ("" when none was found) and the
    /// text of its blocks, as every corpus consumer (`cluster`, `index`, `batch --cluster`) reads it.
    public init(_ posting: Posting) {
        self.init(id: posting.id, title: posting.title ?? "", paragraphs: posting.blocks.map(\.text))
    }
}
