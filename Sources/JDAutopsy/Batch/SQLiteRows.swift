/// One record's rows for `SQLiteResultSink`, made on the worker that scored it, so the single writer
/// thread only binds values (and the report is freed where it was built). Texts are copied into one
/// byte arena that SQLite reads in place.
struct SQLiteRows: Sendable {
    /// Values per `postings` row.
    static let postingColumns = 21
    /// Values per `findings` row.
    static let findingColumns = 11
    /// Values per `sentences` row.
    static let sentenceColumns = 8

    /// The `postings` row.
    private(set) var posting: [SQLiteBinding] = []
    /// The `findings` rows, one after another, in finding order.
    private(set) var findings: [SQLiteBinding] = []
    /// The `sentences` rows, one after another, in sentence order.
    private(set) var sentences: [SQLiteBinding] = []
    /// The UTF-8 bytes of every text value.
    private(set) var arena: [UInt8] = []

    /// The rows of a scored record.
    /// - Complexity: O(findings + sentences + their text).
    init(ordinal: Int, report r: PostingReport, digest d: RecordDigest) {
        arena.reserveCapacity(4_096)
        posting = [
            .integer(ordinal), text(r.id), text("scored"), .null, .null, text(r.title), text(r.sourceKind.rawValue),
            .real(r.vagueness.score), text(r.vagueness.band), .integer(r.vagueness.words), .integer(r.findings.count),
            .integer(r.sentences.count), text(r.categories.first?.category), .real(r.flightRisk.percent),
            .real(r.salary.annualMinimum), .real(r.salary.annualMaximum), text(r.salary.currency),
            .integer(r.requirements.mustHaves), .integer(r.requirements.niceToHaves), .real(r.requirements.minimumYears),
            .real(r.readability.fleschReadingEase),
        ]
        findings.reserveCapacity(r.findings.count * Self.findingColumns)
        for (k, f) in r.findings.enumerated() {
            findings += [
                .integer(ordinal), .integer(k), text(f.entryID), text(f.category), text(f.severity.rawValue),
                text(k < d.phrases.count ? d.phrases[k] : RecordDigest.phrase(f.text)), text(f.text), .integer(f.start.line),
                .integer(f.start.column), .integer(f.sentence), .real(f.weight),
            ]
        }
        sentences.reserveCapacity(r.sentences.count * Self.sentenceColumns)
        for s in r.sentences {
            sentences += [
                .integer(ordinal), .integer(s.index), .integer(s.block), .integer(s.position.line),
                .integer(s.position.column), text(s.text), .real(s.score), .integer(s.findings),
            ]
        }
    }

    /// The `postings` row of a failed record: id, reason and message, the figures null.
    init(ordinal: Int, digest d: RecordDigest, failure: BatchFailure?) {
        posting = [.integer(ordinal), text(d.id), text("error"), text(d.failureReason ?? "unknown"), text(failure?.description)]
            + Array(repeating: .null, count: Self.postingColumns - 5)
    }

    /// `s` appended to the arena, or NULL.
    private mutating func text(_ s: String?) -> SQLiteBinding {
        s.map { .text($0, in: &arena) } ?? .null
    }
}
