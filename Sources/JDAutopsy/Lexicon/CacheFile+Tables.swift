/// Interning tables, sparse matrices and doubles in the cache format, shared by the lexicon and the
/// specimen caches. Reads check every index against its bounds and throw `Truncated` when one is off.
extension CacheFileWriter {
    mutating func byteTable(_ t: ByteTable) {
        raw(t.arena)
        raw(t.starts)
        raw(t.lengths)
        raw(t.slots)
        raw(t.hashes)
    }

    mutating func doubles(_ a: [Double]) { raw(a.map(\.bitPattern)) }

    mutating func matrix(_ m: SparseMatrix<Double>) {
        u64(UInt64(m.columnCount))
        raw(m.rowStarts)
        raw(m.columns)
        doubles(m.values)
    }
}

extension CacheFileReader {
    mutating func byteTable() throws -> ByteTable {
        guard let t = ByteTable(arena: try raw(UInt8.self), starts: try raw(Int32.self), lengths: try raw(Int32.self),
                                slots: try raw(Int32.self), hashes: try raw(UInt64.self)) else { throw Truncated() }
        return t
    }

    /// True when each value is at most the next.
    /// - Complexity: O(n).
    static func isNondecreasing(_ a: [Int]) -> Bool {
        a.withUnsafeBufferPointer { p in
            var i = 1
            while i < p.count, p[i - 1] <= p[i] { i += 1 }
            return i >= p.count
        }
    }

    mutating func doubles() throws -> [Double] { try raw(UInt64.self).map(Double.init(bitPattern:)) }

    /// A matrix whose rows are well formed and whose columns are all below its column count.
    mutating func matrix() throws -> SparseMatrix<Double> {
        let columnCount = Int(try u64())
        let rowStarts = try raw(Int.self), columns = try raw(Int32.self), values = try doubles()
        guard rowStarts.first == 0, rowStarts.last == columns.count, columns.count == values.count, Self.isNondecreasing(rowStarts),
              columns.allSatisfy({ $0 >= 0 && Int($0) < columnCount }) else { throw Truncated() }
        return SparseMatrix(rowStarts: rowStarts, columns: columns, values: values, columnCount: columnCount)
    }
}
