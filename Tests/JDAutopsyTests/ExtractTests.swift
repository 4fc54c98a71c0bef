import Foundation
import XCTest
@testable import JDAutopsy

final class ExtractTests: XCTestCase {
    private func corpus(_ name: String) throws -> Posting {
        try Fixtures.extractor.extract(path: Fixtures.corpus.appendingPathComponent(name).path)
    }

    func testHTMLKeepsListsTablesAndDropsChrome() throws {
        let html = """
        <html><head><title>Careers | Acme</title><style>p{color:red}</style></head><body>
        <nav><a href="/">Home</a> Jobs</nav>
        <div class="cookie-banner">We use cookies to leverage synergies.</div>
        <main><h1>Data Engineer</h1>
        <p>You will build &amp; run pipelines.<br>Second line here.</p>
        <ul><li>Write SQL</li><li>Own <b>dbt</b> models<ul><li>nested item</li></ul></li></ul>
        <table><tr><th>Benefit</th><th>Detail</th></tr><tr><td>Leave</td><td>25 days</td></tr></table>
        <script>var x = "leverage";</script><form><input value="apply"></form>
        </main><footer>© Acme</footer></body></html>
        """
        let p = try Fixtures.posting(html)
        XCTAssertEqual(p.sourceKind, .html)
        XCTAssertEqual(p.title, "Data Engineer")
        XCTAssertEqual(p.titleSource, .h1)
        let texts = p.blocks.map(\.text)
        XCTAssertEqual(texts, ["Data Engineer", "You will build & run pipelines.", "Second line here.", "Write SQL", "Own dbt models",
                               "nested item", "Benefit | Detail", "Leave | 25 days"])
        XCTAssertEqual(p.blocks.map(\.kind), [.heading, .paragraph, .paragraph, .listItem, .listItem, .listItem, .tableRow, .tableRow])
        XCTAssertEqual(p.blocks[5].level, 2, "nested list item keeps its depth")
        XCTAssertFalse(texts.joined().contains("cookies"))
        XCTAssertFalse(texts.joined().contains("Home"))
    }

    func testBlockPositionsPointIntoTheSource() throws {
        let html = "<html><body>\n<h1>Title</h1>\n  <p>First &amp; second</p>\n</body></html>"
        let p = try Fixtures.posting(html)
        XCTAssertEqual(p.blocks[0].line, 2)
        XCTAssertEqual(p.blocks[0].column, 5)
        XCTAssertEqual(p.blocks[1].line, 3)
        XCTAssertEqual(p.blocks[1].column, 6)
    }

    func testInlineBulletsBecomeListItems() throws {
        let p = try Fixtures.posting("<p>What you do: • Own the roadmap • Ship weekly • Mentor two engineers</p>")
        XCTAssertEqual(p.blocks.map(\.text), ["What you do:", "Own the roadmap", "Ship weekly", "Mentor two engineers"])
        XCTAssertEqual(p.blocks.map(\.kind), [.paragraph, .listItem, .listItem, .listItem])
        let dash = try Fixtures.posting("<p>We grow 40–50% a year – fast.</p>")
        XCTAssertEqual(dash.blocks.map(\.text), ["We grow 40–50% a year – fast."], "dashes inside prose are not bullets")
    }

    func testJSONLDPlainGraphArrayEscapedAndEmpty() throws {
        let plain = try corpus("01-html-jsonld-backend-engineer.html")
        XCTAssertEqual(plain.titleSource, .jsonLD)
        XCTAssertNotNil(plain.metadata.salary)
        XCTAssertFalse(plain.metadata.employmentTypes.isEmpty)
        let graph = try corpus("03-html-jsonld-graph-ml-engineer.html")
        XCTAssertEqual(graph.title, "Lead Machine Learning Engineer (GenAI)")
        XCTAssertEqual(graph.metadata.locationType, "TELECOMMUTE")
        let array = try corpus("09-html-jsonld-array-forklift-operator.html")
        XCTAssertEqual(array.titleSource, .jsonLD)
        XCTAssertEqual(array.metadata.salary?.period, .hour)
        let escaped = try corpus("07-html-jsonld-escaped-desc-registered-nurse.html")
        XCTAssertEqual(escaped.bodySource, .jsonLDDescription)
        XCTAssertEqual(escaped.blocks.first?.text, "Registered Nurse – Medical-Surgical, Nights (3 x 12)")
        XCTAssertFalse(escaped.blocks.contains { $0.text.contains("<p>") || $0.text.contains("&lt;") }, "escaped HTML is parsed twice")
        XCTAssertTrue(escaped.blocks.contains { $0.kind == .listItem })
        // The description's first block points at its text inside the JSON-LD string.
        XCTAssertEqual(escaped.blocks[0].line, 11)
        XCTAssertEqual(escaped.blocks[0].column, 42)
        let empty = try corpus("05-html-jsonld-empty-desc-account-executive.html")
        XCTAssertEqual(empty.bodySource, .document, "a description that is just the title must not replace the page body")
        XCTAssertGreaterThan(empty.blocks.count, 10)
        XCTAssertEqual(empty.title, "Account Executive, Mid-Market")
    }

