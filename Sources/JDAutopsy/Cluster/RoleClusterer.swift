/// Groups a corpus into role families. Deterministic: the same corpus gives the same bytes for any thread count.
///
/// Method:
/// 1. Paragraphs shared by many postings are removed (`BoilerplateDetector`).
/// 2. Each posting (cleaned title key + remaining text) becomes a TF-IDF vector fitted on the corpus itself
///    (word 1–2-grams, sublinear tf, smoothed idf, terms in ≥ 2 postings and ≤ 50% of them).
/// 3. A sparse similarity graph joins each posting to its `neighbors` most similar ones with
///    cosine ≥ `edgeFloor` (inverted-index search, exact cosines).
/// 4. Average-link agglomerative clustering on that graph: repeatedly merge the two clusters whose
///    average pairwise cosine is highest (pairs without an edge count as 0), while it is at least
///    `threshold`; ties go to the pair with the smaller cluster ids.
/// 5. Pairs with cosine ≥ `nearDuplicateThreshold` are reported as near-duplicates.
public struct RoleClusterer: Sendable {
    /// The default `threshold`.
    public static let defaultThreshold = 0.2
    /// Merging stops when the best average-link similarity falls below this.
    public var threshold: Double = RoleClusterer.defaultThreshold
    /// Neighbours per posting in the similarity graph.
    public var neighbors: Int = 20
    /// Edges below this cosine are dropped.
    public var edgeFloor: Double = 0.05
    /// Pairs at or above this cosine are near-duplicates.
    public var nearDuplicateThreshold: Double = 0.9
    /// Threads for vectorising and the neighbour search (0: one per processor).
    public var threads: Int = 0
    /// Boilerplate detection settings.
    public var boilerplate = BoilerplateDetector()
    private let lexicon: Lexicon
    private let cleaner: TitleCleaner

    /// Creates a clusterer.
    public init(lexicon: Lexicon, cleaner: TitleCleaner) {
        self.lexicon = lexicon
        self.cleaner = cleaner
    }

    /// A description of the method and its settings, for reports.
    public var method: String {
        "average-link agglomerative clustering of TF-IDF cosines (word 1–2-grams, sublinear tf, smoothed idf, df ≥ 2 and ≤ 50%), "
            + "threshold \(threshold), \(neighbors) neighbours per posting with cosine ≥ \(edgeFloor); boilerplate paragraphs in ≥ "
            + "\(boilerplate.minimumPostings) postings and ≥ \(boilerplate.minimumFraction * 100)% removed; near-duplicates at cosine ≥ \(nearDuplicateThreshold)"
    }

    /// The TF-IDF vectors of `documents` after boilerplate removal, and the boilerplate found.
    public func vectorize(_ documents: [CorpusDocument]) -> (vectors: SparseMatrix<Double>, model: TFIDFModel, boilerplate: [String: Int]) {
        let (shared, kept) = boilerplate.detect(documents)
        // Titles enter cleaned, so gender markers and placeholders such as "(m/f/d)" or "<ORGANIZATION>" add nothing.
        let texts = zip(documents, kept).map { ([cleaner.clean($0.title).key] + $1).joined(separator: "\n") }
        let p = TFIDFParameters(minDocumentFrequency: documents.count >= 20 ? 2 : 1, maxDocumentFraction: documents.count >= 20 ? 0.5 : 1,
                                stopWords: lexicon.stopwords)
        let corpus = TFIDFVectorizer(parameters: p, textRules: lexicon.textRules).count(texts, threads: threads)
        let model = corpus.model
        return (corpus.vectors(model), model, shared)
    }

    /// Clusters `documents`.
    /// - Complexity: O(n · neighbours · log) for the merges after the neighbour searches.
    public func cluster(_ documents: [CorpusDocument]) -> ClusterReport {
        let (vectors, model, shared) = vectorize(documents)
        let index = CosineIndex(rows: vectors)
        let k = neighbors, floor = edgeFloor
        let lists = Parallel.map(documents.count, threads: threads > 0 ? threads : Parallel.defaultThreads) { r in
            index.neighbors(ofRow: r, k: k, minimum: floor)
        }
        var edges: [Int: [Int: Double]] = [:]
        for (r, hits) in lists.enumerated() {
            for h in hits {
                edges[r, default: [:]][h.row] = h.cosine
                edges[h.row, default: [:]][r] = h.cosine
            }
        }
        var duplicates: [NearDuplicate] = []
        for a in edges.keys.sorted() {
            for (b, c) in edges[a]!.sorted(by: { $0.key < $1.key }) where b > a && c >= nearDuplicateThreshold {
                duplicates.append(NearDuplicate(first: documents[a].id, second: documents[b].id, cosine: c))
            }
        }
        let groups = averageLink(count: documents.count, edges: edges)
        var clusters: [RoleCluster] = []
        var singletons: [String] = []
        for g in groups {
            if g.count == 1 { singletons.append(documents[g[0]].id); continue }
            clusters.append(describe(g, documents: documents, vectors: vectors, model: model))
        }
        for i in clusters.indices { clusters[i].number = i + 1 }
        let boiler = shared.map { BoilerplateParagraph(text: $0.key, postings: $0.value) }
            .sorted { $0.postings != $1.postings ? $0.postings > $1.postings : $0.text < $1.text }
        return ClusterReport(schemaVersion: 1, method: method, postings: documents.count, clusters: clusters, singletons: singletons,
                             nearDuplicates: duplicates, boilerplate: boiler)
    }

