import Foundation

/// The CSV results file: one row per input with a posting's headline figures, or its error.
///
/// `finding_ids` lists the findings' lexicon entry ids separated by spaces and `phrases` the matched
/// phrases separated by "; ", both in posting order, so the corpus summary can be rebuilt on `--resume`.
enum CSVHeadline {
    /// The header row's column names.
    static let columns = [
        "id", "status", "error_reason", "error_message", "title", "source_kind", "vagueness", "band", "words", "findings",
        "sentences", "top_category", "flight_risk", "salary_min", "salary_max", "salary_currency", "must_haves",
        "nice_to_haves", "min_years", "reading_ease", "finding_ids", "phrases",
    ]

    /// The header line.
    static var header: String { CSVField.row(columns) }

    /// The row of a scored posting; `digest` is `RecordDigest(r)` (its phrases are reused).
    static func row(_ r: PostingReport, digest: RecordDigest) -> String {
        func num(_ d: Double?) -> String { d.map { String($0) } ?? "" }
        return CSVField.row([
            r.id, "scored", "", "", r.title ?? "", r.sourceKind.rawValue, num(r.vagueness.score), r.vagueness.band,
            String(r.vagueness.words), String(r.findings.count), String(r.sentences.count), r.categories.first?.category ?? "",
            num(r.flightRisk.percent), num(r.salary.annualMinimum), num(r.salary.annualMaximum), r.salary.currency ?? "",
            String(r.requirements.mustHaves), String(r.requirements.niceToHaves), num(r.requirements.minimumYears),
            num(r.readability.fleschReadingEase), digest.entryIDs.joined(separator: " "), digest.phrases.joined(separator: "; "),
        ])
    }

    /// The row of a record that failed.
    static func row(id: String, failure: BatchFailure) -> String {
        var fields = Array(repeating: "", count: columns.count)
        fields[0] = id
        fields[1] = "error"
        fields[2] = failure.reason
        fields[3] = failure.description
        return CSVField.row(fields)
    }

    /// The digest of a row read back from a results file (for `--resume`), or nil when it is not one.
    static func digest(_ fields: [String]) -> RecordDigest? {
        guard fields.count == columns.count, ["scored", "error"].contains(fields[1]) else { return nil }
        if fields[1] == "error" {
            return RecordDigest(id: fields[0], title: nil, score: nil, failureReason: fields[2], entryIDs: [], phrases: [])
        }
        return RecordDigest(id: fields[0], title: fields[4].isEmpty ? nil : fields[4], score: Double(fields[6]), failureReason: nil,
                            entryIDs: fields[20].split(separator: " ").map(String.init),
                            phrases: fields[21].isEmpty ? [] : fields[21].components(separatedBy: "; "))
    }
}
