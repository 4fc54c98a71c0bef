/// Appends little-endian values to a byte buffer (the compiled-lexicon cache format).
struct CacheFileWriter {
    /// The bytes written so far.
    private(set) var bytes: [UInt8] = []

    mutating func u8(_ v: UInt8) { bytes.append(v) }
    /// Appends what `other` wrote.
    mutating func append(_ other: CacheFileWriter) { bytes += other.bytes }
    mutating func u32(_ v: UInt32) { withUnsafeBytes(of: v.littleEndian) { bytes.append(contentsOf: $0) } }
    mutating func u64(_ v: UInt64) { withUnsafeBytes(of: v.littleEndian) { bytes.append(contentsOf: $0) } }
    mutating func f64(_ v: Double) { u64(v.bitPattern) }
    mutating func bool(_ v: Bool) { u8(v ? 1 : 0) }

    mutating func string(_ s: String) {
        u32(UInt32(s.utf8.count))
        bytes.append(contentsOf: s.utf8)
    }

    mutating func strings(_ a: [String]) {
        u32(UInt32(a.count))
        for s in a { string(s) }
    }

    /// Writes an optional as a presence byte then the value.
    mutating func optional<T>(_ v: T?, _ write: (inout CacheFileWriter, T) -> Void) {
        bool(v != nil)
        if let v { write(&self, v) }
    }

    /// Writes a trivial array as its count then its raw bytes.
    mutating func raw<T: FixedWidthInteger>(_ a: [T]) {
        u32(UInt32(a.count))
        for v in a { withUnsafeBytes(of: v.littleEndian) { bytes.append(contentsOf: $0) } }
    }
}
