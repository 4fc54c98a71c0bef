/// Turns a stream of HTML SAX events into ordered text blocks with source offsets.
///
/// Kept free of libxml2 types: `HTMLReader` feeds it element names and text as byte buffers, and
/// the parser's byte offset. Elements are classified by interned id (`HTMLReadingRules`), never
/// by `String`, and attributes are read only for the few elements whose attributes matter.
///
/// A struct that the reader hands to libxml2 by pointer, so callbacks pay no reference counting
/// and no dynamic exclusivity checks.
struct HTMLBlockBuilder {
    private struct Frame {
        var tag: Int
        var element: HTMLReadingRules.Element
        var skips: Bool
        var pushedContext: Bool
        var capture: Capture?
    }

    private enum Capture { case title, jsonLD }

    private let reading: HTMLReadingRules
    private let source: [UInt8]
    private let baseOffsets: [Int32]?
    /// The libxml2 parser context, opaque here; set by `HTMLReader` while parsing.
    var context: UnsafeMutableRawPointer?

    private(set) var result = HTMLDocumentText()
    /// The rules' element names plus those this page adds.
    private var names: ByteTable
    private var frames: [Frame] = []
    private var skipDepth = 0
    private var contexts: [(kind: BlockKind, level: Int)] = []
    private var listDepth = 0
    private var mainDepth = 0
    private var cellCount = 0
    private var lastOffset = 0

    /// The block being read: `bytes[..<length]` and the source offset of each. Grow-only buffers,
    /// written with plain stores (their `count` is their capacity).
    private var bytes: [UInt8] = []
    private var offsets: [Int32] = []
    private var length = 0
    private var pendingSpace = false
    private var atLineStart = false
    private var pendingSpaceOffset: Int32 = 0

    private var capture: Capture?
    /// Grow-only scratch space: the source offset of each byte of one text chunk.
    private var mapped: [Int32] = []
    private var captureBytes: [UInt8] = []
    private var captureOffsets: [Int32] = []

    init(reading: HTMLReadingRules, source: [UInt8], baseOffsets: [Int32]?) {
        self.reading = reading
        self.source = source
        self.baseOffsets = baseOffsets
        names = reading.names
    }

    private var currentKind: (kind: BlockKind, level: Int) { contexts.last ?? (.paragraph, 0) }

    // MARK: Events

    /// A start tag: `name` is the parser's (lower-case) element name.
    /// - Complexity: O(name), plus O(attributes) for script elements and elements not already skipped.
    mutating func start(_ name: UnsafeBufferPointer<UInt8>, attributes: HTMLAttributes, at offset: Int) {
        defer { if offset >= 0 { lastOffset = offset } }
        let tag = Int(names.intern(name, 0, name.count))
        let element = tag < reading.elements.count ? reading.elements[tag] : HTMLReadingRules.Element()
        // Captures come first: JSON-LD and <title> usually sit in <head>, which is skipped.
        if element.role == .script, isJSONLD(attributes) {
            beginCapture(.jsonLD)
            frames.append(Frame(tag: tag, element: element, skips: true, pushedContext: false, capture: .jsonLD))
            skipDepth += 1
            return
        }
        if element.role == .title, result.htmlTitle == nil {
            beginCapture(.title)
            frames.append(Frame(tag: tag, element: element, skips: true, pushedContext: false, capture: .title))
            skipDepth += 1
            return
        }
        if skipDepth > 0 || shouldSkip(element, attributes) {
            frames.append(Frame(tag: tag, element: element, skips: true, pushedContext: false, capture: nil))
            skipDepth += 1
            return
        }
        var pushed = false
        switch element.role {
        case .section:
            mainDepth += 1
            flush()
        case .list:
            flush()
            listDepth += 1
        case .item:
            flush()
            contexts.append((.listItem, max(1, listDepth)))
            pushed = true
        case .heading:
            flush()
            contexts.append((.heading, element.level))
            pushed = true
        case .row:
            flush()
            contexts.append((.tableRow, 0))
            cellCount = 0
            pushed = true
        case .cell:
            if currentKind.kind == .tableRow {
                if cellCount > 0 { appendLiteral(" | ", at: Int32(max(offset, 0))) }
                cellCount += 1
            } else {
                flush()
            }
        case .pre:
            flush()
            contexts.append((.preformatted, 0))
            pushed = true
        case .lineBreak:
            if currentKind.kind == .paragraph { flush() } else { markSpace(at: Int32(max(offset, 0))) }
        case .other, .script, .title:
            if element.block {
                if currentKind.kind == .paragraph { flush() } else { markSpace(at: Int32(max(offset, 0))) }
            }
        }
        frames.append(Frame(tag: tag, element: element, skips: false, pushedContext: pushed, capture: nil))
    }

