/// Reads what `CacheFileWriter` wrote; every read is bounds-checked and throws on truncation.
struct CacheFileReader {
    /// Thrown when the data ends early or holds an impossible value.
    struct Truncated: Error {}

    private let bytes: [UInt8]
    private var at = 0

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// True when every byte was consumed.
    var isAtEnd: Bool { at == bytes.count }

    private mutating func take(_ n: Int) throws -> ArraySlice<UInt8> {
        guard n >= 0, at + n <= bytes.count else { throw Truncated() }
        defer { at += n }
        return bytes[at..<at + n]
    }

    mutating func u8() throws -> UInt8 { try take(1).first! }
    mutating func bool() throws -> Bool { try u8() != 0 }

    mutating func integer<T: FixedWidthInteger>(_: T.Type) throws -> T {
        let s = try take(MemoryLayout<T>.size)
        var v = T.zero
        withUnsafeMutableBytes(of: &v) { $0.copyBytes(from: s) }
        return T(littleEndian: v)
    }

    mutating func u32() throws -> UInt32 { try integer(UInt32.self) }
    mutating func u64() throws -> UInt64 { try integer(UInt64.self) }
    mutating func f64() throws -> Double { Double(bitPattern: try u64()) }

    mutating func string() throws -> String {
        String(decoding: try take(Int(try u32())), as: UTF8.self)
    }

    mutating func strings() throws -> [String] {
        let n = Int(try u32())
        guard n <= bytes.count - at else { throw Truncated() }
        var out: [String] = []
        out.reserveCapacity(n)
        for _ in 0..<n { out.append(try string()) }
        return out
    }

    mutating func optional<T>(_ read: (inout CacheFileReader) throws -> T) throws -> T? {
        try bool() ? try read(&self) : nil
    }

    /// Reads a trivial array written by `CacheFileWriter.raw`.
    mutating func raw<T: FixedWidthInteger>(_: T.Type) throws -> [T] {
        let n = Int(try u32())
        let size = MemoryLayout<T>.size
        let s = try take(n * size)
        var out = [T](repeating: 0, count: n)
        out.withUnsafeMutableBytes { $0.copyBytes(from: s) }
        if T.self != UInt8.self, 1.littleEndian != 1 { out = out.map { T(littleEndian: $0) } }
        return out
    }
}
