/// Detects the kind of a decoded input by its content, with the file extension as a tie-breaker.
enum InputKind {
    /// JSON, HTML, Markdown or plain text.
    case json, html, markdown, text

    /// Tag names (after "<", lower case) whose presence marks HTML.
    private static let htmlTags: [[UInt8]] = ["!doctype html", "html", "body", "p>", "p ", "div", "ul", "ol", "li", "h1", "h2", "h3", "br",
                                             "table", "span", "strong", "section", "article"].map { Array($0.utf8) }

    /// Classifies `bytes`; `pathExtension` is lower case without the dot.
    /// - Complexity: O(min(n, 64 KiB)) — one byte scan of the head, which stops as soon as the
    ///   input is certainly HTML (a doctype or two known tags).
    static func detect(_ bytes: [UInt8], pathExtension: String) -> InputKind {
        guard let first = bytes.first(where: { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 }) else { return .text }
        if first == UInt8(ascii: "{") || first == UInt8(ascii: "[") { return .json }
        let head = bytes.prefix(65536)
        var tags = 0, doctype = false
        var markdownSigns = 0
        var lineStart = true
        var i = head.startIndex
        while i < head.endIndex {
            let b = head[i]
            if b == UInt8(ascii: "<") {
                for (k, tag) in htmlTags.enumerated() where matches(head, at: i + 1, tag) {
                    tags += 1
                    if k <= 1 { doctype = true }
                    break
                }
                if doctype || tags >= 2 { return .html }  // nothing later can change the answer
            } else if lineStart, b == UInt8(ascii: "#"), i + 1 < head.endIndex, head[i + 1] == 0x20 || head[i + 1] == UInt8(ascii: "#") {
                markdownSigns += 1
            } else if b == UInt8(ascii: "]"), i + 1 < head.endIndex, head[i + 1] == UInt8(ascii: "(") {
                markdownSigns += 1
            } else if b == UInt8(ascii: "*"), i + 1 < head.endIndex, head[i + 1] == UInt8(ascii: "*") {
                markdownSigns += 1
                i += 1
            }
            lineStart = b == 0x0A
            i += 1
        }
        if doctype || tags >= 2 || (first == UInt8(ascii: "<") && tags >= 1) || (["html", "htm", "xhtml"].contains(pathExtension) && tags >= 1) {
            return .html
        }
        if ["md", "markdown", "mdown"].contains(pathExtension) || markdownSigns > 0 { return .markdown }
        return .text
    }

    /// Case-insensitive comparison of `tag` (lower case) with the bytes at `at`.
    @inline(__always)
    private static func matches(_ s: ArraySlice<UInt8>, at: Int, _ tag: [UInt8]) -> Bool {
        guard at + tag.count <= s.endIndex else { return false }
        for k in 0..<tag.count {
            var c = s[at + k]
            if c >= 0x41 && c <= 0x5A { c += 32 }
            if c != tag[k] { return false }
        }
        return true
    }
}
