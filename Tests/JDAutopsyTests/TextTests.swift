import XCTest
@testable import JDAutopsy

final class TextTests: XCTestCase {
    private let pipeline = TextPipeline(rules: Fixtures.lexicon.textRules)

    private func tokens(_ s: String) -> [String] {
        let posting = Fixtures.paragraphs([s])
        let text = pipeline.analyze(posting, vocabulary: Fixtures.lexicon.tokenVocabulary)
        return (0..<text.tokens.count).map { text.tokenText($0) }
    }

    func testTypographicAndCaseFoldingMeet() {
        let variants = ["Cross‑functional", "cross-functional", "cross functional", "CROSS–FUNCTIONAL", "Cross—Functional", "ｃｒｏｓｓ-ｆｕｎｃｔｉｏｎａｌ"]
        for v in variants { XCTAssertEqual(tokens(v), ["cross", "functional"], v) }
        XCTAssertEqual(tokens("naïve café"), ["naive", "cafe"], "diacritics folded for matching")
        XCTAssertEqual(tokens("We’re “great”"), ["we're", "\"", "great", "\""])
        XCTAssertEqual(tokens("10+ years, $120k"), ["10", "+", "years", ",", "$", "120k"])
    }

    func testOffsetMapThroughMultibyteCombiningEmojiAndCJK() {
        let original = "Ｅ\u{301}quipe 😀 招聘工程师 e\u{301}lan ﬁne"
        let n = pipeline.normalize(Array(original.utf8))
        let normalized = String(decoding: n.bytes, as: UTF8.self)
        XCTAssertTrue(normalized.contains("😀"), "emoji pass through")
        XCTAssertTrue(normalized.contains("招聘工程师"), "CJK passes through")
        XCTAssertTrue(normalized.contains("fine"), "the ﬁ ligature is folded")
        XCTAssertTrue(normalized.hasPrefix("equipe"), normalized)
        XCTAssertEqual(n.map.count, n.bytes.count + 1)
        // Every normalised byte maps to a scalar boundary of the original, in order.
        let bytes = Array(original.utf8)
        var last: Int32 = 0
        for m in n.map.dropLast() {
            XCTAssertGreaterThanOrEqual(m, last)
            XCTAssertTrue(Int(m) == bytes.count || bytes[Int(m)] & 0xC0 != 0x80)
            last = m
        }
        // "招" maps back to where "招" is.
        let cjk = Array(normalized.utf8).firstIndex(of: 0xE6)!
        let back = Int(n.map[cjk])
        XCTAssertEqual(String(decoding: bytes[back..<back + 3], as: UTF8.self), "招")
    }

    func testSentencesRespectBlocksAndAbbreviations() {
        let posting = Fixtures.paragraphs([
            "We use tools, e.g. Python and SQL. You will report to the Sr. Director in the U.S. office. Apply today!",
            "A list item without a full stop",
        ])
        var p = posting
        p.blocks[1].kind = .listItem
        let text = pipeline.analyze(p, vocabulary: Fixtures.lexicon.tokenVocabulary)
        XCTAssertEqual(text.sentences.map { text.text($0.range) }, [
            "We use tools, e.g. Python and SQL.",
            "You will report to the Sr. Director in the U.S. office.",
            "Apply today!",
            "A list item without a full stop",
        ])
        XCTAssertEqual(text.sentences.map(\.block), [0, 0, 0, 1])
    }

    func testTokenKindsFromRuleStatus() {
        let posting = Fixtures.paragraphs(["Hire 3 engineers, fast!"])
        let text = pipeline.analyze(posting, vocabulary: Vocabulary())
        XCTAssertEqual(text.tokens.kinds, [.word, .number, .word, .punctuation, .word, .punctuation])
        XCTAssertEqual(text.tokens.ids, [-1, -1, -1, -1, -1, -1], "an empty vocabulary knows no token")
    }

    func testPositionsMapToSourceLineAndColumn() throws {
        let md = "# Title\n\nWe need a rockstar engineer.\n- Synergy é synergies\n"
        let posting = try Fixtures.posting(md, ext: "md")
        let findings = Fixtures.findings(posting)
        let rock = try XCTUnwrap(findings.first { $0.entryID == "rockstar" })
        XCTAssertEqual(rock.start, SourcePosition(line: 3, column: 11))
        XCTAssertEqual(rock.end, SourcePosition(line: 3, column: 19))
        let syn = findings.filter { $0.entryID == "synergy" }
        XCTAssertEqual(syn.map(\.start), [SourcePosition(line: 4, column: 3), SourcePosition(line: 4, column: 13)], "columns count scalars, not bytes")
        XCTAssertEqual(syn.map(\.text), ["Synergy", "synergies"])
    }

    /// `ByteTable.lookup` takes keys of up to eight bytes with one load when the buffer runs on past
    /// them, and byte by byte when it does not: both ways must find the same ids, and miss the same keys.
    func testByteTableFindsShortAndLongKeysWhereverTheyLie() {
        var g = TestRandom(state: 11)
        var table = ByteTable(capacity: 16)
        var keys: [[UInt8]] = []
        for _ in 0..<2_000 {
            let key = (0..<(1 + g.next(12))).map { _ in UInt8(0x61 + g.next(6)) }
            keys.append(key)
            _ = table.intern(key)
        }
        for _ in 0..<2_000 { keys.append((0..<(1 + g.next(12))).map { _ in UInt8(0x61 + g.next(6)) }) }
        for key in keys {
            let atEnd = key.withUnsafeBufferPointer { table.lookup($0, 0, $0.count) }
            let padded = ([0x20] + key + [UInt8](repeating: 0x61, count: 9)).withUnsafeBufferPointer { table.lookup($0, 1, 1 + key.count) }
            XCTAssertEqual(atEnd, padded, String(decoding: key, as: UTF8.self))
            if atEnd >= 0 { XCTAssertEqual(Array(table.key(atEnd)), key) }
        }
        XCTAssertGreaterThan(keys.filter { k in k.withUnsafeBufferPointer { table.lookup($0, 0, $0.count) } < 0 }.count, 100)
    }

    /// A rule that folds an ASCII character to several bytes leaves no one-byte ASCII table: the
    /// folds then happen in Swift, on pure-ASCII text and on text that goes through ICU alike.
    func testMultiByteASCIIFoldWithAndWithoutICU() {
        var rules = Fixtures.lexicon.textRules
        rules.typographicFolds["&"] = " and "
        let normalizer = Normalizer(rules: rules)
        for (input, expected) in [("R&D Team", "r and d team"), ("R&D \u{C9}quipe\u{2019}s", "r and d equipe's")] {
            let n = normalizer.normalize(Array(input.utf8))
            XCTAssertEqual(String(decoding: n.bytes, as: UTF8.self), expected, input)
            XCTAssertEqual(n.map.count, n.bytes.count + 1)
            XCTAssertEqual(Array(n.map[1..<6]), [Int32](repeating: 1, count: 5), "the fold's bytes map to the &")
        }
    }
}
