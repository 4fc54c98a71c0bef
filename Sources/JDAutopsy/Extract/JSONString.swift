/// Decodes the escapes of a JSON string literal, keeping for each output byte its source offset.
enum JSONString {
    /// Decodes `bytes[range]` (the characters between the quotes). Returns nil on a bad escape;
    /// with `offsets` false the offsets are left empty.
    /// - Complexity: O(range.count).
    static func decode(_ bytes: [UInt8], _ range: Range<Int>, offsets: Bool = true) -> ([UInt8], [Int32])? {
        var out: [UInt8] = []
        var offs: [Int32] = []
        out.reserveCapacity(range.count)
        if offsets { offs.reserveCapacity(range.count) }
        var i = range.lowerBound
        func emit(_ scalar: UInt32, at pos: Int) {
            let s = Unicode.Scalar(scalar) ?? "\u{FFFD}"
            for b in String(Character(s)).utf8 {
                out.append(b)
                if offsets { offs.append(Int32(pos)) }
            }
        }
        func hex4(_ at: Int) -> UInt32? {
            guard at + 4 <= range.upperBound else { return nil }
            return UInt32(String(decoding: bytes[at..<at + 4], as: UTF8.self), radix: 16)
        }
        while i < range.upperBound {
            guard bytes[i] == UInt8(ascii: "\\") else {
                // A run without escapes is copied at once, its offsets counted up.
                var j = i + 1
                while j < range.upperBound, bytes[j] != UInt8(ascii: "\\") { j += 1 }
                out.append(contentsOf: bytes[i..<j])
                if offsets { offs.append(contentsOf: Int32(i)..<Int32(j)) }
                i = j
                continue
            }
            guard i + 1 < range.upperBound else { return nil }
            let e = bytes[i + 1]
            switch e {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(e); if offsets { offs.append(Int32(i)) }; i += 2
            case UInt8(ascii: "b"): out.append(0x08); if offsets { offs.append(Int32(i)) }; i += 2
            case UInt8(ascii: "f"): out.append(0x0C); if offsets { offs.append(Int32(i)) }; i += 2
            case UInt8(ascii: "n"): out.append(0x0A); if offsets { offs.append(Int32(i)) }; i += 2
            case UInt8(ascii: "r"): out.append(0x0D); if offsets { offs.append(Int32(i)) }; i += 2
            case UInt8(ascii: "t"): out.append(0x09); if offsets { offs.append(Int32(i)) }; i += 2
            case UInt8(ascii: "u"):
                guard let u = hex4(i + 2) else { return nil }
                if (0xD800..<0xDC00).contains(u), i + 11 < range.upperBound + 1,
                   bytes[i + 6] == UInt8(ascii: "\\"), bytes[i + 7] == UInt8(ascii: "u"),
                   let lo = hex4(i + 8), (0xDC00..<0xE000).contains(lo) {
                    emit(0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00), at: i)
                    i += 12
                } else {
                    emit((0xD800..<0xE000).contains(u) ? 0xFFFD : u, at: i)
                    i += 6
                }
            default: return nil
            }
        }
        return (out, offs)
    }
}
