/// A trie over token ids that finds every occurrence of compiled phrases in a token stream.
///
/// Edges live in one open-addressing table keyed by (node, token id) with a multiplicative hash
/// (flat arrays: cheap to probe, and serialisable as they are); `{number}` compiles to a wildcard
/// edge that any number token may take. Matching starts a walk at every token; most walks end at
/// the first probe, so the cost is about one probe per token.
public struct PhraseMatcher: Sendable, Equatable {
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
    private static let empty = UInt64.max

    /// Edge keys (node << 32 | token), `empty` for a free slot.
    private(set) var keys: [UInt64]
    /// Edge targets, parallel to `keys`.
    private(set) var targets: [Int32]
    /// Number of edges stored.
    private(set) var edgeCount: Int
    /// Payloads per node: node n's payloads are `payloads[payloadStart[n]..<payloadStart[n+1]]` once frozen;
    /// while building they live in `pending`.
    private(set) var payloadStart: [Int32] = [0, 0]
    /// Payload indices, flattened (index, isException encoded as sign: exception = -1 - index).
    private(set) var payloadValues: [Int32] = []
    /// Number of trie nodes.
    private(set) var nodeCount: Int32 = 1
    /// Payloads by node while building; folded into the CSR arrays by `freeze()`.
    private var pending: [Int32: [Int32]] = [:]
    /// The root's children by token id (-1: none), derived from the edges: the first probe of
    /// every walk is one array read instead of a hash probe.
    private var rootChildren: [Int32] = []
    /// A Bloom filter over the edges (two bits each, ~16 bits an edge), derived from them: small
    /// enough to stay in L1 cache, it answers most "no such edge" probes without touching `keys`.
    private var edgeFilter: [UInt64] = []

    /// Creates an empty matcher.
    public init() {
        keys = [UInt64](repeating: Self.empty, count: 64)
        targets = [Int32](repeating: 0, count: 64)
        edgeCount = 0
    }

    /// Restores a matcher from its arrays (see `LexiconCache`).
    init(keys: [UInt64], targets: [Int32], edgeCount: Int, payloadStart: [Int32], payloadValues: [Int32], nodeCount: Int32) {
        self.keys = keys
        self.targets = targets
        self.edgeCount = edgeCount
        self.payloadStart = payloadStart
        self.payloadValues = payloadValues
        self.nodeCount = nodeCount
        index()
    }

    @inline(__always)
    private static func filterBits(_ key: UInt64, _ mask: Int) -> (Int, Int) {
        let h = key &* 0xD6E8FEB86659FD93
        return (Int(truncatingIfNeeded: h >> 40) & mask, Int(truncatingIfNeeded: h >> 20) & mask)
    }

    /// False when the edge (node, token) is certainly absent.
    @inline(__always)
    private static func mayHaveEdge(_ filter: UnsafeBufferPointer<UInt64>, _ node: Int32, _ token: Int32) -> Bool {
        guard !filter.isEmpty else { return true }
        let (a, b) = filterBits(key(node, token), filter.count * 64 - 1)
        return filter[a >> 6] & (1 << UInt64(a & 63)) != 0 && filter[b >> 6] & (1 << UInt64(b & 63)) != 0
    }

    /// Derives `rootChildren` and `edgeFilter` from the edges.
    private mutating func index() {
        var words = 64
        while words * 64 < edgeCount * 16 { words <<= 1 }
        var filter = [UInt64](repeating: 0, count: words)
        var rootEdges: [(token: Int, slot: Int)] = []
        var count = 0
        // One pass over the table (it runs at every start, on every restored matcher).
        filter.withUnsafeMutableBufferPointer { f in
            keys.withUnsafeBufferPointer { keys in
                for s in 0..<keys.count where keys[s] != Self.empty {
                    let k = keys[s]
                    let (a, b) = Self.filterBits(k, words * 64 - 1)
                    f[a >> 6] |= 1 << UInt64(a & 63)
                    f[b >> 6] |= 1 << UInt64(b & 63)
                    if k >> 32 == 0, Int32(truncatingIfNeeded: k) >= 0 {
                        let token = Int(Int32(truncatingIfNeeded: k))
                        rootEdges.append((token, s))
                        count = max(count, token + 1)
                    }
                }
            }
        }
        edgeFilter = filter
        var root = [Int32](repeating: -1, count: count)
        for e in rootEdges { root[e.token] = targets[e.slot] }
        rootChildren = root
    }

