/// The kind of input a posting was read from, detected by content.
public enum SourceKind: String, Sendable, Codable, CaseIterable {
    /// An HTML page (with or without JSON-LD).
    case html
    /// A WordPress REST API post (`title.rendered`, `content.rendered`).
    case wordpress
    /// A plain JSON object with `title` and `description`/`text`/`html`, or a JSON-LD JobPosting.
    case json
    /// Markdown.
    case markdown
    /// Plain text.
    case text
}
