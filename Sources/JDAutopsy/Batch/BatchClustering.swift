/// What `batch --cluster` adds to the corpus summary: the role families of the scored postings,
/// found by `RoleClusterer` on a deterministic sample of at most `sampleSize` of them (see
/// `CorpusSummary.Families`).
public struct BatchClustering: Sendable {
    /// The default `sampleSize`. Measured on SkillSpan postings (release, 2 cores): clustering n of
    /// them costs ≈ 25 KB and ≈ 1.5 ms per posting, so 4,000 add ≈ 100 MB and ≈ 6 s, keeping a batch's
    /// peak near 140 MB with room for longer postings under the 200 MB bound; 5,000 would reach 165 MB.
    public static let defaultSampleSize = 4000

    /// The clusterer, with its thresholds.
    public var clusterer: RoleClusterer
    /// The most postings clustered (≥ 2); a larger corpus is sampled by a hash of the record ids.
    public var sampleSize: Int

    /// Creates the settings.
    public init(clusterer: RoleClusterer, sampleSize: Int = BatchClustering.defaultSampleSize) {
        self.clusterer = clusterer
        self.sampleSize = sampleSize
    }

    /// How the sample is drawn, for the summary.
    var sampling: String {
        "the \(sampleSize) scored postings whose ids have the smallest hash (FNV-1a 64 of the UTF-8 bytes, then MurmurHash3 fmix64; ties by input order), clustered in input order"
    }
}