    func testJSONLDSalaryValueShapes() throws {
        let html = """
        <html><head><script type="application/ld+json">{"@context":"https://schema.org","@type":"JobPosting","title":"Nurse",
        "hiringOrganization":{"@type":"Organization","name":"Cedar"},"baseSalary":{"@type":"MonetaryAmount","currency":"usd",
        "value":{"@type":"QuantitativeValue","minValue":46,"maxValue":58,"unitText":"HOUR"}},
        "jobLocation":{"@type":"Place","address":{"@type":"PostalAddress","addressLocality":"Boise","addressRegion":"ID","addressCountry":"US"}},
        "employmentType":["FULL_TIME","PART_TIME"],"datePosted":"2026-01-02","validThrough":"2026-03-01",
        "identifier":{"@type":"PropertyValue","name":"Cedar","value":"RN-42"}}</script></head><body><p>Body text.</p></body></html>
        """
        let p = try Fixtures.posting(html)
        XCTAssertEqual(p.metadata.salary, MonetaryRange(minimum: 46, maximum: 58, currency: "USD", period: .hour))
        XCTAssertEqual(p.metadata.organization, "Cedar")
        XCTAssertEqual(p.metadata.locations, ["Boise, ID, US"])
        XCTAssertEqual(p.metadata.employmentTypes, ["FULL_TIME", "PART_TIME"])
        XCTAssertEqual(p.metadata.identifier, "RN-42")
        XCTAssertEqual(p.metadata.validThrough, "2026-03-01")
        XCTAssertEqual(p.bodySource, .document)
    }

    func testMalformedJSONLDIsIgnoredWithAWarning() throws {
        let p = try Fixtures.posting("<html><head><script type=\"application/ld+json\">{\"@type\": \"JobPosting\", \"title\": }</script></head><body><h1>Cook</h1><p>Make soup.</p></body></html>")
        XCTAssertEqual(p.title, "Cook")
        XCTAssertEqual(p.blocks.map(\.text), ["Cook", "Make soup."])
        XCTAssertEqual(p.warnings.count, 1)
        XCTAssertTrue(p.warnings[0].contains("malformed JSON-LD"), p.warnings[0])
        XCTAssertTrue(p.warnings[0].hasPrefix("line 1:"), p.warnings[0])
    }

    func testWordPressSeed() throws {
        let url = try Fixtures.sharedFile("seeds/004_31d0ac82c6a5c191.txt")
        let p = try Fixtures.extractor.extract(path: url.path)
        XCTAssertEqual(p.sourceKind, .wordpress)
        XCTAssertTrue(p.title?.hasPrefix("Lead Computer Vision Engineer: Role Blueprint, ") == true, p.title ?? "nil")
        XCTAssertEqual(p.metadata.identifier, "73790")
        // Every <li> and every table row of the body is kept.
        let raw = try String(contentsOf: url, encoding: .utf8)
        let liCount = raw.components(separatedBy: "<li").count - 1
        let trCount = raw.components(separatedBy: "<tr").count - 1
        XCTAssertGreaterThan(liCount, 50)
        XCTAssertEqual(p.blocks.filter { $0.kind == .tableRow }.count, trCount)
        XCTAssertGreaterThanOrEqual(p.blocks.filter { $0.kind == .listItem }.count, liCount)
        XCTAssertTrue(p.blocks.contains { $0.kind == .listItem && $0.text.hasPrefix("CV workloads can be among the highest-cost") },
                      "en-dash bullets on their own lines become list items")
        XCTAssertTrue(p.blocks.allSatisfy { $0.line == 1 }, "the whole post is on line 1 of the JSON")
    }

