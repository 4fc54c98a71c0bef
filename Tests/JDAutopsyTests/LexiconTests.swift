import Foundation
import XCTest
@testable import JDAutopsy

final class LexiconTests: XCTestCase {
    func testBuiltInLexiconIsSoundAndEveryExampleMatches() {
        let problems = LexiconChecker.check()
        XCTAssertEqual(problems.map(\.description), [])
    }

    func testSizeAndQuality() {
        let entries = Fixtures.lexicon.entries
        XCTAssertGreaterThanOrEqual(entries.count, 1000)
        XCTAssertGreaterThanOrEqual(entries.filter { !($0.translations ?? []).isEmpty }.count, 400)
        XCTAssertGreaterThanOrEqual(entries.filter { !($0.alternatives ?? []).isEmpty }.count, 600)
        let categories = Set(entries.compactMap(\.category))
        for c in ["jargon", "hedge", "weasel", "vague-quantifier", "empty-promise", "red-flag", "gender-masculine", "gender-feminine",
                  "inflated-requirement", "ritual"] {
            XCTAssertTrue(categories.contains(c), "category \(c) has entries")
        }
        XCTAssertGreaterThanOrEqual(entries.filter { $0.weaponry != nil }.count, 20)
        XCTAssertGreaterThanOrEqual(entries.filter { $0.metric != nil }.count, 20)
        let translations = entries.flatMap { $0.translations ?? [] }
        XCTAssertEqual(translations.count, Set(translations).count, "no translation is shared by two entries")
    }

    private func check(_ json: String, name: String = "broken.json") throws -> [String] {
        let dir = try Fixtures.temporaryDirectory()
        try json.write(to: dir.appendingPathComponent(name), atomically: true, encoding: .utf8)
        return LexiconChecker.check(overrides: [dir]).map(\.description)
    }

    func testBrokenFilesGiveTheDocumentedErrors() throws {
        let notJSON = try check("{\"schemaVersion\": 1, \"entries\": [").filter { $0.contains("broken.json") }
        XCTAssertEqual(notJSON.count, 1)
        XCTAssertTrue(notJSON[0].hasSuffix("broken.json: not valid JSON (" + notJSON[0].components(separatedBy: "not valid JSON (").last!))
        let missing = try check(#"{"schemaVersion": 1, "category": "jargon", "entries": [{"id": "x-y", "phrases": ["x y"]}]}"#)
        XCTAssertTrue(missing.first?.contains("missing field \"message\" at .entries[0]") == true, "\(missing)")
        let entry = #"{"id": "%@", "category": "%@", "phrases": ["%@"], "message": "m", "examples": ["%@"]}"#
        func one(_ id: String, _ cat: String, _ phrase: String, _ example: String) -> String {
            "{\"schemaVersion\": 1, \"entries\": [" + String(format: entry, id, cat, phrase, example) + "]}"
        }
        XCTAssertTrue(try check(one("leverage", "jargon", "zzqq", "zzqq")).contains { $0.contains("entry #0 (leverage): duplicate id") })
        XCTAssertTrue(try check(one("new-thing", "nonsense", "zzqq", "zzqq")).contains { $0.contains("(new-thing): unknown category \"nonsense\"") })
        XCTAssertTrue(try check(one("new-thing", "jargon", " – ", "zzqq")).contains { $0.contains("phrase \" – \" normalises to nothing") })
        XCTAssertTrue(try check(one("new-thing", "jargon", "Synergy", "zzqq")).contains { $0.contains("can never match here") })
        XCTAssertTrue(try check(one("new-thing", "jargon", "zzqq", "nothing here")).contains { $0.contains("(new-thing): example does not match: \"nothing here\"") })
        XCTAssertTrue(try check(one("Bad_ID", "jargon", "zzqq", "zzqq")).contains { $0.contains("id must be kebab-case") })
        let noExample = try check(#"{"schemaVersion": 1, "category": "jargon", "entries": [{"id": "a-b", "phrases": ["zzqq"], "message": "m"}]}"#)
        XCTAssertTrue(noExample.contains { $0.contains("(a-b): missing example") })
    }
}
