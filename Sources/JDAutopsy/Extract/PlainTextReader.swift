import Foundation

/// Reads Markdown or plain text into blocks: headings, list items, paragraphs.
///
/// Markdown joins soft-wrapped lines into one paragraph and strips inline markup; plain text
/// keeps each line as its own block and recognises headings by shape (ALL CAPS, a short line
/// ending in ":", or a short line without closing punctuation).
struct PlainTextReader {
    /// The rules (leading bullet characters).
    let rules: ExtractionRules
    /// Markdown (true) or plain text.
    let markdown: Bool
    /// The leading and inline bullets as bytes.
    private let bullets: [[UInt8]]

    /// A reader of Markdown (`markdown`) or plain text under `rules`.
    init(rules: ExtractionRules, markdown: Bool) {
        self.rules = rules
        self.markdown = markdown
        bullets = (rules.leadingBullets + rules.inlineBullets).map { Array($0.utf8) }
    }

    private struct Line {
        var start: Int
        var bytes: ArraySlice<UInt8>
    }

    /// Reads `bytes` into blocks and suppressions.
    /// - Complexity: O(n).
    func read(_ bytes: [UInt8]) -> (blocks: [TextBlock], suppressions: [Suppression]) {
        var blocks: [TextBlock] = []
        var suppressions: [Suppression] = []
        var paragraph: (bytes: [UInt8], offsets: [Int32])? = nil
        var inFence = false

        func flushParagraph() {
            if let p = paragraph, !p.bytes.isEmpty {
                blocks.append(TextBlock(kind: .paragraph, text: String(decoding: p.bytes, as: UTF8.self), sourceOffsets: p.offsets))
            }
            paragraph = nil
        }

        let lines = splitLines(bytes)
        for (index, line) in lines.enumerated() {
            let indent = line.bytes.prefix(while: { $0 == 0x20 || $0 == 0x09 }).count
            let body = line.bytes.dropFirst(indent)
            let trimmedEnd = body.reversed().drop(while: { $0 == 0x20 || $0 == 0x09 }).count
            let content = body.prefix(trimmedEnd)
            let start = line.start + indent
            if markdown, content.starts(with: Array("```".utf8)) || content.starts(with: Array("~~~".utf8)) {
                flushParagraph()
                inFence.toggle()
                continue
            }
            if inFence {
                blocks.append(TextBlock(kind: .preformatted, text: String(decoding: line.bytes, as: UTF8.self),
                                        sourceOffsets: (0..<line.bytes.count).map { Int32(line.start + $0) }))
                continue
            }
            if content.isEmpty {
                flushParagraph()
                continue
            }
            let text = String(decoding: content, as: UTF8.self)
            if text.hasPrefix("<!--") {
                flushParagraph()
                let inner = text.dropFirst(4).replacingOccurrences(of: "-->", with: "").trimmingWhitespace()
                if let s = Suppression.parse(comment: inner, nextBlock: blocks.count) { suppressions.append(s) }
                continue
            }
            if markdown, let level = atxHeadingLevel(content) {
                flushParagraph()
                let skip = level + 1
                let (b, o) = strip(content.dropFirst(skip), start: start + skip)
                if !b.isEmpty { blocks.append(TextBlock(kind: .heading, level: level, text: String(decoding: b, as: UTF8.self), sourceOffsets: o)) }
                continue
            }
            if let marker = listMarkerLength(content) {
                flushParagraph()
                let rest = content.dropFirst(marker)
                let (b, o) = strip(rest, start: start + marker)
                if !b.isEmpty {
                    blocks.append(TextBlock(kind: .listItem, level: indent / 2 + 1, text: String(decoding: b, as: UTF8.self), sourceOffsets: o))
                }
                continue
            }
            if markdown {
                if content.allSatisfy({ $0 == UInt8(ascii: "=") }) || content.allSatisfy({ $0 == UInt8(ascii: "-") }), let p = paragraph {
                    // Setext heading underline.
                    blocks.append(TextBlock(kind: .heading, level: content.first == UInt8(ascii: "=") ? 1 : 2,
                                            text: String(decoding: p.bytes, as: UTF8.self), sourceOffsets: p.offsets))
                    paragraph = nil
                    continue
                }
                let (b, o) = strip(content, start: start)
                if paragraph == nil {
                    paragraph = (b, o)
                } else {
                    paragraph!.bytes.append(0x20)
                    paragraph!.offsets.append(Int32(start))
                    paragraph!.bytes += b
                    paragraph!.offsets += o
                }
                continue
            }
            let offsets = (0..<content.count).map { Int32(start + $0) }
            let next = lines.dropFirst(index + 1).first(where: { !$0.bytes.allSatisfy { $0 == 0x20 || $0 == 0x09 } })
            let kind: BlockKind = looksLikeHeading(text, isLast: next == nil) ? .heading : .paragraph
            blocks.append(TextBlock(kind: kind, level: kind == .heading ? 2 : 0, text: text, sourceOffsets: offsets))
        }
        flushParagraph()
        return (blocks, suppressions)
    }

