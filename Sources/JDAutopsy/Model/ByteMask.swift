/// Eight bytes at a time ("SWAR"): the byte scans of ingest load a `UInt64` and ask which of its
/// bytes match, as a mask with 0x80 in each matching byte (exact: no carry or borrow crosses bytes).
enum ByteMask {
    /// The top bit of every byte.
    static let high: UInt64 = 0x8080_8080_8080_8080

    /// The eight bytes at `p` (any alignment), first byte lowest.
    @inline(__always)
    static func load(_ p: UnsafePointer<UInt8>) -> UInt64 {
        UInt64(littleEndian: UnsafeRawPointer(p).loadUnaligned(as: UInt64.self))
    }

    /// `b` in every byte.
    @inline(__always)
    static func splat(_ b: UInt8) -> UInt64 { UInt64(b) &* 0x0101_0101_0101_0101 }

    /// The bytes of `x` that are zero.
    @inline(__always)
    static func zero(_ x: UInt64) -> UInt64 {
        ~(((x & 0x7F7F_7F7F_7F7F_7F7F) &+ 0x7F7F_7F7F_7F7F_7F7F) | x | 0x7F7F_7F7F_7F7F_7F7F)
    }

    /// The bytes of `x` equal to `b`.
    @inline(__always)
    static func equal(_ x: UInt64, _ b: UInt8) -> UInt64 { zero(x ^ splat(b)) }

    /// The bytes of `x` below `n` (1…128): setting each byte's top bit first means no borrow.
    @inline(__always)
    static func below(_ x: UInt64, _ n: UInt8) -> UInt64 {
        ~((x | high) &- splat(n)) & ~x & high
    }

    /// The bytes of `x` that are UTF-8 continuation bytes (10xxxxxx).
    @inline(__always)
    static func continuation(_ x: UInt64) -> UInt64 { x & ~(x &<< 1) & high }

    /// The index (0…7) of the first byte set in a non-zero `mask`.
    @inline(__always)
    static func first(_ mask: UInt64) -> Int { mask.trailingZeroBitCount >> 3 }
}
