/// Renders a report as one self-contained HTML page (inline CSS, no external assets): the file
/// record, then the posting itself with every finding highlighted and explained on hover.
public struct HTMLRenderer: Sendable {
    /// Creates a renderer.
    public init() {}

    /// The page for `report`.
    public func render(_ report: PostingReport) -> String {
        let outline = RecordOutline(report)
        var o = ["<!DOCTYPE html>", "<html lang=\"en\"><head><meta charset=\"utf-8\">",
                 "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
                 "<title>File record: \(Self.escape(outline.role)) — jdautopsy</title>", "<style>\(Self.css)</style></head><body>",
                 "<header><div class=\"brand\">A D U L T H O O D · The Corporate Bestiary</div>",
                 "<h1>FILE RECORD: \(Self.escape(outline.slug))</h1>",
                 "<p class=\"question\">What does a \(Self.escape(outline.role)) actually do?</p>",
                 "<p class=\"source\">\(Self.escape(outline.source))</p>"]
        o += outline.warnings.map { "<p class=\"warn\">warning: \(Self.escape($0))</p>" }
        let score = report.vagueness.score
        o.append("<div class=\"gauge\"><div class=\"bar\" style=\"width:\(Formatting.decimal(score))%\"></div><span>\(Self.escape(outline.headline))</span></div></header><main>")
        for section in outline.sections {
            let id = section.number.isEmpty ? Formatting.slug(section.title).lowercased() : "s" + section.number
            o.append("<section id=\"\(id)\"><h2>" + (section.number.isEmpty ? "" : "<span class=\"num\">[\(section.number)]</span> ")
                     + Self.escape(section.title) + "</h2>")
            var table = false
            for item in section.items {
                if case .score = item { if !table { o.append("<table class=\"score\">"); table = true } } else if table { o.append("</table>"); table = false }
                o.append(render(item))
            }
            if table { o.append("</table>") }
            o.append("</section>")
        }
        o.append("<section id=\"specimen\"><h2>THE SPECIMEN (as posted, findings marked)</h2>")
        o.append(specimen(report))
        o.append("</section></main><footer>Produced by jdautopsy · schema \(report.schemaVersion)</footer></body></html>")
        return o.joined(separator: "\n") + "\n"
    }

    private func render(_ item: RecordOutline.Item) -> String {
        switch item {
        case let .text(t, tone): return "<p class=\"\(tone.rawValue)\">\(Self.escape(t))</p>"
        case let .entry(title, body): return "<div class=\"entry\"><h3>\(Self.escape(title))</h3><p>\(Self.escape(body))</p></div>"
        case let .bullet(t, detail): return "<ul><li>\(Self.escape(t))" + (detail.map { "<div class=\"note\">\(Self.escape($0))</div>" } ?? "") + "</li></ul>"
        case let .pair(illusion, meta, translation):
            return "<div class=\"pair\"><div class=\"illusion\"><h3>LinkedIn illusion <small>\(Self.escape(meta))</small></h3><blockquote>“\(Self.escape(illusion))”</blockquote></div><div class=\"translation\"><h3>Translation</h3><p>\(Self.escape(translation))</p></div></div>"
        case let .quote(t): return "<blockquote class=\"burn\">“\(Self.escape(t))”</blockquote>"
        case let .figure(label, value, tone): return "<p class=\"figure \(tone.rawValue)\"><b>\(Self.escape(label)):</b> \(Self.escape(value))</p>"
        case let .score(label, points): return "<tr><td>\(Self.escape(label))</td><td class=\"pts\">\(Self.escape(points))</td></tr>"
        case let .fix(position, severity, text, fix, rule):
            return "<p class=\"fix \(severity.rawValue)\"><code>\(Self.escape(position))</code> <b>\(severity.rawValue)</b> “\(Self.escape(text))”"
                + (fix.map { " → \(Self.escape($0))" } ?? "") + " <code>\(Self.escape(rule))</code></p>"
        }
    }

