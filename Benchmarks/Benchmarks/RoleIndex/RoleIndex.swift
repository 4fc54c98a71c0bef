import Benchmark
import Foundation
import JDAutopsy

/// Role index: TF-IDF fit on 100,000 postings generated deterministically from the real SkillSpan
/// postings, and a top-10 cosine query against the resulting index.
///
/// Generation (`synthetic(i)`): posting i takes the title of real posting (i · 7919) mod N, then
/// 12–40 lines each drawn from a real posting (a SplitMix64 stream seeded with i picks posting and
/// line); every word is replaced, with probability 1/20, by a word drawn from the whole corpus's
/// word list, so the synthetic corpus has new bigrams and rare terms as a real one would.
/// Skips (prints a note) when ../shared/data/skillspan/postings.jsonl is absent.
let benchmarks: @Sendable () -> Void = {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    let lexicon = try! Lexicon.load(from: root.appendingPathComponent("Lexicons"))
    let source = root.deletingLastPathComponent().appendingPathComponent("shared/data/skillspan/postings.jsonl").path
    guard let data = FileManager.default.contents(atPath: source) else {
        print("skipping RoleIndex benchmarks: \(source) is absent")
        return
    }
    var titles: [String] = [], lines: [[String]] = []
    for l in data.split(separator: 0x0A) {
        guard let o = try? JSONSerialization.jsonObject(with: Data(l)) as? [String: Any] else { continue }
        titles.append(o["title"] as? String ?? "")
        lines.append((o["text"] as? String ?? "").split(separator: "\n").map(String.init))
    }
    let words = Array(Set(lines.joined().flatMap { $0.split(separator: " ").map(String.init) })).sorted()
    let generator = SyntheticPostings(titles: titles, lines: lines, words: words)
    let count = 100_000
    let vectorizer = TFIDFVectorizer(lexicon: lexicon)

    Benchmark("fit TF-IDF (DF statistics) on 100,000 synthetic postings",
              configuration: .init(metrics: [.wallClock, .peakMemoryResident], maxDuration: .seconds(120), maxIterations: 1)) { _ in
        blackHole(vectorizer.fit(documentCount: count) { generator.posting($0) })
    }

    // A 100,000-posting index for the query benchmarks (min df 2, max df 50%), built lazily in the
    // warm-up iteration so that running only the fit benchmark does not build it.
    let fixture = QueryFixture(vectorizer: vectorizer, generator: generator, count: count)
    Benchmark("top-10 cosine query of one posting vector against 100,000 postings",
              configuration: .init(metrics: [.wallClock], warmupIterations: 1, maxDuration: .seconds(10), maxIterations: 500)) { _ in
        blackHole(fixture.built.index.search(fixture.built.query, k: 10))
    }
    Benchmark("vectorise a posting + top-10 query against 100,000 postings",
              configuration: .init(metrics: [.wallClock], warmupIterations: 1, maxDuration: .seconds(10), maxIterations: 500)) { _ in
        let b = fixture.built
        blackHole(b.index.search(b.transformer.transform(b.queryText), k: 10))
    }
}

/// Deterministic synthetic postings built from real ones (see the file comment).
struct SyntheticPostings: Sendable {
    let titles: [String]
    let lines: [[String]]
    let words: [String]

    /// Posting `i`.
    func posting(_ i: Int) -> String {
        var state = UInt64(i) &* 0x9E3779B97F4A7C15 &+ 1
        func next() -> UInt64 {
            state &+= 0x9E3779B97F4A7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
            z = (z ^ (z >> 27)) &* 0x94D049BB133111EB
            return z ^ (z >> 31)
        }
        var out = titles[(i &* 7919) % titles.count]
        let n = 12 + Int(next() % 29)
        for _ in 0..<n {
            let doc = lines[Int(next() % UInt64(lines.count))]
            guard !doc.isEmpty else { continue }
            let line = doc[Int(next() % UInt64(doc.count))]
            out += "\n"
            var first = true
            for w in line.split(separator: " ") {
                if !first { out += " " }
                first = false
                out += next() % 20 == 0 ? words[Int(next() % UInt64(words.count))] : String(w)
            }
        }
        return out
    }
}

/// The query benchmarks' index, built on first use.
final class QueryFixture: @unchecked Sendable {
    private let make: () -> (index: CosineIndex, query: SparseVector, transformer: TFIDFTransformer, queryText: String)
    /// The index, a query vector, a transformer and a query text.
    lazy var built = make()

    init(vectorizer: TFIDFVectorizer, generator: SyntheticPostings, count: Int) {
        make = {
            var p = vectorizer.parameters
            p.minDocumentFrequency = 2
            p.maxDocumentFraction = 0.5
            let fitted = TFIDFVectorizer(parameters: p, textRules: vectorizer.textRules).count(documentCount: count) { generator.posting($0) }
            let model = fitted.model
            let index = CosineIndex(rows: fitted.vectors(model))
            print("query index: \(index.count) postings, \(model.columnCount) terms, \(index.rows.entryCount) entries")
            return (index, model.transform(generator.posting(count + 17)), model.makeTransformer(), generator.posting(count + 18))
        }
    }
}
