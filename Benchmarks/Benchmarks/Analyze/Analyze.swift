import Benchmark
import Foundation
import JDAutopsy

/// `analyze` of one typical posting: in process (library), and as a whole cold process
/// (start, lexicon load, analysis, output) using the root package's release binary, built as the
/// README builds it: `swift build -c release --static-swift-stdlib` (also `Benchmarks/cold.sh`).
/// The cold process reads the compiled lexicon and specimen catalog from the cache, which the first
/// run after a change writes.
let benchmarks: @Sendable () -> Void = {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    let lexicon = try! Lexicon.load(from: root.appendingPathComponent("Lexicons"))
    let autopsy = Autopsy(lexicon: lexicon)
    let typical = root.appendingPathComponent("Corpus/postings/13-html-jsonld-salary-mismatch-growth-marketing-manager.html").path
    let binary = root.appendingPathComponent(".build/release/jdautopsy").path

    Benchmark.defaultConfiguration = .init(metrics: [.wallClock, .mallocCountTotal], maxDuration: .seconds(5), maxIterations: 2000)

    Benchmark("examine one typical posting (in process)") { benchmark in
        blackHole(try! autopsy.examine(path: typical))
    }
    Benchmark("examine + render text, one typical posting (in process)") { benchmark in
        blackHole(TextRenderer().render(try! autopsy.examine(path: typical)))
    }
    if FileManager.default.isExecutableFile(atPath: binary) {
        Benchmark("jdautopsy analyze, whole cold process", configuration: .init(metrics: [.wallClock], maxDuration: .seconds(10), maxIterations: 200)) { benchmark in
            let p = Process()
            p.executableURL = URL(fileURLWithPath: binary)
            p.arguments = ["analyze", typical]
            p.standardOutput = FileHandle.nullDevice
            p.standardError = FileHandle.nullDevice
            try! p.run()
            p.waitUntilExit()
            blackHole(p.terminationStatus)
        }
    } else {
        print("skipping the cold-process benchmark: build the root package first (swift build -c release --static-swift-stdlib)")
    }
}
