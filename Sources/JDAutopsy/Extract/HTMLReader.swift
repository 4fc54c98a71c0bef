import CLibXML2

/// Reads HTML with libxml2's SAX parser into ordered blocks. The only file that imports libxml2.
///
/// No tree is built: callbacks append text to the block being read, so memory stays proportional
/// to the text, and every output byte keeps the offset of the source byte it came from.
struct HTMLReader {
    /// The rules for skipping chrome and splitting bullets.
    let rules: ExtractionRules

    /// libxml2 must be initialised once before concurrent use.
    private static let initialised: Bool = {
        xmlInitParser()
        return true
    }()

    /// Parses UTF-8 `html`. `baseOffsets[i]` is the source offset of `html[i]` (nil: identity).
    /// - Complexity: O(n) in the input size.
    func read(_ html: [UInt8], baseOffsets: [Int32]? = nil) -> HTMLDocumentText {
        _ = Self.initialised
        jd_xml_silence()
        let builder = HTMLBlockBuilder(rules: rules, source: html, baseOffsets: baseOffsets)
        guard !html.isEmpty else { return builder.result }
        html.withUnsafeBufferPointer { buf in
            buf.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buf.count) { chars in
                guard let ctxt = htmlCreateMemoryParserCtxt(chars, Int32(buf.count)) else { return }
                defer { htmlFreeParserCtxt(ctxt) }
                var sax = htmlSAXHandler()
                sax.startElement = { ctx, name, atts in
                    HTMLBlockBuilder.from(ctx).startElement(name, atts)
                }
                sax.endElement = { ctx, name in HTMLBlockBuilder.from(ctx).endElement(name) }
                sax.characters = { ctx, ch, len in HTMLBlockBuilder.from(ctx).characters(ch, Int(len)) }
                sax.ignorableWhitespace = { ctx, ch, len in
                    HTMLBlockBuilder.from(ctx).characters(ch, Int(len))
                }
                sax.cdataBlock = { ctx, ch, len in HTMLBlockBuilder.from(ctx).characters(ch, Int(len)) }
                sax.comment = { ctx, value in HTMLBlockBuilder.from(ctx).comment(value) }
                sax.serror = jd_xml_ignore_structured
                sax.initialized = XML_SAX2_MAGIC
                ctxt.pointee.sax.pointee = sax
                let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue
                    | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_NONET.rawValue
                    | HTML_PARSE_NOIMPLIED.rawValue | HTML_PARSE_IGNORE_ENC.rawValue)
                htmlCtxtUseOptions(ctxt, options)
                jd_xml_use_utf8(ctxt)
                builder.context = UnsafeMutableRawPointer(ctxt)
                let unmanaged = Unmanaged.passRetained(builder)
                ctxt.pointee.userData = unmanaged.toOpaque()
                _ = htmlParseDocument(ctxt)
                ctxt.pointee.userData = nil
                unmanaged.release()
                builder.context = nil
            }
        }
        builder.finish()
        return builder.result
    }
}

extension HTMLBlockBuilder {
    /// Recovers the builder from libxml2's `userData`.
    fileprivate static func from(_ ctx: UnsafeMutableRawPointer?) -> HTMLBlockBuilder {
        Unmanaged<HTMLBlockBuilder>.fromOpaque(ctx!).takeUnretainedValue()
    }

    /// The parser's current byte offset in the input.
    var parserOffset: Int { context.map { jd_xml_parser_offset($0) } ?? -1 }

    /// Converts libxml2's element name and attribute array into Swift values.
    fileprivate func startElement(_ name: UnsafePointer<xmlChar>?,
                                  _ atts: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?) {
        guard let name else { return }
        // Only the attributes the builder reads become Swift strings.
        var attributes: [(String, String)] = []
        if let atts {
            var i = 0
            while let key = atts[i] {
                let k = String(cString: key)
                if HTMLBlockBuilder.readAttributes.contains(k) {
                    attributes.append((k, atts[i + 1].map { String(cString: $0) } ?? ""))
                }
                i += 2
            }
        }
        start(tag: String(cString: name), attributes: attributes, at: parserOffset)
    }

    /// Forwards an end tag.
    fileprivate func endElement(_ name: UnsafePointer<xmlChar>?) {
        guard let name else { return }
        end(tag: String(cString: name), at: parserOffset)
    }

    /// Forwards a run of decoded text.
    fileprivate func characters(_ ch: UnsafePointer<xmlChar>?, _ len: Int) {
        guard let ch, len > 0 else { return }
        text(UnsafeBufferPointer(start: ch, count: len), endingAt: parserOffset)
    }

    /// Forwards a comment.
    fileprivate func comment(_ value: UnsafePointer<xmlChar>?) {
        guard let value else { return }
        comment(String(cString: value), at: parserOffset)
    }
}

/// libxml2's HTML parse alone, for benchmarks: what extraction adds is measured against these.
@_spi(Benchmarks)
public enum LibXML2Baseline {
    /// Parses UTF-8 HTML into a libxml2 tree and frees it; returns 1 when a document was built.
    public static func parseTree(_ html: [UInt8]) -> Int {
        _ = HTMLReader.initialisedForBaseline
        jd_xml_silence()
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue)
        return html.withUnsafeBufferPointer { buf in
            buf.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buf.count) { chars in
                guard let doc = htmlReadMemory(chars, Int32(buf.count), nil, "UTF-8", options) else { return 0 }
                xmlFreeDoc(doc)
                return 1
            }
        }
    }

    /// Parses UTF-8 HTML with SAX callbacks that do nothing; returns the number of text callbacks.
    public static func parseSAX(_ html: [UInt8]) -> Int {
        _ = HTMLReader.initialisedForBaseline
        jd_xml_silence()
        var count = 0
        html.withUnsafeBufferPointer { buf in
            buf.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buf.count) { chars in
                guard let ctxt = htmlCreateMemoryParserCtxt(chars, Int32(buf.count)) else { return }
                defer { htmlFreeParserCtxt(ctxt) }
                var sax = htmlSAXHandler()
                sax.startElement = { _, _, _ in }
                sax.endElement = { _, _ in }
                sax.characters = { ctx, _, _ in ctx!.assumingMemoryBound(to: Int.self).pointee += 1 }
                sax.serror = jd_xml_ignore_structured
                sax.initialized = XML_SAX2_MAGIC
                ctxt.pointee.sax.pointee = sax
                htmlCtxtUseOptions(ctxt, Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
                    | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOIMPLIED.rawValue | HTML_PARSE_IGNORE_ENC.rawValue))
                jd_xml_use_utf8(ctxt)
                withUnsafeMutablePointer(to: &count) { p in
                    ctxt.pointee.userData = UnsafeMutableRawPointer(p)
                    _ = htmlParseDocument(ctxt)
                    ctxt.pointee.userData = nil
                }
            }
        }
        return count
    }
}

extension HTMLReader {
    /// The one-time libxml2 initialisation, for the baseline.
    static var initialisedForBaseline: Bool { initialised }
}
