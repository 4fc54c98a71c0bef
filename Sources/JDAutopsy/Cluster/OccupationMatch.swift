/// An occupation ranked for a title (and, when given, a description), with its evidence.
public struct OccupationMatch: Sendable, Equatable, Codable {
    /// The occupation's id (O*NET-SOC code or ESCO URI).
    public var id: String
    /// Its preferred title.
    public var title: String
    /// "onet" or "esco".
    public var source: String
    /// The combined score in [0, 1] (see `TaxonomyIndex.rank`).
    public var score: Double
    /// The best cosine between the cleaned query title and one of the occupation's titles.
    public var titleCosine: Double
    /// The cosine between the query description and the occupation's document, when a description was given.
    public var descriptionCosine: Double?
    /// The occupation title that matched best.
    public var matchedTitle: String?
    /// `MatchPercent.of(cosine: score)`.
    public var match: Int
    /// Index of the occupation in its taxonomy.
    public var occupation: Int
}
