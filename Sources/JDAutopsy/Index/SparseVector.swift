/// A sparse vector: strictly increasing column indices and their values.
public struct SparseVector: Sendable, Equatable {
    /// Column indices, ascending.
    public var indices: [Int32]
    /// The value at each index.
    public var values: [Double]

    /// Creates a vector; `indices` must be ascending and as long as `values`.
    public init(indices: [Int32] = [], values: [Double] = []) {
        self.indices = indices
        self.values = values
    }

    /// The number of stored entries.
    public var count: Int { indices.count }

    /// True when no entry is stored.
    public var isEmpty: Bool { indices.isEmpty }

    /// The value at `column` (0 when absent).
    /// - Complexity: O(log nnz).
    public subscript(column: Int32) -> Double {
        var lo = 0, hi = indices.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if indices[mid] < column { lo = mid + 1 } else { hi = mid }
        }
        return lo < indices.count && indices[lo] == column ? values[lo] : 0
    }

    /// The dot product; the cosine when both vectors are l2-normalised. Sums in column order.
    /// - Complexity: O(nnz(self) + nnz(other)).
    public func dot(_ other: SparseVector) -> Double {
        Self.dot(indices[...], values[...], other.indices[...], other.values[...])
    }

    /// The dot product of two sorted sparse runs (shared by vectors and matrix rows), summed in column order.
    /// - Complexity: O(|a| + |b|).
    @inline(__always)
    static func dot(_ ai: ArraySlice<Int32>, _ av: ArraySlice<Double>, _ bi: ArraySlice<Int32>, _ bv: ArraySlice<Double>) -> Double {
        var i = ai.startIndex, j = bi.startIndex, sum = 0.0
        let di = av.startIndex - ai.startIndex, dj = bv.startIndex - bi.startIndex
        while i < ai.endIndex && j < bi.endIndex {
            let a = ai[i], b = bi[j]
            if a == b {
                sum += av[i + di] * bv[j + dj]
                i += 1
                j += 1
            } else if a < b { i += 1 } else { j += 1 }
        }
        return sum
    }

    /// The Euclidean norm.
    public var norm: Double {
        var s = 0.0
        for v in values { s += v * v }
        return s.squareRoot()
    }

    /// This vector divided by its norm (unchanged when the norm is 0).
    public func normalized() -> SparseVector {
        let n = norm
        guard n > 0 else { return self }
        return SparseVector(indices: indices, values: values.map { $0 / n })
    }
}
