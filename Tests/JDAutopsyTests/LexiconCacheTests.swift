import Foundation
import XCTest
@testable import JDAutopsy

final class LexiconCacheTests: XCTestCase {
    private func withCacheDirectory(_ body: (URL) throws -> Void) throws {
        let dir = try Fixtures.temporaryDirectory()
        setenv("JDAUTOPSY_CACHE_DIR", dir.path, 1)
        defer { unsetenv("JDAUTOPSY_CACHE_DIR") }
        try body(dir)
    }

    func testCachedLexiconEqualsAFreshCompile() throws {
        try withCacheDirectory { dir in
            let fresh = try Lexicon.load()  // compiles and writes the cache
            let files = try FileManager.default.contentsOfDirectory(atPath: dir.path)
            XCTAssertEqual(files.count, 1)
            XCTAssertTrue(files[0].hasPrefix("lexicon-") && files[0].hasSuffix(".bin"))
            let cached = try Lexicon.load()  // reads it
            XCTAssertEqual(cached.entries, fresh.entries)
            XCTAssertEqual(cached.entryMatcher, fresh.entryMatcher)
            XCTAssertEqual(cached.technologyMatcher, fresh.technologyMatcher)
            XCTAssertEqual(cached.vocabulary.count, fresh.vocabulary.count)
            let posting = try Fixtures.extractor.extract(path: Fixtures.corpus.appendingPathComponent("22-html-agile-coach.html").path)
            XCTAssertEqual(Fixtures.findings(posting, lexicon: cached), Fixtures.findings(posting, lexicon: fresh))
            XCTAssertFalse(Fixtures.findings(posting, lexicon: cached).isEmpty)
        }
    }

    func testCorruptOrForeignCacheIsIgnored() throws {
        try withCacheDirectory { dir in
            let fresh = try Lexicon.load()
            let name = try FileManager.default.contentsOfDirectory(atPath: dir.path)[0]
            let url = dir.appendingPathComponent(name)
            var bytes = [UInt8](try Data(contentsOf: url))
            bytes.removeLast(bytes.count / 2)  // truncated
            try Data(bytes).write(to: url)
            XCTAssertEqual(try Lexicon.load().entries, fresh.entries, "a truncated cache is rebuilt")
            try Data(repeating: 0x41, count: 4096).write(to: url)
            XCTAssertEqual(try Lexicon.load().entries, fresh.entries, "garbage is rebuilt")
        }
    }

    func testAnyFileChangeMissesTheCache() throws {
        let a = LexiconCache.key([("entries/a.json", Array("{}".utf8))])
        XCTAssertNotEqual(a, LexiconCache.key([("entries/a.json", Array("{ }".utf8))]))
        XCTAssertNotEqual(a, LexiconCache.key([("entries/b.json", Array("{}".utf8))]))
        XCTAssertEqual(a, LexiconCache.key([("entries/a.json", Array("{}".utf8))]))
    }
}
