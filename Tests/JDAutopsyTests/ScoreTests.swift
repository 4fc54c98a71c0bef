import XCTest
@testable import JDAutopsy

final class ScoreTests: XCTestCase {
    private let autopsy = Autopsy(lexicon: Fixtures.lexicon)

    private func report(_ text: String, ext: String = "txt") throws -> PostingReport {
        autopsy.examine(try Fixtures.posting(text, ext: ext))
    }

    static let filler = """
    Rockstar Ninja Wanted
    We are a fast-paced, dynamic team that works hard and plays hard, and we're like a family.
    You will leverage synergies across various stakeholders to drive best practices and move the needle.
    You will wear many hats and other duties as assigned, as needed, etc.
    We offer a competitive salary, an exciting opportunity and unlimited growth opportunities.
    """

    static let crisp = """
    Payroll Specialist
    Salary: $58,000–$64,000 per year. Full-time, 37.5 hours per week, Monday to Friday, on site in Leeds.
    You will report to the Finance Manager and join a team of 4.
    Process payroll for 1,200 employees in Sage 50 and reconcile 3 bank accounts each month in Microsoft Excel.
    Interview process: a 30-minute phone screen, then one 60-minute interview; we reply within 5 days.
    """

    func testFillerScoresHighAndCrispScoresLow() throws {
        let filler = try report(Self.filler)
        let crisp = try report(Self.crisp)
        XCTAssertGreaterThanOrEqual(filler.vagueness.score, 70, "\(filler.vagueness)")
        XCTAssertLessThanOrEqual(crisp.vagueness.score, 15, "\(crisp.vagueness)")
        XCTAssertEqual(filler.vagueness.band, "pure vapour")
        XCTAssertEqual(crisp.vagueness.band, "crisp")
        // Each component is explained: raw values and points add up to the score.
        let v = filler.vagueness
        let sum = v.base + v.components.reduce(0) { $0 + $1.points } + v.missingFactPoints - v.concreteness.points
        XCTAssertEqual(v.score, min(100, max(0, (sum * 10).rounded() / 10)), accuracy: 0.11)
        for c in v.components { XCTAssertEqual(c.points, min(c.cap, c.weight * c.density), accuracy: 0.01, c.id) }
    }

    func testConcretenessSignals() throws {
        let crisp = try report(Self.crisp)
        let signals = Dictionary(crisp.vagueness.concreteness.signals.map { ($0.id, $0.count) }, uniquingKeysWith: +)
        XCTAssertGreaterThanOrEqual(signals["technology"] ?? 0, 2, "Sage 50 and Microsoft Excel")
        XCTAssertGreaterThanOrEqual(signals["number-unit"] ?? 0, 2)
        XCTAssertGreaterThanOrEqual(signals["reporting-line"] ?? 0, 1)
        XCTAssertGreaterThanOrEqual(signals["team-size"] ?? 0, 1)
        XCTAssertTrue(crisp.vagueness.concreteness.technologies.contains("Microsoft Excel"))
    }

    func testMissingFactsWithAndWithoutSalary() throws {
        let crisp = try report(Self.crisp)
        XCTAssertEqual(crisp.vagueness.facts.filter { !$0.stated }.map(\.id), [])
        let noPay = try report(Self.crisp.replacingOccurrences(of: "Salary: $58,000–$64,000 per year. ", with: "Competitive salary. "))
        XCTAssertEqual(noPay.vagueness.facts.filter { !$0.stated }.map(\.id), ["salary"])
        XCTAssertGreaterThan(noPay.vagueness.score, crisp.vagueness.score)
        XCTAssertTrue(noPay.salary.vagueOnly)
        XCTAssertEqual(noPay.salary.vaguePhrases, ["Competitive salary"])
        XCTAssertGreaterThan(noPay.flightRisk.percent, crisp.flightRisk.percent)
    }

    func testSentenceScoresRankTheFog() throws {
        let r = try report(Self.filler)
        let worst = try XCTUnwrap(r.sentences.max { $0.score < $1.score })
        XCTAssertTrue(worst.text.contains("leverage synergies") || worst.text.contains("competitive salary") || worst.text.contains("fast-paced"), worst.text)
        XCTAssertEqual(r.translations.map(\.score), r.translations.map(\.score).sorted(by: >), "most inflated first")
    }

