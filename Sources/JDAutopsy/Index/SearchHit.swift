/// One result of a cosine search: a row and its cosine with the query.
public struct SearchHit: Sendable, Equatable {
    /// The row (document) index.
    public var row: Int
    /// The cosine similarity, in [0, 1] for non-negative vectors.
    public var cosine: Double

    /// Creates a hit.
    public init(row: Int, cosine: Double) {
        self.row = row
        self.cosine = cosine
    }

    /// The match percentage shown to users (`MatchPercent.of`).
    public var matchPercent: Int { MatchPercent.of(cosine: cosine) }
}
