/// A posting as ingested: where it came from, its title, the facts it states, and its ordered text blocks.
public struct Posting: Sendable, Equatable, Codable {
    /// Where the title was found.
    public enum TitleSource: String, Sendable, Codable {
        /// schema.org JobPosting `title`.
        case jsonLD
        /// The page's first `<h1>`.
        case h1
        /// The page's `<title>`.
        case htmlTitle
        /// A JSON field (`title`, or WordPress `title.rendered`).
        case jsonField
        /// The first heading of a Markdown or text document.
        case heading
        /// The first line of a text document.
        case firstLine
        /// Given by the caller (e.g. a batch record's `title` column).
        case given
    }

    /// Where the body text came from.
    public enum BodySource: String, Sendable, Codable {
        /// The page or document body.
        case document
        /// The JSON-LD `description`.
        case jsonLDDescription
        /// A JSON field (`content.rendered`, `description`, `text`, `html`).
        case jsonField
    }

    /// A stable id: the path, a record id, or `-` for standard input.
    public var id: String
    /// The input kind, detected by content.
    public var sourceKind: SourceKind
    /// The job title, when one was found.
    public var title: String?
    /// Where `title` came from.
    public var titleSource: TitleSource?
    /// Where the blocks came from.
    public var bodySource: BodySource
    /// Facts from structured data.
    public var metadata: PostingMetadata
    /// The text, in reading order.
    public var blocks: [TextBlock]
    /// Problems that did not stop extraction (e.g. malformed JSON-LD ignored).
    public var warnings: [String]
    /// The name of the encoding the bytes were decoded from, e.g. "UTF-8", "windows-1252".
    public var encoding: String
    /// `jdautopsy-disable` directives found in comments.
    public var suppressions: [Suppression] = []
    /// Maps byte offsets in the decoded source to line:column (not encoded to JSON).
    public var locator: SourceLocator = SourceLocator(bytes: [])

    private enum CodingKeys: String, CodingKey {
        case id, sourceKind, title, titleSource, bodySource, metadata, blocks, warnings, encoding, suppressions
    }

    /// Creates a posting.
    public init(id: String, sourceKind: SourceKind, title: String? = nil, titleSource: TitleSource? = nil,
                bodySource: BodySource = .document, metadata: PostingMetadata = PostingMetadata(),
                blocks: [TextBlock], warnings: [String] = [], encoding: String = "UTF-8") {
        self.id = id
        self.sourceKind = sourceKind
        self.title = title
        self.titleSource = titleSource
        self.bodySource = bodySource
        self.metadata = metadata
        self.blocks = blocks
        self.warnings = warnings
        self.encoding = encoding
    }
}
