/// Tokens as the tokenizer finds them, in four raw arrays of a capacity fixed up front, so an
/// append is four stores (no uniqueness or capacity checks); `tokens()` copies them into a `TokenStream`.
/// The caller guarantees that no more than `capacity` tokens are appended and calls `deallocate()`.
struct TokenBuffer {
    private let starts: UnsafeMutablePointer<Int32>
    private let ends: UnsafeMutablePointer<Int32>
    private let kinds: UnsafeMutablePointer<TokenKind>
    private let ids: UnsafeMutablePointer<Int32>
    private let capacity: Int
    private(set) var count = 0

    /// Room for `capacity` tokens.
    init(capacity: Int) {
        self.capacity = max(1, capacity)
        starts = .allocate(capacity: self.capacity)
        ends = .allocate(capacity: self.capacity)
        kinds = .allocate(capacity: self.capacity)
        ids = .allocate(capacity: self.capacity)
    }

    /// Appends one token.
    @inline(__always)
    mutating func append(_ start: Int, _ end: Int, _ kind: TokenKind, _ id: Int32) {
        precondition(count < capacity)
        starts[count] = Int32(truncatingIfNeeded: start)
        ends[count] = Int32(truncatingIfNeeded: end)
        (kinds + count).initialize(to: kind)
        ids[count] = id
        count += 1
    }

    /// Drops the tokens after the first `count`.
    @inline(__always)
    mutating func truncate(to count: Int) {
        precondition(count >= 0 && count <= self.count)
        self.count = count
    }

    /// The tokens so far.
    /// - Complexity: O(count).
    func tokens() -> TokenStream {
        var t = TokenStream()
        t.starts = Array(UnsafeBufferPointer(start: starts, count: count))
        t.ends = Array(UnsafeBufferPointer(start: ends, count: count))
        t.kinds = Array(UnsafeBufferPointer(start: kinds, count: count))
        t.ids = Array(UnsafeBufferPointer(start: ids, count: count))
        return t
    }

    /// Frees the storage.
    func deallocate() {
        starts.deallocate()
        ends.deallocate()
        kinds.deallocate()
        ids.deallocate()
    }
}
