import Foundation
import XCTest
@testable import JDAutopsy

final class IndexTests: XCTestCase {
    private let rules = Fixtures.lexicon.textRules

    /// d0 "Data engineer", d1 "Data analyst. Data data", d2 "The engineer"; stop word "the".
    private var tiny: [String] { ["Data engineer", "Data analyst. Data data", "The engineer"] }

    func testHandComputedValuesAndCosines() {
        let v = TFIDFVectorizer(parameters: TFIDFParameters(stopWords: ["the"]), textRules: rules)
        let corpus = v.count(tiny, threads: 1)
        let model = corpus.model
        // Sorted vocabulary; "." ends the run, so there is no bigram "analyst data"; "the" is removed.
        XCTAssertEqual((0..<model.columnCount).map { model.term(ofColumn: $0) },
                       ["analyst", "data", "data analyst", "data data", "data engineer", "engineer"])
        // n = 3; idf = ln((1 + n) / (1 + df)) + 1: df 2 → ln(4/3) + 1, df 1 → ln 2 + 1.
        let idf2 = 1.2876820724517808, idf1 = 1.6931471805599454
        XCTAssertEqual(model.idf, [idf1, idf2, idf1, idf1, idf1, idf2])
        let m = corpus.vectors(model)
        // d0: (data, data engineer, engineer) = (idf2, idf1, idf2) / ‖·‖.
        assertRow(m, 0, [1: 0.5178561161676974, 4: 0.680918560398684, 5: 0.5178561161676974])
        // d1: data counted 3 times → tf = 1 + ln 3; (analyst, data, data analyst, data data) = (idf1, (1 + ln 3) idf2, idf1, idf1) / ‖·‖.
        assertRow(m, 1, [0: 0.424576909601953, 1: 0.6776454408454063, 2: 0.424576909601953, 3: 0.424576909601953])
        // d2: engineer alone → 1.
        assertRow(m, 2, [5: 1.0])
        XCTAssertEqual(m.dot(row: 0, row: 1), 0.3509228361349493, accuracy: 1e-9)  // 0.51786 · 0.67765
        XCTAssertEqual(m.dot(row: 0, row: 2), 0.5178561161676974, accuracy: 1e-9)
        XCTAssertEqual(m.dot(row: 1, row: 2), 0, accuracy: 1e-12)
        // transform() of a document gives its row; the index finds the same cosines.
        XCTAssertEqual(model.transform(tiny[1]), m.row(1))
        let hits = CosineIndex(rows: m).search(model.transform("data engineer"), k: 3)
        XCTAssertEqual(hits.map(\.row), [0, 2, 1])  // the query is d0's text
        XCTAssertEqual(hits[0].cosine, 1, accuracy: 1e-9)
        XCTAssertEqual(hits[1].cosine, 0.5178561161676974, accuracy: 1e-9)
        XCTAssertEqual(hits[2].cosine, 0.3509228361349493, accuracy: 1e-9)
    }

    func testRawTFAndUnsmoothedIDFAndCutoffs() {
        let p = TFIDFParameters(maxWordN: 1, sublinearTF: false, smoothIDF: false, minDocumentFrequency: 2, stopWords: ["the"])
        let corpus = TFIDFVectorizer(parameters: p, textRules: rules).count(tiny, threads: 1)
        let model = corpus.model
        // df(analyst) = 1 < 2 is cut; data, engineer: idf = ln(3/2) + 1.
        XCTAssertEqual((0..<model.columnCount).map { model.term(ofColumn: $0) }, ["data", "engineer"])
        XCTAssertEqual(model.idf[0], log(1.5) + 1, accuracy: 1e-12)
        // d1: data count 3, raw tf → the only kept term → 1.
        assertRow(corpus.vectors(model), 1, [0: 1])
        // maxDocumentFraction 0.5 of 3 documents keeps df ≤ 1 only.
        var q = p
        q.minDocumentFrequency = 1
        q.maxDocumentFraction = 0.5
        XCTAssertEqual(TFIDFModel(parameters: q, textRules: rules, statistics: corpus.statistics).columnCount, 1)
    }

