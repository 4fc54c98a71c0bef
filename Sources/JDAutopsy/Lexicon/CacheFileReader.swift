/// Reads what `CacheFileWriter` wrote, in place from a mapped file; every read is bounds-checked
/// and throws on truncation.
struct CacheFileReader {
    /// Thrown when the data ends early or holds an impossible value.
    struct Truncated: Error {}

    private let file: MappedFile
    private var at: Int
    private let end: Int

    /// Reads `file` from its start, or only the bytes of `range`.
    init(_ file: MappedFile, range: Range<Int>? = nil) {
        self.file = file
        let range = range?.clamped(to: 0..<file.bytes.count) ?? 0..<file.bytes.count
        at = range.lowerBound
        end = range.upperBound
    }

    /// True when every byte was consumed.
    var isAtEnd: Bool { at == end }

    /// The offset of the next byte in the file.
    var offset: Int { at }

    /// Moves past the next `n` bytes.
    mutating func skip(_ n: Int) throws { _ = try take(n) }

    /// The file being read.
    var mappedFile: MappedFile { file }

    /// The next `n` bytes (valid while the file lives, which is as long as this reader).
    private mutating func take(_ n: Int) throws -> UnsafeRawBufferPointer {
        guard n >= 0, n <= end - at else { throw Truncated() }
        defer { at += n }
        return UnsafeRawBufferPointer(rebasing: file.bytes[at..<at + n])
    }

    mutating func u8() throws -> UInt8 { try take(1)[0] }
    mutating func bool() throws -> Bool { try u8() != 0 }

    mutating func integer<T: FixedWidthInteger>(_: T.Type) throws -> T {
        T(littleEndian: try take(MemoryLayout<T>.size).loadUnaligned(as: T.self))
    }

    mutating func u32() throws -> UInt32 { try integer(UInt32.self) }
    mutating func u64() throws -> UInt64 { try integer(UInt64.self) }
    mutating func f64() throws -> Double { Double(bitPattern: try u64()) }

    mutating func string() throws -> String {
        String(decoding: try take(Int(try u32())), as: UTF8.self)
    }

    mutating func strings() throws -> [String] {
        let n = Int(try u32())
        guard n <= end - at else { throw Truncated() }
        var out: [String] = []
        out.reserveCapacity(n)
        for _ in 0..<n { out.append(try string()) }
        return out
    }

    mutating func optional<T>(_ read: (inout CacheFileReader) throws -> T) throws -> T? {
        try bool() ? try read(&self) : nil
    }

    /// Reads a trivial array written by `CacheFileWriter.raw`: one copy, no zero-fill.
    /// - Complexity: O(n).
    mutating func raw<T: FixedWidthInteger>(_: T.Type) throws -> [T] {
        let n = Int(try u32())
        let source = try take(n * MemoryLayout<T>.size)
        var out = [T](unsafeUninitializedCapacity: n) { buffer, count in
            UnsafeMutableRawBufferPointer(buffer).copyMemory(from: source)
            count = n
        }
        if T.self != UInt8.self, 1.littleEndian != 1 { out = out.map { T(littleEndian: $0) } }
        return out
    }
}
