/// What the corpus summary needs of one record, small enough to rebuild from any results file.
public struct RecordDigest: Sendable, Equatable {
    /// The record's id.
    public var id: String
    /// The title, if found.
    public var title: String?
    /// Vagueness 0–100 (nil for a failed record).
    public var score: Double?
    /// The failure reason (nil for a scored record).
    public var failureReason: String?
    /// Lexicon entry ids of the findings, in posting order.
    public var entryIDs: [String]
    /// The matched phrases, lower-cased, in posting order.
    public var phrases: [String]

    /// Creates a digest.
    public init(id: String, title: String?, score: Double?, failureReason: String?, entryIDs: [String], phrases: [String]) {
        self.id = id
        self.title = title
        self.score = score
        self.failureReason = failureReason
        self.entryIDs = entryIDs
        self.phrases = phrases
    }

    /// The digest of a report.
    init(_ report: PostingReport) {
        self.init(id: report.id, title: report.title, score: report.vagueness.score, failureReason: nil,
                  entryIDs: report.findings.map(\.entryID), phrases: report.findings.map { Self.phrase($0.text) })
    }

    /// A finding's text as counted across the corpus: lower case, white space collapsed.
    static func phrase(_ text: String) -> String { text.lowercasedPhrase() }
}
