/// The pending trie walks of `PhraseMatcher.hits`: (node, next token) pairs in raw storage, so a
/// push or pop is a store or load with no uniqueness or capacity check. It starts in storage the
/// caller lends (on the stack: a walk is rarely more than a few deep) and moves to the heap, doubling,
/// when that fills; the owner calls `deallocate()`.
struct WalkStack {
    private var items: UnsafeMutablePointer<(node: Int32, next: Int)>
    private var capacity: Int
    private var count = 0
    /// True once `items` is heap storage of this stack's own.
    private var owned = false

    /// An empty stack in `storage` (not empty), which must outlive it.
    init(storage: UnsafeMutableBufferPointer<(node: Int32, next: Int)>) {
        precondition(storage.count > 0, "WalkStack needs some storage")
        items = storage.baseAddress!
        capacity = storage.count
    }

    /// Pushes a walk.
    @inline(__always)
    mutating func push(_ node: Int32, _ next: Int) {
        if count == capacity { grow() }
        (items + count).initialize(to: (node, next))
        count += 1
    }

    /// Pops the last walk pushed, or nil when empty.
    @inline(__always)
    mutating func pop() -> (node: Int32, next: Int)? {
        guard count > 0 else { return nil }
        count -= 1
        return items[count]
    }

    private mutating func grow() {
        let bigger = UnsafeMutablePointer<(node: Int32, next: Int)>.allocate(capacity: capacity * 2)
        bigger.moveInitialize(from: items, count: count)
        if owned { items.deallocate() }
        items = bigger
        capacity *= 2
        owned = true
    }

    /// Frees the heap storage, if the stack moved there.
    func deallocate() {
        if owned { items.deallocate() }
    }
}
