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
