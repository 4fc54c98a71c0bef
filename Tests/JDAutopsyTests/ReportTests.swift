import Foundation
import XCTest
@testable import JDAutopsy

final class ReportTests: XCTestCase {
    private let autopsy = Autopsy(lexicon: Fixtures.lexicon)

    private func seedReport() throws -> PostingReport {
        try autopsy.examine(path: try Fixtures.sharedFile("seeds/004_31d0ac82c6a5c191.txt").path)
    }

    private func corpusReport(_ name: String) throws -> PostingReport {
        try autopsy.examine(path: Fixtures.corpus.appendingPathComponent(name).path)
    }

    func testSameBytesTwiceAndAcrossThreads() async throws {
        let autopsy = Autopsy(lexicon: Fixtures.lexicon)
        let path = Fixtures.corpus.appendingPathComponent("22-html-agile-coach.html").path
        let once = JSONRenderer().render(try autopsy.examine(path: path))
        XCTAssertEqual(once, JSONRenderer().render(try autopsy.examine(path: path)))
        let results = await withTaskGroup(of: String.self) { group in
            for _ in 0..<8 { group.addTask { (try? JSONRenderer().render(autopsy.examine(path: path))) ?? "error" } }
            var all: [String] = []
            for await r in group { all.append(r) }
            return all
        }
        XCTAssertEqual(results.count, 8)
        for r in results { XCTAssertEqual(r, once) }
        // The same seed is stable; seeds exist to vary the wording, not the facts.
        let seeded = Autopsy(lexicon: Fixtures.lexicon, seed: 7)
        let a = try seeded.examine(path: path), b = try seeded.examine(path: path)
        XCTAssertEqual(JSONRenderer().render(a), JSONRenderer().render(b))
        XCTAssertEqual(a.vagueness, try autopsy.examine(path: path).vagueness)
    }

    func testNoTranslationRepeatsInARecord() throws {
        for name in try FileManager.default.contentsOfDirectory(atPath: Fixtures.corpus.path) {
            let r = try corpusReport(name)
            let shown = r.record.autopsy.map(\.translation) + r.record.dayInTheLife.map(\.gloss)
            XCTAssertEqual(shown.count, Set(shown).count, name)
            for p in r.translations {
                XCTAssertTrue(p.translation.first!.isUppercase && p.translation.hasSuffix("."), p.translation)
            }
        }
    }

    func testHeadlineDepthKeepsEveryFigureAndDropsOnlyTheRecord() throws {
        var translated = 0
        for name in try FileManager.default.contentsOfDirectory(atPath: Fixtures.corpus.path).sorted() {
            let posting = try Fixtures.extractor.extract(path: Fixtures.corpus.appendingPathComponent(name).path)
            let full = autopsy.examine(posting)
            var headline = autopsy.examine(posting, depth: .headline)
            XCTAssertEqual(headline.translations, [], name)
            XCTAssertEqual(headline.record.role, full.record.role, name)
            XCTAssertEqual(headline.record.dominantCategory, full.record.dominantCategory, name)
            XCTAssertTrue(headline.record.autopsy.isEmpty && headline.record.dayInTheLife.isEmpty && headline.record.burnWard.isEmpty, name)
            if !full.translations.isEmpty { translated += 1 }
            // Everything else is the full report's, field for field.
            headline.translations = full.translations
            headline.record = full.record
            XCTAssertEqual(headline, full, name)
        }
        XCTAssertGreaterThan(translated, 10, "the corpus should exercise the translator")
    }

    func testRecordSectionsComeFromThePosting() throws {
        let r = try seedReport()
        XCTAssertEqual(r.record.role, r.title)
        XCTAssertEqual(r.record.aliases, [], "no aliases are invented without a role index")
        XCTAssertEqual(r.record.related, [])
        XCTAssertFalse(r.record.autopsy.isEmpty)
        for pair in r.record.autopsy { XCTAssertTrue(r.sentences[pair.sentence].text == pair.illusion) }
        let duties = Set(r.blocks.map(\.text))
        for entry in r.record.dayInTheLife {
            let stem = entry.duty.replacingOccurrences(of: "…", with: "")
            XCTAssertTrue(duties.contains { $0.hasPrefix(stem) }, "day-log duty comes from the posting: \(entry.duty)")
        }
        XCTAssertTrue(r.record.habitats.allSatisfy { !$0.evidence.isEmpty })
        let triggered = Set(r.findings.map(\.category))
        XCTAssertTrue(r.record.weaponry.allSatisfy { w in Fixtures.lexicon.entries.contains { $0.weaponry == w && triggered.contains($0.category ?? "") } })
    }

