import Foundation
import XCTest
@testable import JDAutopsy

/// `jdautopsy batch`: every input shape, CSV quoting, corrupt records, determinism across --jobs,
/// interrupt and resume, SQLite, and the library pieces underneath.
final class BatchTests: XCTestCase {
    // MARK: Corpus helpers

    /// UTF-8 postings from `Corpus/postings` as (name, text, isHTML).
    private static let samples: [(name: String, text: String, html: Bool)] = {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: Fixtures.corpus.path)) ?? []).sorted()
        return names.compactMap { name in
            guard let text = try? String(contentsOf: Fixtures.corpus.appendingPathComponent(name), encoding: .utf8),
                  !name.hasSuffix(".json") else { return nil }
            return (name, text, name.hasSuffix(".html"))
        }
    }()

    /// One JSONL line holding `object`.
    private func jsonLine(_ object: [String: Any]) throws -> String {
        String(decoding: try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]), as: UTF8.self) + "\n"
    }

    /// `count` good JSONL records cycling through the sample postings, ids rec-0…
    private func goodLines(_ count: Int, prefix: String = "rec") throws -> [String] {
        try (0..<count).map { k in
            let s = Self.samples[k % Self.samples.count]
            return try jsonLine(["id": "\(prefix)-\(k)", s.html ? "html" : "text": s.text])
        }
    }

    private func write(_ text: String, to name: String, in dir: URL) throws -> URL {
        let url = dir.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
        return url
    }

    /// The JSON objects of a JSONL file or output.
    private func objects(_ text: String) throws -> [[String: Any]] {
        try text.split(separator: "\n").map { try XCTUnwrap(JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]) }
    }

    private func ids(_ text: String) throws -> [String] {
        try objects(text).map { ($0["id"] as? String) ?? "?" }
    }

    // MARK: Input shapes

    func testJSONLShapesAndIDs() throws {
        let dir = try Fixtures.temporaryDirectory()
        let ld: [String: Any] = ["@context": "https://schema.org", "@type": "JobPosting", "title": "Rockstar Ninja",
                                 "identifier": ["@type": "PropertyValue", "value": "LD-7"],
                                 "description": "<p>We leverage synergies in a fast-paced environment.</p><ul><li>Wear many hats</li></ul>"]
        let text = try jsonLine(["id": "given-text", "title": "Data Analyst", "text": "Analyse sales data in SQL.\nReport weekly to the team."])
            + jsonLine(["id": 42, "html": "<h1>Nurse</h1><p>Care for patients on a 12-bed ward.</p>"])
            + jsonLine(["description": "Drive synergy and leverage best practices across stakeholders.", "company": "Acme"])
            + jsonLine(ld)
        let corpus = try write(text, to: "shapes.jsonl", in: dir)
        let r = try Fixtures.run(["batch", corpus.path, "--out", "-", "--quiet"])
        XCTAssertEqual(r.code, 0, r.err)
        let records = try objects(r.out)
        XCTAssertEqual(records.map { $0["id"] as? String }, ["given-text", "42", "\(corpus.path):3", "LD-7"])
        XCTAssertEqual(records[0]["title"] as? String, "Data Analyst")
        XCTAssertEqual(records[3]["title"] as? String, "Rockstar Ninja")
        XCTAssertTrue(records.allSatisfy { $0["schemaVersion"] as? Int == PostingReport.currentSchemaVersion })
        XCTAssertTrue(r.err.contains("4 records (4 scored, 0 errors)"), r.err)
    }

    func testStdinStreamsLikeAFile() throws {
        let dir = try Fixtures.temporaryDirectory()
        let lines = try goodLines(6).joined()
        let corpus = try write(lines, to: "c.jsonl", in: dir)
        let piped = try Fixtures.run(["batch", "-", "--out", "-", "--quiet"], stdin: Data(lines.utf8))
        let filed = try Fixtures.run(["batch", corpus.path, "--out", "-", "--quiet"])
        XCTAssertEqual(piped.code, 0, piped.err)
        XCTAssertEqual(piped.out, filed.out)
        XCTAssertEqual(try ids(piped.out), (0..<6).map { "rec-\($0)" })
        // Each line is exactly `analyze --format json` of the same posting, on one line.
        let one = try write(Self.samples[0].text, to: Self.samples[0].name, in: dir)
        let batch = try Fixtures.run(["batch", one.path, "--out", "-", "--quiet"])
        let analyze = try Fixtures.run(["analyze", "--format", "json", one.path])
        let a = try JSONDecoder().decode(PostingReport.self, from: Data(analyze.out.utf8))
        let b = try JSONDecoder().decode(PostingReport.self, from: Data(batch.out.utf8))
        XCTAssertEqual(a, b)
        XCTAssertEqual(batch.out.split(separator: "\n").count, 1)
    }

    func testDirectoryRecursiveGlobAndFileList() throws {
        let dir = try Fixtures.temporaryDirectory()
        let html = Self.samples.first { $0.html }!.text
        let plain = Self.samples.first { !$0.html }!.text
        _ = try write(html, to: "b/z.html", in: dir)
        _ = try write(html, to: "a.html", in: dir)
        _ = try write(plain, to: "b/notes.txt", in: dir)
        _ = try write(html, to: ".hidden/x.html", in: dir)
        let all = try Fixtures.run(["batch", dir.path, "--out", "-", "--quiet"])
        XCTAssertEqual(all.code, 0, all.err)
        XCTAssertEqual(try ids(all.out), ["a.html", "b/notes.txt", "b/z.html"].map { dir.path + "/" + $0 })
        let onlyHTML = try Fixtures.run(["batch", dir.path, "--glob", "*.html", "--out", "-", "--quiet"])
        XCTAssertEqual(try ids(onlyHTML.out), ["a.html", "b/z.html"].map { dir.path + "/" + $0 })
        // A list of files: arguments and --files-from, in the order given.
        let list = try write(dir.path + "/b/notes.txt\n", to: "list.txt", in: try Fixtures.temporaryDirectory())
        let listed = try Fixtures.run(["batch", dir.path + "/b/z.html", "--files-from", list.path, "--out", "-", "--quiet"])
        XCTAssertEqual(try ids(listed.out), [dir.path + "/b/z.html", dir.path + "/b/notes.txt"])
    }

    // MARK: CSV

    func testCSVParserQuotingEdgeCases() throws {
        let dir = try Fixtures.temporaryDirectory()
        let csv = "\u{FEFF}id,title,body\r\n"
            + "1,\"Analyst, Data\",\"He said \"\"hi\"\", then left\"\r\n"
            + "2,plain,\"line one\nline two\r\nline three\"\n"
            + "\n"
            + "3,,\"\"\n"
            + "4,\"unterminated,oops"
        let url = try write(csv, to: "q.csv", in: dir)
        let parser = CSVParser(source: try XCTUnwrap(ByteSource(path: url.path)), limit: 1 << 20)
        let rows = Array(sequence(state: parser) { (p: inout CSVParser) in p.next() })
        let text = rows.map { $0.fields.map { String(decoding: $0, as: UTF8.self) } }
        XCTAssertEqual(text[0], ["\u{FEFF}id", "title", "body"])
        XCTAssertEqual(text[1], ["1", "Analyst, Data", "He said \"hi\", then left"])
        XCTAssertEqual(text[2], ["2", "plain", "line one\nline two\r\nline three"])
        XCTAssertEqual(rows.map(\.line), [1, 2, 3, 7, 8])
        XCTAssertEqual(text[3], ["3", "", ""])
        XCTAssertNotNil(rows[4].malformed)
        XCTAssertFalse(rows[4].terminated)
        // Writing quotes exactly what needs it, and reads back unchanged.
        let fields = ["a,b", "say \"x\"", "two\nlines", "cr\rhere", "plain", ""]
        let line = CSVField.row(fields)
        XCTAssertEqual(line, "\"a,b\",\"say \"\"x\"\"\",\"two\nlines\",\"cr\rhere\",plain,\r\n")
        let back = try write(line, to: "back.csv", in: dir)
        var reparse = CSVParser(source: try XCTUnwrap(ByteSource(path: back.path)), limit: 1 << 20)
        XCTAssertEqual(reparse.next()?.fields.map { String(decoding: $0, as: UTF8.self) }, fields)
    }

    func testCSVInputColumnsAndCSVOutput() throws {
        let dir = try Fixtures.temporaryDirectory()
        let body = "We leverage synergies, \"rockstars\" and\nninjas in a fast-paced environment."
        let csv = "ref,heading,posting\n"
            + "A1,\"Engineer, Senior\",\"\(body.replacingOccurrences(of: "\"", with: "\"\""))\"\n"
            + ",Nurse,\"Care for patients.\nNights, weekends.\"\n"
            + "A3,Short\n"
        let url = try write(csv, to: "jobs.csv", in: dir)
        let missing = try Fixtures.run(["batch", url.path, "--out", "-"])
        XCTAssertEqual(missing.code, 2)
        XCTAssertTrue(missing.err.contains("no text column"), missing.err)
        let wrong = try Fixtures.run(["batch", url.path, "--text-column", "nope", "--out", "-"])
        XCTAssertEqual(wrong.code, 2)
        XCTAssertTrue(wrong.err.contains("--text-column \"nope\" is not a column"), wrong.err)

        let out = dir.appendingPathComponent("results.csv")
        let r = try Fixtures.run(["batch", url.path, "--text-column", "posting", "--id-column", "ref", "--title-column", "heading",
                                  "--out", out.path, "--quiet"])
        XCTAssertEqual(r.code, 8, r.err) // the short row fails
        XCTAssertFalse(FileManager.default.fileExists(atPath: out.path + ".partial"))
        let parser = CSVParser(source: try XCTUnwrap(ByteSource(path: out.path)), limit: 1 << 24)
        let rows = Array(sequence(state: parser) { (p: inout CSVParser) in p.next() }).map { $0.fields.map { String(decoding: $0, as: UTF8.self) } }
        XCTAssertEqual(rows[0], CSVHeadline.columns)
        XCTAssertEqual(rows.count, 4)
        XCTAssertEqual(rows[1][0], "A1")
        XCTAssertEqual(rows[1][4], "Engineer, Senior")
        XCTAssertEqual(rows[2][0], "\(url.path):4") // no id: file:line of the record
        XCTAssertEqual(rows[2][4], "Nurse")
        XCTAssertEqual(rows[3][0], "A3")
        XCTAssertEqual(rows[3][1], "error")
        XCTAssertEqual(rows[3][2], "wrongShape")
        XCTAssertTrue(rows[3][3].contains("jobs.csv:6"), rows[3][3])
        XCTAssertTrue(rows[1][20].contains("leverage"), rows[1][20])
    }

    // MARK: Nothing lost

    func testCorruptRecordsAreAllAccountedFor() throws {
        let dir = try Fixtures.temporaryDirectory()
        var lines = try goodLines(95)
        var expectedErrors: [String: String] = [:]
        // 5 % corrupt: binary, empty text, a blank line, malformed JSON, and invalid UTF-8 inside a valid line.
        lines[10] = "\u{0}\u{1}\u{2}\u{3}PNG\u{0}\u{0}\u{5}\u{6}\u{7}\u{0}\u{1}\n"
        expectedErrors["\(dir.path)/corrupt.jsonl:11"] = "binary"
        lines[20] = try jsonLine(["id": "empty-text", "text": "   "])
        expectedErrors["empty-text"] = "noText"
        lines[30] = "\n"
        expectedErrors["\(dir.path)/corrupt.jsonl:31"] = "empty"
        lines[40] = "{\"id\": \"broken\", \"text\": \"unterminated\n"
        expectedErrors["\(dir.path)/corrupt.jsonl:41"] = "malformed"
        var data = Data(lines.joined().utf8)
        data += Data("{\"id\": \"latin\", \"text\": \"Caf".utf8) + Data([0xE9, 0xFF]) + Data(" team wanted. We leverage synergies.\"}\n".utf8)
        let corpus = dir.appendingPathComponent("corrupt.jsonl")
        try data.write(to: corpus)
        // Plus a directory with a binary and an empty file beside good ones.
        let folder = dir.appendingPathComponent("files")
        _ = try write(Self.samples[0].text, to: "files/good.html", in: dir)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0]).write(to: folder.appendingPathComponent("logo.png"))
        try Data().write(to: folder.appendingPathComponent("empty.txt"))
        expectedErrors[folder.path + "/logo.png"] = "binary"
        expectedErrors[folder.path + "/empty.txt"] = "empty"

        let summary = dir.appendingPathComponent("summary.json")
        let r = try Fixtures.run(["batch", corpus.path, folder.path, "--out", "-", "--summary", summary.path, "--quiet"])
        XCTAssertEqual(r.code, 8, "some records failed → exit 8: \(r.err)")
        let records = try objects(r.out)
        XCTAssertEqual(records.count, 96 + 3, "one output per input")
        var errors: [String: String] = [:]
        for rec in records {
            if let e = rec["error"] as? [String: Any] { errors[rec["id"] as! String] = e["reason"] as? String }
        }
        XCTAssertEqual(errors, expectedErrors)
        let ids = records.map { $0["id"] as! String }
        XCTAssertEqual(Set(ids).count, ids.count, "ids are unique")
        XCTAssertTrue(ids.contains("latin"), "invalid UTF-8 is decoded (with a warning), not dropped")
        XCTAssertTrue(r.err.contains("99 records (93 scored, 6 errors)"), r.err)
        let s = try JSONDecoder().decode(CorpusSummary.self, from: Data(contentsOf: summary))
        XCTAssertEqual(s.records, 99)
        XCTAssertEqual(s.errors, 6)
        XCTAssertEqual(s.scored + s.errors, s.records)
        XCTAssertEqual(s.histogram.map(\.count).reduce(0, +), s.scored)
        XCTAssertEqual(s.errorsByReason, ["binary": 2, "empty": 2, "malformed": 1, "noText": 1])
        XCTAssertEqual(s.percentiles.map(\.percentile), [10, 25, 50, 75, 90, 99])
        XCTAssertEqual(s.percentiles.map(\.score), s.percentiles.map(\.score).sorted())
        XCTAssertEqual(s.worst.first?.score, s.maxScore)
        XCTAssertEqual(s.best.first?.score, s.minScore)
    }

    func testBadArgumentsExitCodes() throws {
        let missing = try Fixtures.run(["batch", "/nonexistent/corpus.jsonl", "--out", "-"])
        XCTAssertEqual(missing.code, 3)
        XCTAssertEqual(missing.err, "jdautopsy: /nonexistent/corpus.jsonl: no such file or directory\n")
        let resumeStdout = try Fixtures.run(["batch", "Corpus/postings", "--out", "-", "--resume"])
        XCTAssertEqual(resumeStdout.code, 2)
        let unwritable = try Fixtures.run(["batch", "Corpus/postings/04-md-data-analyst.md", "--out", "/nonexistent/dir/x.jsonl"])
        XCTAssertEqual(unwritable.code, 7)
        XCTAssertEqual(unwritable.err.split(separator: "\n").count, 1, unwritable.err)
    }

    // MARK: Determinism

    func testSameBytesWithOneAndTwoJobs() throws {
        let dir = try Fixtures.temporaryDirectory()
        let corpus = try write(try goodLines(30).joined() + "not json\n", to: "c.jsonl", in: dir)
        for ext in ["jsonl", "csv"] {
            var outputs: [Data] = []
            for jobs in ["1", "2", "2"] {
                let out = dir.appendingPathComponent("r\(jobs)-\(outputs.count).\(ext)")
                let r = try Fixtures.run(["batch", corpus.path, "Corpus/postings", "--jobs", jobs, "--out", out.path, "--quiet"])
                XCTAssertEqual(r.code, 8, r.err)
                outputs.append(try Data(contentsOf: out))
            }
            XCTAssertGreaterThan(outputs[0].count, 1000)
            XCTAssertEqual(outputs[0], outputs[1], "\(ext): --jobs 1 and --jobs 2 differ")
            XCTAssertEqual(outputs[1], outputs[2], "\(ext): two runs differ")
        }
    }

    // MARK: Interrupt and resume

    func testInterruptThenResumeEqualsUninterruptedRun() throws {
        let dir = try Fixtures.temporaryDirectory()
        // Large enough that the run is still going when the first records land, however fast scoring gets
        // (160 records were sometimes all scored before the interrupt).
        let count = 600
        let corpus = try write(try goodLines(count).joined(), to: "big.jsonl", in: dir)
        let reference = dir.appendingPathComponent("reference.jsonl")
        let referenceSummary = dir.appendingPathComponent("reference-summary.json")
        XCTAssertEqual(try Fixtures.run(["batch", corpus.path, "--out", reference.path, "--summary", referenceSummary.path, "--quiet"]).code, 0)

        let out = dir.appendingPathComponent("results.jsonl")
        let partial = out.path + ".partial"
        let p = Process()
        p.executableURL = Fixtures.executable
        p.arguments = ["batch", corpus.path, "--out", out.path, "--jobs", "2", "--quiet"]
        let err = Pipe()
        p.standardError = err
        p.standardOutput = FileHandle.nullDevice
        try p.run()
        // Wait until some records are on disk, then interrupt.
        let deadline = Date().addingTimeInterval(120)
        while Date() < deadline, p.isRunning {
            let lines = (try? String(contentsOfFile: partial, encoding: .utf8))?.split(separator: "\n").count ?? 0
            if lines >= 5 { break }
            Thread.sleep(forTimeInterval: 0.05)
        }
        XCTAssertTrue(p.isRunning, "the run finished before it could be interrupted; make the corpus bigger")
        p.interrupt()
        p.waitUntilExit()
        let message = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        XCTAssertEqual(p.terminationStatus, 130, message)
        XCTAssertTrue(message.contains("run again with --resume"), message)
        XCTAssertFalse(FileManager.default.fileExists(atPath: out.path), "the final name appears only on success")
        let kept = try String(contentsOfFile: partial, encoding: .utf8)
        XCTAssertTrue(kept.hasSuffix("\n"))
        let keptIDs = try ids(kept)
        XCTAssertGreaterThanOrEqual(keptIDs.count, 5)
        XCTAssertLessThan(keptIDs.count, count)
        XCTAssertEqual(keptIDs, (0..<keptIDs.count).map { "rec-\($0)" }, "a prefix of the input, in order")
        // A hard kill can leave half a line: resume drops it and rewrites that record.
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: partial))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data("{\"blocks\":[{\"col".utf8))
        try handle.close()

        let resumedSummary = dir.appendingPathComponent("resumed-summary.json")
        let resumed = try Fixtures.run(["batch", corpus.path, "--out", out.path, "--jobs", "1", "--resume", "--summary", resumedSummary.path, "--quiet"])
        XCTAssertEqual(resumed.code, 0, resumed.err)
        // The summary covers the whole corpus, the resumed records read back from the file included.
        var a = try JSONDecoder().decode(CorpusSummary.self, from: Data(contentsOf: referenceSummary))
        var b = try JSONDecoder().decode(CorpusSummary.self, from: Data(contentsOf: resumedSummary))
        XCTAssertEqual(b.run?.resumedRecords, keptIDs.count)
        a.run = nil
        b.run = nil
        XCTAssertEqual(a, b)
        XCTAssertEqual(a.records, count)
        XCTAssertTrue(resumed.err.contains("after \(keptIDs.count) resumed"), resumed.err)
        XCTAssertEqual(try Data(contentsOf: out), try Data(contentsOf: reference), "interrupted + resumed ≠ uninterrupted")
        XCTAssertFalse(FileManager.default.fileExists(atPath: partial))
        // Resuming a finished file with the same inputs adds nothing.
        let again = try Fixtures.run(["batch", corpus.path, "--out", out.path, "--resume", "--quiet"])
        XCTAssertEqual(again.code, 0, again.err)
        XCTAssertEqual(try Data(contentsOf: out), try Data(contentsOf: reference))
        // Different inputs are refused, not mixed in.
        let other = try write(try goodLines(3, prefix: "other").joined(), to: "other.jsonl", in: dir)
        let mismatch = try Fixtures.run(["batch", other.path, "--out", out.path, "--resume"])
        XCTAssertEqual(mismatch.code, 2)
        XCTAssertTrue(mismatch.err.contains("were the inputs"), mismatch.err)
        XCTAssertEqual(try Data(contentsOf: out), try Data(contentsOf: reference), "a refused resume leaves the results as they were")
    }

    // MARK: SQLite

    /// Runs the sqlite3 shell on `db`; nil when the shell is not installed.
    private func sqlite(_ db: String, _ sql: String) throws -> String? {
        guard let shell = ["/usr/bin/sqlite3", "/usr/local/bin/sqlite3"].first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
            return nil
        }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: shell)
        p.arguments = ["-batch", "-cmd", ".timeout 2000", db, sql]
        let pipe = Pipe()
        p.standardOutput = pipe
        p.standardError = FileHandle.nullDevice
        try p.run()
        let out = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        return out
    }

    func testSQLiteSurvivesSIGTERMAndResumes() throws {
        guard try sqlite(":memory:", "SELECT 1;") != nil else { throw XCTSkip("the sqlite3 shell is not installed (apt-get install sqlite3)") }
        let dir = try Fixtures.temporaryDirectory()
        // Rows land at the first commit (500 records, or a second); 1,000 more records after it keep the run
        // going while the test sees them and stops it, however fast scoring gets.
        let corpus = try write(try goodLines(1500).joined() + "{broken\n", to: "big.jsonl", in: dir)
        let db = dir.appendingPathComponent("r.sqlite").path
        let p = Process()
        p.executableURL = Fixtures.executable
        p.arguments = ["batch", corpus.path, "--out", db, "--jobs", "2", "--quiet"]
        p.standardError = FileHandle.nullDevice
        try p.run()
        let deadline = Date().addingTimeInterval(120)
        while Date() < deadline, p.isRunning {
            if FileManager.default.fileExists(atPath: db + ".partial"),
               let n = Int((try sqlite(db + ".partial", "SELECT count(*) FROM postings;") ?? "").trimmingCharacters(in: .whitespacesAndNewlines)), n >= 1 { break }
            Thread.sleep(forTimeInterval: 0.02)
        }
        XCTAssertTrue(p.isRunning, "the run finished before it could be stopped")
        p.terminate() // SIGTERM
        p.waitUntilExit()
        XCTAssertEqual(p.terminationStatus, 143)
        XCTAssertEqual(try sqlite(db + ".partial", "PRAGMA integrity_check; SELECT status FROM runs;"), "ok\ninterrupted\n")
        let resumed = try Fixtures.run(["batch", corpus.path, "--out", db, "--resume", "--quiet"])
        XCTAssertEqual(resumed.code, 8, resumed.err) // the broken line
        let counts = try sqlite(db, "SELECT count(*), count(DISTINCT id), sum(status = 'error'), max(ordinal) FROM postings; SELECT group_concat(status) FROM runs;")
        XCTAssertEqual(counts, "1501|1501|1|1500\ninterrupted,complete\n")
        // The same rows as an uninterrupted run.
        let reference = dir.appendingPathComponent("reference.sqlite").path
        XCTAssertEqual(try Fixtures.run(["batch", corpus.path, "--out", reference, "--quiet"]).code, 8)
        let rows = "SELECT ordinal, id, status, vagueness FROM postings; SELECT ordinal, idx, entry_id, line, col FROM findings; SELECT ordinal, idx, score FROM sentences;"
        XCTAssertEqual(try sqlite(db, rows), try sqlite(reference, rows))
    }

    func testSQLiteOpensInTheShellAndCountsMatch() throws {
        guard let shell = ["/usr/bin/sqlite3", "/usr/local/bin/sqlite3"].first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
            throw XCTSkip("the sqlite3 shell is not installed (apt-get install sqlite3)")
        }
        let dir = try Fixtures.temporaryDirectory()
        let corpus = try write(try goodLines(12).joined() + "{oops\n", to: "c.jsonl", in: dir)
        let db = dir.appendingPathComponent("r.sqlite")
        let r = try Fixtures.run(["batch", corpus.path, "Corpus/postings", "--out", db.path, "--quiet"])
        XCTAssertEqual(r.code, 8, r.err)
        let json = try Fixtures.run(["batch", corpus.path, "Corpus/postings", "--out", "-", "--quiet"])
        let records = try objects(json.out)
        let findings = records.reduce(0) { $0 + (($1["findings"] as? [Any])?.count ?? 0) }
        let sentences = records.reduce(0) { $0 + (($1["sentences"] as? [Any])?.count ?? 0) }
        let errors = records.filter { $0["error"] != nil }.count

        let p = Process()
        p.executableURL = URL(fileURLWithPath: shell)
        p.arguments = ["-batch", db.path, """
            SELECT count(*) FROM postings; SELECT count(*) FROM postings WHERE status = 'error'; SELECT count(*) FROM findings;
            SELECT count(*) FROM sentences; SELECT status, records, errors FROM runs; SELECT id FROM postings ORDER BY ordinal LIMIT 1;
            SELECT count(*) FROM sqlite_master WHERE type = 'index'; PRAGMA integrity_check;
            SELECT count(*) FROM findings JOIN postings USING (ordinal) WHERE postings.id = 'rec-0';
            """]
        let pipe = Pipe()
        p.standardOutput = pipe
        try p.run()
        let out = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        XCTAssertEqual(p.terminationStatus, 0)
        XCTAssertEqual(out.split(separator: "\n"), [
            "\(records.count)", "\(errors)", "\(findings)", "\(sentences)", "complete|\(records.count)|\(errors)", "rec-0", "3", "ok",
            "\((records[0]["findings"] as? [Any])?.count ?? -1)",
        ].map { Substring($0) })
    }

    /// A partial file in the schema of an earlier version (ids repeated in findings) is refused with a
    /// one-line reason, not mixed with rows of the new shape.
    func testResumingAnEarlierSchemaIsRefused() throws {
        guard try sqlite(":memory:", "SELECT 1;") != nil else { throw XCTSkip("the sqlite3 shell is not installed (apt-get install sqlite3)") }
        let dir = try Fixtures.temporaryDirectory()
        let corpus = try write(try goodLines(3).joined(), to: "c.jsonl", in: dir)
        let db = dir.appendingPathComponent("r.sqlite").path
        _ = try sqlite(db + ".partial", SQLiteResultSink.schema.replacingOccurrences(of: "IF NOT EXISTS findings", with: "old_findings") + """
            CREATE TABLE findings (ordinal INTEGER NOT NULL, idx INTEGER NOT NULL, posting_id TEXT NOT NULL, entry_id TEXT NOT NULL,
              category TEXT NOT NULL, severity TEXT NOT NULL, phrase TEXT NOT NULL, text TEXT NOT NULL, line INTEGER, col INTEGER,
              sentence INTEGER, weight REAL, PRIMARY KEY (ordinal, idx)) WITHOUT ROWID;
            """)
        let r = try Fixtures.run(["batch", corpus.path, "--out", db, "--resume", "--quiet"])
        XCTAssertNotEqual(r.code, 0)
        XCTAssertTrue(r.err.contains("earlier jdautopsy (findings.posting_id)"), r.err)
        XCTAssertFalse(FileManager.default.fileExists(atPath: db))
    }

    // MARK: Library pieces

    func testReorderBufferRestoresOrderUnderConcurrency() {
        let buffer = ReorderBuffer<Int>(window: 4)
        let queue = BoundedQueue<Int>(capacity: 3)
        let group = DispatchGroup()
        for _ in 0..<4 {
            group.enter()
            Thread {
                while let n = queue.pop() {
                    if n % 7 == 0 { Thread.sleep(forTimeInterval: 0.002) }
                    buffer.put(n, n * 10)
                }
                group.leave()
            }.start()
        }
        Thread {
            for n in 0..<300 { queue.push(n) }
            queue.close()
            group.wait()
            buffer.finish()
        }.start()
        var seen: [Int] = []
        while let v = buffer.take(stop: { false }) { seen.append(v) }
        XCTAssertEqual(seen, (0..<300).map { $0 * 10 })
    }

    func testSummaryPercentilesAndTopLists() {
        var b = CorpusSummaryBuilder(keep: 2)
        for (k, s) in [10.0, 20.0, 30.0, 40.0, 50.0, 60.0, 70.0, 80.0, 90.0, 100.0].enumerated() {
            b.add(RecordDigest(id: "p\(k)", title: nil, score: s, failureReason: nil, entryIDs: ["a", "a", k < 3 ? "b" : "c"],
                               phrases: ["x"]))
        }
        b.add(RecordDigest(id: "bad", title: nil, score: nil, failureReason: "binary", entryIDs: [], phrases: []))
        let s = b.summary()
        XCTAssertEqual(s.records, 11)
        XCTAssertEqual(s.errorsByReason, ["binary": 1])
        XCTAssertEqual(s.percentiles.map(\.score), [10, 30, 50, 80, 90, 100])
        XCTAssertEqual(s.meanScore, 55)
        XCTAssertEqual(s.histogram.map(\.count), [0, 1, 1, 1, 1, 1, 1, 1, 1, 2])
        XCTAssertEqual(s.topFindings.map(\.entryID), ["a", "c"])
        XCTAssertEqual(s.topFindings[0].count, 20)
        XCTAssertEqual(s.topFindings[0].postings, 10)
        XCTAssertEqual(s.worst.map(\.id), ["p9", "p8"])
        XCTAssertEqual(s.best.map(\.id), ["p0", "p1"])
    }

    func testOverlongLineBecomesAnErrorRecord() throws {
        let dir = try Fixtures.temporaryDirectory()
        let corpus = try write(try goodLines(1).joined() + "{\"id\":\"huge\",\"text\":\"" + String(repeating: "a", count: 5000) + "\"}\n"
                               + "{\"id\":\"after\",\"text\":\"Short.\"}\n", to: "c.jsonl", in: dir)
        let reader = try CorpusReader(inputs: [corpus.path], options: CorpusOptions(maxRecordBytes: 4096))
        let records = Array(sequence(state: reader) { $0.next() })
        XCTAssertEqual(records.map(\.ordinal), [0, 1, 2])
        guard case .failure(let e) = records[1].payload else { return XCTFail("expected a failure") }
        XCTAssertEqual(e.reason, .tooLarge)
        XCTAssertEqual(records[1].id, "\(corpus.path):2")
        guard case .jsonLine = records[2].payload else { return XCTFail("the reader must go on after the long line") }
    }
}
