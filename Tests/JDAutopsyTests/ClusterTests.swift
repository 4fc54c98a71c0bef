import Foundation
import XCTest
@testable import JDAutopsy

final class ClusterTests: XCTestCase {
    private func documents() -> [CorpusDocument] {
        let shared = "We are an equal opportunity employer and value diversity at our company."
        func doc(_ id: String, _ title: String, _ lines: [String]) -> CorpusDocument {
            CorpusDocument(id: id, title: title, paragraphs: lines + [shared])
        }
        return [
            doc("a1", "Senior Java Developer (m/f/d)", ["Build Java microservices with Spring Boot and Kafka.", "Write unit tests with JUnit."]),
            doc("n1", "Registered Nurse", ["Administer medications and monitor patient vital signs.", "Document patient care in the chart."]),
            doc("a2", "Java Software Engineer", ["Develop Java microservices using Spring Boot.", "Write JUnit tests and review code."]),
            doc("n2", "RN - ICU", ["Monitor patient vital signs and administer medications in intensive care.", "Chart patient care."]),
            doc("f1", "Forklift Operator", ["Operate a forklift to load trucks in the warehouse.", "Keep the warehouse safe."]),
            doc("a3", "Backend Engineer (Java)", ["Java and Spring Boot microservices on Kafka.", "JUnit testing."]),
            doc("a4", "Senior Java Developer (m/f/d)", ["Build Java microservices with Spring Boot and Kafka.", "Write unit tests with JUnit."]),
        ]
    }

    func testDeterministicFamiliesNearDuplicatesAndBoilerplate() {
        var c = RoleClusterer(lexicon: Fixtures.lexicon, cleaner: TitleTests.cleaner)
        c.threshold = 0.1
        c.threads = 1
        let one = c.cluster(documents())
        c.threads = 3
        XCTAssertEqual(c.cluster(documents()), one, "same output for any thread count")
        XCTAssertEqual(one.clusters.map(\.members), [["a1", "a2", "a3", "a4"], ["n1", "n2"]])
        XCTAssertEqual(one.singletons, ["f1"])
        XCTAssertEqual(one.clusters[0].name, "Java Developer")
        XCTAssertEqual(one.clusters[0].aliases.sorted(), ["Backend Engineer", "Java Developer", "Java Software Engineer"])
        XCTAssertEqual(one.nearDuplicates.map { [$0.first, $0.second] }, [["a1", "a4"]])
        XCTAssertEqual(one.boilerplate.map(\.postings), [7])
        XCTAssertTrue(ClusterRenderer.csv(one).hasPrefix("cluster,name,posting\n1,Java Developer,a1\n"))
        XCTAssertEqual(Set(one.clusters[1].aliases), ["Registered Nurse", "RN"])
        XCTAssertTrue(ClusterRenderer.text(one).contains("[1] Java Developer — 4 postings"), ClusterRenderer.text(one))
    }

    func testBoilerplateDoesNotDriveSimilarity() {
        // Two unrelated postings sharing a long boilerplate paragraph (with a third, to reach 3 postings) stay apart.
        let eeo = "We are an equal opportunity employer. All qualified applicants will receive consideration for employment."
        let docs = [
            CorpusDocument(id: "x", title: "Chef", paragraphs: ["Cook meals in a busy kitchen.", eeo]),
            CorpusDocument(id: "y", title: "Pilot", paragraphs: ["Fly commercial aircraft safely.", eeo]),
            CorpusDocument(id: "z", title: "Gardener", paragraphs: ["Mow lawns and prune hedges.", eeo]),
        ]
        let r = RoleClusterer(lexicon: Fixtures.lexicon, cleaner: TitleTests.cleaner).cluster(docs)
        XCTAssertTrue(r.clusters.isEmpty)
        XCTAssertEqual(r.boilerplate.first?.postings, 3)
    }

