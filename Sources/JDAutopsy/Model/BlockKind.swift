/// What a text block was in its source document.
public enum BlockKind: String, Sendable, Codable, CaseIterable {
    /// A heading; its level is in `TextBlock.level`.
    case heading
    /// A paragraph of running text.
    case paragraph
    /// One item of a bulleted or numbered list (including inline "•" bullets).
    case listItem
    /// One table row, cells joined by " | ".
    case tableRow
    /// Preformatted text, kept verbatim.
    case preformatted
}
