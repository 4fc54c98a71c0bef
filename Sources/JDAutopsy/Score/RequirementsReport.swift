/// How much a posting demands: years, must-haves vs nice-to-haves, degrees, and title/body seniority agreement.
public struct RequirementsReport: Sendable, Equatable, Codable {
    /// Every demand for years of experience.
    public var years: [YearsDemand]
    /// The largest minimum demanded, if any.
    public var minimumYears: Double?
    /// List items under must-have headings.
    public var mustHaves: Int
    /// List items under nice-to-have headings (or marked "preferred", "a plus").
    public var niceToHaves: Int
    /// Degree requirements as written, distinct, in order.
    public var degrees: [String]
    /// The seniority level the title implies ("junior", "senior", "lead"…), if any.
    public var titleLevel: String?
    /// Why title and body disagree, when they do.
    public var mismatch: String?
}
