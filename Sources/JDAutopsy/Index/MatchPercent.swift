/// The "SYSTEM MATCH n%" shown to users, as a documented function of a cosine similarity.
public enum MatchPercent {
    /// `round(100 · √c)` for c clamped to [0, 1].
    ///
    /// TF-IDF cosines of two texts about the same job rarely exceed 0.6 and unrelated ones sit
    /// near 0; the square root spreads that range over the scale (0.04 → 20%, 0.25 → 50%,
    /// 0.49 → 70%, 0.81 → 90%) without changing any order. Identical texts give 100%.
    public static func of(cosine c: Double) -> Int {
        let x = min(1, max(0, c.isNaN ? 0 : c))
        return Int((100 * x.squareRoot()).rounded())
    }
}