    /// The posting's blocks with findings wrapped in `<mark>`.
    private func specimen(_ report: PostingReport) -> String {
        var out: [String] = []
        var offset = 0
        var fi = 0
        let findings = report.findings.sorted { $0.offset < $1.offset }
        for block in report.blocks {
            let bytes = Array(block.text.utf8)
            let start = offset
            offset += bytes.count + 1
            var html = ""
            var pos = 0
            while fi < findings.count, findings[fi].offset < start + bytes.count {
                let f = findings[fi]
                let lo = max(0, f.offset - start), hi = min(bytes.count, lo + f.length)
                if lo >= pos {
                    html += Self.escape(String(decoding: bytes[pos..<lo], as: UTF8.self))
                    let tip = f.message + (f.alternatives.isEmpty ? "" : " Try: " + f.alternatives.joined(separator: "; "))
                    html += "<mark class=\"c-\(f.category)\" title=\"\(Self.escape(tip))\">\(Self.escape(String(decoding: bytes[lo..<hi], as: UTF8.self)))</mark>"
                    pos = hi
                }
                fi += 1
            }
            html += Self.escape(String(decoding: bytes[pos...], as: UTF8.self))
            switch block.kind {
            case .heading: out.append("<h\(min(6, max(3, block.level + 2)))>\(html)</h\(min(6, max(3, block.level + 2)))>")
            case .listItem: out.append("<ul class=\"l\(block.level)\"><li>\(html)</li></ul>")
            case .preformatted: out.append("<pre>\(html)</pre>")
            case .tableRow: out.append("<p class=\"row\">\(html)</p>")
            case .paragraph: out.append("<p>\(html)</p>")
            }
        }
        return "<div class=\"posting\">" + out.joined(separator: "\n") + "</div>"
    }

    /// Escapes &, <, >, " and '.
    static func escape(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for c in s.unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }

    private static let css = """
    :root{--ink:#1b1b1b;--paper:#f4f1ea;--rule:#1b1b1b;--red:#b3261e;--amber:#9a6700;--green:#2e6b30;--dim:#6b6b6b}
    *{box-sizing:border-box}body{margin:0;background:var(--paper);color:var(--ink);font:16px/1.5 Georgia,'Times New Roman',serif}
    header,main,footer{max-width:52rem;margin:0 auto;padding:1.5rem}
    .brand{font:600 .8rem/1 ui-monospace,Menlo,monospace;letter-spacing:.2em;color:var(--dim);text-transform:uppercase}
    h1{font:700 1.9rem/1.2 ui-monospace,Menlo,monospace;margin:.6rem 0;border-bottom:3px solid var(--rule);padding-bottom:.4rem;word-break:break-word}
    .question{font-style:italic;font-size:1.15rem;margin:.2rem 0}.source{font:.8rem ui-monospace,monospace;color:var(--dim)}
    .gauge{position:relative;height:2rem;border:2px solid var(--rule);margin-top:1rem;background:#fff}
    .gauge .bar{position:absolute;inset:0 auto 0 0;background:linear-gradient(90deg,#d9c27a,#b3261e)}
    .gauge span{position:relative;display:block;text-align:center;font:700 .95rem/2rem ui-monospace,monospace}
    section{border-top:1px solid var(--rule);padding:.6rem 0 1rem}
    h2{font:700 1rem/1.3 ui-monospace,Menlo,monospace;letter-spacing:.05em}.num{color:var(--red)}
    h3{font:700 .95rem/1.3 ui-monospace,Menlo,monospace;margin:.6rem 0 .2rem}h3 small{font-weight:400;color:var(--dim)}
    .entry p{margin:.1rem 0 .6rem 1rem}.note{color:var(--dim);font-size:.9rem}.bad{color:var(--red)}.warn{color:var(--amber)}.good{color:var(--green)}
    .figure{font:1.05rem ui-monospace,monospace}
    .pair{display:grid;grid-template-columns:1fr 1fr;gap:1rem;margin:.8rem 0;padding:.6rem;border:1px dashed var(--rule);background:#fff}
    .pair blockquote{margin:0;font-style:italic}.translation p{margin:0}
    blockquote.burn{margin:.6rem 1rem;padding-left:.8rem;border-left:3px solid var(--red)}
    table.score{border-collapse:collapse;width:100%;font:.9rem ui-monospace,monospace}table.score td{border-bottom:1px dotted #999;padding:.2rem .4rem}
    td.pts{text-align:right;white-space:nowrap}.fix{font-size:.9rem;margin:.15rem 0}
    .posting{background:#fff;border:1px solid #ccc;padding:1rem}.posting ul{margin:.1rem 0}.posting .l2{margin-left:1.5rem}
    .posting .row{font:.85rem ui-monospace,monospace;border-bottom:1px dotted #ccc}
    mark{padding:0 .1em;border-radius:2px;background:#ffe08a}mark.c-jargon,mark.c-ritual{background:#ffd3a6}
    mark.c-hedge,mark.c-weasel{background:#d7e8ff}mark.c-vague-quantifier,mark.c-empty-promise{background:#e6d7ff}
    mark.c-red-flag{background:#ffb4ab}mark.c-inflated-requirement{background:#c8f0c8}mark.c-gender-masculine,mark.c-gender-feminine{background:#e8e8e8}
    footer{color:var(--dim);font:.8rem ui-monospace,monospace}
    @media (max-width:640px){.pair{grid-template-columns:1fr}h1{font-size:1.3rem}}
    """
}
