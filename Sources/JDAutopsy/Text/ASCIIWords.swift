/// Word segmentation of pure-ASCII text by the rules ICU's word break iterator applies to it.
///
/// Most normalised posting text is ASCII (case folding and the typographic folds see to that), and
/// for ASCII the Unicode word rules (UAX #29, as ICU's root rules tailor them) come down to a few:
/// letters and digits run together (WB5, WB8–WB10); `.` and `'` join letter to letter (WB6–WB7);
/// `.`, `'`, `,` and `;` join digit to digit (WB11–WB12); everything else is a segment of its own.
/// ICU counts `@` as a letter (CLDR's tailoring, for handles and addresses). The rule status is
/// that of the last rule applied, which comes down to the last character: a run ending in a digit
/// is a number, one ending in a letter a word ("ab01" is a number, "5k" a word). The underscore (ExtendNumLet, whose status
/// rules are subtler) is left to ICU. `TextTests` checks this
/// against ICU itself on generated strings.
enum ASCIIWords {
    /// Byte classes: `letter`…`other` for the word rules, plus `separator` (ASCII white space,
    /// which the tokenizer drops) and `icu` (non-ASCII bytes and the underscore: the chunk goes to ICU).
    static let letter: UInt8 = 1, digit: UInt8 = 2, dot: UInt8 = 3, quote: UInt8 = 4, midNum: UInt8 = 5, other: UInt8 = 0,
               separator: UInt8 = 6, icu: UInt8 = 7

    /// The class of every byte, so a scan pays one table read a byte.
    static let classes: [UInt8] = (0..<256).map { classify(UInt8($0)) }

    private static func classify(_ c: UInt8) -> UInt8 {
        if isSeparator(c) { return separator }
        switch c {
        case 0x61...0x7A, 0x41...0x5A, 0x40: return letter
        case 0x30...0x39: return digit
        case 0x2E: return dot
        case 0x27: return quote
        case 0x2C, 0x3B: return midNum
        case 0x5F, 0x80...0xFF: return icu
        default: return other
        }
    }

    /// True for the ASCII white space the tokenizer drops (space, tab, LF, CR, form feed).
    @inline(__always)
    static func isSeparator(_ c: UInt8) -> Bool {
        c == 0x20 || c == 0x0A || c == 0x09 || c == 0x0D || c == 0x0C
    }

    /// The byte length of the scalar at `buf[p]` when it is one of the symbols that normalised
    /// postings keep and that the word rules always leave on their own (WB999: • € £ © ® ° →), else nil.
    /// Such a symbol is a punctuation token, as ICU would make it, and spares its chunk the call to ICU.
    @inline(__always)
    static func standaloneSymbol(_ buf: UnsafeBufferPointer<UInt8>, _ p: Int) -> Int? {
        let n = buf.count
        if buf[p] == 0xC2, p + 1 < n {
            switch buf[p + 1] {
            case 0xA3, 0xA9, 0xAE, 0xB0: return 2  // £ © ® °
            default: return nil
            }
        }
        guard buf[p] == 0xE2, p + 2 < n else { return nil }
        switch (buf[p + 1], buf[p + 2]) {
        case (0x80, 0xA2), (0x82, 0xAC), (0x86, 0x92): return 3  // • € →
        default: return nil
        }
    }

    /// Appends the token that starts at `buf[p]` (class `k`, neither `separator` nor `icu`) to
    /// `stream` and returns its end; `classes` is `ASCIIWords.classes`. A token never takes in a
    /// separator or an `icu` byte, so it ends where its chunk does at the latest.
    /// - Complexity: O(token length) plus one vocabulary probe.
    @inline(__always)
    static func token(_ buf: UnsafeBufferPointer<UInt8>, _ p: Int, _ k: UInt8, classes: UnsafeBufferPointer<UInt8>,
                      vocabulary: Vocabulary, into stream: inout TokenBuffer) -> Int {
        guard k == letter || k == digit else {
            stream.append(p, p + 1, .punctuation, vocabulary.id(ascii: buf[p]))
            return p + 1
        }
        let n = buf.count
        var last = k
        var q = p + 1
        while q < n {
            let d = classes[Int(buf[q])]
            if d == letter || d == digit { last = d; q += 1; continue }
            if d == dot || d == quote || d == midNum, q + 1 < n {
                let after = classes[Int(buf[q + 1])]
                if d != midNum, last == letter, after == letter { q += 2; continue }
                if last == digit, after == digit { q += 2; continue }
            }
            break
        }
        stream.append(p, q, last == digit ? .number : .word, vocabulary.id(buf, p, q))
        return q
    }
}
