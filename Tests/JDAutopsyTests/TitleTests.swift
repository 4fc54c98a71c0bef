import Foundation
import XCTest
@testable import JDAutopsy

final class TitleTests: XCTestCase {
    static let cleaner: TitleCleaner = {
        do { return TitleCleaner(rules: try TitleRules.load(), lexicon: Fixtures.lexicon) } catch { fatalError("\(error)") }
    }()

    func testCleaningTable() {
        let table: [(String, String, String)] = [
            // original, display, key
            ("Sr. Data Ninja II (m/f/d)", "Data Ninja", "data ninja"),
            ("Senior QA Engineer (m/f/d) <ORGANIZATION>", "QA Engineer", "quality assurance engineer"),
            ("Jr. Software Dev (h/f)", "Software Dev", "software developer"),
            ("Engineering Mgr III - Berlin (Remote)", "Engineering Mgr", "engineering manager"),
            ("Lead Computer Vision Engineer: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path",
             "Computer Vision Engineer", "computer vision engineer"),
            ("Software Engineer - Java", "Software Engineer", "software engineer java"),
            ("Senior Embedded Systems Developer (w/m/d) - Linux", "Embedded Systems Developer", "embedded systems developer linux"),
            ("Project Manager, London", "Project Manager", "project manager"),
            ("URGENT: Forklift Operator", "Forklift Operator", "forklift operator"),
            ("Senior Software Developer Java (all genders)", "Software Developer Java", "software developer java"),
            ("Senior Frontend Developer | React JS Developer f/m/x", "Frontend Developer", "front end developer react js"),
            ("VP of Innovation", "VP of Innovation", "vice president of innovation"),
            ("Remote Sensing Scientist", "Remote Sensing Scientist", "remote sensing scientist"),
            ("Mid-Level Accountant (w/m/d) 60.000 EUR", "Accountant", "accountant"),
            ("Infirmier (H/F) – Paris", "Infirmier", "infirmier"),
            ("<ORGANIZATION> <ORGANIZATION>", "", ""),
        ]
        for (original, display, key) in table {
            let c = Self.cleaner.clean(original)
            XCTAssertEqual(c.display, display, original)
            XCTAssertEqual(c.key, key, original)
        }
        XCTAssertEqual(Self.cleaner.clean("Sr. Data Ninja II (m/f/d)").removed, ["Sr", "II", "m", "f", "d"])
    }
}
