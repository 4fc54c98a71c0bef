/// The library's version.
public enum JDAutopsyVersion {
    /// Semantic version of this build.
    public static let current = "0.1.0"
}