    func testCharacterNgramsArePaddedAndPrefixed() {
        let p = TFIDFParameters(minWordN: 0, maxWordN: 0, minCharN: 3, maxCharN: 3)
        let model = TFIDFVectorizer(parameters: p, textRules: rules).fit(["Dev"], threads: 1)
        XCTAssertEqual((0..<model.columnCount).map { model.term(ofColumn: $0) }, ["# de", "#dev", "#ev "])
    }

    func testStopWordsAndNormalisationComeFromTheLexicon() {
        let v = TFIDFVectorizer(lexicon: Fixtures.lexicon)
        XCTAssertFalse(v.parameters.stopWords.isEmpty)
        let model = v.fit(["The CROSS‑FUNCTIONAL director of sales"], threads: 1)
        let terms = (0..<model.columnCount).map { model.term(ofColumn: $0) }
        XCTAssertTrue(terms.contains("cross functional"), "\(terms)")
        XCTAssertFalse(terms.contains("the"))
        XCTAssertTrue(terms.contains("director sales"), "a removed stop word does not end a run: \(terms)")
    }

    func testShardMergeEqualsOneFitAndThreadCountDoesNotMatter() throws {
        let docs = try corpusTexts()
        let v = TFIDFVectorizer(lexicon: Fixtures.lexicon)
        let one = v.count(docs, threads: 1)
        let threaded = v.count(docs, threads: 3)
        XCTAssertEqual(one, threaded)
        let a = v.count(Array(docs[0..<7]), threads: 1)
        let b = v.count(Array(docs[7..<15]), threads: 2)
        let c = v.count(Array(docs[15...]), threads: 1)
        let merged = try a.merging(b).merging(c)
        XCTAssertEqual(merged, one)
        XCTAssertEqual(merged.vectors(merged.model), one.vectors(one.model))
        XCTAssertEqual(a.statistics.merging(b.statistics).merging(c.statistics), one.statistics)
        var other = TFIDFParameters()
        other.maxWordN = 1
        XCTAssertThrowsError(try a.merging(TFIDFVectorizer(parameters: other, textRules: rules).count(["x"])))
    }

    /// `transform` (column scratch, vocabulary probes) must give the fitted rows exactly, with a df
    /// cut-off leaving most bigrams out, with trigrams, without unigrams, with character n-grams and
    /// with a max-df cut-off.
    func testTransformEqualsTheFittedRows() throws {
        let docs = try corpusTexts()
        let settings = [
            TFIDFParameters(minDocumentFrequency: 3, stopWords: Fixtures.lexicon.stopwords),
            TFIDFParameters(maxWordN: 3, minDocumentFrequency: 2),
            TFIDFParameters(minWordN: 2, maxWordN: 3, minDocumentFrequency: 2),
            TFIDFParameters.titles(stopWords: ["of"]),
            TFIDFParameters(maxWordN: 3, minDocumentFrequency: 2, maxDocumentFraction: 0.5),
            // Word-id bigrams (`WordGramTable`): a max-df cut keeps bigrams whose words are cut; bigrams only; unigrams only.
            TFIDFParameters(minDocumentFrequency: 2, maxDocumentFraction: 0.5),
            TFIDFParameters(minWordN: 2, maxWordN: 2),
            TFIDFParameters(maxWordN: 1, includeNumbers: true),
        ]
        for p in settings {
            let corpus = TFIDFVectorizer(parameters: p, textRules: rules).count(docs, threads: 1)
            let model = corpus.model
            let rows = corpus.vectors(model)
            XCTAssertGreaterThan(model.columnCount, 20)
            for (i, doc) in docs.enumerated() { XCTAssertEqual(model.transform(doc), rows.row(i), "document \(i)") }
        }
    }

