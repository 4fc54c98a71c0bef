/// The file record as format-neutral sections and items; the text, Markdown and HTML renderers format it.
struct RecordOutline {
    /// The tone of an item, for colour or CSS.
    enum Tone: String { case plain, note, good, warn, bad }

    /// One item of a section.
    enum Item {
        /// A paragraph.
        case text(String, Tone)
        /// A titled entry (metric, weapon, day-log line).
        case entry(title: String, body: String)
        /// A bullet with optional detail.
        case bullet(String, detail: String?)
        /// An illusion and its translation.
        case pair(illusion: String, meta: String, translation: String)
        /// A quoted line.
        case quote(String)
        /// A labelled figure with a tone ("FLIGHT RISK: 85%").
        case figure(label: String, value: String, tone: Tone)
        /// A row of a score table: label, value, sign.
        case score(label: String, points: String)
        /// A finding and its fix.
        case fix(position: String, severity: Severity, text: String, fix: String?, rule: String)
    }

    /// A numbered section.
    struct Section {
        /// "01" … "11", or "" for unnumbered blocks.
        var number: String
        /// The title.
        var title: String
        /// The items.
        var items: [Item]
    }

    /// The record's slug ("LEAD-COMPUTER-VISION-ENGINEER").
    let slug: String
    /// The role name.
    let role: String
    /// "source: …" line.
    let source: String
    /// Ingest warnings.
    let warnings: [String]
    /// The headline ("VAGUENESS 47.3/100 — FOGGY").
    let headline: String
    /// The sections, in order.
    let sections: [Section]

