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

    /// ASCII byte → its folded byte, when every ASCII fold is one byte (nil otherwise).
    private let asciiTable: [UInt8]?
    /// The most output bytes a fold writes per input byte (bounds the output buffer).
    private let maxExpansion: Int

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
        maxExpansion = rules.typographicFolds.reduce(1) { m, fold in max(m, (fold.value.utf8.count + fold.key.utf8.count - 1) / max(1, fold.key.utf8.count)) }
        var table: [UInt8]? = (0..<128).map { c in
            let lower = c >= 0x41 && c <= 0x5A ? c + 32 : c
            return UInt8(lower)
        }
        for c in 0..<128 {
            let lower = table![c]
            guard let r = ascii[Int(lower)] else { continue }
            if r.count == 1, r[0] < 0x80 { table![c] = r[0] } else { table = nil; break }
        }
        asciiTable = table
    }

    /// Normalises UTF-8 `input`.
    /// - Complexity: O(n); pure ASCII takes one table pass, other text one pass in C (ICU) and one in Swift.
    public func normalize(_ input: [UInt8]) -> NormalizedText {
        if let asciiTable, let ascii = Self.foldASCII(input, asciiTable) { return ascii }
        var cap = input.count * 4 + 16
        while true {
            var n: Int64 = 0
            var map = [Int32]()
            let out = [UInt8](unsafeUninitializedCapacity: cap) { dst, count in
                map = [Int32](unsafeUninitializedCapacity: cap) { m, mapCount in
                    var err: Int32 = 0
                    n = input.withUnsafeBufferPointer { src in
                        // With a one-byte table the ASCII folds happen in C, as the bytes are written;
                        // without one, C gets no table (an empty array's buffer may still have an address).
                        guard let asciiTable else {
                            return jd_nfkc_casefold(src.baseAddress, Int64(src.count), dst.baseAddress, Int64(cap), m.baseAddress,
                                                    foldDiacritics ? 1 : 0, nil, &err)
                        }
                        return asciiTable.withUnsafeBufferPointer { table in
                            jd_nfkc_casefold(src.baseAddress, Int64(src.count), dst.baseAddress, Int64(cap), m.baseAddress,
                                             foldDiacritics ? 1 : 0, table.baseAddress, &err)
                        }
                    }
                    mapCount = max(0, Int(n))
                }
                count = max(0, Int(n))
            }
            if n == -2 { cap *= 4; continue }
            // ICU failed (data missing): fall back to the input unchanged rather than lose text.
            if n < 0 { return NormalizedText(bytes: input, map: (0...input.count).map { Int32($0) }) }
            return fold(out, map, inputCount: input.count)
        }
    }

    /// The normalised bytes of UTF-8 `input`, without the offset map.
    /// - Complexity: O(n); pure ASCII is one table pass with no map built.
    public func normalizedBytes(_ input: [UInt8]) -> [UInt8] {
        if let asciiTable, input.allSatisfy({ $0 < 0x80 }) { return input.map { asciiTable[Int($0)] } }
        return normalize(input).bytes
    }

    /// Case-folds pure-ASCII input through `table` (the map is the identity); nil when any byte is not ASCII.
    private static func foldASCII(_ input: [UInt8], _ table: [UInt8]) -> NormalizedText? {
        input.withUnsafeBufferPointer { src -> NormalizedText? in
            let n = src.count
            var i = 0
            while i < n, src[i] < 0x80 { i += 1 }
            guard i == n else { return nil }
            let bytes = table.withUnsafeBufferPointer { t in
                [UInt8](unsafeUninitializedCapacity: n) { dst, count in
                    for k in 0..<n { dst[k] = t[Int(src[k])] }
                    count = n
                }
            }
            let map = [Int32](unsafeUninitializedCapacity: n + 1) { m, count in
                for k in 0...n { m[k] = Int32(k) }
                count = n + 1
            }
            return NormalizedText(bytes: bytes, map: map)
        }
    }

    /// Applies the typographic folds to ICU's output, composing `map` with each fold's offsets.
    /// With `asciiTable` the ASCII bytes are folded already (in C): runs of them are copied as they are.
    /// - Complexity: O(n).
    private func fold(_ bytes: [UInt8], _ map: [Int32], inputCount: Int) -> NormalizedText {
        let cap = bytes.count * maxExpansion + 1
        let asciiDone = asciiTable != nil
        var m = [Int32]()
        let b = [UInt8](unsafeUninitializedCapacity: cap) { out, outCount in
            m = [Int32](unsafeUninitializedCapacity: cap) { mo, mapCount in
                var o = 0
                bytes.withUnsafeBufferPointer { bytes in map.withUnsafeBufferPointer { map in
                    var i = 0
                    let n = bytes.count
                    while i < n {
                        let c = bytes[i]
                        if c < 0x80 {
                            if asciiDone {
                                var j = i + 1
                                while j < n, bytes[j] < 0x80 { j += 1 }
                                (out.baseAddress! + o).update(from: bytes.baseAddress! + i, count: j - i)
                                (mo.baseAddress! + o).update(from: map.baseAddress! + i, count: j - i)
                                o += j - i
                                i = j
                                continue
                            }
                            if let r = asciiFolds[Int(c)] {
                                for x in r { out[o] = x; mo[o] = map[i]; o += 1 }
                            } else {
                                out[o] = c; mo[o] = map[i]; o += 1
                            }
                            i += 1
                            continue
                        }
                        let len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2
                        var scalar = UInt32(c) & (len == 2 ? 0x1F : len == 3 ? 0x0F : 0x07)
                        for k in 1..<len where i + k < n { scalar = scalar << 6 | UInt32(bytes[i + k] & 0x3F) }
                        if let r = scalarFolds[scalar] {
                            for x in r { out[o] = x; mo[o] = map[i]; o += 1 }
                        } else {
                            for k in 0..<len where i + k < n { out[o] = bytes[i + k]; mo[o] = map[i + k]; o += 1 }
                        }
                        i += len
                    }
                } }
                mo[o] = Int32(inputCount)
                mapCount = o + 1
                outCount = o
            }
        }
        return NormalizedText(bytes: b, map: m)
    }
}
