/// Turns a stream of HTML SAX events into ordered text blocks with source offsets.
///
/// Kept free of libxml2 types: `HTMLReader` feeds it Swift values and the parser's byte offset.
final class HTMLBlockBuilder {
    private struct Frame {
        var tag: String
        var skips: Bool
        var pushedContext: Bool
        var capture: Capture?
    }

    private enum Capture { case title, jsonLD }

    private let rules: ExtractionRules
    private let source: [UInt8]
    private let baseOffsets: [Int32]?
    /// The libxml2 parser context, opaque here; set by `HTMLReader` while parsing.
    var context: UnsafeMutableRawPointer?

    private(set) var result = HTMLDocumentText()
    private var frames: [Frame] = []
    private var skipDepth = 0
    private var contexts: [(kind: BlockKind, level: Int)] = []
    private var listDepth = 0
    private var mainDepth = 0
    private var cellCount = 0
    private var lastOffset = 0

    private var bytes: [UInt8] = []
    private var offsets: [Int32] = []
    private var pendingSpace = false
    private var atLineStart = false
    private var pendingSpaceOffset: Int32 = 0

    private var capture: Capture?
    private var scratch: [Int32] = []
    private var captureBytes: [UInt8] = []
    private var captureOffsets: [Int32] = []

    /// The attributes `start(tag:attributes:at:)` looks at.
    static let readAttributes: Set<String> = ["class", "id", "role", "type", "hidden", "aria-hidden"]

    init(rules: ExtractionRules, source: [UInt8], baseOffsets: [Int32]?) {
        self.rules = rules
        self.source = source
        self.baseOffsets = baseOffsets
    }

    private var currentKind: (kind: BlockKind, level: Int) { contexts.last ?? (.paragraph, 0) }

    // MARK: Events

    func start(tag: String, attributes: [(String, String)], at offset: Int) {
        defer { if offset >= 0 { lastOffset = offset } }
        // Captures come first: JSON-LD and <title> usually sit in <head>, which is skipped.
        if tag == "script", attributes.contains(where: { $0.0 == "type" && $0.1.lowercased().contains("ld+json") }) {
            beginCapture(.jsonLD)
            frames.append(Frame(tag: tag, skips: true, pushedContext: false, capture: .jsonLD))
            skipDepth += 1
            return
        }
        if tag == "title", result.htmlTitle == nil {
            beginCapture(.title)
            frames.append(Frame(tag: tag, skips: true, pushedContext: false, capture: .title))
            skipDepth += 1
            return
        }
        if skipDepth > 0 || shouldSkip(tag: tag, attributes: attributes) {
            frames.append(Frame(tag: tag, skips: true, pushedContext: false, capture: nil))
            skipDepth += 1
            return
        }
        var pushed = false
        switch tag {
        case "main", "article":
            mainDepth += 1
            flush()
        case "ul", "ol", "dl":
            flush()
            listDepth += 1
        case "li", "dd", "dt":
            flush()
            contexts.append((.listItem, max(1, listDepth)))
            pushed = true
        case "h1", "h2", "h3", "h4", "h5", "h6":
            flush()
            contexts.append((.heading, Int(tag.dropFirst()) ?? 1))
            pushed = true
        case "tr":
            flush()
            contexts.append((.tableRow, 0))
            cellCount = 0
            pushed = true
        case "td", "th":
            if currentKind.kind == .tableRow {
                if cellCount > 0 { appendLiteral(" | ", at: Int32(max(offset, 0))) }
                cellCount += 1
            } else {
                flush()
            }
        case "pre":
            flush()
            contexts.append((.preformatted, 0))
            pushed = true
        case "br":
            if currentKind.kind == .paragraph { flush() } else { markSpace(at: Int32(max(offset, 0))) }
        default:
            if rules.blockTags.contains(tag) {
                if currentKind.kind == .paragraph { flush() } else { markSpace(at: Int32(max(offset, 0))) }
            }
        }
        frames.append(Frame(tag: tag, skips: false, pushedContext: pushed, capture: nil))
    }

    func end(tag: String, at offset: Int) {
        defer { if offset >= 0 { lastOffset = offset } }
        guard let index = frames.lastIndex(where: { $0.tag == tag }) else { return }
        while frames.count > index {
            let frame = frames.removeLast()
            close(frame)
        }
    }