    func testBlogPostSeedHeadingsAndLists() throws {
        let url = try Fixtures.sharedFile("seeds/003_43c54fb56bf75978.txt")
        let p = try Fixtures.extractor.extract(path: url.path)
        XCTAssertEqual(p.sourceKind, .text)
        let headings = p.blocks.filter { $0.kind == .heading }.map(\.text)
        XCTAssertTrue(headings.contains("The problem: talent density ≠ delivery"))
        XCTAssertTrue(headings.contains("Who are mid-level leaders in AI/ML companies"))
        XCTAssertTrue(headings.contains("Hiring framework: speed, signal, and safety"))
        let items = p.blocks.filter { $0.kind == .listItem }.map(\.text)
        XCTAssertTrue(items.contains { $0.hasPrefix("Research-to-production gap.") })
        XCTAssertTrue(items.contains { $0.hasPrefix("90 days: establish CI/CD") })
        XCTAssertGreaterThanOrEqual(items.count, 30)
    }

    func testMarkdown() throws {
        let md = """
        # Data Analyst

        **Location:** Remote. See [our site](https://example.com).
        Second line of the same paragraph.

        ## What you'll do
        - Build dashboards
        * Write `SQL`
          - nested
        1. Numbered item
        """
        let p = try Fixtures.posting(md, ext: "md")
        XCTAssertEqual(p.sourceKind, .markdown)
        XCTAssertEqual(p.title, "Data Analyst")
        XCTAssertEqual(p.blocks.map(\.text), ["Data Analyst", "Location: Remote. See our site. Second line of the same paragraph.",
                                              "What you'll do", "Build dashboards", "Write SQL", "nested", "Numbered item"])
        XCTAssertEqual(p.blocks[5].level, 2)
        XCTAssertEqual(p.blocks[3].line, 7)
        XCTAssertEqual(p.blocks[3].column, 3)
    }

