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
            // The configuration comes from the cache too: every field must survive it.
            XCTAssertEqual(cached.textRules, fresh.textRules)
            XCTAssertEqual(cached.extractionRules, fresh.extractionRules)
            XCTAssertEqual(cached.scoring, fresh.scoring)
            XCTAssertEqual(cached.categories, fresh.categories)
            XCTAssertEqual(cached.categoryOrder, fresh.categoryOrder)
            XCTAssertEqual(cached.habitats, fresh.habitats)
            XCTAssertEqual(cached.technologies, fresh.technologies)
            XCTAssertEqual(cached.stopwords, fresh.stopwords)
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

    /// An entry record damaged inside its bounds (a string length past the record's end) is read as a
    /// placeholder entry with its id: no crash, and the other entries are unharmed.
    func testDamagedCachedEntryIsAPlaceholderNotACrash() throws {
        try withCacheDirectory { dir in
            let fresh = try Lexicon.load()
            let name = try XCTUnwrap(try FileManager.default.contentsOfDirectory(atPath: dir.path).first)
            let url = dir.appendingPathComponent(name)
            var bytes = [UInt8](try Data(contentsOf: url))
            // Entry 0's message, with the four-byte length before it, occurs once: in its record.
            let message = Array(fresh.entries[0].message.utf8)
            let at = try XCTUnwrap((0...(bytes.count - message.count)).first { bytes[$0..<$0 + message.count].elementsEqual(message) })
            XCTAssertEqual(Int(bytes[at - 4]) | Int(bytes[at - 3]) << 8 | Int(bytes[at - 2]) << 16 | Int(bytes[at - 1]) << 24, message.count)
            bytes.replaceSubrange(at - 4..<at, with: [0xFF, 0xFF, 0xFF, 0x7F])
            try Data(bytes).write(to: url)
            let damaged = try Lexicon.load()
            XCTAssertEqual(damaged.entries.count, fresh.entries.count)
            XCTAssertEqual(damaged.entries[0].id, fresh.entries[0].id)
            XCTAssertTrue(damaged.entries[0].message.contains("damaged"), damaged.entries[0].message)
            XCTAssertEqual(Array(damaged.entries.dropFirst()), Array(fresh.entries.dropFirst()))
        }
    }

    func testCachedSpecimenIndexEqualsAFreshFitAndFollowsItsFiles() throws {
        try withCacheDirectory { dir in
            let catalog = dir.appendingPathComponent("specimens.json")
            try FileManager.default.copyItem(atPath: SpecimenCatalog.builtInPath, toPath: catalog.path)
            func cacheFiles() throws -> [String] {
                try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasPrefix("specimens-") }
            }
            let fresh = try SpecimenIndex.load(lexicon: Fixtures.lexicon, catalog: catalog.path)  // fits and writes the cache
            XCTAssertEqual(try cacheFiles().count, 1)
            let cached = try SpecimenIndex.load(lexicon: Fixtures.lexicon, catalog: catalog.path)  // reads it
            XCTAssertEqual(cached.specimens, fresh.specimens)
            XCTAssertEqual(cached.cleaner.rules, fresh.cleaner.rules)
            XCTAssertEqual(cached.keys, fresh.keys)
            XCTAssertEqual(cached.owners, fresh.owners)
            for (c, f) in [(cached.fitted.documentModel, fresh.fitted.documentModel), (cached.fitted.titleModel, fresh.fitted.titleModel)] {
                XCTAssertEqual(c.statistics, f.statistics)
                XCTAssertEqual(c.columnTerms, f.columnTerms)
                XCTAssertEqual(c.idf, f.idf)
                XCTAssertEqual((0..<c.columnCount).map(c.term(ofColumn:)), (0..<f.columnCount).map(f.term(ofColumn:)))
                XCTAssertEqual((0..<f.columnCount).map { c.column(of: f.term(ofColumn: $0)) }, Array(0..<f.columnCount), "restored vocabulary finds every term")
            }
            XCTAssertEqual(cached.fitted.documentVectors, fresh.fitted.documentVectors)
            XCTAssertEqual(cached.fitted.titleVectors, fresh.fitted.titleVectors)
            let posting = try Fixtures.extractor.extract(path: Fixtures.corpus.appendingPathComponent("22-html-agile-coach.html").path)
            let a = RoleIndex(lexicon: Fixtures.lexicon, specimens: fresh), b = RoleIndex(lexicon: Fixtures.lexicon, specimens: cached)
            XCTAssertEqual(a.related(to: posting), b.related(to: posting))
            XCTAssertEqual(a.aliases(for: posting), b.aliases(for: posting))

            // An edited catalog misses the cache.
            let text = try String(contentsOf: catalog, encoding: .utf8)
            try text.replacingOccurrences(of: "\"title\": \"Enterprise Architect\"", with: "\"title\": \"Enterprise Oracle\"")
                .write(to: catalog, atomically: true, encoding: .utf8)
            let edited = try SpecimenIndex.load(lexicon: Fixtures.lexicon, catalog: catalog.path)
            XCTAssertEqual(edited.specimens.first?.title, "Enterprise Oracle")
            XCTAssertEqual(try cacheFiles().count, 2)

            // A truncated or foreign cache file is ignored and rebuilt.
            for name in try cacheFiles() {
                let url = dir.appendingPathComponent(name)
                var bytes = [UInt8](try Data(contentsOf: url))
                bytes.removeLast(bytes.count / 3)
                try Data(bytes).write(to: url)
            }
            XCTAssertEqual(try SpecimenIndex.load(lexicon: Fixtures.lexicon, catalog: catalog.path).specimens, edited.specimens)
            for name in try cacheFiles() { try Data(repeating: 0x41, count: 4096).write(to: dir.appendingPathComponent(name)) }
            XCTAssertEqual(try SpecimenIndex.load(lexicon: Fixtures.lexicon, catalog: catalog.path).fitted.titleVectors, edited.fitted.titleVectors)
        }
    }

    func testAnyFileChangeMissesTheCache() throws {
        let a = LexiconCache.key([("entries/a.json", Array("{}".utf8))])
        XCTAssertNotEqual(a, LexiconCache.key([("entries/a.json", Array("{ }".utf8))]))
        XCTAssertNotEqual(a, LexiconCache.key([("entries/b.json", Array("{}".utf8))]))
        XCTAssertEqual(a, LexiconCache.key([("entries/a.json", Array("{}".utf8))]))
    }
}
