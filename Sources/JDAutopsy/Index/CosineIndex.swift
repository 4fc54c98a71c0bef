/// Cosine top-k search over l2-normalised rows, by an inverted index (column → rows).
///
/// A query touches only the rows that share a term with it: scores accumulate in `Float` over
/// the posting lists of the query's columns, the best candidates (k · 4 + 16) are then re-scored
/// exactly in `Double` from the rows, and ties are broken by row index, so results are exact
/// and deterministic. Immutable and `Sendable`: searches may run concurrently.
public struct CosineIndex: Sendable {
    /// The rows searched (l2-normalised).
    public let rows: SparseMatrix<Double>
    /// Postings of column c: `postingRows[postingStarts[c]..<postingStarts[c + 1]]`.
    private let postingStarts: [Int]
    private let postingRows: [Int32]
    private let postingWeights: [Float]
    /// The postings' weights as they are in `rows`, kept when built with `exactCosines` (see `cosines(_:)`).
    private let postingValues: [Double]?

    /// Builds the inverted index of `rows`; with `exactCosines` it also keeps the weights in `Double`
    /// for `cosines(_:)` (8 more bytes an entry).
    /// - Complexity: O(entries + columns).
    public init(rows: SparseMatrix<Double>, exactCosines: Bool = false) {
        self.rows = rows
        var starts = [Int](repeating: 0, count: rows.columnCount + 1)
        for c in rows.columns { starts[Int(c) + 1] += 1 }
        for c in 0..<rows.columnCount { starts[c + 1] += starts[c] }
        var fill = starts
        var postRows = [Int32](repeating: 0, count: rows.entryCount)
        var postWeights = [Float](repeating: 0, count: rows.entryCount)
        var postValues = [Double](repeating: 0, count: exactCosines ? rows.entryCount : 0)
        for r in 0..<rows.rowCount {
            for e in rows.range(ofRow: r) {
                let c = Int(rows.columns[e])
                postRows[fill[c]] = Int32(r)
                postWeights[fill[c]] = Float(rows.values[e])
                if exactCosines { postValues[fill[c]] = rows.values[e] }
                fill[c] += 1
            }
        }
        postingStarts = starts
        postingRows = postRows
        postingWeights = postWeights
        postingValues = exactCosines ? postValues : nil
    }

    /// Every row's dot product with `query`, bit for bit what `rows.dot(row:_:)` gives: the
    /// products are summed per row in increasing column order, as the merge there sums them. From the
    /// `Double` postings when the index keeps them, else row by row.
    /// - Complexity: O(Σ posting lengths of the query's columns + rows) with exact postings.
    public func cosines(_ query: SparseVector) -> [Double] {
        guard let exact = postingValues else { return (0..<rows.rowCount).map { rows.dot(row: $0, query) } }
        var scores = [Double](repeating: 0, count: rows.rowCount)
        scores.withUnsafeMutableBufferPointer { scores in
            exact.withUnsafeBufferPointer { exact in
                postingRows.withUnsafeBufferPointer { postingRows in
                    for (c, w) in zip(query.indices, query.values) where Int(c) < rows.columnCount {
                        for p in postingStarts[Int(c)]..<postingStarts[Int(c) + 1] { scores[Int(postingRows[p])] += exact[p] * w }
                    }
                }
            }
        }
        return scores
    }

    /// The number of rows.
    public var count: Int { rows.rowCount }

    /// The `k` rows most similar to `query` with cosine ≥ `minimum`, best first (ties: lower row first),
    /// skipping rows for which `exclude` is true.
    /// - Complexity: O(Σ posting lengths of the query's columns + c log c) for c candidates.
    public func search(_ query: SparseVector, k: Int, minimum: Double = 1e-12,
                       exclude: (Int) -> Bool = { _ in false }) -> [SearchHit] {
        guard k > 0, !query.isEmpty, rows.rowCount > 0 else { return [] }
        var scores = [Float](repeating: 0, count: rows.rowCount)
        var touched: [Int32] = []
        for (c, w) in zip(query.indices, query.values) where Int(c) < rows.columnCount {
            let qw = Float(w)
            for p in postingStarts[Int(c)]..<postingStarts[Int(c) + 1] {
                let r = Int(postingRows[p])
                if scores[r] == 0 { touched.append(Int32(r)) }
                scores[r] += qw * postingWeights[p]
            }
        }
        // Keep the best candidates by the approximate score, then re-score them exactly.
        let want = k * 4 + 16
        var pool = touched.filter { !exclude(Int($0)) }
        let candidates: [Int32]
        if pool.count <= want {
            candidates = pool
        } else {
            // Select the `want` best by approximate score in O(n): find the want-th largest score,
            // keep everything above it and, at that score, the lowest rows.
            var values = pool.map { scores[Int($0)] }
            let cut = Self.select(&values, rank: want - 1)
            pool.sort()
            var above = pool.filter { scores[Int($0)] > cut }
            for r in pool where above.count < want && scores[Int(r)] == cut { above.append(r) }
            candidates = above
        }
        var hits = candidates.map { SearchHit(row: Int($0), cosine: rows.dot(row: Int($0), query)) }
        hits.removeAll { $0.cosine < minimum }
        hits.sort { $0.cosine != $1.cosine ? $0.cosine > $1.cosine : $0.row < $1.row }
        return Array(hits.prefix(k))
    }

    /// The value that would sit at `rank` (0 = largest) if `values` were sorted in descending order.
    /// Reorders `values` (Hoare quickselect with a middle pivot; deterministic).
    /// - Complexity: O(n) expected.
    static func select(_ values: inout [Float], rank: Int) -> Float {
        var lo = 0, hi = values.count - 1
        while lo < hi {
            let pivot = values[(lo + hi) / 2]
            var i = lo, j = hi
            while i <= j {
                while values[i] > pivot { i += 1 }
                while values[j] < pivot { j -= 1 }
                if i <= j { values.swapAt(i, j); i += 1; j -= 1 }
            }
            if rank <= j { hi = j } else if rank >= i { lo = i } else { return values[rank] }
        }
        return values[rank]
    }

    /// The `k` rows most similar to row `r` (excluding `r` itself).
    public func neighbors(ofRow r: Int, k: Int, minimum: Double = 1e-12) -> [SearchHit] {
        search(rows.row(r), k: k, minimum: minimum) { $0 == r }
    }
}
