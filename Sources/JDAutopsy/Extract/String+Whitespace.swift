extension String {
    /// The string with runs of white space (including no-break spaces) collapsed to one space and trimmed.
    /// - Complexity: O(n); ASCII is classified by byte, other scalars by their Unicode property.
    func collapsingWhitespace() -> String {
        var out: [UInt8] = []
        out.reserveCapacity(utf8.count)
        var space = false
        for ch in unicodeScalars {
            let white = ch.isASCII ? ch.value == 0x20 || (ch.value >= 0x09 && ch.value <= 0x0D) : ch.properties.isWhitespace
            if white {
                space = !out.isEmpty
            } else {
                if space { out.append(0x20) }
                space = false
                if ch.isASCII {
                    out.append(UInt8(ch.value))
                } else {
                    out.append(contentsOf: UTF8.encode(ch)!)
                }
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