    /// Average-link merging on the sparse graph; groups sorted by size (desc) then first member.
    func averageLink(count n: Int, edges: [Int: [Int: Double]]) -> [[Int]] {
        var members = (0..<n).map { [$0] }
        var sums = (0..<n).map { edges[$0] ?? [:] }
        var version = [Int](repeating: 0, count: n)
        var alive = [Bool](repeating: true, count: n)
        typealias Candidate = (avg: Double, a: Int, b: Int, va: Int, vb: Int)
        var heap = BinaryHeap<Candidate> { x, y in
            x.avg != y.avg ? x.avg > y.avg : (x.a != y.a ? x.a < y.a : x.b < y.b)
        }
        for a in 0..<n { for (b, s) in sums[a] where a < b && s >= threshold { heap.push((s, a, b, 0, 0)) } }
        while let c = heap.pop() {
            guard alive[c.a], alive[c.b], version[c.a] == c.va, version[c.b] == c.vb else { continue }
            // Merge b into a (a < b keeps the smaller id).
            let (a, b) = (c.a, c.b)
            members[a] += members[b]
            members[b] = []
            alive[b] = false
            version[a] += 1
            var merged = sums[a]
            merged[b] = nil
            for (x, s) in sums[b] where x != a { merged[x, default: 0] += s }
            sums[b] = [:]
            sums[a] = merged
            for (x, s) in merged {
                sums[x][b] = nil
                sums[x][a] = s
                let avg = s / Double(members[a].count * members[x].count)
                if avg >= threshold { heap.push((avg, min(a, x), max(a, x), version[min(a, x)], version[max(a, x)])) }
            }
        }
        return (0..<n).filter { alive[$0] }.map { members[$0].sorted() }
            .sorted { $0.count != $1.count ? $0.count > $1.count : $0[0] < $1[0] }
    }

    /// Names a family by its members' cleaned titles of at most six words: most frequent first, then
    /// closest to the centroid; without such titles, by the centroid's three heaviest terms.
    private func describe(_ group: [Int], documents: [CorpusDocument], vectors: SparseMatrix<Double>, model: TFIDFModel) -> RoleCluster {
        var centroid: [Int32: Double] = [:]
        for r in group { for e in vectors.range(ofRow: r) { centroid[vectors.columns[e], default: 0] += vectors.values[e] } }
        let cols = centroid.keys.sorted()
        let cv = SparseVector(indices: cols, values: cols.map { centroid[$0]! })
        let m = Double(group.count)
        let cohesion = (cv.dot(cv) - m) / (m * (m - 1))
        var byKey: [String: (display: String, count: Int, sim: Double)] = [:]
        for r in group {
            let t = cleaner.clean(documents[r].title).display
            guard !t.isEmpty, t.split(separator: " ").count <= 6 else { continue }
            let key = t.lowercased()
            let sim = vectors.dot(row: r, cv)
            if let e = byKey[key] {
                byKey[key] = (e.display, e.count + 1, max(e.sim, sim))
            } else {
                byKey[key] = (t, 1, sim)
            }
        }
        let ranked = byKey.values.sorted {
            $0.count != $1.count ? $0.count > $1.count : ($0.sim != $1.sim ? $0.sim > $1.sim : $0.display < $1.display)
        }.map(\.display)
        let heaviest = cv.indices.indices.sorted { cv.values[$0] != cv.values[$1] ? cv.values[$0] > cv.values[$1] : $0 < $1 }.prefix(3)
        let fallback = heaviest.map { model.term(ofColumn: Int(cv.indices[$0])) }.joined(separator: " · ")
        return RoleCluster(number: 0, name: ranked.first ?? "(\(fallback))", representativeTitles: Array(ranked.prefix(3)), aliases: ranked,
                           members: group.map { documents[$0].id }, cohesion: (cohesion * 1e6).rounded() / 1e6)
    }
}
