import Foundation
import XCTest
@testable import JDAutopsy

/// Shared test fixtures: the lexicon (loaded once), repository paths, and the built CLI.
enum Fixtures {
    /// The built-in lexicon, loaded once for all tests.
    static let lexicon: Lexicon = {
        do { return try Lexicon.load() } catch { fatalError("built-in lexicon failed to load: \(error)") }
    }()

    /// The package root.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `Corpus/postings/`.
    static let corpus = root.appendingPathComponent("Corpus/postings")

    /// `../shared`, beside the repository.
    static let shared = root.deletingLastPathComponent().appendingPathComponent("shared")

    /// A file under `../shared`, or an `XCTSkip` saying it is absent.
    static func sharedFile(_ relative: String) throws -> URL {
        let url = shared.appendingPathComponent(relative)
        guard FileManager.default.fileExists(atPath: url.path) else {
            throw XCTSkip("../shared/\(relative) is absent (a fresh clone without ../shared); skipping")
        }
        return url
    }

    /// The extractor with the built-in rules.
    static var extractor: Extractor { Extractor(rules: lexicon.extractionRules) }

    /// Extracts a posting from a string.
    static func posting(_ s: String, id: String = "test", ext: String = "") throws -> Posting {
        try extractor.extract(bytes: Array(s.utf8), id: id, pathExtension: ext)
    }

    /// A posting of one paragraph per line of `s`.
    static func paragraphs(_ lines: [String], title: String? = nil) -> Posting {
        var p = Posting(id: "test", sourceKind: .text, blocks: lines.map { TextBlock(kind: .paragraph, text: $0) })
        p.title = title
        return p
    }

    /// Findings of `posting` with the built-in lexicon.
    static func findings(_ posting: Posting, lexicon: Lexicon = Fixtures.lexicon) -> [Finding] {
        let text = TextPipeline(rules: lexicon.textRules).analyze(posting, vocabulary: lexicon.tokenVocabulary)
        return Matcher(lexicon: lexicon).findings(in: text)
    }

    /// The built `jdautopsy` executable beside the test bundle.
    static var executable: URL {
        var dir = Bundle.main.bundleURL
        if dir.pathExtension == "xctest" { dir = dir.deletingLastPathComponent() }
        return dir.appendingPathComponent("jdautopsy")
    }

    /// Runs the CLI with `arguments` in the package root; returns exit code, stdout and stderr.
    @discardableResult
    static func run(_ arguments: [String], stdin: Data? = nil, environment: [String: String] = [:]) throws -> (code: Int32, out: String, err: String) {
        let p = Process()
        p.executableURL = executable
        p.arguments = arguments
        p.currentDirectoryURL = root
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = "1"
        env["XDG_DATA_HOME"] = root.appendingPathComponent(".build/test-data-home").path  // no installed taxonomy index
        for (k, v) in environment { env[k] = v }
        p.environment = env
        let out = Pipe(), err = Pipe(), inp = Pipe()
        p.standardOutput = out
        p.standardError = err
        p.standardInput = inp
        try p.run()
        if let stdin { inp.fileHandleForWriting.write(stdin) }
        try inp.fileHandleForWriting.close()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (p.terminationStatus, String(decoding: o, as: UTF8.self), String(decoding: e, as: UTF8.self))
    }

    /// A fresh temporary directory.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("jdautopsy-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
