import Foundation
import XCTest
@testable import JDAutopsy

/// Pay figures the parser must find, and money it must leave alone.
final class SalaryParserTests: XCTestCase {
    private typealias Period = MonetaryRange.Period

    /// One input holding exactly one mention, and everything expected of it.
    private struct Row {
        var input: String
        var minimum: Double
        var maximum: Double
        var currency: String?
        var period: Period?
        var annualMinimum: Double?
        var annualMaximum: Double?
        var bound: SalaryMention.Bound

        init(_ input: String, _ minimum: Double, _ maximum: Double, _ currency: String?, _ period: Period?,
             _ annualMinimum: Double?, _ annualMaximum: Double?, _ bound: SalaryMention.Bound = .single) {
            self.input = input
            self.minimum = minimum
            self.maximum = maximum
            self.currency = currency
            self.period = period
            self.annualMinimum = annualMinimum
            self.annualMaximum = annualMaximum
            self.bound = bound
        }
    }

    /// Default annualisation: hour 2080, day 260, week 52, month 12, year 1.
    private let rows: [Row] = [
        // Ranges with k, dashes and "to"; no period stated → amounts ≥ 1,000 → year.
        Row("$120k–$150k", 120_000, 150_000, "USD", .year, 120_000, 150_000, .range),
        Row("$120K - $150K", 120_000, 150_000, "USD", .year, 120_000, 150_000, .range),
        Row("$120,000 to $150,000 per year", 120_000, 150_000, "USD", .year, 120_000, 150_000, .range),
        Row("USD 95,000 - 115,000 a year", 95_000, 115_000, "USD", .year, 95_000, 115_000, .range),
        Row("£45,000 per annum", 45_000, 45_000, "GBP", .year, 45_000, 45_000),
        Row("£30k pa", 30_000, 30_000, "GBP", .year, 30_000, 30_000),
        // Hourly: 2080 hours a year.
        Row("40 €/h", 40, 40, "EUR", .hour, 83_200, 83_200),
        Row("€40/hour", 40, 40, "EUR", .hour, 83_200, 83_200),
        Row("$28/hour", 28, 28, "USD", .hour, 58_240, 58_240),
        Row("$28 an hour", 28, 28, "USD", .hour, 58_240, 58_240),
        Row("$28.50 per hour", 28.5, 28.5, "USD", .hour, 59_280, 59_280),
        // Separators: European '.', Swiss apostrophe, Indian lakh grouping, decimal comma.
        Row("€50.000–€60.000", 50_000, 60_000, "EUR", .year, 50_000, 60_000, .range),
        Row("CHF 120'000", 120_000, 120_000, "CHF", .year, 120_000, 120_000),
        Row("₹12,00,000 per annum", 1_200_000, 1_200_000, "INR", .year, 1_200_000, 1_200_000),
        Row("€2.500,00 per month", 2_500, 2_500, "EUR", .month, 30_000, 30_000),
        // The multiplier of the upper amount carries to the lower; the code after fills both.
        Row("120-150k USD", 120_000, 150_000, "USD", .year, 120_000, 150_000, .range),
        Row("$90-120k", 90_000, 120_000, "USD", .year, 90_000, 120_000, .range),
        Row("between $90,000 and $110,000", 90_000, 110_000, "USD", .year, 90_000, 110_000, .range),
        // Bounds: min = max = the stated figure.
        Row("up to $80,000", 80_000, 80_000, "USD", .year, 80_000, 80_000, .upTo),
        Row("from £25,000", 25_000, 25_000, "GBP", .year, 25_000, 25_000, .from),
        Row("$120k+", 120_000, 120_000, "USD", .year, 120_000, 120_000, .from),
        // Month, week, day.
        Row("$6,500/month", 6_500, 6_500, "USD", .month, 78_000, 78_000),
        Row("$1,200 per week", 1_200, 1_200, "USD", .week, 62_400, 62_400),
        Row("£350 per day", 350, 350, "GBP", .day, 91_000, 91_000),
        Row("S$6,000 per month", 6_000, 6_000, "SGD", .month, 72_000, 72_000),
        Row("HK$50,000 monthly", 50_000, 50_000, "HKD", .month, 600_000, 600_000),
        Row("₹50,000 per month", 50_000, 50_000, "INR", .month, 600_000, 600_000),
        // Lakh per annum: 12 × 100,000 INR a year.
        Row("₹12 LPA", 1_200_000, 1_200_000, "INR", .year, 1_200_000, 1_200_000),
        Row("₹12-15 LPA", 1_200_000, 1_500_000, "INR", .year, 1_200_000, 1_500_000, .range),
        Row("¥8,000,000", 8_000_000, 8_000_000, "JPY", .year, 8_000_000, 8_000_000),
        Row("AUD 130k + super", 130_000, 130_000, "AUD", .year, 130_000, 130_000),
        // Dollar prefixes.
        Row("CA$95,000", 95_000, 95_000, "CAD", .year, 95_000, 95_000),
        Row("C$40/hr", 40, 40, "CAD", .hour, 83_200, 83_200),
        Row("A$120k", 120_000, 120_000, "AUD", .year, 120_000, 120_000),
        Row("NZ$85,000", 85_000, 85_000, "NZD", .year, 85_000, 85_000),
        Row("US$70,000", 70_000, 70_000, "USD", .year, 70_000, 70_000),
        // Forms from the sample corpus.
        Row("$46–$58 per hour", 46, 58, "USD", .hour, 95_680, 120_640, .range),
        Row("between $23 and $27 an hour", 23, 27, "USD", .hour, 47_840, 56_160, .range),
        Row("$118,000–$142,000 annually", 118_000, 142_000, "USD", .year, 118_000, 142_000, .range),
        Row("£28,000 - £32,000 p.a.", 28_000, 32_000, "GBP", .year, 28_000, 32_000, .range),
        // Codes after, period abbreviations, decimals.
        Row("95,000 EUR", 95_000, 95_000, "EUR", .year, 95_000, 95_000),
        Row("$85K/yr", 85_000, 85_000, "USD", .year, 85_000, 85_000),
        Row("$30.50/hr", 30.5, 30.5, "USD", .hour, 63_440, 63_440),
        Row("£12.50 ph", 12.5, 12.5, "GBP", .hour, 26_000, 26_000),
        Row("$18-22/hr", 18, 22, "USD", .hour, 37_440, 45_760, .range),
        Row("$28/hour - $35/hour", 28, 35, "USD", .hour, 58_240, 72_800, .range),
        Row("€ 50.000 – 60.000 €", 50_000, 60_000, "EUR", .year, 50_000, 60_000, .range),
        Row("Rs. 50,000 per month", 50_000, 50_000, "INR", .month, 600_000, 600_000),
        // No currency: accepted only after a pay word; lakh implies INR.
        Row("Salary: 50,000 - 60,000 per year", 50_000, 60_000, nil, .year, 50_000, 60_000, .range),
        Row("Salary: 12 lakh per annum", 1_200_000, 1_200_000, "INR", .year, 1_200_000, 1_200_000),
        // Period inference: < 200 → hour; 200 ≤ amount < 1,000 → none, and no annual figure.
        Row("Pay: $25", 25, 25, "USD", .hour, 52_000, 52_000),
        Row("$500", 500, 500, "USD", nil, nil, nil),
        // A period word before the amount wins over inference.
        Row("Annual salary: $500", 500, 500, "USD", .year, 500, 500),
        // Qualifiers between amount and period; a pay noun next to a perk word; "raise to" is pay.
        Row("€3,600–€4,300 gross per month", 3_600, 4_300, "EUR", .month, 43_200, 51_600, .range),
        Row("$74,214.00 – $96,480.00 annually", 74_214, 96_480, "USD", .year, 74_214, 96_480, .range),
        Row("Salary & Bonus $120k + 10%", 120_000, 120_000, "USD", .year, 120_000, 120_000),
        Row("Raise to $29.50/hour after 12 months", 29.5, 29.5, "USD", .hour, 61_360, 61_360),
        // Millions are kept after a pay word.
        Row("Salary up to $1.2M for the right person", 1_200_000, 1_200_000, "USD", .year, 1_200_000, 1_200_000,
            .upTo),
    ]

