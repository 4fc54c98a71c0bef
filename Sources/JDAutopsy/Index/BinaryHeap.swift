/// A binary heap whose top is the element for which `ordered(top, x)` holds against every other x.
struct BinaryHeap<Element> {
    private(set) var elements: [Element] = []
    private let ordered: (Element, Element) -> Bool

    /// Creates an empty heap; `ordered(a, b)` means a comes out before b.
    init(ordered: @escaping (Element, Element) -> Bool) { self.ordered = ordered }

    /// The number of elements.
    var count: Int { elements.count }

    /// The element that comes out next.
    var top: Element? { elements.first }

    /// Adds an element.
    /// - Complexity: O(log n).
    mutating func push(_ e: Element) {
        elements.append(e)
        var i = elements.count - 1
        while i > 0 {
            let parent = (i - 1) / 2
            guard ordered(elements[i], elements[parent]) else { break }
            elements.swapAt(i, parent)
            i = parent
        }
    }

    /// Removes and returns the top element.
    /// - Complexity: O(log n).
    mutating func pop() -> Element? {
        guard !elements.isEmpty else { return nil }
        elements.swapAt(0, elements.count - 1)
        let e = elements.removeLast()
        var i = 0
        while true {
            let l = 2 * i + 1, r = l + 1
            var best = i
            if l < elements.count, ordered(elements[l], elements[best]) { best = l }
            if r < elements.count, ordered(elements[r], elements[best]) { best = r }
            if best == i { break }
            elements.swapAt(i, best)
            i = best
        }
        return e
    }

    /// Replaces the top element with `e` (keeps the heap size).
    mutating func replaceTop(_ e: Element) {
        _ = pop()
        push(e)
    }
}
