import Foundation
import XCTest
@testable import JDAutopsy

final class TitleTests: XCTestCase {
    static let cleaner: TitleCleaner = {
        do { return TitleCleaner(rules: try TitleRules.load(), lexicon: Fixtures.lexicon) } catch { fatalError("\(error)") }
    }()

    func testCleaningTable() {
        let table: [(String, String, String)] = [
            // original, display, key
            ("Sr. Data Ninja II (m/f/d)", "Data Ninja", "data ninja"),
            ("Senior QA Engineer (m/f/d) <ORGANIZATION>", "QA Engineer", "quality assurance engineer"),
            ("Jr. Software Dev (h/f)", "Software Dev", "software developer"),
            ("Engineering Mgr III - Berlin (Remote)", "Engineering Mgr", "engineering manager"),
            ("Lead Computer Vision Engineer: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path",
             "Computer Vision Engineer", "computer vision engineer"),
            ("Software Engineer - Java", "Software Engineer", "software engineer java"),
            ("Senior Embedded Systems Developer (w/m/d) - Linux", "Embedded Systems Developer", "embedded systems developer linux"),
            ("Project Manager, London", "Project Manager", "project manager"),
            ("URGENT: Forklift Operator", "Forklift Operator", "forklift operator"),
            ("Senior Software Developer Java (all genders)", "Software Developer Java", "software developer java"),
            ("Senior Frontend Developer | React JS Developer f/m/x", "Frontend Developer", "front end developer react js"),
            ("VP of Innovation", "VP of Innovation", "vice president of innovation"),
            ("Remote Sensing Scientist", "Remote Sensing Scientist", "remote sensing scientist"),
            ("Mid-Level Accountant (w/m/d) 60.000 EUR", "Accountant", "accountant"),
            ("Infirmier (H/F) – Paris", "Infirmier", "infirmier"),
            ("<ORGANIZATION> <ORGANIZATION>", "", ""),
        ]
        for (original, display, key) in table {
            let c = Self.cleaner.clean(original)
            XCTAssertEqual(c.display, display, original)
            XCTAssertEqual(c.key, key, original)
        }
        XCTAssertEqual(Self.cleaner.clean("Sr. Data Ninja II (m/f/d)").removed, ["Sr", "II", "m", "f", "d"])
    }
}

final class TitleCLITests: XCTestCase {
    /// The bracket scanner and the separator replacement that replaced a regex and Foundation's
    /// case-insensitive replace find exactly what those found, on random titles made of the characters that matter.
    func testTitleScannersEqualRegexAndFoundation() {
        let alphabet: [String] = ["<", ">", "(", ")", "[", "]", "a", "T", " ", "é", "e\u{301}", "-", "–", "|", ":", ",", "A", "t", "I", "n", "F", "o", "R", "@", "/", ".", "*", "\"", "(\u{301}", "!"]
        var rng = TestRandom(state: 7)
        let placeholder = /<[^<>]{1,40}>/
        let parenthetical = /\(([^()]*)\)|\[([^\[\]]*)\]/
        for round in 0..<3_000 {
            let text = rng.string(alphabet, length: rng.next(60))
            let angle = TitleCleaner.enclosed(text, pairs: [("<", ">")], inner: 1...40).map { text[$0.whole] }
            XCTAssertEqual(angle, text.matches(of: placeholder).map { text[$0.range] }, "round \(round): \(text)")
            let long = "<" + String(repeating: "x", count: 40 + round % 3) + ">"
            XCTAssertEqual(TitleCleaner.enclosed(long, pairs: [("<", ">")], inner: 1...40).count, long.matches(of: placeholder).count)
            let parens = TitleCleaner.enclosed(text, pairs: [("(", ")"), ("[", "]")], inner: 0...Int.max)
            let expected = text.matches(of: parenthetical)
            XCTAssertEqual(parens.map { text[$0.whole] }, expected.map { text[$0.range] }, "round \(round): \(text)")
            XCTAssertEqual(parens.map { String(text[$0.inner]) }, expected.map { String($0.output.1 ?? $0.output.2 ?? "") })
            XCTAssertEqual(TitleCleaner.trimming(text[...], TitleCleaner.edgePunctuation),
                           text.trimmingCharacters(in: CharacterSet(charactersIn: ".:;!?'\"*()[]{}")), text)
            for sep in [" - ", " – ", " | ", ": ", ", ", " @ ", " at ", " IN ", " For "] {
                let ours = String(decoding: ASCIIBytes.replacingCaseInsensitive(Array(sep.utf8), with: 0x1F, in: Array(text.utf8)), as: UTF8.self)
                XCTAssertEqual(ours, text.replacingOccurrences(of: sep, with: "\u{1F}", options: .caseInsensitive), "\(sep) in \(text)")
            }
        }
    }

    func testTitleCommandAndIndexFitMergeCLI() throws {
        let dir = try Fixtures.temporaryDirectory()
        let r = try Fixtures.run(["title", "Sr. Data Ninja II (m/f/d)"])
        XCTAssertEqual(r.code, 0, r.err)
        XCTAssertTrue(r.out.contains("cleaned: Data Ninja"), r.out)
        // index fit on shards + merge = one fit, byte for byte.
        let all = dir.appendingPathComponent("all.jsonl"), a = dir.appendingPathComponent("a.jsonl"), b = dir.appendingPathComponent("b.jsonl")
        let lines = (0..<6).map { "{\"id\": \"\($0)\", \"title\": \"T\($0)\", \"text\": \"data engineer \($0 % 2 == 0 ? "java" : "nurse") care\"}\n" }
        try Data(lines.joined().utf8).write(to: all)
        try Data(lines[0..<4].joined().utf8).write(to: a)
        try Data(lines[4...].joined().utf8).write(to: b)
        for (input, out) in [(all, "one.jdx"), (a, "a.jdx"), (b, "b.jdx")] {
            let f = try Fixtures.run(["index", "fit", input.path, "--out", dir.appendingPathComponent(out).path, "--threads", "2"])
            XCTAssertEqual(f.code, 0, f.err)
        }
        let m = try Fixtures.run(["index", "merge", dir.appendingPathComponent("a.jdx").path, dir.appendingPathComponent("b.jdx").path,
                                  "--out", dir.appendingPathComponent("merged.jdx").path])
        XCTAssertEqual(m.code, 0, m.err)
        XCTAssertEqual(try Data(contentsOf: dir.appendingPathComponent("merged.jdx")), try Data(contentsOf: dir.appendingPathComponent("one.jdx")))
        let corrupt = dir.appendingPathComponent("corrupt.jdx")
        var bytes = try Data(contentsOf: dir.appendingPathComponent("one.jdx"))
        bytes[bytes.count - 3] ^= 0x55
        try bytes.write(to: corrupt)
        let info = try Fixtures.run(["index", "info", corrupt.path])
        XCTAssertEqual(info.code, 6)
        XCTAssertEqual(info.err, "jdautopsy: \(corrupt.path): the index file is corrupt (checksum mismatch); rebuild it\n")
        XCTAssertEqual(try Fixtures.run(["title", "x", "--index", dir.appendingPathComponent("none.jdaidx").path]).code, 3)
    }
}
