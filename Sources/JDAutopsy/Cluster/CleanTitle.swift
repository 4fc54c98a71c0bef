/// A job title after cleaning: what to show, what to match on, and what was removed.
public struct CleanTitle: Sendable, Equatable, Codable {
    /// The title as given.
    public var original: String
    /// The role words of the main segment in their original spelling ("Data Ninja"); empty when none remain.
    public var display: String
    /// Lower-case words for matching: abbreviations expanded, side segments' role words appended
    /// ("data ninja", "software engineer java"); empty when none remain.
    public var key: String
    /// What was taken out, in order ("Sr.", "II", "(m/f/d)").
    public var removed: [String]
}
