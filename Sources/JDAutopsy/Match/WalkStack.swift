/// The pending trie walks of `PhraseMatcher.hits`: (node, next token) pairs in raw storage that
/// doubles when full, so a push or pop is a store or load with no uniqueness or capacity check.
/// The owner calls `deallocate()`.
struct WalkStack {
    private var items: UnsafeMutablePointer<(node: Int32, next: Int)>
    private var capacity: Int
    private var count = 0

    /// An empty stack with room for `capacity` walks before it grows.
    init(capacity: Int = 16) {
        self.capacity = max(1, capacity)
        items = .allocate(capacity: self.capacity)
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
        items.deallocate()
        items = bigger
        capacity *= 2
    }

    /// Frees the storage.
    func deallocate() { items.deallocate() }
}
