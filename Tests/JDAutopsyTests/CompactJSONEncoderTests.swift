import Foundation
import XCTest
@testable import JDAutopsy

/// `CompactJSONEncoder` must write exactly what Foundation's JSONEncoder writes (sorted keys, no slash escapes).
final class CompactJSONEncoderTests: XCTestCase {
    private func foundation<T: Encodable>(_ value: T) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return Array(try encoder.encode(value))
    }

    func testEveryCorpusReportEncodesAsJSONEncoderDoes() throws {
        let autopsy = Autopsy(lexicon: Fixtures.lexicon)
        let files = try FileManager.default.contentsOfDirectory(atPath: Fixtures.corpus.path).sorted()
        XCTAssertGreaterThan(files.count, 10)
        for name in files {
            let report = try autopsy.examine(path: Fixtures.corpus.appendingPathComponent(name).path)
            let fast = try CompactJSONEncoder.encode(report)
            XCTAssertEqual(fast.count, try foundation(report).count, name)
            XCTAssertTrue(fast == (try foundation(report)), name)
        }
    }

    /// Every optional member of the report tree set, then every one left out, and integers of
    /// every width: the self-written members must still be JSONEncoder's.
    func testEveryOptionalMemberBothWays() throws {
        let autopsy = Autopsy(lexicon: Fixtures.lexicon)
        var full = try autopsy.examine(path: Fixtures.corpus.appendingPathComponent("01-html-jsonld-backend-engineer.html").path)
        let range = MonetaryRange(minimum: 50_000, maximum: 72_500.5, currency: "EUR", period: .year)
        let here = SourcePosition(line: Int.max, column: -7)
        full.title = "T\u{01}\"itle\""
        full.titleSource = .jsonLD
        full.metadata.organization = "Org"; full.metadata.salary = range; full.metadata.locations = ["A", "B"]
        full.metadata.locationType = "TELECOMMUTE"; full.metadata.employmentTypes = ["FULL_TIME"]; full.metadata.datePosted = "2026-01-01"
        full.metadata.validThrough = "2026-02-01"; full.metadata.identifier = "id-1"; full.metadata.url = "https://example.com/a/b"
        full.requirements.minimumYears = 3.5; full.requirements.titleLevel = "senior"; full.requirements.mismatch = "junior title, senior years"
        full.requirements.years = [YearsDemand(text: "3-5 years", minimum: 3, maximum: 5, position: here)]
        let figure = SalaryFigure(text: "€50k", position: here, range: range, annualMinimum: 50_000, annualMaximum: 1e21)
        full.salary.figures = [figure]; full.salary.structured = figure; full.salary.annualMinimum = 0.1
        full.salary.annualMaximum = -0.0; full.salary.currency = "EUR"; full.salary.contradiction = "x"; full.salary.corpusAverage = 61_000
        full.record.dominantCategory = "buzzword"; full.record.survivalGuide = "Ask."
        full.findings = full.findings.map { var f = $0; f.offset = Int.min + 1; return f }
        XCTAssertTrue(try CompactJSONEncoder.encode(full) == (try foundation(full)))

        var bare = full
        bare.title = nil; bare.titleSource = nil; bare.metadata = PostingMetadata()
        bare.requirements.minimumYears = nil; bare.requirements.titleLevel = nil; bare.requirements.mismatch = nil
        bare.requirements.years = [YearsDemand(text: "5+ years", minimum: 5, maximum: nil, position: here)]
        let open = SalaryFigure(text: "competitive", position: nil, range: MonetaryRange(minimum: 1, maximum: 2, currency: nil, period: nil),
                                annualMinimum: nil, annualMaximum: nil)
        bare.salary.figures = [open]; bare.salary.structured = nil; bare.salary.annualMinimum = nil; bare.salary.annualMaximum = nil
        bare.salary.currency = nil; bare.salary.contradiction = nil; bare.salary.corpusAverage = nil
        bare.record.dominantCategory = nil; bare.record.survivalGuide = nil
        XCTAssertTrue(try CompactJSONEncoder.encode(bare) == (try foundation(bare)))
        XCTAssertNotEqual(try CompactJSONEncoder.encode(bare).count, try CompactJSONEncoder.encode(full).count)
    }

    private struct Sample: Encodable {
        var text: String
        var numbers: [Double]
        var count: Int
        var flag: Bool
        var missing: String?
        var nested: [String: [Int]]
        var url: URL
        var zebra = 1, Apple = 2, apple = 3, a10 = 4, a9 = 5

        struct Small: Encodable { var x: Int }

        struct Varying: Encodable {
            var first: String?
            var second: Int?
            var third: [Double]?
            var map: [String: Int]
        }
    }

    func testEscapesNumbersAndKeyOrder() throws {
        let sample = Sample(text: "q\"uote\\ back/slash \n\r\t\u{08}\u{0C}\u{01}\u{1F}\u{7F} é 😀 \u{2028}",
                            numbers: [0, -0.0, 1, 0.1, 2.5, 1e-7, 1e21, 123456789.125, -3],
                            count: -42, flag: true, missing: nil, nested: ["b": [1, 2], "a": [], "B": [3]],
                            url: URL(string: "https://example.com/a?b=c")!)
        XCTAssertEqual(String(decoding: try CompactJSONEncoder.encode(sample), as: UTF8.self),
                       String(decoding: try foundation(sample), as: UTF8.self))
        XCTAssertThrowsError(try CompactJSONEncoder.encode([Double.nan]))
    }

    /// Encodes through `superEncoder` (a scalar and an object) and a nested container.
    private struct Nesting: Encodable {
        enum Keys: String, CodingKey { case b, a, inner }
        var value: Int
        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: Keys.self)
            try c.encode(value, forKey: .b)
            var single = c.superEncoder().singleValueContainer()
            try single.encode("sup\"er")
            var inner = c.nestedContainer(keyedBy: Keys.self, forKey: .inner)
            try inner.encode(value + 1, forKey: .b)
            try inner.encode([value], forKey: .a)
            var list = c.nestedUnkeyedContainer(forKey: .a)
            try list.encode(true)
            try Sample.Small(x: value).encode(to: c.superEncoder(forKey: .b))
        }
    }

    /// One key type seen with changing key sets: optionals left out, and dictionaries' many keys.
    func testKeyOrdersThatChangeFromObjectToObject() throws {
        var values: [Sample.Varying] = []
        for i in 0..<40 {
            var map: [String: Int] = [:]
            for k in 0..<(i % 11) { map["k\((i * 7 + k) % 13)"] = k }
            let first: String? = i % 2 == 0 ? "x\(i)" : nil
            let second: Int? = i % 3 == 0 ? nil : i
            let third: [Double]? = i % 5 == 0 ? [Double(i)] : nil
            values.append(Sample.Varying(first: first, second: second, third: third, map: map))
        }
        XCTAssertEqual(String(decoding: try CompactJSONEncoder.encode(values), as: UTF8.self),
                       String(decoding: try foundation(values), as: UTF8.self))
        let nesting = [Nesting(value: 1), Nesting(value: 2)]
        XCTAssertEqual(String(decoding: try CompactJSONEncoder.encode(nesting), as: UTF8.self),
                       String(decoding: try foundation(nesting), as: UTF8.self))
    }
}
