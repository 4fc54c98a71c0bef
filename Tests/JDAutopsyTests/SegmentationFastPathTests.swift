import XCTest
@testable import JDAutopsy

/// The fast paths (`ASCIIWords`, `FastSentences`) must give exactly ICU's boundaries.
final class SegmentationFastPathTests: XCTestCase {
    private func tokens(_ text: [UInt8], fast: Bool) -> [String] {
        let stream = Tokenizer(fastPath: fast).tokenize(text, vocabulary: Fixtures.lexicon.tokenVocabulary)
        return (0..<stream.count).map { "\(stream.starts[$0])-\(stream.ends[$0]):\(stream.kinds[$0])" }
    }

    func testWordFastPathEqualsICUOnGeneratedText() {
        let pieces = ["a", "b", "Z", "q", "1", "9", "0", ".", "'", ",", ";", ":", "_", "-", "!", "?", "\"", "(", ")", "$", "%",
                      "+", "/", "#", "@", "&", " ", " ", " ", "\n", "\t", "\r", "\u{0B}", "\u{0C}", "\u{01}", "\u{7F}", "é", "•", "ab", "12",
                      "€", "£", "©", "®", "°", "→", "¢", "·", "™", "‰"]
        var g = TestRandom(state: 42)
        for _ in 0..<3000 {
            let s = g.string(pieces, length: 1 + g.next(24))
            XCTAssertEqual(tokens(Array(s.utf8), fast: true), tokens(Array(s.utf8), fast: false), s.debugDescription)
        }
    }

    func testWordFastPathOnKnownCases() {
        let cases: [(String, [String])] = [
            ("e.g. don't 1,000.50 node.js a1.b 5k U.S.A.", ["e.g", ".", "don't", "1,000.50", "node.js", "a1", ".", "b", "5k", "U.S.A", "."]),
        ]
        for (s, expected) in cases {
            let bytes = Array(s.utf8)
            let stream = Tokenizer().tokenize(bytes, vocabulary: Vocabulary())
            XCTAssertEqual((0..<stream.count).map { String(decoding: bytes[Int(stream.starts[$0])..<Int(stream.ends[$0])], as: UTF8.self) }, expected)
        }
    }

    private func sentences(_ blocks: [String], fast: Bool) -> [Range<Int>] {
        TextPipeline(rules: Fixtures.lexicon.textRules, fastPath: fast)
            .analyze(Fixtures.paragraphs(blocks), vocabulary: Fixtures.lexicon.tokenVocabulary).sentences.map(\.range)
    }

    func testSentenceFastPathEqualsICUOnGeneratedText() {
        let ascii = ["a", "word", "B", "Then", "U", "1", "42", ".", ".", "!", "?", "\"", "'", "(", ")", "]", "{", " ", " ", " ", "  ",
                     ",", "-", ":", ";", "\n", "\r\n", "\r", "\t", "#", "*", "e.g.", "Mr.", "etc.", "3.5", "U.S."]
        // Non-ASCII that `FastSentences` classifies, and some it must leave to ICU.
        let classified = ["é", "É", "ß", "ÿ", "Ø", "À", "Þ", "\u{A0}", "\u{2019}", "\u{201C}", "\u{201D}", "\u{2018}", "\u{2013}", "\u{2014}",
                          "€", "£", "°", "•", "©", "®", "·", "\u{2026}", "™", "→", "\u{2212}"]
        let others = ["×", "÷", "ª", "\u{301}", "\u{2029}", "\u{85}", "。", "‼", "Ā", "ā", "\u{200D}"]
        var g = TestRandom(state: 7)
        for (pieces, rounds) in [(ascii, 3000), (ascii + classified, 5000), (ascii + classified + others, 2000)] {
            for _ in 0..<rounds {
                let s = g.string(pieces, length: 1 + g.next(20))
                XCTAssertEqual(sentences([s], fast: true), sentences([s], fast: false), s.debugDescription)
            }
        }
    }

    func testFastPathsEqualICUOnTheCorpus() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Fixtures.corpus.path).sorted()
        XCTAssertGreaterThan(files.count, 10)
        for name in files {
            let posting = try Fixtures.extractor.extract(path: Fixtures.corpus.appendingPathComponent(name).path)
            let fast = TextPipeline(rules: Fixtures.lexicon.textRules, fastPath: true).analyze(posting, vocabulary: Fixtures.lexicon.tokenVocabulary)
            let icu = TextPipeline(rules: Fixtures.lexicon.textRules, fastPath: false).analyze(posting, vocabulary: Fixtures.lexicon.tokenVocabulary)
            XCTAssertEqual(fast.tokens, icu.tokens, name)
            XCTAssertEqual(fast.sentences.map(\.range), icu.sentences.map(\.range), name)
            XCTAssertEqual(fast.sentences.map(\.tokens), icu.sentences.map(\.tokens), name)
        }
    }
}
