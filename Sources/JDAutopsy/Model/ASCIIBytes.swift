import Foundation

/// ASCII case folding and search over UTF-8 bytes, for the scans that must not build a `String`.
enum ASCIIBytes {
    /// `c` with A–Z lower-cased; every other byte as it is.
    @inline(__always)
    static func lowercased(_ c: UInt8) -> UInt8 { c &- 0x41 < 26 ? c | 0x20 : c }

    /// True when `a.lowercased() == b.lowercased()`, without building either string while they
    /// agree byte for byte (A–Z matching a–z); the first other difference falls back to `lowercased()`.
    /// - Complexity: O(length).
    static func equalLowercased(_ a: String, _ b: String) -> Bool {
        var x = a.utf8.makeIterator(), y = b.utf8.makeIterator()
        while true {
            switch (x.next(), y.next()) {
            case (nil, nil): return true
            case let (p?, q?) where p == q || (p < 0x80 && q < 0x80 && lowercased(p) == lowercased(q)): continue
            case let (p, q) where (p ?? 0) < 0x80 && (q ?? 0) < 0x80: return false
            default: return a.lowercased() == b.lowercased()
            }
        }
    }

    /// The first index of `needle` (lower case, not empty) in `hay`, A–Z in `hay` read as lower case.
    /// - Complexity: O(hay × needle) worst case; needles here are a few bytes. A needle ending in a byte
    ///   other than a letter ("charset=") is found by `memchr` on that byte.
    static func firstIndex(ofLowercased needle: [UInt8], in hay: UnsafeBufferPointer<UInt8>) -> Int? {
        guard !needle.isEmpty, hay.count >= needle.count else { return nil }
        let first = needle[0]
        guard !(0x41...0x5A).contains(first) else { return nil }  // hay is read as lower case: never equal
        if let last = needle.last, needle.count > 1, !(0x41...0x5A).contains(last), !(0x61...0x7A).contains(last),
           let base = hay.baseAddress {
            // Only `last` itself reads as `last`, so each of its occurrences is a candidate end.
            var from = needle.count - 1
            while from < hay.count, let p = memchr(base + from, Int32(last), hay.count - from) {
                let end = base.distance(to: p.assumingMemoryBound(to: UInt8.self))
                let start = end - (needle.count - 1)
                if (0..<needle.count - 1).allSatisfy({ lowercased(hay[start + $0]) == needle[$0] }) { return start }
                from = end + 1
            }
            return nil
        }
        // The first byte is tested against its two spellings, so most bytes cost two comparisons.
        let upper = (0x61...0x7A).contains(first) ? first - 0x20 : first
        outer: for i in 0...(hay.count - needle.count) where hay[i] == first || hay[i] == upper {
            for k in 1..<needle.count where lowercased(hay[i + k]) != needle[k] { continue outer }
            return i
        }
        return nil
    }

    /// `hay` with each occurrence of `needle` (left to right, not overlapping) replaced by `mark`,
    /// A–Z matching a–z on either side; other bytes must be equal.
    /// - Complexity: O(hay × needle).
    static func replacingCaseInsensitive(_ needle: [UInt8], with mark: UInt8, in hay: [UInt8]) -> [UInt8] {
        let needle = needle.map(lowercased)
        return hay.withUnsafeBufferPointer { buf in
            var out: [UInt8] = []
            out.reserveCapacity(hay.count)
            var i = 0
            while let k = firstIndex(ofLowercased: needle, in: UnsafeBufferPointer(rebasing: buf[i...])) {
                out += buf[i..<i + k]
                out.append(mark)
                i += k + needle.count
            }
            out += buf[i...]
            return out
        }
    }
}
