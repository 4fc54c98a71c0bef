/// A start tag's attributes as the SAX parser hands them over: a NULL-terminated array of
/// name, value pointers to NUL-terminated UTF-8 (a value may be NULL). Read lazily, only for the
/// few elements whose attributes matter, and valid only during the start-tag callback.
struct HTMLAttributes {
    /// The parser's array, or nil when the tag has no attributes.
    let pairs: UnsafePointer<UnsafePointer<UInt8>?>?

    /// Calls `body` with the value (empty when absent) of each attribute named `name`, in order,
    /// until it returns true.
    /// - Returns: true when `body` did.
    /// - Complexity: O(attributes).
    func contains(_ name: StaticString, where body: (UnsafeBufferPointer<UInt8>) -> Bool) -> Bool {
        guard let pairs else { return false }
        let want = UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount)
        var i = 0
        while let key = pairs[i] {
            if Self.equals(key, want) {
                let value = pairs[i + 1].map { UnsafeBufferPointer(start: $0, count: Self.length($0)) }
                    ?? UnsafeBufferPointer(start: nil, count: 0)
                if body(value) { return true }
            }
            i += 2
        }
        return false
    }

    /// True when the NUL-terminated `s` equals `want`.
    @inline(__always)
    private static func equals(_ s: UnsafePointer<UInt8>, _ want: UnsafeBufferPointer<UInt8>) -> Bool {
        for k in 0..<want.count where s[k] != want[k] { return false }
        return s[want.count] == 0
    }

    @inline(__always)
    private static func length(_ s: UnsafePointer<UInt8>) -> Int {
        var n = 0
        while s[n] != 0 { n += 1 }
        return n
    }
}
