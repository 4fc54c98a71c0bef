/// Computes `FlightRisk` from the scores, by the formula in `Lexicons/scoring.json`.
struct FlightRiskScorer {
    let lexicon: Lexicon

    func score(vagueness: VaguenessScore, categories: [CategoryCount], requirements: RequirementsReport, salary: SalaryReport) -> FlightRisk {
        let rules = lexicon.scoring.flightRisk
        func hits(_ component: String) -> Double {
            Double(vagueness.components.first { $0.id == component }?.hits ?? 0)
        }
        func measure(_ name: String) -> Double {
            switch name {
            case "vagueness": return vagueness.score
            case "hype": return hits("hype")
            case "ritual": return Double(categories.first { $0.category == "ritual" }?.count ?? 0)
            case "inflation": return hits("inflation") + (requirements.mismatch == nil ? 0 : 2)
            case "missingFacts": return Double(vagueness.facts.filter { !$0.stated }.count)
            case "noSalary": return (salary.figures.isEmpty && salary.structured == nil) ? 1 : 0
            default: return 0
            }
        }
        var total = rules.base
        var terms: [FlightRisk.Term] = []
        for t in rules.terms {
            let value = measure(t.measure)
            let points = VaguenessScorer.round3(min(t.cap, t.weight * value))
            total += points
            terms.append(FlightRisk.Term(measure: t.measure, label: t.label, value: value, points: points))
        }
        let percent = (min(rules.ceiling, max(rules.floor, total))).rounded()
        let d = rules.diagnoses.first { percent <= $0.upTo } ?? rules.diagnoses.last!
        let dominant = categories.first.map { lexicon.categories[$0.category]?.label.lowercased() ?? $0.category } ?? "vagueness"
        return FlightRisk(percent: percent, label: d.label, diagnosis: Self.fill(d.line, dominant: dominant), terms: terms)
    }

    /// `line` with each "{dominant}" replaced by `dominant`, found by bytes (this runs for every posting).
    private static func fill(_ line: String, dominant: String) -> String {
        let mark = Array("{dominant}".utf8)
        let bytes = Array(line.utf8)
        var out: [UInt8] = []
        var i = 0
        while i < bytes.count {
            if bytes[i] == mark[0], bytes[i...].starts(with: mark) {
                out.append(contentsOf: dominant.utf8)
                i += mark.count
            } else {
                out.append(bytes[i])
                i += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