    /// An end tag: closes the innermost open element of that name and everything inside it.
    /// - Complexity: O(name + open elements closed).
    mutating func end(_ name: UnsafeBufferPointer<UInt8>, at offset: Int) {
        defer { if offset >= 0 { lastOffset = offset } }
        // A name never interned was never opened.
        let tag = Int(names.lookup(name, 0, name.count))
        guard tag >= 0, let index = frames.lastIndex(where: { $0.tag == tag }) else { return }
        while frames.count > index {
            let frame = frames.removeLast()
            close(frame)
        }
    }

    /// Appends a run of decoded text to the block (white space collapsed) or to the capture.
    /// The hot path: the chunk is collapsed straight into the block's grow-only buffers with plain
    /// stores; the rest of a word after its first byte is copied in a tight loop.
    /// - Complexity: O(chunk).
    mutating func text(_ chunk: UnsafeBufferPointer<UInt8>, endingAt offset: Int) {
        defer { if offset >= 0 { lastOffset = offset } }
        let capturing = capture != nil && skipDepth > 0
        guard capturing || skipDepth == 0 else { return }  // skipped text (scripts, styles): no work at all
        let n = chunk.count
        if mapped.count < n { mapped.append(contentsOf: repeatElement(0, count: n - mapped.count)) }
        if !capturing, currentKind.kind != .preformatted, Self.isBlank(chunk) {
            // White space between tags: at most it starts a pending space and a line.
            if !pendingSpace {
                align(chunk, endingAt: offset)
                markSpace(at: mapped[0])
            }
            if chunk.contains(0x0A) { atLineStart = true }
            return
        }
        align(chunk, endingAt: offset)
        let m = mapped
        if capturing {
            captureBytes.append(contentsOf: chunk)
            m.withUnsafeBufferPointer { captureOffsets.append(contentsOf: UnsafeBufferPointer(rebasing: $0[..<n])) }
            return
        }
        reserve(n + 1)  // the chunk, after at most one pending space
        let preformatted = currentKind.kind == .preformatted
        let paragraph = currentKind.kind == .paragraph
        var pending = pendingSpace, pendingAt = pendingSpaceOffset, lineStart = atLineStart
        var w = length
        // Moved out while written (no copy on write), moved back after.
        var out = bytes, outOffsets = offsets
        bytes = []
        offsets = []
        m.withUnsafeBufferPointer { m in
            out.withUnsafeMutableBufferPointer { out in
                outOffsets.withUnsafeMutableBufferPointer { outOffsets in
                    var i = 0
                    while i < n {
                        let c = chunk[i]
                        if !preformatted {
                            if Self.isSpace(c) {
                                if c == 0x0A { lineStart = true }
                                if !pending { pending = true; pendingAt = m[i] }
                                i += 1
                                continue
                            }
                            if c == 0xC2, i + 1 < n, chunk[i + 1] == 0xA0 {  // no-break space
                                if !pending { pending = true; pendingAt = m[i] }
                                i += 2
                                continue
                            }
                        } else if c == 0x0D {
                            i += 1
                            continue
                        }
                        if lineStart, !preformatted, paragraph, w > 0, startsBullet(chunk, at: i) {
                            // A bullet at the start of a source line begins a new block.
                            emit(UnsafeBufferPointer(rebasing: out[..<w]), UnsafeBufferPointer(rebasing: outOffsets[..<w]))
                            w = 0
                            pending = false
                        }
                        lineStart = false
                        if pending {
                            if w > 0 {
                                out[w] = 0x20
                                outOffsets[w] = pendingAt
                                w += 1
                            }
                            pending = false
                        }
                        out[w] = c
                        outOffsets[w] = m[i]
                        w += 1
                        i += 1
                        // The rest of the word (or line, in <pre>) needs none of the checks above.
                        if preformatted {
                            while i < n, chunk[i] != 0x0D {
                                out[w] = chunk[i]
                                outOffsets[w] = m[i]
                                w += 1
                                i += 1
                            }
                        } else {
                            // Eight bytes a step: copy all eight (the buffers have room for every byte of
                            // the chunk), keep those before the first space or 0xC2.
                            while i + 8 <= n {
                                let word = ByteMask.load(chunk.baseAddress! + i)
                                let stops = ByteMask.below(word, 0x21) | ByteMask.equal(word, 0xC2)
                                UnsafeMutableRawPointer(out.baseAddress! + w).storeBytes(of: word.littleEndian, as: UInt64.self)
                                UnsafeMutableRawPointer(outOffsets.baseAddress! + w).storeBytes(
                                    of: UnsafeRawPointer(m.baseAddress! + i).loadUnaligned(as: SIMD8<Int32>.self), as: SIMD8<Int32>.self)
                                let run = stops == 0 ? 8 : ByteMask.first(stops)
                                w += run
                                i += run
                                if run < 8 { break }
                            }
                            while i < n, chunk[i] > 0x20, chunk[i] != 0xC2 {
                                out[w] = chunk[i]
                                outOffsets[w] = m[i]
                                w += 1
                                i += 1
                            }
                        }
                    }
                }
            }
        }
        bytes = out
        offsets = outOffsets
        length = w
        pendingSpace = pending
        pendingSpaceOffset = pendingAt
        atLineStart = lineStart
    }

