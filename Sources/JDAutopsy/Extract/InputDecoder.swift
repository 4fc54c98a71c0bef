/// Detects binary data and decodes text in UTF-8, UTF-16 (with BOM), or a declared or fallback
/// Windows-1252 into valid UTF-8.
enum InputDecoder {
    private static let magic: [(bytes: [UInt8], name: String)] = [
        ([0x89, 0x50, 0x4E, 0x47], "a PNG image"), ([0x47, 0x49, 0x46, 0x38], "a GIF image"),
        ([0xFF, 0xD8, 0xFF], "a JPEG image"), ([0x25, 0x50, 0x44, 0x46], "a PDF document"),
        ([0x50, 0x4B, 0x03, 0x04], "a ZIP archive (or DOCX/XLSX)"), ([0x1F, 0x8B], "a gzip archive"),
        ([0x7F, 0x45, 0x4C, 0x46], "an ELF executable"), ([0x42, 0x5A, 0x68], "a bzip2 archive"),
        ([0x37, 0x7A, 0xBC, 0xAF], "a 7z archive"), ([0x52, 0x49, 0x46, 0x46], "a RIFF media file"),
        ([0xD0, 0xCF, 0x11, 0xE0], "an OLE document (old Word/Excel)"), ([0x28, 0xB5, 0x2F, 0xFD], "a zstd archive"),
    ]

    /// Decodes `raw`, or throws `.binary` / `.empty`.
    /// - Complexity: O(n).
    static func decode(_ raw: [UInt8], source: String) throws(ExtractionError) -> DecodedInput {
        if raw.starts(with: [0xEF, 0xBB, 0xBF]) {
            return try finishUTF8(Array(raw.dropFirst(3)), encoding: "UTF-8 (BOM)", source: source)
        }
        if raw.starts(with: [0xFF, 0xFE]) || raw.starts(with: [0xFE, 0xFF]) {
            let little = raw[0] == 0xFF
            var units: [UInt16] = []
            units.reserveCapacity(raw.count / 2)
            var i = 2
            while i + 1 < raw.count {
                units.append(little ? UInt16(raw[i]) | UInt16(raw[i + 1]) << 8 : UInt16(raw[i]) << 8 | UInt16(raw[i + 1]))
                i += 2
            }
            let text = String(decoding: units, as: UTF16.self)
            return try finishUTF8(Array(text.utf8), encoding: little ? "UTF-16LE" : "UTF-16BE", source: source)
        }
        for m in magic where raw.starts(with: m.bytes) {
            throw ExtractionError(.binary, source: source, message: "binary data (\(m.name)), not a posting")
        }
        let head = raw.prefix(8192)
        let controls = head.withUnsafeBufferPointer { head in
            var n = 0
            var i = 0
            // Eight bytes a step: control bytes (below 0x20, other than tab…CR and ESC) as a byte mask.
            while i + 8 <= head.count {
                let w = ByteMask.load(head.baseAddress! + i)
                let low = ByteMask.below(w, 0x20)
                if low != 0 {
                    let layout = ByteMask.below(w, 0x0E) & ~ByteMask.below(w, 0x09)  // tab…CR
                    n &+= (low & ~layout & ~ByteMask.equal(w, 0x1B)).nonzeroBitCount
                }
                i += 8
            }
            for c in head[i...] where c < 0x09 || (c > 0x0D && c < 0x20 && c != 0x1B) { n += 1 }
            return n
        }
        if !head.isEmpty, controls * 10 > head.count {
            throw ExtractionError(.binary, source: source, message: "binary data (\(controls) control bytes in the first \(head.count)), not a posting")
        }
        // The declared charset only matters for warnings, so it is looked for only when one may be due.
        let ascii = isASCII(raw)
        if ascii || isValidUTF8(raw) {
            var d = try finishUTF8(raw, encoding: "UTF-8", source: source)
            if !ascii, let declared = declaredCharset(head), !declared.hasPrefix("utf") {
                d.warnings.append("declares charset \(declared) but its bytes are valid UTF-8; read as UTF-8")
            }
            return d
        }
        var d = try finishUTF8(decodeWindows1252(raw), encoding: "windows-1252", source: source)
        let declared = declaredCharset(head)
        if declared == nil || declared!.hasPrefix("utf") {
            d.warnings.append("invalid UTF-8; decoded as Windows-1252")
        }
        return d
    }