    @inline(__always)
    private static func key(_ node: Int32, _ token: Int32) -> UInt64 {
        UInt64(UInt32(bitPattern: node)) << 32 | UInt64(UInt32(bitPattern: token))
    }

    @inline(__always)
    private static func slot(_ key: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E3779B97F4A7C15) >> 29) & mask
    }

    /// The child of `node` along `token`, or -1.
    @inline(__always)
    func child(_ node: Int32, _ token: Int32) -> Int32 {
        let k = Self.key(node, token)
        let mask = keys.count - 1
        var s = Self.slot(k, mask)
        while true {
            let v = keys[s]
            if v == k { return targets[s] }
            if v == Self.empty { return -1 }
            s = (s + 1) & mask
        }
    }

    private mutating func setChild(_ node: Int32, _ token: Int32, _ target: Int32) {
        if (edgeCount + 1) * 2 > keys.count { grow() }
        let k = Self.key(node, token)
        let mask = keys.count - 1
        var s = Self.slot(k, mask)
        while keys[s] != Self.empty { s = (s + 1) & mask }
        keys[s] = k
        targets[s] = target
        edgeCount += 1
    }

    private mutating func grow() {
        let oldKeys = keys, oldTargets = targets
        keys = [UInt64](repeating: Self.empty, count: oldKeys.count * 2)
        targets = [Int32](repeating: 0, count: oldKeys.count * 2)
        let mask = keys.count - 1
        for (i, k) in oldKeys.enumerated() where k != Self.empty {
            var s = Self.slot(k, mask)
            while keys[s] != Self.empty { s = (s + 1) & mask }
            keys[s] = k
            targets[s] = oldTargets[i]
        }
    }

    /// The payloads stored at `node`.
    @inline(__always)
    private func payloads(at node: Int32) -> ArraySlice<Int32> {
        let n = Int(node)
        guard n + 1 < payloadStart.count else { return [] }
        return payloadValues[Int(payloadStart[n])..<Int(payloadStart[n + 1])]
    }

    private static func encode(_ p: Payload) -> Int32 { p.isException ? -1 - p.index : p.index }
    private static func decode(_ v: Int32) -> Payload { v < 0 ? Payload(index: -1 - v, isException: true) : Payload(index: v, isException: false) }

    /// Adds a phrase given as token ids. Returns false when the same ids already carried an equal payload.
    @discardableResult
    mutating func insert(_ ids: [Int32], payload: Payload) -> Bool {
        var node: Int32 = 0
        for id in ids {
            let next = child(node, id)
            if next >= 0 {
                node = next
            } else {
                setChild(node, id, nodeCount)
                node = nodeCount
                nodeCount += 1
            }
        }
        let value = Self.encode(payload)
        if payloads(at: node).contains(value) || pending[node, default: []].contains(value) { return false }
        pending[node, default: []].append(value)
        return true
    }

    /// Folds the payloads added since the last call into the CSR arrays. Call after inserting.
    /// - Complexity: O(nodes + payloads).
    mutating func freeze() {
        index()
        guard !pending.isEmpty else { return }
        var starts = [Int32](repeating: 0, count: Int(nodeCount) + 1)
        var values: [Int32] = []
        values.reserveCapacity(payloadValues.count + pending.count)
        for n in 0..<Int(nodeCount) {
            starts[n] = Int32(values.count)
            values.append(contentsOf: payloads(at: Int32(n)))
            if let p = pending[Int32(n)] { values.append(contentsOf: p) }
        }
        starts[Int(nodeCount)] = Int32(values.count)
        payloadStart = starts
        payloadValues = values
        pending = [:]
    }

    /// The payloads already stored for exactly these ids.
    func payloads(for ids: [Int32]) -> [Payload] {
        var node: Int32 = 0
        for id in ids {
            node = child(node, id)
            if node < 0 { return [] }
        }
        return (Array(payloads(at: node)) + (pending[node] ?? [])).map(Self.decode)
    }

    /// Every occurrence of every phrase in `tokens[range]`, in order of start then length.
    /// Phrases never span blocks (`blocks[i]` is token i's block).
    /// - Complexity: O(tokens × longest phrase) worst case; one array read per token typically.
    public func hits(in tokens: TokenStream, range: Range<Int>? = nil, blocks: [Int32]? = nil) -> [Hit] {
        var out: [Hit] = []
        let r = range ?? 0..<tokens.count
        forEachHit(in: tokens, starts: r, limit: r.upperBound, blocks: blocks) { out.append($0); return true }
        return out
    }

    /// True when some phrase starts at a token in `starts`; it may run on past them to the end of its block.
    /// - Complexity: O(starts × longest phrase) worst case.
    func hasHit(in tokens: TokenStream, starting starts: Range<Int>, blocks: [Int32]) -> Bool {
        var found = false
        forEachHit(in: tokens, starts: starts, limit: tokens.count, blocks: blocks) { _ in found = true; return false }
        return found
    }

    /// Calls `body` with every phrase occurrence that starts in `starts` and ends by `limit`, in
    /// order of start then length, until `body` returns false.
    /// - Complexity: O(starts × longest phrase) worst case; one array read per token typically.
    @inline(__always)
    private func forEachHit(in tokens: TokenStream, starts r: Range<Int>, limit: Int, blocks: [Int32]?, _ body: (Hit) -> Bool) {
        let numberRoot = child(0, Self.numberWildcard)
        var going = true
        // The walk stack starts on the stack: no allocation per call (`hasHit` runs once per sentence asked about).
        withUnsafeTemporaryAllocation(of: (node: Int32, next: Int).self, capacity: 32) { storage in
            var frontier = WalkStack(storage: storage)
            defer { frontier.deallocate() }
            tokens.ids.withUnsafeBufferPointer { ids in tokens.kinds.withUnsafeBufferPointer { kinds in
                rootChildren.withUnsafeBufferPointer { root in edgeFilter.withUnsafeBufferPointer { filter in
                    payloadStart.withUnsafeBufferPointer { payloadStart in payloadValues.withUnsafeBufferPointer { payloadValues in
                        let payloads = (payloadStart, payloadValues)
                        for i in r where going {
                            // Fast path: most tokens start no phrase (one array read, no frontier). The
                            // root's edges come from `root`, so a walk's first hash probe is at its second token.
                            let id = Int(ids[i])
                            let first = id >= 0 && id < root.count ? root[id] : -1
                            let number = numberRoot >= 0 && kinds[i] == .number
                            if first < 0, !number { continue }
                            if first >= 0 { Self.reach(first, i, i + 1, payloads, &frontier, &going, body) }
                            if number { Self.reach(numberRoot, i, i + 1, payloads, &frontier, &going, body) }
                            while going, let (node, j) = frontier.pop() {
                                guard j < limit else { continue }
                                if let blocks, blocks[j] != blocks[i] { continue }
                                if ids[j] >= 0, Self.mayHaveEdge(filter, node, ids[j]) {
                                    let next = child(node, ids[j])
                                    if next >= 0 { Self.reach(next, i, j + 1, payloads, &frontier, &going, body) }
                                }
                                if kinds[j] == .number, Self.mayHaveEdge(filter, node, Self.numberWildcard) {
                                    let next = child(node, Self.numberWildcard)
                                    if next >= 0 { Self.reach(next, i, j + 1, payloads, &frontier, &going, body) }
                                }
                            }
                        }
                    } }
                } }
            } }
        }
    }

    /// Reports `node`'s payloads (`payloads`: the CSR starts and values) as hits on tokens
    /// `start..<end`, while `going`, and queues the walk on from `node`.
    @inline(__always)
    private static func reach(_ node: Int32, _ start: Int, _ end: Int,
                              _ payloads: (starts: UnsafeBufferPointer<Int32>, values: UnsafeBufferPointer<Int32>),
                              _ frontier: inout WalkStack, _ going: inout Bool, _ body: (Hit) -> Bool) {
        let n = Int(node)
        if n + 1 < payloads.starts.count {
            for k in Int(payloads.starts[n])..<Int(payloads.starts[n + 1]) where going {
                going = body(Hit(start: start, end: end, payload: decode(payloads.values[k])))
            }
        }
        frontier.push(node, end)
    }
}