    func testRoleIndexRelatedSpecimensAndAliases() throws {
        let specimens = try SpecimenCatalog.load().specimens
        XCTAssertGreaterThanOrEqual(specimens.count, 40)
        let roles = RoleIndex(lexicon: Fixtures.lexicon, specimens: specimens, cleaner: TitleTests.cleaner, corpus: documents())
        var posting = Fixtures.paragraphs(["Run sprint planning, daily stand-ups and retrospectives for two Scrum teams.",
                                           "Coach the product owner on backlog refinement and remove impediments."], title: "Scrum Master (m/f/d)")
        let related = roles.related(to: posting)
        XCTAssertEqual(related.count, 3)
        XCTAssertFalse(related.contains { $0.id == "scrum-master" }, "the posting's own specimen is left out")
        XCTAssertTrue(related.contains { $0.id == "agile-coach" }, "\(related.map(\.id))")
        XCTAssertEqual(related.map(\.match), related.map(\.match).sorted(by: >))
        let aliases = roles.aliases(for: posting)
        let scrum = try XCTUnwrap(specimens.first { $0.id == "scrum-master" })
        XCTAssertFalse(aliases.isEmpty)
        XCTAssertTrue(Set(aliases).isSubset(of: Set(scrum.aliases)), "never invented: \(aliases)")
        // A Java posting gets the titles of similar corpus postings, not its own.
        posting = Fixtures.paragraphs(["Build Java microservices with Spring Boot and Kafka, and write JUnit tests."], title: "Java Developer")
        let javaAliases = roles.aliases(for: posting)
        XCTAssertTrue(javaAliases.contains("Java Software Engineer"), "\(javaAliases)")
        XCTAssertFalse(javaAliases.contains("Java Developer"))
        XCTAssertFalse(javaAliases.contains("Registered Nurse"))
    }

    func testCorpusReaderFormatsAndErrors() throws {
        let dir = try Fixtures.temporaryDirectory()
        let jsonl = dir.appendingPathComponent("c.jsonl")
        try Data("{\"id\": \"1\", \"title\": \"Chef\", \"text\": \"Cook.\\nClean.\"}\n\n{\"title\": \"Pilot\", \"description\": \"Fly.\"}\n".utf8).write(to: jsonl)
        let reader = CorpusDocumentReader(extraction: Fixtures.lexicon.extractionRules)
        let docs = try reader.read(jsonl.path).documents
        XCTAssertEqual(docs, [CorpusDocument(id: "1", title: "Chef", paragraphs: ["Cook.", "Clean."]),
                              CorpusDocument(id: jsonl.path + ":3", title: "Pilot", paragraphs: ["Fly."])])
        let csv = dir.appendingPathComponent("c.csv")
        try Data("id,title,text\n7,Chef,\"Cook.\nClean.\"\n".utf8).write(to: csv)
        XCTAssertEqual(try reader.read(csv.path).documents, [CorpusDocument(id: "7", title: "Chef", paragraphs: ["Cook.", "Clean."])])
        let bad = dir.appendingPathComponent("bad.jsonl")
        try Data("{\"title\": \"a\", \"text\": \"b\"}\n{oops\n".utf8).write(to: bad)
        XCTAssertThrowsError(try reader.read(bad.path)) { XCTAssertEqual("\($0)", bad.path + ":2: malformed JSON: expected a quoted key") }
        let r = try Fixtures.run(["cluster", bad.path])
        XCTAssertEqual(r.code, 6)
        XCTAssertEqual(r.err, "jdautopsy: \(bad.path):2: malformed JSON: expected a quoted key\n")
        // Read as `batch` reads it: HTML and JSON-LD records become text blocks; records without text are skipped.
        let shapes = dir.appendingPathComponent("shapes.ndjson")
        try Data(("{\"id\": \"h\", \"title\": \"Nurse\", \"html\": \"<h1>Nurse</h1><ul><li>Care for patients.</li><li>Chart care.</li></ul>\"}\n"
            + "{\"@type\": \"JobPosting\", \"identifier\": \"LD-1\", \"title\": \"Chef\", \"description\": \"<p>Cook.</p><p>Clean.</p>\"}\n"
            + "{\"id\": \"empty\", \"text\": \"  \"}\n").utf8).write(to: shapes)
        let read = try reader.read(shapes.path)
        XCTAssertEqual(read.documents, [CorpusDocument(id: "h", title: "Nurse", paragraphs: ["Nurse", "Care for patients.", "Chart care."]),
                                        CorpusDocument(id: "LD-1", title: "Chef", paragraphs: ["Cook.", "Clean."])])
        XCTAssertEqual(read.skipped.count, 1)
        XCTAssertEqual(try Fixtures.run(["cluster", "/nonexistent.jsonl"]).code, 3)
    }

    func testClusterCLIOnSkillSpanIsDeterministic() throws {
        let path = try Fixtures.sharedFile("data/skillspan/postings.jsonl").path
        let a = try Fixtures.run(["cluster", "--format", "json", "--threads", "1", path])
        let b = try Fixtures.run(["cluster", "--format", "json", "--threads", "2", path])
        XCTAssertEqual(a.code, 0, a.err)
        XCTAssertEqual(a.out, b.out)
        XCTAssertTrue(a.out.contains("\"name\" : \"Software Engineer\""))
    }
}