    func testRequirementsInflationAndSeniorityMismatch() throws {
        let text = """
        Junior Data Analyst
        Requirements:
        - 7+ years of experience with SQL
        - Bachelor's degree in statistics
        - 3–5 years of experience in retail analytics
        Nice to have:
        - Tableau
        """
        let r = try report(text)
        XCTAssertEqual(r.requirements.years.map(\.minimum), [7, 3])
        XCTAssertEqual(r.requirements.years.map(\.maximum), [nil, 5])
        XCTAssertEqual(r.requirements.minimumYears, 7)
        XCTAssertEqual(r.requirements.mustHaves, 3)
        XCTAssertEqual(r.requirements.niceToHaves, 1)
        XCTAssertTrue(r.requirements.degrees.contains { $0.lowercased().hasPrefix("bachelor") })
        XCTAssertEqual(r.requirements.titleLevel, "junior")
        XCTAssertNotNil(r.requirements.mismatch)
        let fine = try report(text.replacingOccurrences(of: "7+ years", with: "1+ years").replacingOccurrences(of: "3–5 years", with: "1–2 years"))
        XCTAssertNil(fine.requirements.mismatch)
    }

    func testFlightRiskFollowsItsFormula() throws {
        let r = try report(Self.filler)
        let rules = Fixtures.lexicon.scoring.flightRisk
        let total = rules.base + r.flightRisk.terms.reduce(0) { $0 + $1.points }
        XCTAssertEqual(r.flightRisk.percent, min(rules.ceiling, max(rules.floor, total)).rounded())
        XCTAssertFalse(r.flightRisk.diagnosis.contains("{dominant}"))
        XCTAssertEqual(r.flightRisk.label, "HIGH RISK")
    }

    func testOneSentenceScoresAsItsPostingWithoutBaseOrFacts() throws {
        let sentence = "In this exciting role you will leverage synergies across various stakeholders to drive best "
            + "practices and move the needle, wear many hats, build and own 3 dashboards in Tableau and Microsoft "
            + "Excel for a team of 6 analysts in the finance department, and take on other duties as needed."
        let r = autopsy.examine(Fixtures.paragraphs([sentence]))
        let v = r.vagueness
        XCTAssertEqual(r.sentences.count, 1)
        XCTAssertGreaterThanOrEqual(v.words, max(Fixtures.lexicon.scoring.vagueness.minimumWords, 12))
        XCTAssertGreaterThan(v.concreteness.points, 0, "\(v.concreteness)")
        let raw = v.components.reduce(0) { $0 + $1.points } - v.concreteness.points
        XCTAssertEqual(r.sentences[0].score, (min(100, max(0, raw)) * 10).rounded() / 10, accuracy: 1e-9)
        XCTAssertGreaterThan(r.sentences[0].score, 0)
    }

    /// The title's words for seniority, by the scalar walk where it applies, are byte for byte what
    /// walking the lower-cased title character by character gives (the reference below), including
    /// titles that fall back to that walk (combining marks, a CR, a joiner).
    func testTitleWordsMatchTheCharacterWalk() throws {
        func reference(_ title: String) -> [UInt8] {
            Array((" " + String(title.lowercased().map { $0.isLetter || $0.isNumber ? $0 : " " }) + " ").utf8)
        }
        var titles = ["Senior Engineer – Payments", "Café Manager (m/w/d)", "İstanbul Lead", "Head of Sales €60k–€70k",
                      "Ärztin\u{0301} Senior", "Lead\r\nDéveloppeur", "Data \u{200D}Scientist", "Team Lead ‘Core’ · Oslo",
                      "ŉ Junior Ø Æ å", "Principal ½ time", "Staff Engineer", "Ⅻ Level", "Naïve 2nd-line support ®"]
        let data = Fixtures.shared.appendingPathComponent("data/skillspan/postings.jsonl")
        if let lines = try? String(contentsOf: data, encoding: .utf8) {
            for line in lines.split(separator: "\n") {
                if let o = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any], let t = o["title"] as? String { titles.append(t) }
            }
        }
        var nonASCII = 0
        for t in titles {
            if t.utf8.contains(where: { $0 >= 0x80 }) { nonASCII += 1 }
            XCTAssertEqual(RequirementsAnalyzer.titleWords(t), reference(t), t)
        }
        XCTAssertGreaterThan(nonASCII, 10)
    }
}
