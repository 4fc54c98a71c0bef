import Foundation
import XCTest
@testable import JDAutopsy

final class CLITests: XCTestCase {
    private var postings: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: Fixtures.corpus.path)) ?? []).sorted()
    }

    func testExtractSnapshotPerCorpusPosting() throws {
        XCTAssertGreaterThanOrEqual(postings.count, 10)
        for name in postings {
            let r = try Fixtures.run(["extract", "Corpus/postings/\(name)"])
            XCTAssertEqual(r.code, 0, r.err)
            try Snapshot.assert(r.out, named: "extract/\(name).txt")
        }
    }

    func testAnalyzeLintSnapshotPerCorpusPosting() throws {
        for name in postings {
            let r = try Fixtures.run(["analyze", "--format", "lint", "Corpus/postings/\(name)"])
            XCTAssertEqual(r.code, 0, r.err)
            try Snapshot.assert(r.out, named: "lint/\(name).txt")
        }
    }

    func testAnalyzeTextSnapshot() throws {
        let r = try Fixtures.run(["analyze", "--width", "100", "Corpus/postings/11-html-vp-of-innovation.html"])
        XCTAssertEqual(r.code, 0, r.err)
        try Snapshot.assert(r.out, named: "analyze/11-html-vp-of-innovation.txt")
    }

    func testOptionFreeAnalyzeEqualsTheParsedCommand() throws {
        // `analyze FILE…` without options skips ArgumentParser (see main.swift); it must behave exactly as parsed.
        let files = ["Corpus/postings/11-html-vp-of-innovation.html", "/nonexistent/x.html", "Corpus/postings/22-html-agile-coach.html"]
        let fast = try Fixtures.run(["analyze"] + files)
        let parsed = try Fixtures.run(["analyze", "--format", "text"] + files)
        XCTAssertEqual(fast.code, 3)
        XCTAssertEqual(fast.code, parsed.code)
        XCTAssertEqual(fast.out, parsed.out)
        XCTAssertEqual(fast.err, parsed.err)
    }

    func testFailAboveExitCodes() throws {
        let filler = "Corpus/postings/22-html-agile-coach.html"
        let low = try Fixtures.run(["analyze", "--format", "json", "--fail-above", "99.9", filler])
        XCTAssertEqual(low.code, 0, low.err)
        let high = try Fixtures.run(["analyze", "--format", "lint", "--fail-above", "10", filler])
        XCTAssertEqual(high.code, 1)
        XCTAssertTrue(high.err.contains("is above --fail-above 10"), high.err)
    }

    func testBadInputExitCodesAndOneLineErrors() throws {
        let dir = try Fixtures.temporaryDirectory()
        let png = dir.appendingPathComponent("logo.png")
        try Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0]).write(to: png)
        let empty = dir.appendingPathComponent("empty.html")
        try Data().write(to: empty)
        let badJSON = dir.appendingPathComponent("bad.json")
        try Data("{\"title\": \"x\",\n\"description\": }".utf8).write(to: badJSON)
        let cases: [(String, Int32, String)] = [
            ("/nonexistent/x.html", 3, "/nonexistent/x.html: no such file"),
            (dir.path, 3, "is a directory"),
            (png.path, 4, "binary data (a PNG image)"),
            (empty.path, 4, "empty input"),
            (badJSON.path, 5, "bad.json:2: malformed JSON"),
        ]
        for (path, code, message) in cases {
            let r = try Fixtures.run(["analyze", path])
            XCTAssertEqual(r.code, code, path)
            XCTAssertEqual(r.err.split(separator: "\n").count, 1, r.err)
            XCTAssertTrue(r.err.contains(message), r.err)
        }
        // Usage errors (an unknown option, a bad value, a failed validation) exit 2, as documented.
        for args in [["analyze", "--no-such-option", "Corpus/postings/22-html-agile-coach.html"], ["analyze", "--format", "nope", "x.html"],
                     ["batch", "Corpus/postings", "--out", "-", "--jobs", "0"]] {
            let r = try Fixtures.run(args)
            XCTAssertEqual(r.code, 2, "\(args): \(r.err)")
            XCTAssertFalse(r.err.isEmpty)
        }
        // Several files: every file is examined, the worst code wins.
        let many = try Fixtures.run(["analyze", "--format", "lint", "Corpus/postings/22-html-agile-coach.html", png.path])
        XCTAssertEqual(many.code, 4)
        XCTAssertFalse(many.out.isEmpty)
    }

    func testStdinAndFormats() throws {
        let text = Data("Rockstar wanted. We leverage synergies.\n".utf8)
        let r = try Fixtures.run(["analyze", "--format", "json", "-"], stdin: text)
        XCTAssertEqual(r.code, 0, r.err)
        let report = try JSONDecoder().decode(PostingReport.self, from: Data(r.out.utf8))
        XCTAssertEqual(report.id, "-")
        XCTAssertTrue(report.findings.contains { $0.entryID == "leverage" })
        for format in ["text", "markdown", "html", "sarif"] {
            let out = try Fixtures.run(["analyze", "--format", format, "Corpus/postings/04-md-data-analyst.md"])
            XCTAssertEqual(out.code, 0, "\(format): \(out.err)")
            XCTAssertFalse(out.out.isEmpty, format)
        }
    }

    func testLexiconCheckCommand() throws {
        let ok = try Fixtures.run(["lexicon", "check"])
        XCTAssertEqual(ok.code, 0, ok.out + ok.err)
        let dir = try Fixtures.temporaryDirectory()
        try Data(#"{"schemaVersion": 1, "category": "jargon", "entries": [{"id": "leverage", "phrases": ["zzqq"], "message": "m", "examples": ["zzqq"]}]}"#.utf8)
            .write(to: dir.appendingPathComponent("mine.json"))
        let bad = try Fixtures.run(["lexicon", "check", dir.path])
        XCTAssertEqual(bad.code, 6)
        XCTAssertTrue(bad.out.contains("mine.json: entry #0 (leverage): duplicate id"), bad.out)
    }

    func testDumpMatchesOnSeed() throws {
        let seed = try Fixtures.sharedFile("seeds/004_31d0ac82c6a5c191.txt")
        let r = try Fixtures.run(["dump", "matches", seed.path])
        XCTAssertEqual(r.code, 0, r.err)
        let lines = r.out.split(separator: "\n")
        for phrase in ["Cross-functional", "stakeholder", "best practices"] {
            XCTAssertTrue(lines.contains { $0.lowercased().contains("\t" + phrase.lowercased()) }, phrase)
        }
        // Positions are into the source file: line 1 (the JSON is one line), and the column holds that text.
        let source = try String(contentsOf: seed, encoding: .utf8)
        let scalars = Array(source.unicodeScalars)
        for line in lines.prefix(40) {
            let parts = line.split(separator: "\t")
            let pos = parts[0].split(separator: ":").map { Int($0)! }
            XCTAssertEqual(pos[0], 1)
            let found = String(String.UnicodeScalarView(scalars[(pos[1] - 1)...].prefix(parts[2].unicodeScalars.count)))
            XCTAssertEqual(found, String(parts[2]), "text at \(parts[0])")
        }
    }
}