    func testPlainJSONObjectAndWrongShape() throws {
        let p = try Fixtures.posting(#"{"title": "Baker &amp; Pastry Cook", "description": "<p>Bake bread.</p><ul><li>Early shifts</li></ul>", "company": "Loaf"}"#)
        XCTAssertEqual(p.sourceKind, .json)
        XCTAssertEqual(p.title, "Baker & Pastry Cook")
        XCTAssertEqual(p.blocks.map(\.text), ["Bake bread.", "Early shifts"])
        XCTAssertEqual(p.metadata.organization, "Loaf")
        XCTAssertThrowsError(try Fixtures.posting(#"{"name": "not a posting", "items": [1, 2]}"#)) { e in
            XCTAssertEqual((e as? ExtractionError)?.reason, .wrongShape)
        }
        XCTAssertThrowsError(try Fixtures.posting("{\"title\": \"x\",\n \"description\": oops}")) { e in
            let err = e as! ExtractionError
            XCTAssertEqual(err.reason, .malformed)
            XCTAssertEqual(err.line, 2)
        }
    }

    func testEncodings() throws {
        let cp = try corpus("21-html-cp1252-store-manager.html")
        XCTAssertEqual(cp.encoding, "windows-1252")
        XCTAssertEqual(cp.title, "Store Manager – Ranelagh Café")
        let latin = try corpus("19-html-latin1-management-accountant.html")
        XCTAssertEqual(latin.encoding, "windows-1252")
        XCTAssertTrue(latin.blocks.contains { $0.text.contains("£45,000") })
        let utf16 = try corpus("15-txt-utf16-customer-support-specialist.txt")
        XCTAssertEqual(utf16.encoding, "UTF-16LE")
        XCTAssertEqual(utf16.title, "Customer Support Specialist (Tier 1) – Remote, US Eastern or Central time")
        let bom = try corpus("20-md-utf8-bom-hr-business-partner.md")
        XCTAssertEqual(bom.encoding, "UTF-8 (BOM)")
        XCTAssertEqual(bom.blocks[0].column, 3, "the BOM is not a column")
        // Invalid UTF-8 without a declaration falls back to Windows-1252 and says so.
        let fallback = try Fixtures.extractor.extract(bytes: [0x43, 0x61, 0x66, 0xE9, 0x20, 0x93, 0x6F, 0x6B, 0x94], id: "x")
        XCTAssertEqual(fallback.blocks.first?.text, "Café “ok”")
        XCTAssertTrue(fallback.warnings.contains { $0.contains("Windows-1252") })
        // A UTF-16 big-endian text with BOM.
        var be: [UInt8] = [0xFE, 0xFF]
        for u in "Nurse\n".utf16 { be += [UInt8(u >> 8), UInt8(u & 0xFF)] }
        XCTAssertEqual(try Fixtures.extractor.extract(bytes: be, id: "be").blocks.map(\.text), ["Nurse"])
    }

    func testBadInputs() throws {
        func reason(_ bytes: [UInt8]) -> ExtractionError.Reason? {
            do { _ = try Fixtures.extractor.extract(bytes: bytes, id: "bad") } catch { return error.reason }
            return nil
        }
        XCTAssertEqual(reason([]), .empty)
        XCTAssertEqual(reason(Array("  \n\t ".utf8)), .empty)
        XCTAssertEqual(reason([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]), .binary)
        XCTAssertEqual(reason([0x50, 0x4B, 0x03, 0x04, 20, 0, 0, 0]), .binary)
        XCTAssertEqual(reason((0..<4000).map { UInt8($0 % 9) }), .binary)
        XCTAssertEqual(reason(Array("<html><body><script>x()</script></body></html>".utf8)), .noText)
        XCTAssertEqual(reason(Array("[1, 2, 3]".utf8)), .wrongShape)
        // NUL bytes inside text are removed with a warning.
        let nul = try Fixtures.extractor.extract(bytes: Array("Line one\0 with NUL".utf8), id: "nul")
        XCTAssertEqual(nul.blocks.first?.text, "Line one with NUL")
        XCTAssertTrue(nul.warnings.contains { $0.contains("NUL") })
        // Paths.
        XCTAssertThrowsError(try Fixtures.extractor.extract(path: "/nonexistent/posting.html")) { e in
            XCTAssertEqual((e as! ExtractionError).reason, .notFound)
            XCTAssertEqual((e as! ExtractionError).description, "/nonexistent/posting.html: no such file")
        }
        XCTAssertThrowsError(try Fixtures.extractor.extract(path: Fixtures.corpus.path)) { e in
            XCTAssertEqual((e as! ExtractionError).reason, .isDirectory)
        }
    }

    func testDeepNestingTerminates() throws {
        let depth = 100_000
        let html = String(repeating: "<div>", count: depth) + "deep text" + String(repeating: "</div>", count: depth)
        let p = try Fixtures.posting(html)
        XCTAssertTrue(p.blocks.contains { $0.text.contains("deep text") } || p.blocks.isEmpty == false)
        let json = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        XCTAssertThrowsError(try Fixtures.posting(json)) { e in
            XCTAssertEqual((e as! ExtractionError).reason, .malformed)
            XCTAssertTrue((e as! ExtractionError).message.contains("nested deeper"))
        }
    }

    func testLargeInputWithinLimitAndTooLarge() throws {
        var rules = Fixtures.lexicon.extractionRules
        let para = "<p>We ship reliable software with a small team and measurable goals.</p>\n"
        let big = String(repeating: para, count: 30_000)  // ≈ 2.2 MB (the 50 MB case runs in Benchmarks, release)
        XCTAssertGreaterThan(big.utf8.count, 2_000_000)
        let p = try Extractor(rules: rules).extract(bytes: Array(big.utf8), id: "big")
        XCTAssertEqual(p.blocks.count, 30_000)
        rules.maxInputBytes = 1_000
        XCTAssertThrowsError(try Extractor(rules: rules).extract(bytes: Array(big.utf8.prefix(5000)), id: "big")) { e in
            XCTAssertEqual((e as! ExtractionError).reason, .tooLarge)
        }
    }

    func testSuppressionComments() throws {
        let p = try Fixtures.posting("<p>One</p><!-- jdautopsy-disable synergy leverage --><p>Two</p><!-- jdautopsy-disable-file rockstar -->")
        XCTAssertEqual(p.suppressions, [Suppression(ids: ["synergy", "leverage"], blockIndex: 1), Suppression(ids: ["rockstar"], blockIndex: nil)])
    }
}
