/// FNV-1a, 64 bits, fed a byte sequence at a time: the one hash behind the index checksum, the cache
/// keys, stable picks and the cluster sample. Its values are stored in files, so it never changes.
struct FNV1a {
    /// The standard offset basis.
    static let offsetBasis: UInt64 = 0xcbf29ce484222325

    /// The hash so far.
    private(set) var value: UInt64

    /// Starts from `basis` (the offset basis, or a basis mixed with a seed).
    init(basis: UInt64 = FNV1a.offsetBasis) {
        value = basis
    }

    /// Adds `bytes`.
    /// - Complexity: O(n).
    mutating func add<S: Sequence>(_ bytes: S) where S.Element == UInt8 {
        for b in bytes { value = (value ^ UInt64(b)) &* 0x100000001b3 }
    }

    /// The hash of `bytes` from the offset basis.
    static func hash<S: Sequence>(_ bytes: S) -> UInt64 where S.Element == UInt8 {
        var h = FNV1a()
        h.add(bytes)
        return h.value
    }
}
