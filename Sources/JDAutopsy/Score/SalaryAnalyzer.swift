/// Collects pay figures from the text and structured data, vague pay phrases, and contradictions.
struct SalaryAnalyzer {
    let lexicon: Lexicon
    let text: PostingText
    let signals: SignalHits

    func analyze() -> SalaryReport {
        let parser = SalaryParser(annualisation: lexicon.scoring.annualisation)
        var figures: [SalaryFigure] = []
        for (k, block) in text.posting.blocks.enumerated() {
            for m in parser.parse(block.text) {
                let at = text.blockRanges[k].lowerBound + m.offset
                figures.append(SalaryFigure(text: m.text, position: text.position(ofDocumentByte: at), range: m.range,
                                            annualMinimum: m.annualMinimum, annualMaximum: m.annualMaximum))
            }
        }
        var structured: SalaryFigure?
        if let s = text.posting.metadata.salary {
            let multiplier = s.period.flatMap { lexicon.scoring.annualisation[$0.rawValue] }
            let label = Formatting.money(s.minimum, s.maximum, currency: s.currency, period: s.period.map { "per \($0.rawValue)" } ?? "(period not stated)")
            structured = SalaryFigure(text: label, position: nil, range: s, annualMinimum: multiplier.map { s.minimum * $0 },
                                      annualMaximum: multiplier.map { s.maximum * $0 })
        }
        var vague: [String] = []
        for h in signals["salary-vague"] {
            let t = text.text(text.documentRange(ofTokens: h.start..<h.end))
            if !vague.contains(where: { $0.caseInsensitiveEquals(t) }) { vague.append(t) }
        }
        let primary = [structured].compactMap { $0 }.first { $0.annualMinimum != nil } ?? figures.first { $0.annualMinimum != nil }
        return SalaryReport(figures: figures, structured: structured, annualMinimum: primary?.annualMinimum,
                            annualMaximum: primary?.annualMaximum, currency: primary?.range.currency, vaguePhrases: vague,
                            vagueOnly: figures.isEmpty && structured == nil && !vague.isEmpty,
                            contradiction: contradiction(structured, figures), corpusAverage: nil)
    }

    /// Structured data and text disagree when no comparable text figure overlaps the structured range.
    /// Comparable: same (or unstated) currency, and at least 30 % of the structured minimum — smaller
    /// figures are add-ons such as shift differentials or stipends, not the pay.
    private func contradiction(_ s: SalaryFigure?, _ figures: [SalaryFigure]) -> String? {
        guard let s, let sLo = s.annualMinimum, let sHi = s.annualMaximum else { return nil }
        let comparable = figures.filter { f in
            guard let hi = f.annualMaximum, f.annualMinimum != nil, hi >= sLo * 0.3 else { return false }
            if let a = s.range.currency, let b = f.range.currency, a != b { return false }
            return true
        }
        let overlaps = comparable.contains { !($0.annualMaximum! < sLo * 0.98 || $0.annualMinimum! > sHi * 1.02) }
        guard !overlaps, let f = comparable.first else { return nil }
        return "structured data says \(Formatting.money(sLo, sHi, currency: s.range.currency)), the text says “\(f.text)” (\(Formatting.money(f.annualMinimum, f.annualMaximum, currency: f.range.currency)))"
    }
}
