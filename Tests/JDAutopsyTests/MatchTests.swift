import Foundation
import XCTest
@testable import JDAutopsy

final class MatchTests: XCTestCase {
    private func ids(_ lines: [String], title: String? = nil) -> [String] {
        Fixtures.findings(Fixtures.paragraphs(lines, title: title)).map(\.entryID)
    }

    func testMatchesOnlyWholeTokens() {
        XCTAssertFalse(ids(["We are hiring a Business Analyst."]).contains("gender-m-analy"), "no analy inside Analyst")
        XCTAssertTrue(ids(["You are analytical."]).contains("gender-m-analy"))
        XCTAssertFalse(ids(["Proven competence in accounting."]).contains("gender-m-compet"), "no compete inside competence")
        XCTAssertTrue(ids(["A competitive market."]).contains("gender-m-compet"))
        XCTAssertFalse(ids(["Experience with SharePoint."]).contains("gender-f-share"), "no share inside SharePoint")
        XCTAssertTrue(ids(["We leverage data."]).contains("leverage"))
        XCTAssertFalse(ids(["Leverages, leveraged? Fine: leveragement is not a word."]).contains { $0 != "leverage" && $0.hasPrefix("leverage") })
    }

    func testLongestMatchWinsAndIsDeterministic() {
        let found = Fixtures.findings(Fixtures.paragraphs(["We offer a competitive salary."]))
        XCTAssertTrue(found.contains { $0.entryID == "competitive-salary" && $0.text == "competitive salary" })
        XCTAssertFalse(found.contains { $0.entryID == "gender-m-compet" }, "the shorter overlapping match loses")
        XCTAssertEqual(found, Fixtures.findings(Fixtures.paragraphs(["We offer a competitive salary."])))
    }

    func testNoFlagsInTitleBoilerplateOrQuotes() {
        XCTAssertFalse(ids(["Rockstar Engineer", "Join us."], title: "Rockstar Engineer").contains("rockstar"), "the posting's own title")
        XCTAssertTrue(ids(["We want a rockstar."], title: "Engineer").contains("rockstar"))
        let eeo = "We are an equal opportunity employer and do not discriminate on the basis of race, sex, age, or any other protected characteristic; we value a competitive, collaborative team."
        XCTAssertFalse(ids([eeo]).contains("gender-m-compet"), "nothing inside EEO statements")
        XCTAssertFalse(ids(["Our CEO calls us \"rockstars\" but we don't."]).contains("rockstar"), "nothing inside quotes")
        XCTAssertTrue(ids(["Our CEO wants rockstars."]).contains("rockstar"))
    }

    func testSuppressionCommentsAndDisabledIDs() throws {
        let html = "<p>We leverage synergy.</p><!-- jdautopsy-disable synergy --><p>More synergy and leverage.</p>"
        let found = Fixtures.findings(try Fixtures.posting(html))
        XCTAssertEqual(found.map(\.entryID), ["leverage", "synergy", "leverage"])
        let fileWide = Fixtures.findings(try Fixtures.posting("<!-- jdautopsy-disable-file leverage --><p>We leverage synergy.</p>"))
        XCTAssertEqual(fileWide.map(\.entryID), ["synergy"])
        let off = try Lexicon.load(disabledIDs: ["synergy"])
        XCTAssertEqual(Fixtures.findings(Fixtures.paragraphs(["We leverage synergy."]), lexicon: off).map(\.entryID), ["leverage"])
    }

    func testOverrideDirectoryAddsAndReplacesFiles() throws {
        let dir = try Fixtures.temporaryDirectory()
        let file = """
        {"schemaVersion": 1, "category": "jargon", "entries": [
          {"id": "zebra-crossing-strategy", "phrases": ["zebra crossing strategy"], "message": "Say what you will think about.",
           "alternatives": ["new ideas"], "examples": ["We value zebra-crossing strategy."]}]}
        """
        try file.write(to: dir.appendingPathComponent("extra.json"), atomically: true, encoding: .utf8)
        let lexicon = try Lexicon.load(overrides: [dir])
        XCTAssertEqual(lexicon.entries.count, Fixtures.lexicon.entries.count + 1)
        XCTAssertEqual(Fixtures.findings(Fixtures.paragraphs(["Some Zebra–Crossing Strategy."]), lexicon: lexicon).map(\.entryID), ["zebra-crossing-strategy"])
        // A file with the name of a built-in one replaces it.
        try FileManager.default.removeItem(at: dir.appendingPathComponent("extra.json"))
        try file.write(to: dir.appendingPathComponent("jargon.json"), atomically: true, encoding: .utf8)
        let replaced = try Lexicon.load(overrides: [dir])
        XCTAssertNil(replaced.entryIndex["leverage"])
        XCTAssertNotNil(replaced.entryIndex["zebra-crossing-strategy"])
    }

    func testExceptionsCancelOverlappingMatches() throws {
        let dir = try Fixtures.temporaryDirectory()
        let file = """
        {"schemaVersion": 1, "category": "jargon", "entries": [
          {"id": "zz-robust", "phrases": ["sturdy"], "exceptions": ["sturdy statistics"], "message": "m",
           "examples": ["A sturdy plan."]}]}
        """
        try file.write(to: dir.appendingPathComponent("zz.json"), atomically: true, encoding: .utf8)
        let lexicon = try Lexicon.load(overrides: [dir])
        XCTAssertEqual(Fixtures.findings(Fixtures.paragraphs(["A sturdy plan."]), lexicon: lexicon).map(\.entryID), ["zz-robust"])
        XCTAssertEqual(Fixtures.findings(Fixtures.paragraphs(["We use sturdy statistics."]), lexicon: lexicon).map(\.entryID), [])
    }

    func testNumberWildcard() throws {
        let found = Fixtures.findings(Fixtures.paragraphs(["You must have 10+ years of experience."]))
        XCTAssertTrue(found.contains { $0.category == "inflated-requirement" && $0.text.contains("10+ years") }, "\(found.map(\.text))")
    }

    /// The matcher's walk stack starts in lent storage and moves to the heap when that fills,
    /// keeping every walk in order.
    func testWalkStackOutgrowsItsLentStorage() {
        withUnsafeTemporaryAllocation(of: (node: Int32, next: Int).self, capacity: 4) { storage in
            var stack = WalkStack(storage: storage)
            defer { stack.deallocate() }
            for k in 0..<100 { stack.push(Int32(k), k * 2) }
            for k in stride(from: 99, through: 0, by: -1) {
                let top = stack.pop()
                XCTAssertEqual(top?.node, Int32(k))
                XCTAssertEqual(top?.next, k * 2)
            }
            XCTAssertNil(stack.pop())
        }
    }
}
