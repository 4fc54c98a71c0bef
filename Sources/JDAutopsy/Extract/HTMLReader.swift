import CLibXML2

/// Reads HTML with libxml2's SAX parser into ordered blocks. The only file that imports libxml2.
///
/// No tree is built: callbacks append text to the block being read, so memory stays proportional
/// to the text, and every output byte keeps the offset of the source byte it came from.
struct HTMLReader {
    /// The compiled skip and split rules.
    let reading: HTMLReadingRules

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
        var builder = HTMLBlockBuilder(reading: reading, source: html, baseOffsets: baseOffsets)
        guard !html.isEmpty else { return builder.result }
        html.withUnsafeBufferPointer { buf in
            buf.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buf.count) { chars in
                guard let ctxt = htmlCreateMemoryParserCtxt(chars, Int32(buf.count)) else { return }
                defer { htmlFreeParserCtxt(ctxt) }
                var sax = htmlSAXHandler()
                // Each callback finds the builder at `userData` and forwards bytes, no `String`s.
                sax.startElement = { ctx, name, atts in HTMLBlockBuilder.at(ctx).pointee.startElement(name, atts) }
                sax.endElement = { ctx, name in HTMLBlockBuilder.at(ctx).pointee.endElement(name) }
                sax.characters = { ctx, ch, len in HTMLBlockBuilder.at(ctx).pointee.characters(ch, Int(len)) }
                sax.ignorableWhitespace = { ctx, ch, len in HTMLBlockBuilder.at(ctx).pointee.characters(ch, Int(len)) }
                sax.cdataBlock = { ctx, ch, len in HTMLBlockBuilder.at(ctx).pointee.characters(ch, Int(len)) }
                sax.comment = { ctx, value in HTMLBlockBuilder.at(ctx).pointee.comment(value) }
                sax.serror = jd_xml_ignore_structured
                sax.initialized = XML_SAX2_MAGIC
                ctxt.pointee.sax.pointee = sax
                let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue
                    | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_NONET.rawValue
                    | HTML_PARSE_NOIMPLIED.rawValue | HTML_PARSE_IGNORE_ENC.rawValue)
                htmlCtxtUseOptions(ctxt, options)
                jd_xml_use_utf8(ctxt)
                withUnsafeMutablePointer(to: &builder) { builder in
                    builder.pointee.context = UnsafeMutableRawPointer(ctxt)
                    ctxt.pointee.userData = UnsafeMutableRawPointer(builder)
                    _ = htmlParseDocument(ctxt)
                    ctxt.pointee.userData = nil
                    builder.pointee.context = nil
                }
            }
        }
        builder.finish()
        return builder.result
    }
}

extension HTMLBlockBuilder {
    /// The builder libxml2's `userData` points to (valid during `htmlParseDocument`).
    fileprivate static func at(_ ctx: UnsafeMutableRawPointer?) -> UnsafeMutablePointer<HTMLBlockBuilder> {
        ctx!.assumingMemoryBound(to: HTMLBlockBuilder.self)
    }

    /// The parser's current byte offset in the input.
    var parserOffset: Int { context.map { jd_xml_parser_offset($0) } ?? -1 }

    /// Forwards a start tag: its name as bytes, its attributes unread.
    fileprivate mutating func startElement(_ name: UnsafePointer<xmlChar>?,
                                           _ atts: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?) {
        guard let name else { return }
        start(Self.bytes(name), attributes: HTMLAttributes(pairs: atts.map { UnsafePointer($0) }), at: parserOffset)
    }

    /// Forwards an end tag.
    fileprivate mutating func endElement(_ name: UnsafePointer<xmlChar>?) {
        guard let name else { return }
        end(Self.bytes(name), at: parserOffset)
    }

    /// Forwards a run of decoded text.
    fileprivate mutating func characters(_ ch: UnsafePointer<xmlChar>?, _ len: Int) {
        guard let ch, len > 0 else { return }
        text(UnsafeBufferPointer(start: ch, count: len), endingAt: parserOffset)
    }

    /// Forwards a comment.
    fileprivate mutating func comment(_ value: UnsafePointer<xmlChar>?) {
        guard let value else { return }
        comment(String(cString: value), at: parserOffset)
    }

    /// A NUL-terminated name as a buffer (without the NUL).
    private static func bytes(_ s: UnsafePointer<xmlChar>) -> UnsafeBufferPointer<UInt8> {
        var n = 0
        while s[n] != 0 { n += 1 }
        return UnsafeBufferPointer(start: s, count: n)
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
