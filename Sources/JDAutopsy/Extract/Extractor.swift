import Foundation

/// Ingest: turns posting bytes (HTML, JSON-LD, WordPress JSON, JSON, Markdown, text) into a `Posting`.
public struct Extractor: Sendable {
    /// The skip and split rules.
    public let rules: ExtractionRules
    /// `rules` compiled for the HTML reader.
    private let reading: HTMLReadingRules
    /// `rules`' bullets as bytes.
    private let splitter: BulletSplitter

    /// Creates an extractor with `rules` (see `ExtractionRules.load(from:)`).
    public init(rules: ExtractionRules) {
        self.rules = rules
        reading = HTMLReadingRules(rules: rules)
        splitter = BulletSplitter(rules: rules)
    }

    /// Reads and extracts the file at `path`, or standard input when `path` is "-".
    /// - Throws: `ExtractionError` naming the file and what is wrong.
    public func extract(path: String) throws(ExtractionError) -> Posting {
        let bytes = try InputFile.read(path: path, limit: rules.maxInputBytes)
        let ext = path == "-" ? "" : URL(fileURLWithPath: path).pathExtension.lowercased()
        return try extract(bytes: bytes, id: path, pathExtension: ext)
    }

    /// Extracts a posting from raw bytes.
    /// - Parameters:
    ///   - bytes: the input, in any supported encoding.
    ///   - id: the posting's id (used in errors and reports).
    ///   - pathExtension: a lower-case extension used only to break ties in kind detection.
    /// - Throws: `ExtractionError`.
    /// - Complexity: O(n) in the input size.
    public func extract(bytes: [UInt8], id: String, pathExtension: String = "") throws(ExtractionError) -> Posting {
        try extract(bytes: bytes, id: id, pathExtension: pathExtension, parsed: nil)
    }

    /// `extract(bytes:id:pathExtension:)`, given `bytes` already parsed as JSON (used when the
    /// decoded input is `bytes` as they are).
    func extract(bytes: [UInt8], id: String, pathExtension: String, parsed: JSONValue?) throws(ExtractionError) -> Posting {
        guard bytes.count <= rules.maxInputBytes else {
            throw ExtractionError(.tooLarge, source: id, message: "input is \(bytes.count) bytes; the limit is \(rules.maxInputBytes)")
        }
        let input = try InputDecoder.decode(bytes, source: id)
        let locator = SourceLocator(bytes: input.bytes)
        var posting: Posting
        let kind = InputKind.detect(input.bytes, pathExtension: pathExtension)
        switch kind {
        case .html: posting = readHTMLPage(input.bytes, id: id, locator: locator)
        case .json: posting = try readJSON(input.bytes, id: id, locator: locator, parsed: input.bytes == bytes ? parsed : nil)
        case .markdown, .text:
            let markdown = kind == .markdown
            let (blocks, suppressions) = PlainTextReader(rules: rules, markdown: markdown).read(input.bytes)
            posting = Posting(id: id, sourceKind: markdown ? .markdown : .text, blocks: blocks)
            posting.suppressions = suppressions
            // Markdown: the first level-1 heading. Text: the first line when it is short, else the first heading.
            if markdown, let h = blocks.first(where: { $0.kind == .heading && $0.level == 1 }) {
                posting.title = h.text
                posting.titleSource = .heading
            } else if let first = blocks.first, blocks.count > 1, first.kind != .listItem, first.text.count <= 120 {
                posting.title = first.text
                posting.titleSource = first.kind == .heading ? .heading : .firstLine
            } else if let h = blocks.first(where: { $0.kind == .heading }) {
                posting.title = h.text
                posting.titleSource = .heading
            }
        }
        posting.blocks = splitter.refine(posting.blocks)
        for k in posting.blocks.indices {
            let p = locator.position(ofByte: Int(posting.blocks[k].sourceOffsets.first ?? 0))
            posting.blocks[k].line = p.line
            posting.blocks[k].column = p.column
        }
        posting.encoding = input.encoding
        posting.warnings = input.warnings + posting.warnings
        posting.locator = locator
        guard !posting.blocks.isEmpty else {
            throw ExtractionError(.noText, source: id, message: "no text found in this \(posting.sourceKind.rawValue) input")
        }
        return posting
    }

