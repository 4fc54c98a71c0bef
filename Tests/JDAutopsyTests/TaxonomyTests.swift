import Foundation
import XCTest
@testable import JDAutopsy

final class TaxonomyTests: XCTestCase {
    private var cleaner: TitleCleaner { TitleTests.cleaner }

    private var toy: [Occupation] {
        [
            Occupation(id: "15-2051.00", title: "Data Scientists", description: "Develop and implement methods to analyze data with statistics and machine learning.",
                       tasks: ["Apply machine learning models to large data sets.", "Analyze data and present statistical results."],
                       alternateTitles: ["Data Ninja", "Machine Learning Scientist"], source: "onet"),
            Occupation(id: "29-1141.00", title: "Registered Nurses", description: "Assess patient health problems and needs, administer nursing care.",
                       tasks: ["Monitor and record patient condition.", "Administer medications to patients."],
                       alternateTitles: ["RN", "Staff Nurse"], source: "onet"),
            Occupation(id: "53-7051.00", title: "Industrial Truck and Tractor Operators", description: "Operate forklifts to move materials in a warehouse.",
                       tasks: ["Move materials with a forklift."], alternateTitles: ["Forklift Driver", "Forklift Operator"], source: "onet"),
        ]
    }

    func testRankTitlesWithSeniorityAbbreviationsAndGenderMarkers() {
        let index = TaxonomyIndex(occupations: toy, lexicon: Fixtures.lexicon, cleaner: cleaner, threads: 1)
        XCTAssertEqual(index.rank(title: "Sr. Data Ninja II (m/f/d)").first?.id, "15-2051.00")
        XCTAssertEqual(index.rank(title: "Sr. Data Ninja II (m/f/d)").first?.match, 100)
        XCTAssertEqual(index.rank(title: "Forklift Operator (h/f) - Lyon").first?.id, "53-7051.00")
        XCTAssertEqual(index.rank(title: "Staff Nurse").first?.matchedTitle, "Staff Nurse")
        // A title that says little is decided by the description.
        let r = index.rank(title: "Team Member", description: "You will administer medications and monitor patient condition.")
        XCTAssertEqual(r.first?.id, "29-1141.00")
        XCTAssertNotNil(r.first?.descriptionCosine)
    }

    func testPersistenceRoundTripAndWrongKind() throws {
        let index = TaxonomyIndex(occupations: toy, lexicon: Fixtures.lexicon, cleaner: cleaner, threads: 1)
        let dir = try Fixtures.temporaryDirectory()
        let path = dir.appendingPathComponent("t.jdaidx").path
        try index.write(to: path)
        let back = try TaxonomyIndex.read(from: path, cleaner: cleaner)
        XCTAssertEqual(back.occupations, index.occupations)
        XCTAssertEqual(back.titles, index.titles)
        XCTAssertEqual(back.rank(title: "forklift driver"), index.rank(title: "forklift driver"))
        XCTAssertThrowsError(try FittedCorpus.read(from: path)) { e in
            XCTAssertEqual(e as? IndexError, .wrongKind(path: path, found: "taxonomy", expected: "corpus"))
        }
    }

    func testDelimitedReaderQuotedMultilineFieldsAndErrors() throws {
        let csv = "a,b,c\n1,\"two\nlines, and \"\"quotes\"\"\",3\r\n4,5,6\n"
        let r = try DelimitedReader.parse(Array(csv.utf8), separator: 0x2C, quoted: true, path: "x.csv")
        XCTAssertEqual(r.map(\.fields), [["a", "b", "c"], ["1", "two\nlines, and \"quotes\"", "3"], ["4", "5", "6"]])
        XCTAssertEqual(r.map(\.line), [1, 2, 4])
        XCTAssertThrowsError(try DelimitedReader.parse(Array("a,b\n1,\"open\n".utf8), separator: 0x2C, quoted: true, path: "x.csv")) { e in
            XCTAssertEqual("\(e)", "x.csv:2: a quoted field is never closed")
        }
        XCTAssertThrowsError(try DelimitedReader.columns(["title"], in: r.first, path: "x.csv")) { e in
            XCTAssertEqual("\(e)", "x.csv:1: missing column \"title\" in the header")
        }
    }

    func testESCOImport() throws {
        let path = try Fixtures.sharedFile("data/esco-1.0/occupations_en.csv").path
        let occupations = try TaxonomyImporter.esco(file: path)
        XCTAssertEqual(occupations.count, 2942)
        let td = try XCTUnwrap(occupations.first { $0.title == "technical director" })
        XCTAssertTrue(td.alternateTitles.contains("head of technical"))
        XCTAssertTrue(td.description.hasPrefix("Technical directors realise"))
    }

    /// O*NET: related occupations, and alternate titles held out of the index mapped back.
    func testONetRelatedOccupationsAndHeldOutTitleRecall() throws {
        let dir = try Fixtures.sharedFile("data/onet-27.0").path
        var occupations = try TaxonomyImporter.onet(directory: dir)
        XCTAssertEqual(occupations.count, 1016)
        // Hold out 1 in 50 alternate titles (FNV-1a of "code<TAB>title"); the full 1-in-10 figure comes
        // from `jdautopsy taxonomy evaluate` in a release build.
        let heldOut = TaxonomyEvaluation.holdOut(&occupations, every: 50)
        let index = TaxonomyIndex(occupations: occupations, lexicon: Fixtures.lexicon, cleaner: cleaner)
        let (r1, r5) = TaxonomyEvaluation.recall(index, heldOut: heldOut)
        print("O*NET held-out alternate titles: \(heldOut.count); Recall@1 \(r1); Recall@5 \(r5)")
        XCTAssertGreaterThan(r1, 0.2)
        XCTAssertGreaterThan(r5, 0.5)
        for code in ["15-2051.00", "29-1141.00", "11-3031.01", "47-2111.00", "25-2031.00", "13-2011.00", "53-7051.00",
                     "15-1252.00", "41-3091.00", "11-1011.00"] {
            let o = try XCTUnwrap(index.occupation(withID: code))
            let related = index.related(toOccupation: o, k: 3).map { "\(index.occupations[$0.row].title) \($0.matchPercent)%" }
            print("RELATED \(code) \(index.occupations[o].title) → \(related.joined(separator: "; "))")
        }
    }
}
