/// The corpus summary (`--summary FILE` as JSON, and as text at the end of a run): counts, the score
/// distribution, the most frequent findings and phrases, the worst and best postings, and with
/// `--cluster` the role families.
public struct CorpusSummary: Sendable, Equatable, Codable {
    /// Schema version of this value.
    public static let currentSchemaVersion = 1

    /// A percentile of the vagueness scores.
    public struct Percentile: Sendable, Equatable, Codable {
        /// 10, 25, 50, 75, 90 or 99.
        public var percentile: Int
        /// The score.
        public var score: Double
    }

    /// One bar of the histogram: scores in [from, to) (the last bar includes 100).
    public struct Bin: Sendable, Equatable, Codable {
        /// Lower bound.
        public var from: Double
        /// Upper bound.
        public var to: Double
        /// Postings in the bar.
        public var count: Int
    }

    /// A lexicon entry's frequency across the corpus.
    public struct FindingCount: Sendable, Equatable, Codable {
        /// The entry id.
        public var entryID: String
        /// Findings in all postings.
        public var count: Int
        /// Postings with at least one.
        public var postings: Int
    }

    /// A phrase's frequency across the corpus.
    public struct PhraseCount: Sendable, Equatable, Codable {
        /// The phrase as matched, lower-cased.
        public var phrase: String
        /// Occurrences.
        public var count: Int
    }

    /// A posting at either end of the distribution.
    public struct Ranked: Sendable, Equatable, Codable {
        /// Its id.
        public var id: String
        /// Its title.
        public var title: String?
        /// Its vagueness.
        public var score: Double
    }

    /// Schema version.
    public var schemaVersion: Int
    /// Records read.
    public var records: Int
    /// Records scored.
    public var scored: Int
    /// Records that failed.
    public var errors: Int
    /// Failures by reason.
    public var errorsByReason: [String: Int]
    /// Mean vagueness (nil when nothing was scored).
    public var meanScore: Double?
    /// Lowest and highest vagueness.
    public var minScore: Double?
    /// Highest vagueness.
    public var maxScore: Double?
    /// Nearest-rank percentiles of vagueness.
    public var percentiles: [Percentile]
    /// Ten bars of width 10 over 0–100.
    public var histogram: [Bin]
    /// The most frequent lexicon entries.
    public var topFindings: [FindingCount]
    /// The most frequent matched phrases.
    public var topPhrases: [PhraseCount]
    /// The vaguest postings, worst first (ties in input order).
    public var worst: [Ranked]
    /// The clearest postings, best first (ties in input order).
    public var best: [Ranked]
    /// When and how the run went (the only part with timestamps); nil outside a run.
    public var run: RunMetadata?
    /// The role families (`batch --cluster`); nil (and absent from the JSON) otherwise.
    public var families: Families? = nil
}
