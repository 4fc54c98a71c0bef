/// Sentence boundaries of pure-ASCII text by the Unicode sentence rules (UAX #29), as ICU's `en`
/// sentence iterator finds them, without calling ICU.
///
/// A sentence can only end after a line break (SB4) or after `.`, `!` or `?` plus any closing
/// marks and spaces (SB9–SB11), and not even there when a digit follows a full stop directly
/// (SB6), a capital follows a full stop inside an initialism like "U.S" (SB7), the next letter is
/// lower-case (SB8), or a comma, hyphen, colon or another terminator follows (SB8a). `TextTests`
/// checks this against ICU itself on generated strings.
enum ASCIISentences {
    private static let lower: UInt8 = 1, upper: UInt8 = 2, digit: UInt8 = 3, aTerm: UInt8 = 4, sTerm: UInt8 = 5,
                       close: UInt8 = 6, space: UInt8 = 7, paraSep: UInt8 = 8, sContinue: UInt8 = 9, other: UInt8 = 0

    @inline(__always)
    private static func sentenceClass(_ c: UInt8) -> UInt8 {
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

    /// The boundaries after the start of `d[lo..<hi]` (pure ASCII), relative to `lo`, ending with `hi − lo`.
    /// - Complexity: O(hi − lo).
    static func boundaries(_ d: UnsafeBufferPointer<UInt8>, _ lo: Int, _ hi: Int) -> [Int] {
        var bounds: [Int] = []
        var i = lo
        while i < hi {
            let k = sentenceClass(d[i])
            if k == paraSep {
                let j = i + (d[i] == 0x0D && i + 1 < hi && d[i + 1] == 0x0A ? 2 : 1)
                if j < hi { bounds.append(j - lo) }
                i = j
                continue
            }
            guard k == aTerm || k == sTerm else { i += 1; continue }
            var j = i + 1
            while j < hi, sentenceClass(d[j]) == close { j += 1 }
            while j < hi, sentenceClass(d[j]) == space { j += 1 }
            if j >= hi { break }
            let next = sentenceClass(d[j])
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
        return bounds
    }

    /// SB6–SB8: no break after the full stop at `i` whose closing marks and spaces end at `j`.
    @inline(__always)
    private static func continuesAfterFullStop(_ d: UnsafeBufferPointer<UInt8>, _ lo: Int, _ hi: Int, _ i: Int, _ j: Int) -> Bool {
        let right = i + 1 < hi ? sentenceClass(d[i + 1]) : other
        if right == digit { return true }
        if right == upper, i > lo {
            let left = sentenceClass(d[i - 1])
            if left == upper || left == lower { return true }
        }
        var k = j
        while k < hi {
            let c = sentenceClass(d[k])
            if c == lower { return true }
            if c == upper || c == paraSep || c == aTerm || c == sTerm { return false }
            k += 1
        }
        return false
    }
}
