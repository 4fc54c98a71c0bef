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
    private static let letter: UInt8 = 1, digit: UInt8 = 2, dot: UInt8 = 3, quote: UInt8 = 4, midNum: UInt8 = 5, other: UInt8 = 0

    @inline(__always)
    private static func wordClass(_ c: UInt8) -> UInt8 {
        switch c {
        case 0x61...0x7A, 0x41...0x5A, 0x40: return letter
        case 0x30...0x39: return digit
        case 0x2E: return dot
        case 0x27: return quote
        case 0x2C, 0x3B: return midNum
        default: return other
        }
    }

    /// True for the ASCII white space the tokenizer drops (space, tab, LF, CR, form feed).
    @inline(__always)
    static func isSeparator(_ c: UInt8) -> Bool {
        c == 0x20 || c == 0x0A || c == 0x09 || c == 0x0D || c == 0x0C
    }

    /// True when `c` makes a chunk unfit for the fast path (non-ASCII, or the underscore).
    @inline(__always)
    static func needsICU(_ c: UInt8) -> Bool { c >= 0x80 || c == 0x5F }

    /// Appends the tokens of `buf[lo..<hi]` — a chunk with no separator and nothing `needsICU` — to `stream`.
    /// - Complexity: O(hi − lo) plus one vocabulary probe per token.
    @inline(__always)
    static func segment(_ buf: UnsafeBufferPointer<UInt8>, _ lo: Int, _ hi: Int, vocabulary: Vocabulary, into stream: inout TokenBuffer) {
        var p = lo
        while p < hi {
            let k = wordClass(buf[p])
            guard k == letter || k == digit else {
                stream.append(p, p + 1, .punctuation, vocabulary.id(ascii: buf[p]))
                p += 1
                continue
            }
            var q = p + 1
            while q < hi {
                let d = wordClass(buf[q])
                if d == letter || d == digit { q += 1; continue }
                if d != other, q + 1 < hi {
                    let before = wordClass(buf[q - 1]), after = wordClass(buf[q + 1])
                    if d != midNum, before == letter, after == letter { q += 2; continue }
                    if before == digit, after == digit { q += 2; continue }
                }
                break
            }
            stream.append(p, q, wordClass(buf[q - 1]) == digit ? .number : .word, vocabulary.id(buf, p, q))
            p = q
        }
    }
}
