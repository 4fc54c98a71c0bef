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
    /// - Complexity: O(n). A line's length is counted in characters as words are added (a space never
    ///   joins the characters around it, since the text is split at characters that are a lone space).
    func wrap(_ text: String, indent: String = "  ") -> String {
        let limit = width - indent.count
        var out = ""
        out.reserveCapacity(text.utf8.count + text.utf8.count / max(1, limit) * (indent.utf8.count + 1) + indent.utf8.count)
        var length = 0  // characters on the current line; 0 = no line open
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            let n = word.count
            if length > 0, length + 1 + n <= limit {
                out += " "
                out += word
                length += 1 + n
            } else {
                if length > 0 { out += "\n" }
                out += indent
                out += word
                length = n
            }
        }
        return out
    }
}
