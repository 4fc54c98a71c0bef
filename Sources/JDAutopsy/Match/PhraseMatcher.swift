/// A trie over token ids that finds every occurrence of compiled phrases in a token stream.
///
/// Edges live in one hash map keyed by (node, token id); `{number}` compiles to a wildcard edge
/// that any number token may take. Matching starts a walk at every token; most walks end at the
/// first lookup, so the cost is about one hash probe per token.
public struct PhraseMatcher: Sendable {
    /// What a phrase resolves to: an index chosen by the caller, and whether it is an exception.
    public struct Payload: Sendable, Equatable, Hashable {
        /// The caller's index (an entry, a habitat, a technology).
        public var index: Int32
        /// True for an exception phrase that cancels matches of `index`.
        public var isException: Bool
    }

    /// A raw match: token range and payload.
    public struct Hit: Sendable, Equatable {
        /// First token.
        public var start: Int
        /// One past the last token.
        public var end: Int
        /// What matched.
        public var payload: Payload
    }

    /// The id used for the `{number}` wildcard.
    static let numberWildcard: Int32 = -2

    private var edges: [UInt64: Int32] = [:]
    private var terminals: [Int32: [Payload]] = [:]
    private var nodeCount: Int32 = 1

    /// Creates an empty matcher.
    public init() {}

    @inline(__always)
    private static func key(_ node: Int32, _ token: Int32) -> UInt64 {
        UInt64(UInt32(bitPattern: node)) << 32 | UInt64(UInt32(bitPattern: token))
    }

    /// Adds a phrase given as token ids. Returns false when the same ids already carried an equal payload.
    @discardableResult
    mutating func insert(_ ids: [Int32], payload: Payload) -> Bool {
        var node: Int32 = 0
        for id in ids {
            let k = Self.key(node, id)
            if let next = edges[k] {
                node = next
            } else {
                edges[k] = nodeCount
                node = nodeCount
                nodeCount += 1
            }
        }
        if terminals[node, default: []].contains(payload) { return false }
        terminals[node, default: []].append(payload)
        return true
    }

    /// The payloads already stored for exactly these ids.
    func payloads(for ids: [Int32]) -> [Payload] {
        var node: Int32 = 0
        for id in ids {
            guard let next = edges[Self.key(node, id)] else { return [] }
            node = next
        }
        return terminals[node] ?? []
    }

    /// Every occurrence of every phrase in `tokens[range]`, in order of start then length.
    /// Phrases never span `barriers` (token indices where a new block starts).
    /// - Complexity: O(tokens × longest phrase) worst case; about one hash probe per token typically.
    public func hits(in tokens: TokenStream, range: Range<Int>? = nil, blocks: [Int32]? = nil) -> [Hit] {
        var out: [Hit] = []
        let r = range ?? 0..<tokens.count
        var frontier: [(node: Int32, next: Int)] = []
        for i in r {
            frontier.removeAll(keepingCapacity: true)
            frontier.append((0, i))
            while let (node, j) = frontier.popLast() {
                guard j < r.upperBound else { continue }
                if j > i, let blocks, blocks[j] != blocks[i] { continue }
                let id = tokens.ids[j]
                if id >= 0, let next = edges[Self.key(node, id)] {
                    if let p = terminals[next] { for x in p { out.append(Hit(start: i, end: j + 1, payload: x)) } }
                    frontier.append((next, j + 1))
                }
                if tokens.kinds[j] == .number, let next = edges[Self.key(node, Self.numberWildcard)] {
                    if let p = terminals[next] { for x in p { out.append(Hit(start: i, end: j + 1, payload: x)) } }
                    frontier.append((next, j + 1))
                }
            }
        }
        return out
    }
}
