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

    /// The string lower-cased, split at white space and joined with single spaces: the form in which
    /// phrases and paragraphs are counted.
    /// - Complexity: O(n); ASCII text is folded byte by byte, other text through `lowercased()`.
    func lowercasedPhrase() -> String {
        guard utf8.allSatisfy({ $0 < 0x80 }) else {
            return lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
        }
        var out: [UInt8] = []
        out.reserveCapacity(utf8.count)
        var space = false
        for b in utf8 {
            if b == 0x20 || (0x09...0x0D).contains(b) {
                space = !out.isEmpty
            } else {
                if space { out.append(0x20) }
                space = false
                out.append((0x41...0x5A).contains(b) ? b | 0x20 : b)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}

extension StringProtocol {
    /// The string without leading and trailing white space (Unicode White_Space, newlines included).
    /// - Complexity: O(n); no Foundation call.
    func trimmingWhitespace() -> String {
        let string = String(self)
        // Nothing to trim when both ends are ASCII other than space, tab and line breaks.
        if let first = string.utf8.first, let last = string.utf8.last, first < 0x80, last < 0x80,
           first != 0x20, last != 0x20, !(0x09...0x0D).contains(first), !(0x09...0x0D).contains(last) {
            return string
        }
        let scalars = string.unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })!
        return String(scalars[first...last])
    }
}
