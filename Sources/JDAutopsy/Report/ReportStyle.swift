/// How a text report is laid out: line width and whether to use ANSI colour.
public struct ReportStyle: Sendable, Equatable {
    /// Columns to wrap at.
    public var width: Int
    /// Emit ANSI colour codes.
    public var color: Bool

    /// Creates a style (width at least 40).
    public init(width: Int = 100, color: Bool = false) {
        self.width = max(40, width)
        self.color = color
    }

    /// `s` in bold when colour is on.
    func bold(_ s: String) -> String { color ? "\u{1B}[1m\(s)\u{1B}[0m" : s }
    /// `s` dimmed when colour is on.
    func dim(_ s: String) -> String { color ? "\u{1B}[2m\(s)\u{1B}[0m" : s }
    /// `s` in red when colour is on.
    func red(_ s: String) -> String { color ? "\u{1B}[31m\(s)\u{1B}[0m" : s }
    /// `s` in yellow when colour is on.
    func yellow(_ s: String) -> String { color ? "\u{1B}[33m\(s)\u{1B}[0m" : s }
    /// `s` in green when colour is on.
    func green(_ s: String) -> String { color ? "\u{1B}[32m\(s)\u{1B}[0m" : s }

    /// Word-wraps `text` to the width, each line prefixed by `indent`.
    func wrap(_ text: String, indent: String = "  ") -> String {
        let limit = width - indent.count
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            if !line.isEmpty, line.count + 1 + word.count > limit {
                lines.append(indent + line)
                line = String(word)
            } else {
                line += line.isEmpty ? String(word) : " " + word
            }
        }
        if !line.isEmpty { lines.append(indent + line) }
        return lines.joined(separator: "\n")
    }
}
