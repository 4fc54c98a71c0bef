/// Computes `FlightRisk` from the scores, by the formula in `Lexicons/scoring.json`.
struct FlightRiskScorer {
    let lexicon: Lexicon

    func score(vagueness: VaguenessScore, categories: [CategoryCount], requirements: RequirementsReport, salary: SalaryReport) -> FlightRisk {
        let rules = lexicon.scoring.flightRisk
        func hits(_ component: String) -> Double {
            Double(vagueness.components.first { $0.id == component }?.hits ?? 0)
        }
        let measures: [String: Double] = [
            "vagueness": vagueness.score,
            "hype": hits("hype"),
            "ritual": Double(categories.first { $0.category == "ritual" }?.count ?? 0),
            "inflation": hits("inflation") + (requirements.mismatch == nil ? 0 : 2),
            "missingFacts": Double(vagueness.facts.filter { !$0.stated }.count),
            "noSalary": (salary.figures.isEmpty && salary.structured == nil) ? 1 : 0,
        ]
        var total = rules.base
        var terms: [FlightRisk.Term] = []
        for t in rules.terms {
            let value = measures[t.measure] ?? 0
            let points = VaguenessScorer.round3(min(t.cap, t.weight * value))
            total += points
            terms.append(FlightRisk.Term(measure: t.measure, label: t.label, value: value, points: points))
        }
        let percent = (min(rules.ceiling, max(rules.floor, total))).rounded()
        let d = rules.diagnoses.first { percent <= $0.upTo } ?? rules.diagnoses.last!
        let dominant = categories.first.map { lexicon.categories[$0.category]?.label.lowercased() ?? $0.category } ?? "vagueness"
        return FlightRisk(percent: percent, label: d.label, diagnosis: d.line.replacing("{dominant}", with: dominant), terms: terms)
    }
}
