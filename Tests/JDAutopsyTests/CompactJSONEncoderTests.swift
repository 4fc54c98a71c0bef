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

    private struct Sample: Encodable {
        var text: String
        var numbers: [Double]
        var count: Int
        var flag: Bool
        var missing: String?
        var nested: [String: [Int]]
        var url: URL
        var zebra = 1, Apple = 2, apple = 3, a10 = 4, a9 = 5
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
}