    // swiftlint:disable:next function_body_length
    init(_ report: PostingReport) {
        let r = report.record
        role = Formatting.roleName(r.role)
        slug = Formatting.slug(role)
        source = "source: \(report.id) (\(report.sourceKind.rawValue), \(report.encoding), body from \(report.bodySource.rawValue))"
        warnings = report.warnings
        let v = report.vagueness
        headline = "VAGUENESS \(Formatting.decimal(v.score))/100 — \(v.band.uppercased())"
        var out: [Section] = []

        var score: [Item] = [.score(label: "Base", points: "+" + Formatting.decimal(v.base))]
        for c in v.components where c.weight > 0 {
            score.append(.score(label: "\(c.label) (\(c.hits) hits, \(Formatting.decimal(c.density, places: 2))/100 words)",
                                points: "+" + Formatting.decimal(c.points)))
        }
        let missing = v.facts.filter { !$0.stated }
        score.append(.score(label: "Missing facts (\(missing.count)\(missing.isEmpty ? "" : ": " + missing.map(\.id).joined(separator: ", ")))",
                            points: "+" + Formatting.decimal(v.missingFactPoints)))
        score.append(.score(label: "Concreteness (\(v.concreteness.total) signals, \(Formatting.decimal(v.concreteness.density, places: 2))/100 words)",
                            points: "−" + Formatting.decimal(v.concreteness.points)))
        score.append(.text("\(v.words) words, \(report.findings.count) findings, \(report.sentences.count) sentences.", .note))
        out.append(Section(number: "", title: headline, items: score))

        out.append(Section(number: "01", title: "THE ORG-CHART ARCHITECTURE", items: [
            .entry(title: "Role", body: r.role),
            r.aliases.isEmpty ? .text("Known aliases / disguises: none found (import a taxonomy with `jdautopsy taxonomy import onet DIR` for alternate titles).", .note)
                : .entry(title: "Known aliases / disguises", body: r.aliases.joined(separator: " · ")),
        ]))

        out.append(Section(number: "02", title: "THE HABITAT (NATURAL RANGE)", items: r.habitats.isEmpty
            ? [.text("The text reveals no particular habitat.", .note)]
            : r.habitats.prefix(3).map { .bullet($0.label, detail: "evidence: " + $0.evidence.map { "“\($0)”" }.joined(separator: ", ")) }))

        let sal = report.salary
        var salary: [Item] = []
        if sal.annualMinimum != nil {
            salary.append(.figure(label: "STATED", value: Formatting.money(sal.annualMinimum, sal.annualMaximum, currency: sal.currency), tone: .plain))
            for f in sal.figures.prefix(3) { salary.append(.text("“\(f.text)”" + (f.position.map { " at \($0)" } ?? ""), .note)) }
            if let s = sal.structured { salary.append(.text("structured data (JSON-LD): \(s.text)", .note)) }
        } else if sal.vagueOnly {
            salary.append(.figure(label: "STATED", value: "no figure — only " + sal.vaguePhrases.map { "“\($0)”" }.joined(separator: ", "), tone: .bad))
        } else {
            salary.append(.figure(label: "STATED", value: "no figure at all", tone: .bad))
        }
        if let c = sal.contradiction { salary.append(.text("Contradiction: " + c, .bad)) }
        salary.append(.figure(label: "MARKET AVERAGE", value: sal.corpusAverage.map { Formatting.thousands($0) } ?? "unknown (no salary corpus loaded)",
                              tone: sal.corpusAverage == nil ? .note : .plain))
        out.append(Section(number: "03", title: "SALARY DELUSION", items: salary))

        let fr = report.flightRisk
        out.append(Section(number: "04", title: "THE FLIGHT RISK", items: [
            .figure(label: "FLIGHT RISK", value: "\(Formatting.decimal(fr.percent))% \(fr.label)", tone: fr.percent > 55 ? .bad : fr.percent > 30 ? .warn : .good),
            .entry(title: "[DIAGNOSIS]", body: fr.diagnosis),
            .text(fr.terms.filter { $0.points > 0 }.map { "\($0.label) +\(Formatting.decimal($0.points))" }.joined(separator: "; "), .note),
        ]))

        out.append(Section(number: "05", title: "THE METRICS", items: r.metrics.isEmpty
            ? [.text("No ritual in the lexicon implies a metric here.", .note)]
            : r.metrics.map { .entry(title: $0.name, body: $0.description) }))
        out.append(Section(number: "06", title: "SIGNATURE WEAPONRY", items: r.weaponry.isEmpty
            ? [.text("No weapons drawn: the posting invokes no tool or ritual the lexicon mocks.", .note)]
            : r.weaponry.map { .entry(title: $0.name, body: $0.description) }))
        out.append(Section(number: "07", title: "SURVIVAL / ENCOUNTER GUIDE", items: [
            .entry(title: "[IF ENGAGED:]", body: r.survivalGuide ?? "Read the posting as written; it says what it means."),
        ]))
        out.append(Section(number: "08", title: "THE JD AUTOPSY: WHAT DO THEY ACTUALLY DO?", items: r.autopsy.isEmpty
            ? [.text("Nothing to translate: no sentence leans on the lexicon's phrases.", .note)]
            : r.autopsy.map { .pair(illusion: $0.illusion, meta: "\($0.position), vagueness \(Formatting.decimal($0.score))", translation: $0.translation) }))
        out.append(Section(number: "09", title: "DAY-IN-THE-LIFE LOG", items: r.dayInTheLife.isEmpty
            ? [.text("The posting lists no duties to build a day from.", .note)]
            : r.dayInTheLife.map { .entry(title: "[\($0.time)] \($0.duty)", body: $0.gloss) }))
        out.append(Section(number: "10", title: "THE BURN WARD", items: r.burnWard.isEmpty
            ? [.text("No complaints on file for what this posting triggers.", .note)]
            : [.text("Composite complaints written by jdautopsy for the categories this posting triggers; not quotes.", .note)]
                + r.burnWard.map { .quote($0) }))
        out.append(Section(number: "11", title: "RELATED SPECIMENS", items: r.related.isEmpty
            ? [.text("None found (no specimen or occupation is close enough, or roles are switched off).", .note)]
            : r.related.map { .entry(title: "SYSTEM MATCH: \($0.match)% — \($0.title)", body: $0.description) }))

        let rd = report.readability
        let q = report.requirements
        var lab: [Item] = [
            .entry(title: "Readability", body: "Flesch reading ease \(Formatting.decimal(rd.fleschReadingEase)), Flesch–Kincaid grade \(Formatting.decimal(rd.fleschKincaidGrade)), Gunning fog \(Formatting.decimal(rd.gunningFog)), SMOG \(Formatting.decimal(rd.smog)), Coleman–Liau \(Formatting.decimal(rd.colemanLiau)), ARI \(Formatting.decimal(rd.automatedReadabilityIndex))"),
        ]
        var req = "\(q.mustHaves) must-haves, \(q.niceToHaves) nice-to-haves"
        if let y = q.minimumYears { req += "; up to \(Formatting.decimal(y))+ years of experience asked" }
        if !q.degrees.isEmpty { req += "; degrees: " + q.degrees.joined(separator: ", ") }
        lab.append(.entry(title: "Requirements", body: req))
        if let m = q.mismatch { lab.append(.text("Seniority mismatch: " + m, .bad)) }
        lab.append(.entry(title: "Facts", body: v.facts.map { ($0.stated ? "✓ " : "✗ ") + $0.label }.joined(separator: "; ")))
        if !v.concreteness.technologies.isEmpty {
            lab.append(.entry(title: "Named tools", body: v.concreteness.technologies.joined(separator: ", ")))
        }
        if !report.categories.isEmpty {
            lab.append(.entry(title: "Findings by category", body: report.categories.map { "\($0.label) \($0.count)" }.joined(separator: ", ")))
        }
        out.append(Section(number: "", title: "LAB RESULTS", items: lab))
        if !report.findings.isEmpty {
            out.append(Section(number: "", title: "FIXES", items: report.findings.map {
                .fix(position: "\($0.start)", severity: $0.severity, text: $0.text, fix: $0.alternatives.first, rule: $0.entryID)
            }))
        }
        sections = out
    }
}
