/// Reads what `BinaryWriter` wrote; every read checks bounds and throws `IndexError.corrupt`.
struct BinaryReader {
    private let bytes: [UInt8]
    private(set) var offset: Int
    private let path: String

    /// Reads `bytes` from `offset`; `path` names the file in errors.
    init(_ bytes: [UInt8], offset: Int = 0, path: String) {
        self.bytes = bytes
        self.offset = offset
        self.path = path
    }

    /// True when every byte has been read.
    var atEnd: Bool { offset == bytes.count }

    private func need(_ n: Int) throws(IndexError) {
        guard n >= 0, offset <= bytes.count - n else { throw IndexError.corrupt(path: path, reason: "truncated at byte \(offset)") }
    }

    /// Reads a little-endian fixed-width integer.
    mutating func read<T: FixedWidthInteger>(_: T.Type) throws(IndexError) -> T {
        try need(MemoryLayout<T>.size)
        var v: T = 0
        withUnsafeMutableBytes(of: &v) { dst in
            bytes.withUnsafeBytes { src in dst.copyMemory(from: UnsafeRawBufferPointer(rebasing: src[offset..<offset + MemoryLayout<T>.size])) }
        }
        offset += MemoryLayout<T>.size
        return T(littleEndian: v)
    }

    /// Reads a Double.
    mutating func readDouble() throws(IndexError) -> Double { Double(bitPattern: try read(UInt64.self)) }

    /// Reads a Bool.
    mutating func readBool() throws(IndexError) -> Bool { try read(UInt8.self) != 0 }

    /// Reads a count that must not exceed what is left at `width` bytes each.
    mutating func readCount(width: Int) throws(IndexError) -> Int {
        let n = try read(UInt64.self)
        guard n <= UInt64(bytes.count - offset) / UInt64(max(1, width)) else {
            throw IndexError.corrupt(path: path, reason: "count \(n) at byte \(offset - 8) exceeds the file")
        }
        return Int(n)
    }

    /// Reads an array written by `write(array:)`.
    mutating func readArray<T: BinaryStorable>(_: T.Type) throws(IndexError) -> [T] {
        let n = try readCount(width: MemoryLayout<T>.stride)
        let size = n * MemoryLayout<T>.stride
        try need(size)
        let start = offset
        let result = [T](unsafeUninitializedCapacity: n) { buf, count in
            bytes.withUnsafeBytes { src in
                UnsafeMutableRawBufferPointer(buf).copyMemory(from: UnsafeRawBufferPointer(rebasing: src[start..<start + size]))
            }
            count = n
        }
        offset += size
        return result
    }

    /// Reads a length-prefixed UTF-8 string.
    mutating func readString() throws(IndexError) -> String {
        let n = try readCount(width: 1)
        let s = String(decoding: bytes[offset..<offset + n], as: UTF8.self)
        offset += n
        return s
    }

    /// Reads a counted list of strings.
    mutating func readStrings() throws(IndexError) -> [String] {
        let n = try readCount(width: 8)
        var out: [String] = []
        out.reserveCapacity(n)
        for _ in 0..<n { out.append(try readString()) }
        return out
    }

    /// An error naming the file, for a problem found while decoding.
    func corrupt(_ reason: String) -> IndexError { .corrupt(path: path, reason: reason) }
}
