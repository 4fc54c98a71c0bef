/// Splits normalised text into tokens with ICU word boundaries and looks each up in a vocabulary.
///
/// Words and numbers are one token each; every other non-space scalar is a token of its own;
/// white space is dropped. Not thread-safe (it owns an ICU iterator): one per task.
final class Tokenizer {
    private let words: BreakIterator?

    /// Opens the word break iterator.
    init() {
        words = BreakIterator(kind: .word, locale: "root")
    }

    /// Tokenises `text`, giving each token its id in `vocabulary` (-1 when absent).
    /// - Complexity: O(n) plus one hash probe per token.
    func tokenize(_ text: [UInt8], vocabulary: Vocabulary) -> TokenStream {
        var stream = TokenStream()
        stream.starts.reserveCapacity(text.count / 4)
        stream.ends.reserveCapacity(text.count / 4)
        stream.kinds.reserveCapacity(text.count / 4)
        stream.ids.reserveCapacity(text.count / 4)
        text.withUnsafeBufferPointer { buf in
            let (bounds, classes) = words?.boundaries(buf, classes: true) ?? ([Int64(buf.count)], [0])
            var start = 0
            for (k, b) in bounds.enumerated() {
                let end = Int(b)
                defer { start = end }
                guard end > start else { continue }
                let cls = classes[k]
                if cls != 0 {
                    stream.starts.append(Int32(start))
                    stream.ends.append(Int32(end))
                    stream.kinds.append(cls == 1 ? .number : .word)
                    stream.ids.append(vocabulary.id(buf, start, end))
                    continue
                }
                // Not a word: one token per non-space scalar.
                var i = start
                while i < end {
                    let c = buf[i]
                    let len = c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2
                    let hi = min(end, i + len)
                    if !(c == 0x20 || c == 0x0A || c == 0x09 || c == 0x0D || c == 0x0C || Self.isUnicodeSpace(buf, i, hi)) {
                        stream.starts.append(Int32(i))
                        stream.ends.append(Int32(hi))
                        stream.kinds.append(.punctuation)
                        stream.ids.append(vocabulary.id(buf, i, hi))
                    }
                    i = hi
                }
            }
        }
        return stream
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