    /// A posting's vector from its analysed text (`TextPipeline` tokens, as the role index reads them) equals
    /// the vector of its title line and blocks joined by line breaks, bit for bit, on every path.
    func testTransformOfAnalysedTextEqualsTheJoinedText() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Fixtures.corpus.path).sorted()
        var postings = try names.map { try Fixtures.extractor.extract(path: Fixtures.corpus.appendingPathComponent($0).path) }
        // Folds, marks, other scripts, numbers and punctuation at block edges, an empty block.
        postings.append(Fixtures.paragraphs(["Ｄａｔａ ﬁnance — “rock-star” naïve Café 2024!", "", "数据 工程师 data; data",
                                             "- co\u{301}operate … e.g. Sr. Engineer", "(senior) DATA engineer 5 yrs"]))
        let docs = try corpusTexts()
        let pipeline = TextPipeline(rules: rules)
        for p in [TFIDFParameters(minDocumentFrequency: 2, stopWords: Fixtures.lexicon.stopwords), TFIDFParameters(maxWordN: 3),
                  TFIDFParameters.titles(stopWords: ["of"])] {
            let model = TFIDFVectorizer(parameters: p, textRules: rules).count(docs, threads: 1).model
            for (i, posting) in postings.enumerated() {
                let text = pipeline.analyze(posting, vocabulary: Fixtures.lexicon.tokenVocabulary)
                for title in ["", "data engineer", "ﬁnance lead"] {
                    let joined = ([title] + posting.blocks.map(\.text)).joined(separator: "\n")
                    XCTAssertEqual(model.transform(title: title, document: text), model.transform(joined), "posting \(i), title \"\(title)\"")
                }
            }
        }
    }

    func testSearchEqualsBruteForce() throws {
        let docs = try corpusTexts()
        let corpus = TFIDFVectorizer(lexicon: Fixtures.lexicon).count(docs)
        let m = corpus.vectors(corpus.model)
        let index = CosineIndex(rows: m)
        // k = 1 keeps 20 candidates of 21, so the selection path runs too.
        for r in 0..<m.rowCount {
          for k in [1, 5] {
            let all: [SearchHit] = (0..<m.rowCount).filter { $0 != r }.map { SearchHit(row: $0, cosine: m.dot(row: r, row: $0)) }
            let sorted: [SearchHit] = all.filter { $0.cosine > 1e-12 }.sorted { (a: SearchHit, b: SearchHit) -> Bool in
                a.cosine != b.cosine ? a.cosine > b.cosine : a.row < b.row
            }
            let brute = sorted.prefix(k)
            let hits = index.neighbors(ofRow: r, k: k)
            XCTAssertEqual(hits.map(\.row), brute.map(\.row))
            for (h, b) in zip(hits, brute) { XCTAssertEqual(h.cosine, b.cosine, accuracy: 1e-12) }
          }
        }
        var values: [Float] = [3, 9, 1, 9, 4, 7, 2]
        XCTAssertEqual((0..<7).map { r -> Float in var v = values; return CosineIndex.select(&v, rank: r) }, [9, 9, 7, 4, 3, 2, 1])
        values = []
    }

    /// `cosines` from exact postings is bit for bit each row's `dot`, with and without the Double
    /// postings, on the corpus and on generated vectors (columns past the matrix ignored).
    func testAllCosinesEqualRowDotsBitForBit() throws {
        let docs = try corpusTexts()
        let corpus = TFIDFVectorizer(lexicon: Fixtures.lexicon).count(docs)
        let m = corpus.vectors(corpus.model)
        let exact = CosineIndex(rows: m, exactCosines: true), plain = CosineIndex(rows: m)
        var random = TestRandom(state: 7)
        var queries = (0..<m.rowCount).map { m.row($0) }
        for _ in 0..<20 {
            let cols = Set((0..<30).map { _ in Int32(random.next(m.columnCount + 5)) }).sorted()
            queries.append(SparseVector(indices: cols, values: cols.map { _ in Double(random.next(1000) + 1) / 997 }))
        }
        for q in queries {
            let expected = (0..<m.rowCount).map { m.dot(row: $0, q) }
            XCTAssertEqual(exact.cosines(q).map(\.bitPattern), expected.map(\.bitPattern))
            XCTAssertEqual(plain.cosines(q).map(\.bitPattern), expected.map(\.bitPattern))
        }
        XCTAssertTrue(exact.cosines(m.row(0)).contains { $0 > 0.1 })
    }

    func testPersistenceRoundTripAndErrors() throws {
        let dir = try Fixtures.temporaryDirectory()
        let path = dir.appendingPathComponent("m.jdx").path
        var corpus = TFIDFVectorizer(lexicon: Fixtures.lexicon).count(tiny)
        corpus.ids = ["a", "b", "c"]
        corpus.titles = ["A", "B", "C"]
        try corpus.write(to: path)
        let back = try FittedCorpus.read(from: path)
        XCTAssertEqual(back, corpus)
        XCTAssertEqual(back.vectors(back.model), corpus.vectors(corpus.model))

        var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        func expect(_ mutate: (inout [UInt8]) -> Void, _ check: (IndexError) -> Bool, _ label: String) throws {
            var b = bytes
            mutate(&b)
            let p = dir.appendingPathComponent("bad.jdx").path
            try Data(b).write(to: URL(fileURLWithPath: p))
            XCTAssertThrowsError(try FittedCorpus.read(from: p), label) { e in
                XCTAssertTrue(check(e as! IndexError), "\(label): \(e)")
                XCTAssertTrue("\(e)".contains("bad.jdx"), "\(e)")
            }
        }
        try expect({ $0[40] ^= 0xFF }, { if case .corrupt(_, let r) = $0 { r == "checksum mismatch" } else { false } }, "flipped payload byte")
        try expect({ $0[8] = 9 }, { $0 == .unsupportedVersion(path: dir.appendingPathComponent("bad.jdx").path, found: 9, supported: 1) }, "version")
        try expect({ $0[12] = 2 }, { if case .wrongKind = $0 { true } else { false } }, "kind")
        try expect({ $0.removeLast(5) }, { if case .corrupt = $0 { true } else { false } }, "truncated")
        try expect({ $0[0] = 0x7B }, { if case .notAnIndex = $0 { true } else { false } }, "not an index")
        XCTAssertThrowsError(try FittedCorpus.read(from: dir.appendingPathComponent("none.jdx").path)) { e in
            XCTAssertEqual(e as? IndexError, .notFound(path: dir.appendingPathComponent("none.jdx").path))
        }
        bytes = []
    }

    func testMatchPercent() {
        let table: [(Double, Int)] = [(0, 0), (-0.2, 0), (0.04, 20), (0.25, 50), (0.49, 70), (0.81, 90), (1, 100), (1.3, 100)]
        for (c, p) in table { XCTAssertEqual(MatchPercent.of(cosine: c), p, "\(c)") }
    }

    // MARK: helpers

    private func assertRow(_ m: SparseMatrix<Double>, _ r: Int, _ expected: [Int: Double], file: StaticString = #filePath, line: UInt = #line) {
        let range = m.range(ofRow: r)
        XCTAssertEqual(m.columns[range].map(Int.init), expected.keys.sorted(), file: file, line: line)
        for e in range {
            XCTAssertEqual(m.values[e], expected[Int(m.columns[e])] ?? .nan, accuracy: 1e-9, file: file, line: line)
        }
    }

    private func corpusTexts() throws -> [String] {
        let names = try FileManager.default.contentsOfDirectory(atPath: Fixtures.corpus.path).sorted()
        return try names.map { n in
            try Fixtures.extractor.extract(path: Fixtures.corpus.appendingPathComponent(n).path).blocks.map(\.text).joined(separator: "\n")
        }
    }
}
