import Foundation
import XCTest
@testable import JDAutopsy

/// `jdautopsy batch --cluster`: the role families in the corpus summary equal `jdautopsy cluster`'s,
/// the sample is the bottom-k of the id hashes, and neither `--jobs` nor `--resume` changes them.
final class BatchClusterTests: XCTestCase {
    // MARK: Corpus

    /// Five roles, each with title variants and duty sentences; every posting ends with the same EEO line.
    private static let roles: [(titles: [String], duties: [String])] = [
        (["Senior Java Developer (m/f/d)", "Java Software Engineer", "Backend Engineer (Java)"],
         ["Build Java microservices with Spring Boot and Kafka.", "Write unit tests with JUnit and review pull requests.",
          "Design REST APIs in Java for the payments platform.", "Tune PostgreSQL queries behind our Spring services.",
          "Deploy the Java services to Kubernetes with Helm.", "Keep the Kafka consumers fast and observable."]),
        (["Registered Nurse", "RN - ICU", "Staff Nurse"],
         ["Administer medications and monitor patient vital signs.", "Document patient care in the electronic chart.",
          "Work twelve-hour shifts on a 20-bed intensive care ward.", "Assess patients and escalate changes to the physician.",
          "Educate patients and families about discharge plans.", "Hold a current nursing licence and BLS certificate."]),
        (["Forklift Operator", "Warehouse Forklift Driver", "Forklift Driver"],
         ["Operate a counterbalance forklift to load and unload trucks.", "Move pallets between the dock and the racking.",
          "Check the forklift before every shift and report faults.", "Pick and stage orders in the warehouse management system.",
          "Keep the loading dock clean and the aisles clear.", "Hold a valid forklift licence for reach and counterbalance trucks."]),
        (["Data Analyst", "Business Intelligence Analyst", "Reporting Analyst"],
         ["Write SQL against the sales warehouse every day.", "Build Tableau dashboards for the regional managers.",
          "Explain weekly revenue changes to the finance team.", "Clean and join CRM exports in Python with pandas.",
          "Define metrics with product owners and document them.", "Automate the monthly board report from the data warehouse."]),
        (["Sous Chef", "Line Cook", "Chef de Partie"],
         ["Prepare sauces and mise en place before service.", "Cook on the grill station for 120 covers a night.",
          "Order produce and rotate stock in the walk-in fridge.", "Train commis chefs on knife skills and hygiene.",
          "Plate dishes to the head chef's specification.", "Keep the kitchen compliant with food safety rules."]),
    ]