    func testJSONContractKeysAreStable() throws {
        let json = JSONRenderer().render(try corpusReport("01-html-jsonld-backend-engineer.html"))
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as! [String: Any]
        XCTAssertEqual(object["schemaVersion"] as? Int, 1)
        let snapshot = keyPaths(object).sorted().joined(separator: "\n") + "\n"
        try Snapshot.assert(snapshot, named: "report-json-keys.txt")
    }

    private func keyPaths(_ value: Any, prefix: String = "") -> Set<String> {
        var out = Set<String>()
        if let d = value as? [String: Any] {
            for (k, v) in d {
                let p = prefix.isEmpty ? k : prefix + "." + k
                out.insert(p)
                out.formUnion(keyPaths(v, prefix: p))
            }
        } else if let a = value as? [Any] {
            for v in a { out.formUnion(keyPaths(v, prefix: prefix + "[]")) }
        }
        return out
    }

    func testLintAndSARIF() throws {
        let r = try corpusReport("22-html-agile-coach.html")
        let lint = LintRenderer().render(r).split(separator: "\n")
        XCTAssertEqual(lint.count, r.findings.count)
        let pattern = /^.+:\d+:\d+: (info|warning|error) [a-z0-9-]+: .+$/
        for line in lint { XCTAssertNotNil(line.wholeMatch(of: pattern), String(line)) }
        let sarif = try JSONSerialization.jsonObject(with: Data(SARIFRenderer(version: "0.1.0").render([r]).utf8)) as! [String: Any]
        XCTAssertEqual(sarif["version"] as? String, "2.1.0")
        let run = (sarif["runs"] as! [[String: Any]])[0]
        let results = run["results"] as! [[String: Any]]
        XCTAssertEqual(results.count, r.findings.count)
        let rules = ((run["tool"] as! [String: Any])["driver"] as! [String: Any])["rules"] as! [[String: Any]]
        XCTAssertEqual(Set(rules.map { $0["id"] as! String }), Set(r.findings.map(\.entryID)))
        let region = (((results[0]["locations"] as! [[String: Any]])[0]["physicalLocation"] as! [String: Any])["region"] as! [String: Any])
        XCTAssertEqual(region["startLine"] as? Int, r.findings[0].start.line)
    }

    func testHTMLIsSelfContainedAndMarksFindings() throws {
        let r = try corpusReport("11-html-vp-of-innovation.html")
        let html = HTMLRenderer().render(r)
        XCTAssertTrue(html.hasPrefix("<!DOCTYPE html>"))
        XCTAssertFalse(html.contains("src=\"http"), "no external assets")
        XCTAssertFalse(html.contains("<link"), "no external stylesheets")
        XCTAssertEqual(html.components(separatedBy: "<mark ").count - 1, r.findings.count)
        for n in 1...11 { XCTAssertTrue(html.contains(String(format: "[%02d]", n))) }
    }

    func testMarkdownAndTextCarryEverySection() throws {
        let r = try corpusReport("06-txt-bullets-sales-development-rep.txt")
        let md = MarkdownRenderer().render(r)
        let text = TextRenderer(style: ReportStyle(width: 80)).render(r)
        for n in 1...11 {
            let tag = String(format: "[%02d]", n)
            XCTAssertTrue(md.contains(tag) && text.contains(tag), tag)
        }
        XCTAssertFalse(text.contains("\u{1B}["), "no colour unless asked")
        XCTAssertTrue(TextRenderer(style: ReportStyle(width: 80, color: true)).render(r).contains("\u{1B}[1m"))
        let fixes = text.components(separatedBy: "\nFIXES\n")[0]
        for line in fixes.split(separator: "\n") where line.trimmingCharacters(in: .whitespaces).contains(" ") {
            XCTAssertLessThanOrEqual(line.count, 80, String(line))  // a single long word (a path) cannot wrap
        }
    }
}