    // MARK: HTML

    private func readHTMLPage(_ bytes: [UInt8], id: String, locator: SourceLocator) -> Posting {
        let page = HTMLReader(reading: reading).read(bytes)
        var posting = Posting(id: id, sourceKind: .html, blocks: page.blocks)
        posting.suppressions = page.suppressions
        var ld: (JobPostingLD, [UInt8], [Int32])?
        for script in page.jsonLD {
            var parser = JSONParser(bytes: script.text, maxDepth: rules.maxJSONDepth)
            do {
                let value = try parser.parseDocument()
                if ld == nil, let found = JobPostingLD.find(in: value) { ld = (found, script.text, script.offsets) }
            } catch {
                let at = error.offset < script.offsets.count ? Int(script.offsets[error.offset]) : Int(script.offsets.first ?? 0)
                posting.warnings.append("line \(locator.position(ofByte: at).line): malformed JSON-LD ignored (\(error.message))")
            }
        }
        if let (job, text, offsets) = ld {
            posting.metadata = job.metadata
            if let t = job.title { posting.title = decodeEntities(t); posting.titleSource = .jsonLD }
            if let (_, range) = job.description, let (decoded, inner) = JSONString.decode(text, range) {
                let base = inner.map { Int($0) < offsets.count ? offsets[Int($0)] : 0 }
                let described = readHTMLFragment(decoded, base: base)
                let descLength = described.reduce(0) { $0 + $1.text.utf8.count }
                let bodyLength = page.blocks.reduce(0) { $0 + $1.text.utf8.count }
                let isJustTitle = described.count == 1 && described[0].text == posting.title
                if !isJustTitle, descLength >= 200 || bodyLength < 200, descLength * 2 >= bodyLength {
                    posting.blocks = described
                    posting.bodySource = .jsonLDDescription
                    posting.suppressions = []
                }
            }
        }
        if posting.title == nil, let h1 = page.firstH1 { posting.title = h1; posting.titleSource = .h1 }
        if posting.title == nil, let t = page.htmlTitle { posting.title = t; posting.titleSource = .htmlTitle }
        return posting
    }

    /// Parses an HTML fragment found inside a string. When the fragment's text is itself markup
    /// (entity-escaped HTML, as many JSON-LD descriptions are), parses that text once more.
    private func readHTMLFragment(_ bytes: [UInt8], base: [Int32]) -> [TextBlock] {
        let reader = HTMLReader(reading: reading)
        let first = reader.read(bytes, baseOffsets: base).blocks
        // A byte search rules most blocks out; Foundation's `contains` (which will not match a tag
        // whose last character carries a combining mark) decides the rest. No tag spans two blocks.
        let looksEscaped = first.contains { block in
            Self.hasEscapedTag(block.text) && Self.escapedTags.contains { block.text.contains($0) }
        }
        guard looksEscaped else { return first }
        var bytes2: [UInt8] = []
        var offs2: [Int32] = []
        for (k, b) in first.enumerated() {
            if k > 0 { bytes2.append(0x0A); offs2.append(b.sourceOffsets.first ?? 0) }
            bytes2 += Array(b.text.utf8)
            offs2 += b.sourceOffsets
        }
        return reader.read(bytes2, baseOffsets: offs2).blocks
    }

    /// Tags whose presence in a fragment's text means the text is itself markup.
    private static let escapedTags = ["<p>", "<p ", "<li>", "<br", "<ul>", "<div", "<strong>", "<h2", "<h3"]
    private static let escapedTagBytes = escapedTags.map { Array($0.utf8) }

