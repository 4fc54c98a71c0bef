import Benchmark
import Foundation
import JDAutopsy

/// `jdautopsy batch` in process: a 1,000-record JSONL corpus built from the real postings
/// (../shared/data/skillspan/postings.jsonl, ids suffixed "#variant"), scored with one and two
/// workers and written as JSONL. End-to-end figures over 10k/100k records, peak memory and the
/// Python baseline come from Benchmarks/batch.sh.
let benchmarks: @Sendable () -> Void = {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    let source = root.deletingLastPathComponent().appendingPathComponent("shared/data/skillspan/postings.jsonl")
    guard let text = try? String(contentsOf: source, encoding: .utf8) else {
        print("skipping the Batch suite: \(source.path) is absent")
        return
    }
    let lines = text.split(separator: "\n")
    let count = 1000
    let corpus = FileManager.default.temporaryDirectory.appendingPathComponent("jdautopsy-bench-batch-\(count).jsonl")
    var out = ""
    for i in 0..<count {
        // Same records as make_corpus.py's "text" shape would hold for variant 0: the posting, re-identified.
        let line = lines[i % lines.count]
        out += line.replacingOccurrences(of: "\"id\": \"", with: "\"id\": \"v\(i / lines.count)-", options: [], range: line.range(of: "\"id\": \"")) + "\n"
    }
    try! out.write(to: corpus, atomically: true, encoding: .utf8)
    let bytes = (try? FileManager.default.attributesOfItem(atPath: corpus.path)[.size] as? Int) ?? 0
    let lexicon = try! Lexicon.load(from: root.appendingPathComponent("Lexicons"))
    let results = FileManager.default.temporaryDirectory.appendingPathComponent("jdautopsy-bench-batch-out.jsonl").path

    for jobs in [1, 2] {
        Benchmark("batch \(count) postings (\(bytes / 1000) kB JSONL → JSONL), --jobs \(jobs)",
                  configuration: .init(metrics: [.wallClock, .throughput, .peakMemoryResident], scalingFactor: .kilo,
                                       maxDuration: .seconds(60), maxIterations: 3)) { benchmark in
            let reader = try! CorpusReader(inputs: [corpus.path], options: CorpusOptions())
            let totals = try! BatchRunner(autopsy: Autopsy(lexicon: lexicon), jobs: jobs)
                .run(reader: reader, out: results, format: .jsonl, resume: false, inputs: [corpus.path], stop: StopSignal())
            precondition(totals.written == count)
            blackHole(totals)
        }
    }
}
