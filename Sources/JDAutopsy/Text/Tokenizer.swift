/// Splits normalised text into tokens with ICU word boundaries and looks each up in a vocabulary.
///
/// Words and numbers are one token each; every other non-space scalar is a token of its own;
/// white space is dropped. Text is cut at ASCII white space (a word boundary under every rule) into
/// chunks; pure-ASCII chunks take `ASCIIWords`, which gives ICU's boundaries without calling it, and
/// the rest go to ICU (a chunk's fast-path tokens are dropped when a byte for ICU turns up in it);
/// a few common symbols (`ASCIIWords.standaloneSymbol`) are tokens of their own without ICU.
/// Not thread-safe (it owns an ICU iterator): one per task.
final class Tokenizer {
    /// Opened at the first chunk that needs ICU (pure-ASCII text never does).
    private lazy var words: BreakIterator? = BreakIterator(kind: .word, locale: "root")
    private let fastPath: Bool

    /// Creates a tokenizer. `fastPath: false` sends all text to ICU (for tests).
    init(fastPath: Bool = true) {
        self.fastPath = fastPath
    }

    /// Tokenises `text`, giving each token its id in `vocabulary` (-1 when absent).
    /// - Complexity: O(n) plus one hash probe per token.
    func tokenize(_ text: [UInt8], vocabulary: Vocabulary) -> TokenStream {
        // Tokens do not overlap and each holds a byte, so `text.count` bounds their number.
        var stream = TokenBuffer(capacity: text.count)
        defer { stream.deallocate() }
        text.withUnsafeBufferPointer { buf in
            guard fastPath else { return icuSegment(buf, 0, buf.count, vocabulary: vocabulary, into: &stream) }
            ASCIIWords.classes.withUnsafeBufferPointer { classes in
                let n = buf.count
                var p = 0
                // Where the current chunk began, and the token count then.
                var chunk = 0, chunkTokens = 0
                while p < n {
                    let k = classes[Int(buf[p])]
                    if k == ASCIIWords.separator {
                        p += 1
                        chunk = p
                        chunkTokens = stream.count
                    } else if k == ASCIIWords.icu, let n = ASCIIWords.standaloneSymbol(buf, p) {
                        stream.append(p, p + n, .punctuation, vocabulary.id(buf, p, p + n))
                        p += n
                    } else if k == ASCIIWords.icu {
                        // The chunk needs ICU: drop its fast-path tokens and segment it whole.
                        var end = p + 1
                        while end < n, classes[Int(buf[end])] != ASCIIWords.separator { end += 1 }
                        stream.truncate(to: chunkTokens)
                        icuSegment(buf, chunk, end, vocabulary: vocabulary, into: &stream)
                        p = end
                    } else {
                        p = ASCIIWords.token(buf, p, k, classes: classes, vocabulary: vocabulary, into: &stream)
                    }
                }
            }
        }
        return stream.tokens()
    }

    /// Tokenises `buf[lo..<hi]` with ICU's word boundaries and rule status.
    private func icuSegment(_ buf: UnsafeBufferPointer<UInt8>, _ lo: Int, _ hi: Int, vocabulary: Vocabulary, into stream: inout TokenBuffer) {
        let (bounds, classes) = words?.boundaries(UnsafeBufferPointer(rebasing: buf[lo..<hi]), classes: true) ?? ([Int64(hi - lo)], [0])
        var start = lo
        for (k, b) in bounds.enumerated() {
            let end = lo + Int(b)
            defer { start = end }
            guard end > start else { continue }
            let cls = classes[k]
            if cls != 0 {
                stream.append(start, end, cls == 1 ? .number : .word, vocabulary.id(buf, start, end))
                continue
            }
            // Not a word: one token per non-space scalar.
            var i = start
            while i < end {
                let c = buf[i]
                let len = c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2
                let next = min(end, i + len)
                if !(ASCIIWords.isSeparator(c) || Self.isUnicodeSpace(buf, i, next)) {
                    stream.append(i, next, .punctuation, vocabulary.id(buf, i, next))
                }
                i = next
            }
        }
    }

    @inline(__always)
    private static func isUnicodeSpace(_ buf: UnsafeBufferPointer<UInt8>, _ lo: Int, _ hi: Int) -> Bool {
        guard buf[lo] >= 0x80 else { return false }
        var scalar = UInt32(buf[lo]) & (hi - lo == 2 ? 0x1F : hi - lo == 3 ? 0x0F : 0x07)
        for k in (lo + 1)..<hi { scalar = scalar << 6 | UInt32(buf[k] & 0x3F) }
        let t = BreakIterator.charType(scalar)
        return t == 12 || t == 13 || t == 14 || t == 16  // Zs, Zl, Zp, Cf
    }
}
