/// Sentence boundaries by the Unicode sentence rules (UAX #29), as ICU's `en` sentence iterator finds
/// them, without calling ICU — for text made of ASCII and the non-ASCII characters postings mostly
/// carry: Latin-1 letters, the no-break space, curly quotes, en and em dashes, the ellipsis and a few
/// symbols (£ © ® ° · € • ™ → −).
///
/// A sentence can only end after a line break (SB4) or after `.`, `!` or `?` plus any closing
/// marks and spaces (SB9–SB11), and not even there when a digit follows a full stop directly
/// (SB6), a capital follows a full stop inside an initialism like "U.S" (SB7), the next letter is
/// lower-case (SB8), or a comma, dash, colon or another terminator follows (SB8a). Text with any
/// other non-ASCII character (`boundaries` returns false) goes to ICU. `SegmentationFastPathTests`
/// checks this against ICU itself on generated strings and on the corpus.
enum FastSentences {
    private static let lower: UInt8 = 1, upper: UInt8 = 2, digit: UInt8 = 3, aTerm: UInt8 = 4, sTerm: UInt8 = 5,
                       close: UInt8 = 6, space: UInt8 = 7, paraSep: UInt8 = 8, sContinue: UInt8 = 9, other: UInt8 = 0,
                       unknown: UInt8 = 255

    @inline(__always)
    private static func asciiClass(_ c: UInt8) -> UInt8 {
        switch c {
        case 0x61...0x7A: return lower
        case 0x41...0x5A: return upper
        case 0x30...0x39: return digit
        case 0x2E: return aTerm
        case 0x21, 0x3F: return sTerm
        case 0x22, 0x27, 0x28, 0x29, 0x5B, 0x5D, 0x7B, 0x7D: return close
        case 0x20, 0x09, 0x0B, 0x0C: return space
        case 0x0A, 0x0D: return paraSep
        case 0x2C, 0x2D, 0x3A: return sContinue
        default: return other
        }
    }

    /// The sentence class of the non-ASCII scalar `s`, or `unknown` when it is not one handled here.
    @inline(__always)
    private static func scalarClass(_ s: UInt32) -> UInt8 {
        switch s {
        case 0xC0...0xD6, 0xD8...0xDE: return upper
        case 0xDF...0xF6, 0xF8...0xFF: return lower
        case 0xA0: return space
        case 0x2018, 0x2019, 0x201C, 0x201D: return close
        case 0x2013, 0x2014: return sContinue
        case 0xA3, 0xA9, 0xAE, 0xB0, 0xB7, 0x20AC, 0x2022, 0x2026, 0x2122, 0x2192, 0x2212: return other
        default: return unknown
        }
    }

    /// The class and byte length of the character at `d[i]` (a UTF-8 lead byte, `i < hi`).
    @inline(__always)
    private static func character(_ d: UnsafeBufferPointer<UInt8>, _ i: Int, _ hi: Int) -> (cls: UInt8, length: Int) {
        let c = d[i]
        if c < 0x80 { return (asciiClass(c), 1) }
        if c >= 0xC2, c < 0xE0, i + 1 < hi {
            return (scalarClass(UInt32(c & 0x1F) << 6 | UInt32(d[i + 1] & 0x3F)), 2)
        }
        if c >= 0xE0, c < 0xF0, i + 2 < hi {
            return (scalarClass(UInt32(c & 0x0F) << 12 | UInt32(d[i + 1] & 0x3F) << 6 | UInt32(d[i + 2] & 0x3F)), 3)
        }
        return (unknown, 1)
    }

    /// The boundaries after the start of `d[lo..<hi]`, relative to `lo`, ending with `hi − lo`, into
    /// `bounds` (emptied first); false when the text holds a character this type does not classify.
    /// - Complexity: O(hi − lo), one pass: ASCII bytes that cannot end a sentence are skipped eight at a
    ///   time, every other character is classified on the way.
    static func boundaries(_ d: UnsafeBufferPointer<UInt8>, _ lo: Int, _ hi: Int, into bounds: inout [Int]) -> Bool {
        bounds.removeAll(keepingCapacity: true)
        guard hi > lo, let base = d.baseAddress else { bounds.append(hi - lo); return true }
        var i = lo
        while i < hi {
            // Eight bytes at a time past ASCII that can neither end a sentence nor need classifying.
            while i + 8 <= hi {
                let x = ByteMask.load(base + i)
                let m = x & ByteMask.high | ByteMask.equal(x, 0x2E) | ByteMask.equal(x, 0x21) | ByteMask.equal(x, 0x3F)
                    | ByteMask.equal(x, 0x0A) | ByteMask.equal(x, 0x0D)
                if m != 0 { i += ByteMask.first(m); break }
                i += 8
            }
            if i >= hi { break }
            let (k, n) = character(d, i, hi)
            if k == unknown { return false }
            if k == paraSep {
                let j = i + (d[i] == 0x0D && i + 1 < hi && d[i + 1] == 0x0A ? 2 : 1)
                if j < hi { bounds.append(j - lo) }
                i = j
                continue
            }
            guard k == aTerm || k == sTerm else { i += n; continue }
            var j = i + 1
            while j < hi {
                let (c, m) = character(d, j, hi)
                guard c == close else { break }
                j += m
            }
            while j < hi {
                let (c, m) = character(d, j, hi)
                guard c == space else { break }
                j += m
            }
            if j >= hi { break }
            let next = character(d, j, hi).cls
            if next == paraSep {
                j += d[j] == 0x0D && j + 1 < hi && d[j + 1] == 0x0A ? 2 : 1
                if j < hi { bounds.append(j - lo) }
                i = j
                continue
            }
            if next == sContinue || next == aTerm || next == sTerm || (k == aTerm && continuesAfterFullStop(d, lo, hi, i, j)) {
                i += 1
                continue
            }
            bounds.append(j - lo)
            i = j
        }
        bounds.append(hi - lo)
        return true
    }

    /// SB6–SB8: no break after the full stop at `i` whose closing marks and spaces end at `j`.
    @inline(__always)
    private static func continuesAfterFullStop(_ d: UnsafeBufferPointer<UInt8>, _ lo: Int, _ hi: Int, _ i: Int, _ j: Int) -> Bool {
        let right = i + 1 < hi ? character(d, i + 1, hi).cls : other
        if right == digit { return true }
        if right == upper, i > lo {
            var p = i - 1
            while p > lo, d[p] & 0xC0 == 0x80 { p -= 1 }  // back to the previous character's first byte
            let left = character(d, p, hi).cls
            if left == upper || left == lower { return true }
        }
        var k = j
        while k < hi {
            let (c, n) = character(d, k, hi)
            if c == lower { return true }
            if c == upper || c == paraSep || c == aTerm || c == sTerm { return false }
            k += n
        }
        return false
    }
}