    /// True when the bytes of one of `escapedTags` occur in `text`.
    /// - Complexity: O(text × tags) in the worst case; O(text) without "<".
    private static func hasEscapedTag(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { hay in
            var i = 0
            while i < hay.count {
                if hay[i] == UInt8(ascii: "<") {
                    for tag in escapedTagBytes where i + tag.count <= hay.count {
                        var k = 1
                        while k < tag.count, hay[i + k] == tag[k] { k += 1 }
                        if k == tag.count { return true }
                    }
                }
                i += 1
            }
            return false
        }
    }

    private func decodeEntities(_ s: String) -> String {
        // Bytes first; Foundation's `contains` (combining marks) only when they may match.
        guard s.utf8.contains(where: { $0 == UInt8(ascii: "&") || $0 == UInt8(ascii: "<") }),
              s.contains("&") || s.contains("<") else { return s }
        let blocks = HTMLReader(reading: reading).read(Array(s.utf8)).blocks
        return blocks.map(\.text).joined(separator: " ")
    }

    // MARK: JSON

    private func readJSON(_ bytes: [UInt8], id: String, locator: SourceLocator, parsed: JSONValue?) throws(ExtractionError) -> Posting {
        var parser = JSONParser(bytes: bytes, maxDepth: rules.maxJSONDepth)
        let value: JSONValue
        do {
            if let parsed { value = parsed } else { value = try parser.parseDocument() }
        } catch {
            throw ExtractionError(.malformed, source: id, line: locator.position(ofByte: error.offset).line,
                                  message: "malformed JSON: \(error.message)")
        }
        // A string member's decoded bytes and, for each, its offset in `bytes`.
        let identity: (Range<Int>) -> ([UInt8], [Int32])? = { JSONString.decode(bytes, $0) }
        // WordPress REST API post.
        if case .string(_, let range)? = value["content"]?["rendered"], let (d, o) = identity(range) {
            var posting = Posting(id: id, sourceKind: .wordpress, bodySource: .jsonField, blocks: readHTMLFragment(d, base: o))
            if let t = value["title"]?["rendered"]?.string ?? value["title"]?.string {
                posting.title = decodeEntities(t).nonEmpty
                posting.titleSource = posting.title == nil ? nil : .jsonField
            }
            posting.metadata.url = value["link"]?.string
            posting.metadata.datePosted = value["date"]?.string
            if let i = value["id"]?.number { posting.metadata.identifier = String(Int(i)) }
            return posting
        }
        // schema.org JobPosting as a JSON document.
        if let job = JobPostingLD.find(in: value) {
            var posting = Posting(id: id, sourceKind: .json, title: job.title.map(decodeEntities), titleSource: .jsonLD,
                                  bodySource: .jsonLDDescription, metadata: job.metadata, blocks: [])
            if let (_, range) = job.description, let (d, o) = identity(range) { posting.blocks = readHTMLFragment(d, base: o) }
            return posting
        }
        // A plain object: title + description / text / html / body / content.
        for key in ["description", "html", "text", "body", "content", "jobDescription"] {
            guard case .string(_, let range)? = value[key], let (d, o) = identity(range) else { continue }
            var posting = Posting(id: id, sourceKind: .json, bodySource: .jsonField, blocks: [])
            let isHTML = InputKind.detect(d, pathExtension: "") == .html
            posting.blocks = isHTML ? readHTMLFragment(d, base: o) : PlainTextReader(rules: rules, markdown: false).read(d).blocks.map {
                var b = $0
                b.sourceOffsets = b.sourceOffsets.map { Int($0) < o.count ? o[Int($0)] : 0 }
                return b
            }
            if let t = value["title"]?.string { posting.title = decodeEntities(t).nonEmpty; posting.titleSource = .jsonField }
            posting.metadata.organization = value["company"]?.string ?? value["organization"]?.string
            if let loc = value["location"]?.string { posting.metadata.locations = [loc] }
            posting.metadata.url = value["url"]?.string
            return posting
        }
        throw ExtractionError(.wrongShape, source: id, line: 1,
                              message: "JSON of the wrong shape: expected a WordPress post (content.rendered), a schema.org JobPosting, or an object with title and description/text/html")
    }
}
