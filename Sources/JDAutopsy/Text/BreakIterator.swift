import CICUShim

/// An ICU word or sentence break iterator. Owns its ICU handle; not for sharing across threads.
final class BreakIterator {
    /// Word or sentence boundaries.
    enum Kind: Int32 { case word = 0, sentence = 1 }

    private let handle: OpaquePointer

    /// Opens an iterator for `locale`; nil when ICU cannot (missing data).
    init?(kind: Kind, locale: String) {
        var err: Int32 = 0
        guard let h = jd_brk_open(kind.rawValue, locale, &err) else { return nil }
        handle = h
    }

    deinit { jd_brk_close(handle) }

    /// Boundaries after the start (ascending byte offsets) and, for words, the class of the segment ending at each.
    /// - Complexity: O(n).
    func boundaries(_ text: UnsafeBufferPointer<UInt8>, classes wantClasses: Bool) -> (bounds: [Int64], classes: [UInt8]) {
        guard text.count > 0 else { return ([], []) }
        var bounds = [Int64](repeating: 0, count: text.count + 1)
        var classes = [UInt8](repeating: 0, count: wantClasses ? text.count + 1 : 0)
        var err: Int32 = 0
        let n = bounds.withUnsafeMutableBufferPointer { b in
            classes.withUnsafeMutableBufferPointer { c in
                jd_brk_segment(handle, text.baseAddress, Int64(text.count), b.baseAddress,
                               wantClasses ? c.baseAddress : nil, Int64(text.count + 1), &err)
            }
        }
        guard n > 0 else { return ([Int64(text.count)], wantClasses ? [0] : []) }
        bounds.removeSubrange(Int(n)...)
        if wantClasses { classes.removeSubrange(Int(n)...) }
        return (bounds, classes)
    }

    /// The general category ICU gives `scalar` (u_charType).
    static func charType(_ scalar: UInt32) -> Int32 { jd_char_type(scalar) }
}
