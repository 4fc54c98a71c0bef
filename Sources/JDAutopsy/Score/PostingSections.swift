/// Classifies blocks by the heading they sit under: duties, must-haves, nice-to-haves, or other.
struct PostingSections {
    /// A section kind.
    enum Kind { case duties, mustHave, niceToHave, other }

    /// The section of each block.
    let kinds: [Kind]

    /// The heading words of a lexicon's `RecordRules`, lower-cased into bytes once and grouped by first byte.
    struct HeadingWords: Sendable {
        /// For each first byte, the words of one list that start with it.
        typealias Buckets = [[[UInt8]]]
        let nice: Buckets, must: Buckets, duties: Buckets

        /// Prepares the words of `rules`.
        init(rules: RecordRules) {
            func buckets(_ words: [String]) -> Buckets {
                var out = Buckets(repeating: [], count: 256)
                for w in words.map({ Array($0.lowercased().utf8) }) where !w.isEmpty { out[Int(w[0])].append(w) }
                return out
            }
            nice = buckets(rules.niceToHaveHeadingWords)
            must = buckets(rules.mustHaveHeadingWords)
            duties = buckets(rules.dutyHeadingWords)
        }

        /// True when some word of `buckets` occurs in `text` (lower case).
        /// - Complexity: O(text × words sharing a first byte × word length).
        static func containsAny(_ buckets: Buckets, in text: UnsafeBufferPointer<UInt8>) -> Bool {
            let n = text.count
            for i in 0..<n {
                for w in buckets[Int(text[i])] where i + w.count <= n {
                    var k = 1
                    while k < w.count, text[i + k] == w[k] { k += 1 }
                    if k == w.count { return true }
                }
            }
            return false
        }
    }

    /// - Complexity: O(blocks) plus O(heading length) per heading, times the heading words sharing a first byte.
    init(posting: Posting, words: HeadingWords) {
        let (nice, must, duties) = (words.nice, words.must, words.duties)
        var current = Kind.other
        var out: [Kind] = []
        out.reserveCapacity(posting.blocks.count)
        for b in posting.blocks {
            let isHeading = b.kind == .heading || (b.kind == .paragraph && b.text.utf8.last == UInt8(ascii: ":") && b.text.count <= 80)
            if isHeading {
                var t = b.text.lowercased()
                t.withUTF8 { t in
                    func has(_ words: HeadingWords.Buckets) -> Bool { HeadingWords.containsAny(words, in: t) }
                    if has(nice) { current = .niceToHave }
                    else if has(must) { current = .mustHave }
                    else if has(duties) { current = .duties }
                    else if b.kind == .heading { current = .other }
                }
            }
            out.append(isHeading ? .other : current)
        }
        kinds = out
    }
}
