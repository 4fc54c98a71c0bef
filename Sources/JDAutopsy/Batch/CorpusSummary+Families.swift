extension CorpusSummary {
    /// The role families of a batch run (`batch --cluster`): `RoleClusterer`'s families of the scored
    /// postings, or of a deterministic sample of them when there are more than the sample size.
    public struct Families: Sendable, Equatable, Codable {
        /// Postings clustered.
        public var clustered: Int
        /// Scored postings the clustered ones were drawn from.
        public var scored: Int
        /// True when only a sample was clustered (`scored` above the sample size).
        public var sampled: Bool
        /// How the sample is drawn.
        public var sampling: String
        /// How the families were made (method and thresholds), as `jdautopsy cluster` reports it.
        public var method: String
        /// Families of two or more postings, largest first.
        public var clusters: [Family]
        /// Clustered postings that joined no family.
        public var unclustered: Int
        /// Pairs of near-identical postings among those clustered.
        public var nearDuplicates: Int
    }

    /// One role family: postings that are the same role under different names.
    public struct Family: Sendable, Equatable, Codable {
        /// 1-based number, by size then first member.
        public var number: Int
        /// The most representative cleaned title.
        public var name: String
        /// Members.
        public var size: Int
        /// Every distinct cleaned title of the members, most frequent first.
        public var aliases: [String]
        /// Member record ids, in input order.
        public var members: [String]
        /// Average pairwise cosine of the members.
        public var cohesion: Double
    }
}

extension CorpusSummary.Families {
    /// The families of `report`, clustered from `scored` postings with `settings`.
    init(_ report: ClusterReport, scored: Int, settings: BatchClustering) {
        self.init(clustered: report.postings, scored: scored, sampled: scored > settings.sampleSize, sampling: settings.sampling,
                  method: report.method, clusters: report.clusters.map(CorpusSummary.Family.init), unclustered: report.singletons.count,
                  nearDuplicates: report.nearDuplicates.count)
    }
}

extension CorpusSummary.Family {
    /// The summary's view of a cluster.
    init(_ c: RoleCluster) {
        self.init(number: c.number, name: c.name, size: c.members.count, aliases: c.aliases, members: c.members, cohesion: c.cohesion)
    }
}
