/// A 1-based line and column in a source file; columns count Unicode scalars.
public struct SourcePosition: Sendable, Equatable, Hashable, Codable, Comparable, CustomStringConvertible {
    /// 1-based line.
    public var line: Int
    /// 1-based column in Unicode scalars from the start of the line.
    public var column: Int

    /// Creates a position.
    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    /// `line:column`.
    public var description: String { "\(line):\(column)" }

    /// Orders by line, then column.
    public static func < (a: SourcePosition, b: SourcePosition) -> Bool {
        (a.line, a.column) < (b.line, b.column)
    }
}
