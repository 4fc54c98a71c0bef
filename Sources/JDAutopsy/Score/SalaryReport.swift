/// What a posting says about pay: figures in the text and in structured data, vague promises, contradictions.
public struct SalaryReport: Sendable, Equatable, Codable {
    /// Figures found in the text.
    public var figures: [SalaryFigure]
    /// `baseSalary` from JSON-LD, with its yearly equivalent.
    public var structured: SalaryFigure?
    /// The yearly range the report uses (structured data first, else the first text figure).
    public var annualMinimum: Double?
    /// Upper bound of that range.
    public var annualMaximum: Double?
    /// Its currency.
    public var currency: String?
    /// Vague pay phrases as written ("competitive salary", "DOE").
    public var vaguePhrases: [String]
    /// True when pay is only promised in vague terms, with no figure.
    public var vagueOnly: Bool
    /// How structured data and text disagree, when they do.
    public var contradiction: String?
    /// The average yearly pay of similar roles in a loaded corpus, when known.
    public var corpusAverage: Double?
}