    private func splitLines(_ bytes: [UInt8]) -> [Line] {
        var lines: [Line] = []
        var start = 0
        var i = 0
        while i < bytes.count {
            if bytes[i] == 0x0A || bytes[i] == 0x0D {
                lines.append(Line(start: start, bytes: bytes[start..<i]))
                if bytes[i] == 0x0D, i + 1 < bytes.count, bytes[i + 1] == 0x0A { i += 1 }
                start = i + 1
            }
            i += 1
        }
        if start < bytes.count { lines.append(Line(start: start, bytes: bytes[start..<bytes.count])) }
        return lines
    }

    private func atxHeadingLevel(_ s: ArraySlice<UInt8>) -> Int? {
        let hashes = s.prefix(while: { $0 == UInt8(ascii: "#") }).count
        guard (1...6).contains(hashes), s.count > hashes, s[s.startIndex + hashes] == 0x20 else { return nil }
        return hashes
    }

    /// Length of a list marker plus its space ("- ", "• ", "12. "), or nil.
    private func listMarkerLength(_ s: ArraySlice<UInt8>) -> Int? {
        let first = s.first
        for b in bullets where b.first == nil || b.first == first {
            if s.starts(with: b), s.count > b.count, s[s.startIndex + b.count] == 0x20 { return b.count + 1 }
        }
        let digits = s.prefix(while: { $0 >= 0x30 && $0 <= 0x39 }).count
        if (1...3).contains(digits), s.count > digits + 1 {
            let p = s[s.startIndex + digits]
            if (p == UInt8(ascii: ".") || p == UInt8(ascii: ")")), s[s.startIndex + digits + 1] == 0x20 { return digits + 2 }
        }
        return nil
    }

    /// Removes Markdown inline markup (emphasis, code ticks, link targets, images), keeping offsets.
    private func strip(_ s: ArraySlice<UInt8>, start: Int) -> ([UInt8], [Int32]) {
        var b: [UInt8] = []
        var o: [Int32] = []
        let a = Array(s)
        var i = 0
        while i < a.count {
            let c = a[i]
            if markdown {
                if c == UInt8(ascii: "*") || c == UInt8(ascii: "`") || (c == UInt8(ascii: "_") && (i + 1 < a.count && a[i + 1] == c)) {
                    i += 1
                    continue
                }
                if c == UInt8(ascii: "!"), i + 1 < a.count, a[i + 1] == UInt8(ascii: "[") { i += 1; continue }
                if c == UInt8(ascii: "["), let close = a[i...].firstIndex(of: UInt8(ascii: "]")), close + 1 < a.count,
                   a[close + 1] == UInt8(ascii: "("), let paren = a[close...].firstIndex(of: UInt8(ascii: ")")) {
                    for k in (i + 1)..<close { b.append(a[k]); o.append(Int32(start + k)) }
                    i = paren + 1
                    continue
                }
            }
            b.append(c)
            o.append(Int32(start + i))
            i += 1
        }
        while b.last == 0x20 { b.removeLast(); o.removeLast() }
        return (b, o)
    }

    /// Plain-text heading shapes: ALL CAPS; ≤ 8 words ending in ":"; ≤ 10 words without closing punctuation.
    private func looksLikeHeading(_ text: String, isLast: Bool) -> Bool {
        // Cheap exits first: every rule needs ≤ 10 words, so long lines never pay for scalar properties.
        guard !isLast, text.utf8.count <= 160 else { return false }
        var words = 0
        var previous: UInt8 = 0x20
        for b in text.utf8 {
            if b != 0x20, previous == 0x20 { words += 1 }
            previous = b
        }
        guard words <= 10, let first = text.unicodeScalars.first,
              first.properties.isUppercase || ("0"..."9").contains(Character(first)) else { return false }
        let (letters, hasLowercase) = Self.letters(text)
        if letters >= 3, !hasLowercase, words <= 8 { return true }
        if text.hasSuffix(":") { return words <= 8 && !text.dropLast().contains(where: { ".;!?".contains($0) }) }
        guard let last = text.last, words <= 10 else { return false }
        return !".,;:!?\"'”’".contains(last)
    }

    /// The number of letters in `text` and whether any is lower case; ASCII is classified by byte.
    private static func letters(_ text: String) -> (count: Int, hasLowercase: Bool) {
        var count = 0
        var lower = false
        for b in text.utf8 {
            guard b < 0x80 else {
                let letters = text.unicodeScalars.filter { $0.properties.isAlphabetic }
                return (letters.count, letters.contains { $0.properties.isLowercase })
            }
            if (0x61...0x7A).contains(b | 0x20) {
                count += 1
                lower = lower || b >= 0x61
            }
        }
        return (count, lower)
    }
}
