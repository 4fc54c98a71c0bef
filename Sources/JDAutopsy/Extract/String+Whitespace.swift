extension String {
    /// The string with runs of white space (including no-break spaces) collapsed to one space and trimmed.
    func collapsingWhitespace() -> String {
        var out = ""
        out.reserveCapacity(utf8.count)
        var space = false
        for ch in unicodeScalars {
            if ch.properties.isWhitespace {
                space = !out.isEmpty
            } else {
                if space { out.unicodeScalars.append(" ") }
                space = false
                out.unicodeScalars.append(ch)
            }
        }
        return out
    }
}

extension StringProtocol {
    /// The string without leading and trailing white space (Unicode White_Space, newlines included).
    /// - Complexity: O(n); no Foundation call.
    func trimmingWhitespace() -> String {
        let scalars = String(self).unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })!
        return String(scalars[first...last])
    }
}
