/// Finds paragraphs shared by many postings (sign-offs, EEO statements, page furniture) so they
/// do not drive similarity: a paragraph is boilerplate when its normalised text (case-folded,
/// white space collapsed) occurs in at least `minimumPostings` postings and in at least
/// `minimumFraction` of them.
public struct BoilerplateDetector: Sendable {
    /// The fewest postings a paragraph must appear in.
    public var minimumPostings: Int
    /// The smallest share of postings a paragraph must appear in.
    public var minimumFraction: Double

    /// Creates a detector (defaults: 3 postings and 2% of the corpus).
    public init(minimumPostings: Int = 3, minimumFraction: Double = 0.02) {
        self.minimumPostings = minimumPostings
        self.minimumFraction = minimumFraction
    }

    /// The boilerplate paragraphs of `documents` (normalised text → number of postings), and
    /// the documents' paragraphs with boilerplate removed.
    /// - Complexity: O(total text).
    public func detect(_ documents: [CorpusDocument]) -> (shared: [String: Int], kept: [[String]]) {
        var counts: [String: Int] = [:]
        let keys = documents.map { $0.paragraphs.map(Self.key) }
        for k in keys { for p in Set(k) { counts[p, default: 0] += 1 } }
        let threshold = max(minimumPostings, Int((minimumFraction * Double(documents.count)).rounded(.up)))
        let shared = counts.filter { $0.value >= threshold && !$0.key.isEmpty }
        let kept = zip(documents, keys).map { d, k in zip(d.paragraphs, k).filter { shared[$0.1] == nil }.map(\.0) }
        return (shared, kept)
    }

    /// Lower case, runs of white space as one space, trimmed.
    static func key(_ paragraph: String) -> String {
        paragraph.lowercasedPhrase()
    }
}
