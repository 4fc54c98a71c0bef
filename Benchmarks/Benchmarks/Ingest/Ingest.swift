import Benchmark
import Foundation
@_spi(Benchmarks) import JDAutopsy

/// Ingest throughput on the Corpus/ set: libxml2's parse alone vs. full extraction.
/// Each iteration processes every Corpus/ posting once; MB/s = corpus bytes / time per iteration.
let benchmarks: @Sendable () -> Void = {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    let lexicon = try! Lexicon.load(from: root.appendingPathComponent("Lexicons"))
    let extractor = Extractor(rules: lexicon.extractionRules)
    let dir = root.appendingPathComponent("Corpus/postings")
    let files = try! FileManager.default.contentsOfDirectory(atPath: dir.path).sorted().map {
        (name: $0, bytes: [UInt8](try! Data(contentsOf: dir.appendingPathComponent($0))))
    }
    // HTML pages that are UTF-8 already, so both sides parse the same bytes.
    let html = files.filter { $0.name.hasSuffix(".html") && String(bytes: $0.bytes, encoding: .utf8) != nil }.map(\.bytes)
    let all = files.reduce(0) { $0 + $1.bytes.count }
    let htmlBytes = html.reduce(0) { $0 + $1.count }
    // A large page built from the corpus's HTML bodies (≈ 50 MB), for the size-limit claim.
    let joined: [UInt8] = Array(html.joined())
    let copies = max(1, 50_000_000 / max(1, htmlBytes))
    var big: [UInt8] = []
    big.reserveCapacity(joined.count * copies)
    for _ in 0..<copies { big.append(contentsOf: joined) }
    print("corpus: \(files.count) files, \(all) bytes; HTML: \(html.count) files, \(htmlBytes) bytes; big page: \(big.count) bytes")

    Benchmark.defaultConfiguration = .init(metrics: [.wallClock, .throughput, .mallocCountTotal, .peakMemoryResident],
                                           maxDuration: .seconds(5), maxIterations: 2000)

    Benchmark("libxml2 tree parse, Corpus HTML") { benchmark in
        for page in html { blackHole(LibXML2Baseline.parseTree(page)) }
    }
    Benchmark("libxml2 SAX parse (no-op callbacks), Corpus HTML") { benchmark in
        for page in html { blackHole(LibXML2Baseline.parseSAX(page)) }
    }
    Benchmark("extract, Corpus HTML") { benchmark in
        for page in html { blackHole(try! extractor.extract(bytes: page, id: "b", pathExtension: "html")) }
    }
    Benchmark("extract, whole Corpus (all kinds)") { benchmark in
        for f in files { blackHole(try! extractor.extract(bytes: f.bytes, id: f.name)) }
    }
    Benchmark("extract, one 50 MB page", configuration: .init(maxDuration: .seconds(20), maxIterations: 3)) { benchmark in
        blackHole(try! extractor.extract(bytes: big, id: "big", pathExtension: "html"))
    }
}