    /// Makes room for `extra` more bytes in the block buffers (doubling, so appends stay amortised O(1)).
    private mutating func reserve(_ extra: Int) {
        guard bytes.count < length + extra else { return }
        let size = max(length + extra, bytes.count * 2, 256)
        bytes.append(contentsOf: repeatElement(0, count: size - bytes.count))
        offsets.append(contentsOf: repeatElement(0, count: size - offsets.count))
    }

    /// True when `chunk` is only white space and no-break spaces.
    private static func isBlank(_ chunk: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        while i < chunk.count {
            if isSpace(chunk[i]) {
                i += 1
            } else if chunk[i] == 0xC2, i + 1 < chunk.count, chunk[i + 1] == 0xA0 {
                i += 2
            } else {
                return false
            }
        }
        return true
    }

    /// Space, tab, line feed, carriage return, form feed.
    @inline(__always)
    private static func isSpace(_ c: UInt8) -> Bool {
        c == 0x20 || (c <= 0x0D && c >= 0x09 && c != 0x0B)
    }

    mutating func comment(_ body: String, at offset: Int) {
        defer { if offset >= 0 { lastOffset = offset } }
        guard skipDepth == 0 else { return }
        flush()
        if let s = Suppression.parse(comment: body, nextBlock: result.blocks.count) {
            result.suppressions.append(s)
        }
    }

    mutating func finish() {
        while let frame = frames.popLast() { close(frame) }
        flush()
    }

    // MARK: Helpers

    private mutating func close(_ frame: Frame) {
        if frame.skips {
            skipDepth -= 1
            if let c = frame.capture { endCapture(c) }
            return
        }
        switch frame.element.role {
        case .section:
            flush()
            mainDepth -= 1
        case .list:
            flush()
            listDepth = max(0, listDepth - 1)
        default:
            if frame.pushedContext {
                flush()
                contexts.removeLast()
            } else if frame.element.block, currentKind.kind == .paragraph {
                flush()
            }
        }
    }

    private func shouldSkip(_ element: HTMLReadingRules.Element, _ attributes: HTMLAttributes) -> Bool {
        if element.skips { return true }
        if element.chrome, mainDepth == 0 { return true }
        guard attributes.pairs != nil else { return false }
        for name: StaticString in ["class", "id", "role"] where attributes.contains(name, where: hasSkipWord) {
            return true
        }
        return attributes.contains("hidden") { _ in true }
            || attributes.contains("aria-hidden") { $0.elementsEqual("true".utf8) }
    }