    func testTable() {
        XCTAssertGreaterThanOrEqual(rows.count, 40)
        let parser = SalaryParser()
        for row in rows {
            let mentions = parser.parse(row.input)
            guard mentions.count == 1, let m = mentions.first else {
                XCTFail("\(row.input): expected one mention, got \(mentions.map(\.text))")
                continue
            }
            XCTAssertEqual(m.range.minimum, row.minimum, accuracy: 1e-9, row.input)
            XCTAssertEqual(m.range.maximum, row.maximum, accuracy: 1e-9, row.input)
            XCTAssertEqual(m.range.currency, row.currency, row.input)
            XCTAssertEqual(m.range.period, row.period, row.input)
            XCTAssertEqual(m.annualMinimum, row.annualMinimum, row.input)
            XCTAssertEqual(m.annualMaximum, row.annualMaximum, row.input)
            XCTAssertEqual(m.bound, row.bound, row.input)
        }
    }

    /// Text that holds numbers or money but no pay figure.
    func testNoMention() {
        let inputs = [
            "competitive salary",
            "401(k)",
            "Compensation: 401(k) match",
            "$5M ARR",
            "$2 billion in revenue",
            "Series B ($40M)",
            "raised $40 million",
            "$1.5M",
            "a $300,000 budget",
            "10+ years",
            "2024",
            "Call +1 (555) 123-4567 or 555-123-4567, or 020 7946 0958",
            "Salary info: 555-123-4567",
            "lift up to 50 pounds",
            "24/7 support, 3rd shift, B2B, Q4",
            "a $500 home office stipend",
            "$10,000 signing bonus",
            "Salary review every 12 months",
            "PTO: 20 days",
            "10% bonus",
            "$0.55 per mile",
            "PHP 8 and Go 1.22 and PostgreSQL 15",
            "Req. BE-2291 at 1650 Wynkoop Street, Suite 400, Denver 80202",
            "We ship 15 times a week; 2,000 loads a month.",
            "cost per booking from $310 to under $260 by the end of the year",
            "tuition support of up to $6,000 a year",
            "HSA with a company contribution of $1,000",
            "The district pays health benefits up to $17,400 per year",
            "Hit a quarterly quota of $210k in new annual recurring revenue",
            "$2,000 per year for courses or conferences",
        ]
        let parser = SalaryParser()
        for input in inputs {
            XCTAssertEqual(parser.parse(input).map(\.text), [], input)
        }
    }

