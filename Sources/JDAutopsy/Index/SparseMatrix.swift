/// A sparse matrix in compressed sparse row (CSR) form.
///
/// Row r's entries are `columns[rowStarts[r]..<rowStarts[r+1]]` (ascending) with their `values`.
public struct SparseMatrix<Scalar: Sendable & Equatable>: Sendable, Equatable {
    /// Row r occupies `rowStarts[r]..<rowStarts[r + 1]`; `rowStarts.count == rowCount + 1`.
    public var rowStarts: [Int]
    /// Column index of each entry, ascending within a row.
    public var columns: [Int32]
    /// Value of each entry.
    public var values: [Scalar]
    /// The number of columns.
    public var columnCount: Int

    /// Creates an empty matrix with `columnCount` columns.
    public init(columnCount: Int) {
        rowStarts = [0]
        columns = []
        values = []
        self.columnCount = columnCount
    }

    /// Creates a matrix from its arrays (no validation).
    init(rowStarts: [Int], columns: [Int32], values: [Scalar], columnCount: Int) {
        self.rowStarts = rowStarts
        self.columns = columns
        self.values = values
        self.columnCount = columnCount
    }

    /// The number of rows.
    public var rowCount: Int { rowStarts.count - 1 }

    /// The number of stored entries.
    public var entryCount: Int { columns.count }

    /// The entry range of row `r`.
    @inline(__always)
    public func range(ofRow r: Int) -> Range<Int> { rowStarts[r]..<rowStarts[r + 1] }

    /// Appends a row; `columns` must be ascending.
    public mutating func appendRow<C: Collection, V: Collection>(columns cs: C, values vs: V) where C.Element == Int32, V.Element == Scalar {
        columns.append(contentsOf: cs)
        values.append(contentsOf: vs)
        rowStarts.append(columns.count)
    }

    /// Appends every row of `other` (same column count).
    public mutating func append(rowsOf other: SparseMatrix) {
        let base = columns.count
        columns.append(contentsOf: other.columns)
        values.append(contentsOf: other.values)
        rowStarts.append(contentsOf: other.rowStarts.dropFirst().map { $0 + base })
    }
}

extension SparseMatrix where Scalar == Double {
    /// Row `r` as a sparse vector.
    public func row(_ r: Int) -> SparseVector {
        let range = range(ofRow: r)
        return SparseVector(indices: Array(columns[range]), values: Array(values[range]))
    }

    /// The dot product of row `r` with `v`.
    /// - Complexity: O(nnz(row) + nnz(v)).
    public func dot(row r: Int, _ v: SparseVector) -> Double {
        let range = range(ofRow: r)
        return SparseVector.dot(columns[range], values[range], v.indices[...], v.values[...])
    }

    /// The dot product of rows `a` and `b`.
    /// - Complexity: O(nnz(a) + nnz(b)).
    public func dot(row a: Int, row b: Int) -> Double {
        let ra = range(ofRow: a), rb = range(ofRow: b)
        return SparseVector.dot(columns[ra], values[ra], columns[rb], values[rb])
    }
}
