/// Appends little-endian numbers, arrays and strings to a byte buffer (the index file payload).
struct BinaryWriter {
    /// The bytes written so far.
    private(set) var bytes: [UInt8] = []

    /// Appends the raw bytes of a fixed-width integer or float, little-endian.
    mutating func write<T: FixedWidthInteger>(_ v: T) {
        withUnsafeBytes(of: v.littleEndian) { bytes.append(contentsOf: $0) }
    }

    /// Appends a Double by its IEEE bit pattern.
    mutating func write(_ v: Double) { write(v.bitPattern) }

    /// Appends a Bool as one byte.
    mutating func write(_ v: Bool) { bytes.append(v ? 1 : 0) }

    /// Appends an element count, then the elements' raw little-endian bytes.
    mutating func write<T: BinaryStorable>(array: [T]) {
        write(UInt64(array.count))
        array.withUnsafeBytes { bytes.append(contentsOf: $0) }
    }

    /// Appends a length-prefixed UTF-8 string.
    mutating func write(_ s: String) {
        let u = Array(s.utf8)
        write(UInt64(u.count))
        bytes.append(contentsOf: u)
    }

    /// Appends a count, then each string.
    mutating func write(strings: [String]) {
        write(UInt64(strings.count))
        for s in strings { write(s) }
    }
}

/// A scalar stored in arrays by its raw bytes (the file is little-endian; so are our platforms).
protocol BinaryStorable {}
extension Int32: BinaryStorable {}
extension Int: BinaryStorable {}
extension UInt8: BinaryStorable {}
extension Double: BinaryStorable {}
extension Float: BinaryStorable {}
