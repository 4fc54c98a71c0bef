import Foundation

/// A list of distinct terms (UTF-8 byte strings) in one arena, sorted by bytes.
public struct TermList: Sendable, Equatable {
    /// All terms' bytes, back to back.
    var arena: [UInt8]
    /// Term i is `arena[offsets[i]..<offsets[i + 1]]`.
    var offsets: [Int]

    /// Creates an empty list.
    public init() {
        arena = []
        offsets = [0]
    }

    /// Creates a list from its arrays (sortedness is the caller's promise).
    init(arena: [UInt8], offsets: [Int]) {
        self.arena = arena
        self.offsets = offsets
    }

    /// The number of terms.
    public var count: Int { offsets.count - 1 }

    /// The bytes of term `i`.
    @inline(__always)
    func bytes(_ i: Int) -> ArraySlice<UInt8> { arena[offsets[i]..<offsets[i + 1]] }

    /// The text of term `i`.
    public func term(_ i: Int) -> String { String(decoding: bytes(i), as: UTF8.self) }

    /// Appends a term (it must sort after the last one).
    mutating func append<C: Collection>(_ term: C) where C.Element == UInt8 {
        arena.append(contentsOf: term)
        offsets.append(arena.count)
    }

    /// The index of `term`, or nil.
    /// - Complexity: O(log n · |term|).
    public func index(of term: String) -> Int? {
        let key = Array(term.utf8)
        var lo = 0, hi = count
        while lo < hi {
            let mid = (lo + hi) / 2
            if bytes(mid).lexicographicallyPrecedes(key) { lo = mid + 1 } else { hi = mid }
        }
        return lo < count && bytes(lo).elementsEqual(key) ? lo : nil
    }

    /// Three-way byte comparison of `a[i]` and `b[j]` (negative, zero, positive), by memcmp.
    /// - Complexity: O(min length).
    @inline(__always)
    static func compare(_ a: UnsafeBufferPointer<UInt8>, _ aLo: Int, _ aHi: Int,
                        _ b: UnsafeBufferPointer<UInt8>, _ bLo: Int, _ bHi: Int) -> Int {
        let n = min(aHi - aLo, bHi - bLo)
        if n > 0, let pa = a.baseAddress, let pb = b.baseAddress {
            let c = memcmp(pa + aLo, pb + bLo, n)
            if c != 0 { return Int(c) }
        }
        return (aHi - aLo) - (bHi - bLo)
    }

    /// The permutation that sorts terms given as `arena[offsets[i]..<offsets[i + 1]]` by bytes.
    /// - Complexity: O(n log n) comparisons, each a memcmp.
    static func sortedOrder(arena: [UInt8], offsets: [Int]) -> [Int32] {
        var ids = Array(0..<Int32(offsets.count - 1))
        arena.withUnsafeBufferPointer { a in
            offsets.withUnsafeBufferPointer { o in
                ids.sort { x, y in
                    compare(a, o[Int(x)], o[Int(x) + 1], a, o[Int(y)], o[Int(y) + 1]) < 0
                }
            }
        }
        return ids
    }

    /// True when every term sorts strictly after the one before it.
    var isStrictlySorted: Bool {
        guard count > 1 else { return true }
        for i in 1..<count where !bytes(i - 1).lexicographicallyPrecedes(bytes(i)) { return false }
        return true
    }
}