    /// True when one of the words of `value` (lower-cased, split on space, "-" and "_") is a skip word.
    /// ASCII values are split and looked up as bytes; others go through `String`, as Unicode case
    /// mapping and comparison decide.
    private func hasSkipWord(_ value: UnsafeBufferPointer<UInt8>) -> Bool {
        if let words = reading.skipWords, Self.isASCII(value) {
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: value.count) { w in
                for k in 0..<value.count { w[k] = ASCIIBytes.lowercased(value[k]) }
                var lo = 0
                for k in 0...w.count where k == w.count || w[k] == 0x20 || w[k] == 0x2D || w[k] == 0x5F {
                    if k > lo, words.lookup(UnsafeBufferPointer(w), lo, k) >= 0 { return true }
                    lo = k + 1
                }
                return false
            }
        }
        let string = String(decoding: value, as: UTF8.self).lowercased()
        for word in string.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "_" }) {
            if reading.rules.skipWords.contains(String(word)) { return true }
        }
        return false
    }

    /// True when a `type` attribute names JSON-LD (contains "ld+json", ignoring case).
    private func isJSONLD(_ attributes: HTMLAttributes) -> Bool {
        attributes.contains("type") { value in
            guard Self.isASCII(value) else {
                return String(decoding: value, as: UTF8.self).lowercased().contains("ld+json")
            }
            return ASCIIBytes.firstIndex(ofLowercased: Self.jsonLDType, in: value) != nil
        }
    }

    private static let jsonLDType = Array("ld+json".utf8)

    @inline(__always)
    private static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.allSatisfy { $0 < 0x80 }
    }

    private mutating func beginCapture(_ c: Capture) {
        capture = c
        captureBytes = []
        captureOffsets = []
    }

    private mutating func endCapture(_ c: Capture) {
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
        for b in reading.lineBullets {
            guard i + b.count <= chunk.count else { continue }
            var same = true
            for k in 0..<b.count where chunk[i + k] != b[k] { same = false; break }
            if same, i + b.count == chunk.count || chunk[i + b.count] == 0x20 { return true }
        }
        return false
    }

    private mutating func markSpace(at offset: Int32) {
        if !pendingSpace {
            pendingSpace = true
            pendingSpaceOffset = offset
        }
    }

    private mutating func appendLiteral(_ s: String, at offset: Int32) {
        pendingSpace = false
        reserve(s.utf8.count)
        for b in s.utf8 {
            bytes[length] = b
            offsets[length] = offset
            length += 1
        }
    }

    /// Ends the block being read, if it has any text.
    /// - Complexity: O(block).
    private mutating func flush() {
        let b = bytes, o = offsets, n = length
        length = 0
        b.withUnsafeBufferPointer { b in
            o.withUnsafeBufferPointer { o in
                emit(UnsafeBufferPointer(rebasing: b[..<n]), UnsafeBufferPointer(rebasing: o[..<n]))
            }
        }
    }

    /// Appends the block `bytes` (with their source `offsets`), trimmed, if any text remains.
    /// - Complexity: O(block).
    private mutating func emit(_ bytes: UnsafeBufferPointer<UInt8>, _ offsets: UnsafeBufferPointer<Int32>) {
        pendingSpace = false
        let kind = currentKind
        var lo = 0, hi = bytes.count
        if kind.kind == .preformatted {
            while hi > lo, bytes[hi - 1] == 0x0A || bytes[hi - 1] == 0x20 { hi -= 1 }
            while lo < hi, bytes[lo] == 0x0A { lo += 1 }
        }
        while hi > lo, bytes[hi - 1] == 0x20 { hi -= 1 }
        if kind.kind == .tableRow {
            // Trim separators of empty cells.
            while hi > lo, bytes[hi - 1] == 0x20 || bytes[hi - 1] == 0x7C { hi -= 1 }
            while lo < hi, bytes[lo] == 0x20 || bytes[lo] == 0x7C { lo += 1 }
        }
        guard lo < hi else { return }
        let block = TextBlock(kind: kind.kind, level: kind.level,
                              text: String(decoding: UnsafeBufferPointer(rebasing: bytes[lo..<hi]), as: UTF8.self),
                              sourceOffsets: Array(UnsafeBufferPointer(rebasing: offsets[lo..<hi])))
        if kind.kind == .heading, kind.level == 1, result.firstH1 == nil { result.firstH1 = block.text }
        result.blocks.append(block)
    }

    /// Maps each byte of a decoded chunk to a source offset (into `mapped[0 ..< chunk.count]`) by
    /// walking back from where the parser stands: equal bytes pair up; source bytes that decoding
    /// removed (entities, CR) are skipped. Text copied verbatim (the usual case) is recognised with
    /// one comparison and mapped at once.
    /// - Complexity: O(chunk + skipped source bytes).
    private mutating func align(_ chunk: UnsafeBufferPointer<UInt8>, endingAt end: Int) {
        let n = chunk.count
        let source = self.source, start = lastOffset, baseOffsets = self.baseOffsets
        mapped.withUnsafeMutableBufferPointer { result in
            source.withUnsafeBufferPointer { source in
                let lower = max(0, min(start, source.count))
                var stop = min(end, source.count)
                // libxml2's script parser flushes its buffer before stepping past the last character it
                // copied, so the reported end can fall a few bytes short: step forward to the chunk's last byte.
                if let last = chunk.last, stop > 0, stop < source.count, source[stop - 1] != last {
                    for k in 0..<8 where stop + k < source.count && source[stop + k] == last {
                        stop += k + 1
                        break
                    }
                }
                if end >= 0, stop - n >= lower, Self.equal(source.baseAddress! + (stop - n), chunk.baseAddress!, n) {
                    let first = Int32(stop - n)
                    for i in 0..<n { result[i] = first &+ Int32(truncatingIfNeeded: i) }
                    return
                }
                var j = end < 0 ? -1 : stop - 1
                var i = n - 1
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
            }
            if let baseOffsets {
                baseOffsets.withUnsafeBufferPointer { base in
                    for k in 0..<n {
                        let v = Int(result[k])
                        result[k] = v < base.count ? base[v] : (base.last ?? 0)
                    }
                }
            }
        }
    }

    /// True when the `n` bytes at `a` and `b` are equal; eight bytes a step.
    @inline(__always)
    private static func equal(_ a: UnsafePointer<UInt8>, _ b: UnsafePointer<UInt8>, _ n: Int) -> Bool {
        var k = 0
        while k + 8 <= n {
            if ByteMask.load(a + k) != ByteMask.load(b + k) {
                return false
            }
            k += 8
        }
        while k < n {
            if a[k] != b[k] { return false }
            k += 1
        }
        return true
    }
}