    private static func finishUTF8(_ bytes: [UInt8], encoding: String, source: String) throws(ExtractionError) -> DecodedInput {
        var warnings: [String] = []
        var b = bytes
        let nuls = b.withUnsafeBufferPointer { b in
            var n = 0
            var i = 0
            while i < b.count {
                // Eight bytes none of which is zero: skip them at once.
                if i + 8 <= b.count {
                    if ByteMask.zero(ByteMask.load(b.baseAddress! + i)) == 0 {
                        i += 8
                        continue
                    }
                }
                n &+= b[i] == 0 ? 1 : 0
                i += 1
            }
            return n
        }
        if nuls > 0 {
            b.removeAll(where: { $0 == 0 })
            warnings.append("removed \(nuls) NUL byte\(nuls == 1 ? "" : "s")")
        }
        if !b.contains(where: { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 && $0 != 0x0C }) {
            throw ExtractionError(.empty, source: source, message: "empty input (no text at all)")
        }
        return DecodedInput(bytes: b, encoding: encoding, warnings: warnings)
    }

    /// The charset a `<meta charset>`, `http-equiv` or XML declaration names, lower-cased.
    /// - Complexity: O(head), no allocation but the name.
    static func declaredCharset(_ head: ArraySlice<UInt8>) -> String? {
        head.withUnsafeBufferPointer { h in
            for key in [charsetKey, encodingKey] {
                guard let at = ASCIIBytes.firstIndex(ofLowercased: key, in: h) else { continue }
                var i = at + key.count
                while i < h.count, h[i] == 0x22 || h[i] == 0x27 || h[i] == 0x20 { i += 1 }
                var name: [UInt8] = []
                while i < h.count, let c = Optional(ASCIIBytes.lowercased(h[i])),
                      (c >= 0x61 && c <= 0x7A) || (c >= 0x30 && c <= 0x39) || c == 0x2D || c == 0x5F || c == 0x3A { name.append(c); i += 1 }
                if !name.isEmpty { return String(decoding: name, as: UTF8.self) }
            }
            return nil
        }
    }

    private static let charsetKey = Array("charset=".utf8)
    private static let encodingKey = Array("encoding=".utf8)

    /// True when every byte is ASCII.
    /// - Complexity: O(n), eight bytes a step.
    static func isASCII(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { p in
            var i = 0
            while i + 8 <= p.count {
                if ByteMask.load(p.baseAddress! + i) & ByteMask.high != 0 { return false }
                i += 8
            }
            while i < p.count {
                if p[i] >= 0x80 { return false }
                i += 1
            }
            return true
        }
    }

    /// True when `bytes` is well-formed UTF-8 (no overlong forms, surrogates or values past U+10FFFF).
    /// - Complexity: O(n); runs of ASCII are skipped eight bytes a step.
    static func isValidUTF8(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { p in
            let n = p.count
            var i = 0
            while i < n {
                if i + 8 <= n, ByteMask.load(p.baseAddress! + i) & ByteMask.high == 0 {
                    i += 8
                    continue
                }
                let c = p[i]
                if c < 0x80 {
                    i += 1
                    continue
                }
                // Length and the allowed range of the second byte (Unicode Table 3-7).
                var need = 1, lo: UInt8 = 0x80, hi: UInt8 = 0xBF
                switch c {
                case 0xC2...0xDF: need = 1
                case 0xE0: need = 2; lo = 0xA0
                case 0xE1...0xEC, 0xEE...0xEF: need = 2
                case 0xED: need = 2; hi = 0x9F
                case 0xF0: need = 3; lo = 0x90
                case 0xF1...0xF3: need = 3
                case 0xF4: need = 3; hi = 0x8F
                default: return false
                }
                guard i + need < n, p[i + 1] >= lo, p[i + 1] <= hi else { return false }
                var k = 2
                while k <= need {
                    if p[i + k] & 0xC0 != 0x80 { return false }
                    k += 1
                }
                i += need + 1
            }
            return true
        }
    }

    private static let cp1252High: [UInt32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
        0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
    ]

    /// Decodes Windows-1252 (which browsers also use for ISO-8859-1) to UTF-8.
    static func decodeWindows1252(_ raw: [UInt8]) -> [UInt8] {
        var s = String.UnicodeScalarView()
        for b in raw {
            let v: UInt32 = (b >= 0x80 && b < 0xA0) ? cp1252High[Int(b - 0x80)] : UInt32(b)
            s.append(Unicode.Scalar(v)!)
        }
        return Array(String(s).utf8)
    }
}