    /// `count` JSONL postings cycling through the roles, ids `job-0`…, each with four of its role's duties.
    private func postings(_ count: Int) throws -> [String] {
        try (0..<count).map { k in
            let role = Self.roles[k % Self.roles.count]
            let round = k / Self.roles.count
            let duties = (0..<4).map { role.duties[(round + $0) % role.duties.count] }
            let text = (duties + ["We are an equal opportunity employer and value diversity at our company."]).joined(separator: "\n")
            let object: [String: Any] = ["id": "job-\(k)", "title": role.titles[round % role.titles.count], "text": text]
            return String(decoding: try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]), as: UTF8.self) + "\n"
        }
    }

    private func write(_ lines: [String], _ name: String, in dir: URL) throws -> URL {
        let url = dir.appendingPathComponent(name)
        try Data(lines.joined().utf8).write(to: url)
        return url
    }

    /// Runs `batch ARGS --out DIR/NAME.jsonl --summary DIR/NAME.json` and returns the decoded summary and stderr.
    private func batch(_ arguments: [String], _ name: String, in dir: URL, code: Int32 = 0) throws -> (summary: CorpusSummary, json: Data, err: String) {
        let summary = dir.appendingPathComponent(name + ".json")
        let r = try Fixtures.run(["batch"] + arguments + ["--out", dir.appendingPathComponent(name + ".jsonl").path, "--summary", summary.path])
        XCTAssertEqual(r.code, code, r.err)
        let json = try Data(contentsOf: summary)
        return (try JSONDecoder().decode(CorpusSummary.self, from: json), json, r.err)
    }

    /// `jdautopsy cluster --format json CORPUS`.
    private func clusterCommand(_ corpus: String) throws -> ClusterReport {
        let r = try Fixtures.run(["cluster", "--format", "json", corpus])
        XCTAssertEqual(r.code, 0, r.err)
        return try JSONDecoder().decode(ClusterReport.self, from: Data(r.out.utf8))
    }

    /// Asserts that the summary's families are `report`'s, field by field.
    private func assertSame(_ families: CorpusSummary.Families?, _ report: ClusterReport, file: StaticString = #filePath, line: UInt = #line) {
        guard let f = families else { return XCTFail("no families in the summary", file: file, line: line) }
        XCTAssertEqual(f.clustered, report.postings, file: file, line: line)
        XCTAssertEqual(f.method, report.method, file: file, line: line)
        XCTAssertEqual(f.unclustered, report.singletons.count, file: file, line: line)
        XCTAssertEqual(f.nearDuplicates, report.nearDuplicates.count, file: file, line: line)
        XCTAssertEqual(f.clusters.map(\.number), report.clusters.map(\.number), file: file, line: line)
        XCTAssertEqual(f.clusters.map(\.name), report.clusters.map(\.name), file: file, line: line)
        XCTAssertEqual(f.clusters.map(\.aliases), report.clusters.map(\.aliases), file: file, line: line)
        XCTAssertEqual(f.clusters.map(\.members), report.clusters.map(\.members), file: file, line: line)
        XCTAssertEqual(f.clusters.map(\.size), report.clusters.map(\.members.count), file: file, line: line)
        XCTAssertEqual(f.clusters.map(\.cohesion), report.clusters.map(\.cohesion), file: file, line: line)
    }

    /// The sampling key, written out here so the test does not trust the code under test: FNV-1a
    /// (64 bits) of the UTF-8 bytes, then MurmurHash3's fmix64.
    private func idHash(_ s: String) -> UInt64 {
        var h: UInt64 = 14_695_981_039_346_656_037
        for b in s.utf8 { h = (h ^ UInt64(b)) &* 1_099_511_628_211 }
        h = (h ^ (h >> 33)) &* 0xFF51AFD7ED558CCD
        h = (h ^ (h >> 33)) &* 0xC4CEB9FE1A85EC53
        return h ^ (h >> 33)
    }

    // MARK: Families equal `jdautopsy cluster`

    func testFamiliesEqualTheClusterCommandOnJSONLAndADirectory() throws {
        let dir = try Fixtures.temporaryDirectory()
        let corpus = try write(try postings(40), "jobs.jsonl", in: dir)
        let run = try batch([corpus.path, "--cluster", "--quiet"], "r", in: dir)
        let report = try clusterCommand(corpus.path)
        XCTAssertGreaterThanOrEqual(report.clusters.count, 4, "the corpus must form families for this test to mean anything")
        assertSame(run.summary.families, report)
        XCTAssertEqual(run.summary.families?.scored, 40)
        XCTAssertEqual(run.summary.families?.sampled, false)
        // And the library on the same documents.
        let documents = try CorpusDocumentReader(extraction: Fixtures.lexicon.extractionRules).read(corpus.path).documents
        assertSame(run.summary.families, RoleClusterer(lexicon: Fixtures.lexicon, cleaner: TitleTests.cleaner).cluster(documents))

        // A failed record is neither scored nor clustered: the families stay those of the good records.
        let broken = try write(try postings(40) + ["{\"id\": \"broken\", \"text\": \n"], "broken.jsonl", in: dir)
        let withError = try batch([broken.path, "--cluster", "--quiet"], "b", in: dir, code: 8)
        XCTAssertEqual(withError.summary.errors, 1)
        assertSame(withError.summary.families, report)

        // A directory of posting files in every input format, read in the same order with the same titles and blocks.
        let postingsDir = Fixtures.corpus.path
        let files = try batch([postingsDir, "--cluster", "--cluster-threshold", "0.05", "--quiet"], "d", in: dir)
        var clusterer = RoleClusterer(lexicon: Fixtures.lexicon, cleaner: TitleTests.cleaner)
        clusterer.threshold = 0.05
        let r = try Fixtures.run(["cluster", "--format", "json", "--threshold", "0.05", postingsDir])
        XCTAssertEqual(r.code, 0, r.err)
        let dirReport = try JSONDecoder().decode(ClusterReport.self, from: Data(r.out.utf8))
        XCTAssertFalse(dirReport.clusters.isEmpty)
        XCTAssertEqual(dirReport.postings, files.summary.scored)
        assertSame(files.summary.families, dirReport)
        assertSame(files.summary.families,
                   clusterer.cluster(try CorpusDocumentReader(extraction: Fixtures.lexicon.extractionRules).read(postingsDir).documents))
    }

    // MARK: Determinism

    func testSameSummaryBytesWithOneAndTwoJobs() throws {
        let dir = try Fixtures.temporaryDirectory()
        let corpus = try write(try postings(60) + ["not json\n"], "jobs.jsonl", in: dir)
        var texts: [String] = [], files: [String] = []
        for (k, jobs) in ["1", "2", "2"].enumerated() {
            let run = try batch([corpus.path, "--cluster", "--cluster-sample", "25", "--jobs", jobs], "r\(k)", in: dir, code: 8)
            XCTAssertEqual(run.summary.run?.jobs, Int(jobs))
            // stderr: the text summary, then the totals line (with timings).
            texts.append(run.err.split(separator: "\n", omittingEmptySubsequences: false).dropLast(2).joined(separator: "\n"))
            // The file's bytes without its "run" object (timestamps, --jobs).
            var lines = String(decoding: run.json, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            let start = try XCTUnwrap(lines.firstIndex(of: "  \"run\" : {"))
            let end = try XCTUnwrap(lines[start...].firstIndex { $0 == "  }," || $0 == "  }" })
            lines.removeSubrange(start...end)
            files.append(lines.joined(separator: "\n"))
        }
        XCTAssertTrue(files[0].contains("\"families\" : {"), files[0])
        XCTAssertTrue(texts[0].contains("Role families: "), texts[0])
        XCTAssertTrue(texts[0].contains("clustered 25 of 60 postings (sample by id hash)"), texts[0])
        XCTAssertEqual(texts[0], texts[1], "--jobs 1 and --jobs 2 differ")
        XCTAssertEqual(texts[1], texts[2], "two runs differ")
        XCTAssertEqual(files[0], files[1], "--jobs 1 and --jobs 2 differ")
        XCTAssertEqual(files[1], files[2], "two runs differ")
    }

    func testResumedRunHasTheFamiliesOfAnUninterruptedOne() throws {
        let dir = try Fixtures.temporaryDirectory()
        var lines = try postings(60)
        lines[7] = "{\"id\": \"broken\"\n" // a failed record among the resumed ones
        let corpus = try write(lines, "jobs.jsonl", in: dir)
        let reference = try batch([corpus.path, "--cluster", "--cluster-sample", "25", "--jobs", "2", "--quiet"], "ref", in: dir, code: 8)
        let families = try XCTUnwrap(reference.summary.families)
        // The first 30 output records as a stopped run leaves them (plus half a line), then --resume.
        let output = try String(contentsOf: dir.appendingPathComponent("ref.jsonl"), encoding: .utf8)
        let kept = output.split(separator: "\n").prefix(30).map { $0 + "\n" }.joined() + "{\"blocks\":[{\"col"
        try Data(kept.utf8).write(to: dir.appendingPathComponent("res.jsonl.partial"))
        let resumed = try batch([corpus.path, "--cluster", "--cluster-sample", "25", "--jobs", "1", "--resume", "--quiet"], "res", in: dir, code: 8)
        XCTAssertEqual(resumed.summary.run?.resumedRecords, 30)
        let members = Set(families.clusters.flatMap(\.members))
        let early = (0..<30).map { "job-\($0)" }.filter(members.contains)
        XCTAssertFalse(early.isEmpty, "some families must hold resumed records, or the test proves nothing")
        var a = reference.summary, b = resumed.summary
        a.run = nil
        b.run = nil
        XCTAssertEqual(a, b, "interrupted + resumed ≠ uninterrupted")
        XCTAssertEqual(b.families?.scored, 59)
        XCTAssertEqual(b.families?.clustered, 25)
    }

    // MARK: The sample

    func testSampleIsTheSmallestIDHashesAndClustersLikeThoseRecordsAlone() throws {
        let dir = try Fixtures.temporaryDirectory()
        let lines = try postings(50)
        let corpus = try write(lines, "jobs.jsonl", in: dir)
        let run = try batch([corpus.path, "--cluster", "--cluster-sample", "12", "--quiet"], "r", in: dir)
        let families = try XCTUnwrap(run.summary.families)
        XCTAssertEqual(families.clustered, 12)
        XCTAssertEqual(families.scored, 50)
        XCTAssertTrue(families.sampled)
        XCTAssertEqual(families.clusters.map(\.size).reduce(0, +) + families.unclustered, 12)
        // The 12 smallest hashes, computed here; the cluster command on just those records, in input order.
        let chosen = (0..<50).sorted { (idHash("job-\($0)"), $0) < (idHash("job-\($1)"), $1) }.prefix(12).sorted()
        XCTAssertTrue(Set(families.clusters.flatMap(\.members)).isSubset(of: Set(chosen.map { "job-\($0)" })))
        let subset = try write(chosen.map { lines[$0] }, "subset.jsonl", in: dir)
        assertSame(families, try clusterCommand(subset.path))
        // A sample as large as the corpus is the whole corpus.
        let whole = try batch([corpus.path, "--cluster", "--cluster-sample", "50", "--quiet"], "w", in: dir)
        XCTAssertEqual(whole.summary.families?.sampled, false)
        assertSame(whole.summary.families, try clusterCommand(corpus.path))
    }

    func testDocumentSampleIsOrderIndependentAndBuildsOnlyWhatItKeeps() {
        let ids = (0..<200).map { "rec-\($0)" } + ["rec-5", "rec-5"] // a repeated id ties on its hash: the earlier ordinal wins
        let expected = ids.indices.sorted { (idHash(ids[$0]), $0) < (idHash(ids[$1]), $1) }.prefix(20).sorted()
        // Sequential ids spread over the input (plain FNV-1a would pick one contiguous run, rec-160…179).
        XCTAssertGreaterThan(expected.last! - expected.first!, 100, "\(expected)")
        var orders = [Array(ids.indices), Array(ids.indices.reversed())]
        var g = SystemRandomNumberGenerator()
        orders.append(Array(ids.indices).shuffled(using: &g))
        for order in orders {
            var sample = DocumentSample(limit: 20)
            var built = 0
            for k in order {
                sample.offer(id: ids[k], ordinal: k) {
                    built += 1
                    return CorpusDocument(id: ids[k], title: "\(k)", paragraphs: [])
                }
            }
            XCTAssertEqual(sample.documents.map(\.title), expected.map { "\($0)" })
            XCTAssertEqual(sample.offered, 202)
            XCTAssertTrue(sample.isSampled)
            if order == orders[0] { XCTAssertLessThan(built, 120, "documents are built only for ids that enter the sample") }
        }
        var small = DocumentSample(limit: 5)
        for k in 0..<5 { small.offer(id: "x\(k)", ordinal: k) { CorpusDocument(id: "x\(k)", title: "", paragraphs: []) } }
        XCTAssertFalse(small.isSampled)
        XCTAssertEqual(small.documents.map(\.id), ["x0", "x1", "x2", "x3", "x4"])
        XCTAssertEqual(DocumentSample.hash("job-1"), idHash("job-1"))
    }

    // MARK: Without --cluster

    func testNoFamiliesWithoutClusterAndValidation() throws {
        let dir = try Fixtures.temporaryDirectory()
        let corpus = try write(try postings(10), "jobs.jsonl", in: dir)
        let run = try batch([corpus.path], "r", in: dir)
        XCTAssertNil(run.summary.families)
        let raw = try XCTUnwrap(JSONSerialization.jsonObject(with: run.json) as? [String: Any])
        XCTAssertNil(raw["families"], "no families key without --cluster")
        XCTAssertFalse(String(decoding: run.json, as: UTF8.self).contains("families"))
        XCTAssertFalse(run.err.contains("Role families"), run.err)
        let clustered = try batch([corpus.path, "--cluster"], "c", in: dir)
        XCTAssertTrue(clustered.err.contains("Role families: "), clustered.err)
        XCTAssertNotNil(try XCTUnwrap(JSONSerialization.jsonObject(with: clustered.json) as? [String: Any])["families"])
        let bad = try Fixtures.run(["batch", corpus.path, "--out", "-", "--cluster", "--cluster-sample", "1"])
        XCTAssertEqual(bad.code, 2, "a usage error, as documented (ArgumentParser's 64 is mapped to 2)")
        XCTAssertTrue(bad.err.contains("--cluster-sample must be at least 2"), bad.err)
    }
}