    /// Appends a run of decoded text to the block (white space collapsed) or to the capture.
    /// The hot path: works on local copies of the buffers (swapped out and back, no copying) so
    /// that appends pay no dynamic exclusivity checks, and reuses one scratch array for offsets.
    /// - Complexity: O(chunk).
    func text(_ chunk: UnsafeBufferPointer<UInt8>, endingAt offset: Int) {
        defer { if offset >= 0 { lastOffset = offset } }
        let capturing = capture != nil && skipDepth > 0
        guard capturing || skipDepth == 0 else { return }  // skipped text (scripts, styles): no work at all
        var mapped = scratch
        scratch = []
        defer { scratch = mapped }
        align(chunk, endingAt: offset, into: &mapped)
        if capturing {
            captureBytes.append(contentsOf: chunk)
            captureOffsets.append(contentsOf: mapped)
            return
        }
        let preformatted = currentKind.kind == .preformatted
        let paragraph = currentKind.kind == .paragraph
        var b = bytes, o = offsets
        bytes = []
        offsets = []
        var pending = pendingSpace, pendingAt = pendingSpaceOffset, lineStart = atLineStart
        var i = 0
        let n = chunk.count
        while i < n {
            let c = chunk[i]
            if !preformatted {
                if c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D || c == 0x0C {
                    if c == 0x0A { lineStart = true }
                    if !pending { pending = true; pendingAt = mapped[i] }
                    i += 1
                    continue
                }
                if c == 0xC2, i + 1 < n, chunk[i + 1] == 0xA0 {  // no-break space
                    if !pending { pending = true; pendingAt = mapped[i] }
                    i += 2
                    continue
                }
            } else if c == 0x0D {
                i += 1
                continue
            }
            if lineStart, !preformatted, paragraph, !b.isEmpty, startsBullet(chunk, at: i) {
                // A bullet at the start of a source line begins a new block.
                bytes = b
                offsets = o
                flush()
                b = bytes
                o = offsets
                bytes = []
                offsets = []
                pending = false
            }
            lineStart = false
            if pending {
                if !b.isEmpty {
                    b.append(0x20)
                    o.append(pendingAt)
                }
                pending = false
            }
            b.append(c)
            o.append(mapped[i])
            i += 1
        }
        bytes = b
        offsets = o
        pendingSpace = pending
        pendingSpaceOffset = pendingAt
        atLineStart = lineStart
    }

    func comment(_ body: String, at offset: Int) {
        defer { if offset >= 0 { lastOffset = offset } }
        guard skipDepth == 0 else { return }
        flush()
        if let s = Suppression.parse(comment: body, nextBlock: result.blocks.count) {
            result.suppressions.append(s)
        }
    }

    func finish() {
        while let frame = frames.popLast() { close(frame) }
        flush()
    }

    // MARK: Helpers

    private func close(_ frame: Frame) {
        if frame.skips {
            skipDepth -= 1
            if let c = frame.capture { endCapture(c) }
            return
        }
        switch frame.tag {
        case "main", "article":
            flush()
            mainDepth -= 1
        case "ul", "ol", "dl":
            flush()
            listDepth = max(0, listDepth - 1)
        default:
            if frame.pushedContext {
                flush()
                contexts.removeLast()
            } else if rules.blockTags.contains(frame.tag), currentKind.kind == .paragraph {
                flush()
            }
        }
    }

