import CICUShim

/// NFKC case folding (ICU `nfkc_cf`) plus typographic folding, keeping an offset map.
///
/// One ICU call covers the whole buffer (ASCII takes a fast path inside the shim); the
/// typographic pass then rewrites dashes and quotes from `TextRules.typographicFolds`.
public struct Normalizer: Sendable {
    private let foldDiacritics: Bool
    /// ASCII byte → replacement bytes (nil: keep).
    private let asciiFolds: [[UInt8]?]
    /// Non-ASCII scalar → replacement bytes.
    private let scalarFolds: [UInt32: [UInt8]]

    /// Creates a normaliser from the text rules.
    public init(rules: TextRules) {
        foldDiacritics = rules.foldDiacritics
        var ascii = [[UInt8]?](repeating: nil, count: 128)
        var scalars: [UInt32: [UInt8]] = [:]
        for (from, to) in rules.typographicFolds {
            guard let s = from.unicodeScalars.first, from.unicodeScalars.count == 1 else { continue }
            if s.value < 128 { ascii[Int(s.value)] = Array(to.utf8) } else { scalars[s.value] = Array(to.utf8) }
        }
        asciiFolds = ascii
        scalarFolds = scalars
    }

    /// Normalises UTF-8 `input`.
    /// - Complexity: O(n); one pass in C, one in Swift.
    public func normalize(_ input: [UInt8]) -> NormalizedText {
        var cap = input.count * 4 + 16
        var out = [UInt8]()
        var map = [Int32]()
        while true {
            out = [UInt8](repeating: 0, count: cap)
            map = [Int32](repeating: 0, count: cap)
            var err: Int32 = 0
            let n = input.withUnsafeBufferPointer { src in
                out.withUnsafeMutableBufferPointer { dst in
                    map.withUnsafeMutableBufferPointer { m in
                        jd_nfkc_casefold(src.baseAddress, Int64(src.count), dst.baseAddress, Int64(cap), m.baseAddress,
                                         foldDiacritics ? 1 : 0, &err)
                    }
                }
            }
            if n == -2 { cap *= 4; continue }
            if n < 0 {
                // ICU failed (data missing): fall back to the input unchanged rather than lose text.
                return NormalizedText(bytes: input, map: (0...input.count).map { Int32($0) })
            }
            out.removeSubrange(Int(n)...)
            map.removeSubrange(Int(n)...)
            break
        }
        return fold(out, map, inputCount: input.count)
    }

    private func fold(_ bytes: [UInt8], _ map: [Int32], inputCount: Int) -> NormalizedText {
        var b = [UInt8]()
        var m = [Int32]()
        b.reserveCapacity(bytes.count)
        m.reserveCapacity(bytes.count + 1)
        var i = 0
        let n = bytes.count
        while i < n {
            let c = bytes[i]
            if c < 0x80 {
                if let r = asciiFolds[Int(c)] {
                    for x in r { b.append(x); m.append(map[i]) }
                } else {
                    b.append(c)
                    m.append(map[i])
                }
                i += 1
                continue
            }
            let len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2
            var scalar = UInt32(c) & (len == 2 ? 0x1F : len == 3 ? 0x0F : 0x07)
            for k in 1..<len where i + k < n { scalar = scalar << 6 | UInt32(bytes[i + k] & 0x3F) }
            if let r = scalarFolds[scalar] {
                for x in r { b.append(x); m.append(map[i]) }
            } else {
                for k in 0..<len where i + k < n { b.append(bytes[i + k]); m.append(map[i + k]) }
            }
            i += len
        }
        m.append(Int32(inputCount))
        return NormalizedText(bytes: b, map: m)
    }
}
