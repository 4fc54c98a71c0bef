/// One ordered unit of posting text — heading, paragraph, list item, table row — with its source position.
public struct TextBlock: Sendable, Equatable, Codable {
    /// What the block was in the source.
    public var kind: BlockKind
    /// Heading level 1–6 for headings, list nesting depth (1 = top) for list items, else 0.
    public var level: Int
    /// The block's text: entities decoded, white space collapsed, valid UTF-8.
    public var text: String
    /// 1-based line in the source file where the block starts.
    public var line: Int
    /// 1-based column (Unicode scalars) in the source file where the block starts.
    public var column: Int
    /// For each UTF-8 byte of `text`, its byte offset in the decoded source (not encoded to JSON).
    public var sourceOffsets: [Int32]

    /// Creates a block; `sourceOffsets` must have one entry per UTF-8 byte of `text`.
    public init(kind: BlockKind, level: Int = 0, text: String, line: Int = 0, column: Int = 0,
                sourceOffsets: [Int32] = []) {
        self.kind = kind
        self.level = level
        self.text = text
        self.line = line
        self.column = column
        self.sourceOffsets = sourceOffsets
    }

    private enum CodingKeys: String, CodingKey { case kind, level, text, line, column }

    /// Decodes a block (without its offset map).
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        kind = try c.decode(BlockKind.self, forKey: .kind)
        level = try c.decode(Int.self, forKey: .level)
        text = try c.decode(String.self, forKey: .text)
        line = try c.decode(Int.self, forKey: .line)
        column = try c.decode(Int.self, forKey: .column)
        sourceOffsets = []
    }

    /// Encodes the block without its offset map.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(kind, forKey: .kind)
        try c.encode(level, forKey: .level)
        try c.encode(text, forKey: .text)
        try c.encode(line, forKey: .line)
        try c.encode(column, forKey: .column)
    }
}