    private func shouldSkip(tag: String, attributes: [(String, String)]) -> Bool {
        if rules.skipTags.contains(tag) { return true }
        if rules.chromeTags.contains(tag), mainDepth == 0 { return true }
        for (name, value) in attributes where name == "class" || name == "id" || name == "role" {
            for word in value.lowercased().split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "_" }) {
                if rules.skipWords.contains(String(word)) { return true }
            }
        }
        if attributes.contains(where: { $0.0 == "hidden" || ($0.0 == "aria-hidden" && $0.1 == "true") }) {
            return true
        }
        return false
    }

    private func beginCapture(_ c: Capture) {
        capture = c
        captureBytes = []
        captureOffsets = []
    }

    private func endCapture(_ c: Capture) {
        switch c {
        case .title:
            let t = String(decoding: captureBytes, as: UTF8.self).collapsingWhitespace()
            if !t.isEmpty { result.htmlTitle = t }
        case .jsonLD:
            result.jsonLD.append((captureBytes, captureOffsets))
        }
        capture = nil
    }

    /// True when a bullet character (and then a space, or the end of the chunk) starts at `i`.
    private func startsBullet(_ chunk: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        for bullet in rules.leadingBullets + rules.inlineBullets {
            let b = Array(bullet.utf8)
            guard i + b.count <= chunk.count else { continue }
            var same = true
            for k in 0..<b.count where chunk[i + k] != b[k] { same = false; break }
            if same, i + b.count == chunk.count || chunk[i + b.count] == 0x20 { return true }
        }
        return false
    }

    private func markSpace(at offset: Int32) {
        if !pendingSpace {
            pendingSpace = true
            pendingSpaceOffset = offset
        }
    }

    private func appendLiteral(_ s: String, at offset: Int32) {
        pendingSpace = false
        for b in s.utf8 {
            bytes.append(b)
            offsets.append(offset)
        }
    }

    /// Ends the block being read, if it has any text.
    private func flush() {
        pendingSpace = false
        var (b, o) = (bytes, offsets)
        bytes.removeAll(keepingCapacity: true)
        offsets.removeAll(keepingCapacity: true)
        let kind = currentKind
        if kind.kind == .preformatted {
            while let last = b.last, last == 0x0A || last == 0x20 {
                b.removeLast()
                o.removeLast()
            }
            while let first = b.first, first == 0x0A {
                b.removeFirst()
                o.removeFirst()
            }
        }
        while let last = b.last, last == 0x20 {
            b.removeLast()
            o.removeLast()
        }
        if kind.kind == .tableRow {
            // Trim separators of empty cells.
            while b.count >= 2, b.suffix(2) == [0x20, 0x7C] || b.suffix(2) == [0x7C, 0x20] {
                b.removeLast()
                o.removeLast()
            }
            while b.last == 0x20 || b.last == 0x7C {
                b.removeLast()
                o.removeLast()
            }
            while b.first == 0x20 || b.first == 0x7C {
                b.removeFirst()
                o.removeFirst()
            }
        }
        guard !b.isEmpty else { return }
        let block = TextBlock(kind: kind.kind, level: kind.level, text: String(decoding: b, as: UTF8.self),
                              sourceOffsets: o)
        if kind.kind == .heading, kind.level == 1, result.firstH1 == nil { result.firstH1 = block.text }
        result.blocks.append(block)
    }

    /// Maps each byte of a decoded chunk to a source offset by walking back from where the parser
    /// stands: equal bytes pair up; source bytes that decoding removed (entities, CR) are skipped.
    /// - Complexity: O(chunk + skipped source bytes).
    private func align(_ chunk: UnsafeBufferPointer<UInt8>, endingAt end: Int, into result: inout [Int32]) {
        result.removeAll(keepingCapacity: true)
        result.append(contentsOf: repeatElement(Int32(max(0, lastOffset)), count: chunk.count))
        let lower = max(0, min(lastOffset, source.count))
        var stop = min(end, source.count)
        // libxml2's script parser flushes its buffer before stepping past the last character it
        // copied, so the reported end can fall a few bytes short: step forward to the chunk's last byte.
        if let last = chunk.last, stop > 0, stop < source.count, source[stop - 1] != last {
            for k in 0..<8 where stop + k < source.count && source[stop + k] == last {
                stop += k + 1
                break
            }
        }
        var j = stop - 1
        var i = chunk.count - 1
        if end < 0 { j = -1 }
        while i >= 0 {
            if j >= lower, source[j] == chunk[i] {
                result[i] = Int32(j)
                i -= 1
                j -= 1
            } else if j > lower {
                j -= 1
            } else {
                result[i] = Int32(lower)
                i -= 1
            }
        }
        if let base = baseOffsets {
            for k in result.indices {
                let v = Int(result[k])
                result[k] = v < base.count ? base[v] : (base.last ?? 0)
            }
        }
    }
}