    func testTextAndUTF8Offsets() {
        let text = "Café crew — €40/hour. Salary: $120k, plus a $10k bonus; up to $80,000 for leads."
        let mentions = SalaryParser().parse(text)
        XCTAssertEqual(mentions.map(\.text), ["€40/hour", "$120k", "up to $80,000"])
        for m in mentions {
            let bytes = Array(text.utf8)
            let slice = bytes[m.offset..<(m.offset + m.text.utf8.count)]
            XCTAssertEqual(String(decoding: slice, as: UTF8.self), m.text)
        }
        // "Café crew — " is 15 bytes: é and the em dash take 2 and 3.
        XCTAssertEqual(mentions.first?.offset, 15)
    }

    func testSeveralMentionsInOrder() {
        let text = "$140,000 OTE (50/50 split: $70,000 base + $70,000 commission). Night differential $2/hour."
        let mentions = SalaryParser().parse(text)
        XCTAssertEqual(mentions.map(\.text), ["$140,000", "$70,000", "$70,000", "$2/hour"])
        XCTAssertEqual(mentions.map(\.offset), mentions.map(\.offset).sorted())
    }

    /// "and" joins amounts only after "between"; the forward look stops at "and", "plus", "+".
    func testAndIsNotASeparatorWithoutBetween() {
        let mentions = SalaryParser().parse("$80,000 and a $5,000 signing bonus; $90k + bonus")
        XCTAssertEqual(mentions.map(\.text), ["$80,000", "$90k"])
        XCTAssertEqual(mentions.first?.bound, .single)
    }

    /// A sample posting body: the pay line is found and nothing else is.
    func testPostingBody() {
        let text = """
            Billing Platform is six engineers, one product manager and one designer. We ship to production \
            about 15 times a week. Full-time · $120k–$150k base + 0.05% equity · Req. BE-2291. \
            Bring p95 invoice-render time down from 40 seconds to under 5 seconds for carriers with more than \
            2,000 loads a month. We raised $40M in our Series B in 2024. Benefits: 401(k) with 4% match, \
            a $1,000 home-office stipend and 25 days of PTO. Questions? Call 555-123-4567.
            """
        let mentions = SalaryParser().parse(text)
        XCTAssertEqual(mentions.map(\.text), ["$120k–$150k"])
        XCTAssertEqual(mentions.first?.range, MonetaryRange(minimum: 120_000, maximum: 150_000, currency: "USD",
                                                             period: .year))
    }

    func testCustomAnnualisation() {
        let parser = SalaryParser(annualisation: ["hour": 2000, "day": 250, "week": 50, "month": 12, "year": 1])
        let m = parser.parse("$30/hour").first
        XCTAssertEqual(m?.annualMinimum, 60_000)
        XCTAssertEqual(parser.parse("£200 per day").first?.annualMaximum, 50_000)
        // A period missing from the table gives no annual figure.
        let partial = SalaryParser(annualisation: ["year": 1])
        XCTAssertNil(partial.parse("$30/hour").first?.annualMinimum)
        XCTAssertEqual(partial.parse("$30/hour").first?.range.period, .hour)
    }

    func testMentionIsCodable() throws {
        let m = try XCTUnwrap(SalaryParser().parse("between $90,000 and $110,000").first)
        let data = try JSONEncoder().encode(m)
        XCTAssertEqual(try JSONDecoder().decode(SalaryMention.self, from: data), m)
    }
}

final class SalaryParserContextTests: XCTestCase {
    func testTargetsAndThresholdsAreNotPay() {
        let parser = SalaryParser()
        XCTAssertEqual(parser.parse("Hit weekly sales targets (currently €23,500 a week) and grow spend per customer.").count, 0)
        XCTAssertEqual(parser.parse("Build business cases for capital expenditure requests above £25,000.").count, 0)
        XCTAssertEqual(parser.parse("Salary: £45,000 per annum.").first?.annualMinimum, 45_000)
    }
}
