import Foundation

/// Detects the kind of a decoded input by its content, with the file extension as a tie-breaker.
enum InputKind {
    /// JSON, HTML, Markdown or plain text.
    case json, html, markdown, text

    private static let htmlMarkers = ["<!doctype html", "<html", "<body", "<p>", "<p ", "<div", "<ul", "<ol", "<li",
                                      "<h1", "<h2", "<h3", "<br", "<table", "<span", "<strong", "<section", "<article"]

    /// Classifies `bytes`; `pathExtension` is lower case without the dot.
    static func detect(_ bytes: [UInt8], pathExtension: String) -> InputKind {
        guard let first = bytes.first(where: { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 }) else { return .text }
        if first == UInt8(ascii: "{") || first == UInt8(ascii: "[") { return .json }
        let head = String(decoding: bytes.prefix(65536), as: UTF8.self).lowercased()
        let tagCount = htmlMarkers.reduce(0) { $0 + head.components(separatedBy: $1).count - 1 }
        if head.hasPrefix("<!doctype html") || head.contains("<html") || tagCount >= 2 || (first == UInt8(ascii: "<") && tagCount >= 1)
            || (["html", "htm", "xhtml"].contains(pathExtension) && tagCount >= 1) {
            return .html
        }
        if ["md", "markdown", "mdown"].contains(pathExtension) { return .markdown }
        for line in head.split(separator: "\n").prefix(400) {
            if line.hasPrefix("# ") || line.hasPrefix("## ") || line.hasPrefix("### ") || line.contains("](") || line.contains("**") {
                return .markdown
            }
        }
        return .text
    }
}
