import Benchmark
import Foundation
import JDAutopsy

/// The text pipeline on one core: normalise + segment + match over the Corpus/ text, and lexicon load + compile.
/// MB/s = extracted text bytes / time per iteration.
let benchmarks: @Sendable () -> Void = {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    let lexiconDir = root.appendingPathComponent("Lexicons")
    let lexicon = try! Lexicon.load(from: lexiconDir)
    let extractor = Extractor(rules: lexicon.extractionRules)
    let dir = root.appendingPathComponent("Corpus/postings")
    let postings = try! FileManager.default.contentsOfDirectory(atPath: dir.path).sorted().map {
        try! extractor.extract(path: dir.appendingPathComponent($0).path)
    }
    let textBytes = postings.reduce(0) { $0 + $1.blocks.reduce(0) { $0 + $1.text.utf8.count + 1 } }
    print("corpus text: \(postings.count) postings, \(textBytes) bytes")

    Benchmark.defaultConfiguration = .init(metrics: [.wallClock, .throughput, .mallocCountTotal], maxDuration: .seconds(5), maxIterations: 5000)

    Benchmark("normalise + segment, Corpus text") { benchmark in
        let pipeline = TextPipeline(rules: lexicon.textRules)
        for p in postings { blackHole(pipeline.analyze(p, vocabulary: lexicon.tokenVocabulary)) }
    }
    Benchmark("normalise + segment + match, Corpus text") { benchmark in
        let pipeline = TextPipeline(rules: lexicon.textRules)
        let matcher = Matcher(lexicon: lexicon)
        for p in postings { blackHole(matcher.findings(in: pipeline.analyze(p, vocabulary: lexicon.tokenVocabulary))) }
    }
    Benchmark("lexicon load + compile", configuration: .init(maxDuration: .seconds(10), maxIterations: 200)) { benchmark in
        blackHole(try! Lexicon.load(from: lexiconDir))
    }
}
