import Foundation

/// Encodes `Encodable` values as one line of JSON with sorted keys — the bytes Foundation's
/// `JSONEncoder` writes with `[.sortedKeys, .withoutEscapingSlashes]` — several times faster, for
/// batch output where encoding was a quarter of the time.
///
/// Values are written straight into byte buffers: scalars into their parent's, an object keeps its
/// members' bytes in one buffer and writes them in key order when it is closed, an array appends;
/// only containers left open by `nestedContainer`/`superEncoder` are kept as objects until their
/// parent closes. The sorted order of each `CodingKey` type's keys is worked out once per call and
/// reused while the keys arrive as before (a report holds hundreds of findings, one key order). Numbers print as
/// Swift's shortest round-trip form with a trailing ".0" dropped; strings escape `"`, `\` and
/// control characters (`\b \f \n \r \t`, else `\u00xx`). URL, Date and Data take JSONEncoder's
/// default forms; `CompactJSONWritable` values write themselves. `CompactJSONEncoderTests` compares the output
/// with JSONEncoder's on every corpus posting.
enum CompactJSONEncoder {
    /// The JSON bytes of `value`.
    /// - Throws: `EncodingError.invalidValue` for a non-finite number (as JSONEncoder does).
    /// - Complexity: O(output) plus O(k log k) per object of k keys.
    static func encode<T: Encodable>(_ value: T) throws -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(16_384)
        try Node.write(value, into: &out, context: Context())
        return out
    }

    /// What one `encode` call shares: the key orders each `CodingKey` type has encoded (optional
    /// members left out make several), most recent first.
    fileprivate final class Context {
        var orders: [ObjectIdentifier: [KeyOrder]] = [:]

        /// The order of `entries`' keys, worked out once per distinct sequence.
        func order(of type: ObjectIdentifier, _ entries: [(key: String, range: Range<Int>)]) -> KeyOrder {
            var known = orders[type] ?? []
            if let order = known.first(where: { $0.matches(entries) }) { return order }
            let order = KeyOrder(entries.map(\.key))
            known.insert(order, at: 0)
            orders[type] = Array(known.prefix(8))  // a dictionary's ever-new keys stop here
            return order
        }
    }

    /// Keys in the order an object encoded them, and how to write them sorted: which entry comes
    /// next and the bytes before its value (`"key":`, after a comma but for the first), all in one
    /// buffer. A key written twice keeps its last value, as in JSONEncoder's dictionary.
    fileprivate struct KeyOrder {
        let keys: [String]
        let entries: [Int]
        let prefixes: [UInt8]
        let prefixEnds: [Int]

        init(_ keys: [String]) {
            self.keys = keys
            let sorted = keys.enumerated().sorted { $0.element != $1.element ? $0.element < $1.element : $0.offset < $1.offset }
            var entries: [Int] = [], prefixes: [UInt8] = [], ends: [Int] = []
            for k in sorted.indices where k + 1 == sorted.count || sorted[k + 1].element != sorted[k].element {
                if !entries.isEmpty { prefixes.append(UInt8(ascii: ",")) }
                Scalar.string(sorted[k].element, into: &prefixes)
                prefixes.append(UInt8(ascii: ":"))
                entries.append(sorted[k].offset)
                ends.append(prefixes.count)
            }
            self.entries = entries
            self.prefixes = prefixes
            prefixEnds = ends
        }

        /// True when `entries` carry exactly these keys in this order.
        func matches(_ entries: [(key: String, range: Range<Int>)]) -> Bool {
            keys.count == entries.count && zip(keys, entries).allSatisfy { $0 == $1.key }
        }
    }

    /// One value being encoded: the `Encoder` handed to `encode(to:)`. While its `encode(to:)` runs
    /// it holds the destination buffer (`out`), so scalars are written in place.
    fileprivate final class Node: Encoder {
        enum Storage { case empty, scalar, object(Members), array(Items) }
        var storage = Storage.empty
        var out: [UInt8] = []
        let context: Context
        var codingPath: [any CodingKey] = []
        var userInfo: [CodingUserInfoKey: Any] { [:] }

        init(_ context: Context) { self.context = context }

        /// Encodes `value` (with JSONEncoder's special cases) and appends its bytes to `out`.
        static func write<T: Encodable>(_ value: T, into out: inout [UInt8], context: Context) throws {
            if T.self == URL.self, let url = value as? URL { return Scalar.string(url.absoluteString, into: &out) }
            if T.self == Date.self, let date = value as? Date { return try Scalar.double(date.timeIntervalSinceReferenceDate, into: &out) }
            if T.self == Data.self, let data = value as? Data { return Scalar.string(data.base64EncodedString(), into: &out) }
            if let writable = value as? any CompactJSONWritable { return try writable.writeCompactJSON(into: &out) }
            let node = Node(context)
            swap(&node.out, &out)
            defer { swap(&node.out, &out) }
            try value.encode(to: node)
            node.close()
        }

        /// Appends the finished value to `out` (a scalar is there already).
        func close() {
            switch storage {
            case .empty: out.append(contentsOf: "{}".utf8)
            case .scalar: break
            case .object(let members): members.close(into: &out)
            case .array(let items): items.close(into: &out)
            }
        }

        /// Appends the finished value to `destination` (a node left open by its parent; a scalar
        /// it took while open is in its own `out`).
        func close(into destination: inout [UInt8]) {
            destination.append(contentsOf: out)
            swap(&out, &destination)
            close()
            swap(&out, &destination)
        }

        func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
            if case .object(let members) = storage { return KeyedEncodingContainer(Keyed(members: members)) }
            let members = Members(context, type: ObjectIdentifier(type))
            storage = .object(members)
            return KeyedEncodingContainer(Keyed(members: members))
        }

        func unkeyedContainer() -> any UnkeyedEncodingContainer {
            if case .array(let items) = storage { return Unkeyed(items: items) }
            let items = Items(context)
            storage = .array(items)
            return Unkeyed(items: items)
        }

        func singleValueContainer() -> any SingleValueEncodingContainer { Single(node: self) }
    }

    /// An object's members: their bytes in one buffer, written in key order on close.
    fileprivate final class Members {
        let context: Context
        let type: ObjectIdentifier
        var buffer: [UInt8] = []
        var entries: [(key: String, range: Range<Int>)] = []
        var open: [(key: String, node: Node)] = []

        init(_ context: Context, type: ObjectIdentifier) {
            self.context = context
            self.type = type
        }

        func add(_ key: String, _ write: (inout [UInt8]) throws -> Void) rethrows {
            let start = buffer.count
            try write(&buffer)
            entries.append((key, start..<buffer.count))
        }

        func close(into out: inout [UInt8]) {
            for (key, node) in open { add(key) { node.close(into: &$0) } }
            open = []
            let order = context.order(of: type, entries)
            out.append(UInt8(ascii: "{"))
            var start = 0
            for k in order.entries.indices {
                out.append(contentsOf: order.prefixes[start..<order.prefixEnds[k]])
                start = order.prefixEnds[k]
                out.append(contentsOf: buffer[entries[order.entries[k]].range])
            }
            out.append(UInt8(ascii: "}"))
        }
    }

    /// An array's items in order; an item left open is a node closed with the array.
    fileprivate final class Items {
        enum Item { case bytes(Range<Int>), node(Node) }
        let context: Context
        var buffer: [UInt8] = []
        var items: [Item] = []

        init(_ context: Context) { self.context = context }

        func add(_ write: (inout [UInt8]) throws -> Void) rethrows {
            let start = buffer.count
            try write(&buffer)
            items.append(.bytes(start..<buffer.count))
        }

        func close(into out: inout [UInt8]) {
            out.append(UInt8(ascii: "["))
            for (k, item) in items.enumerated() {
                if k > 0 { out.append(UInt8(ascii: ",")) }
                switch item {
                case .bytes(let r): out.append(contentsOf: buffer[r])
                case .node(let node): node.close(into: &out)
                }
            }
            out.append(UInt8(ascii: "]"))
        }
    }

    fileprivate struct Keyed<Key: CodingKey>: KeyedEncodingContainerProtocol {
        let members: Members
        var codingPath: [any CodingKey] { [] }

        mutating func encodeNil(forKey key: Key) throws { members.add(key.stringValue) { $0.append(contentsOf: "null".utf8) } }
        mutating func encode(_ value: Bool, forKey key: Key) throws { members.add(key.stringValue) { Scalar.bool(value, into: &$0) } }
        mutating func encode(_ value: String, forKey key: Key) throws { members.add(key.stringValue) { Scalar.string(value, into: &$0) } }
        mutating func encode(_ value: Double, forKey key: Key) throws { try members.add(key.stringValue) { try Scalar.double(value, into: &$0) } }
        mutating func encode(_ value: Float, forKey key: Key) throws { try members.add(key.stringValue) { try Scalar.float(value, into: &$0) } }
        mutating func encode(_ value: Int, forKey key: Key) throws { members.add(key.stringValue) { Scalar.integer(value, into: &$0) } }
        mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
            try members.add(key.stringValue) { try Node.write(value, into: &$0, context: members.context) }
        }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
            openNode(key.stringValue).container(keyedBy: keyType)
        }

        mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer { openNode(key.stringValue).unkeyedContainer() }

        // JSONEncoder's key for the plain superEncoder(), which `Key` need not have a case for.
        mutating func superEncoder() -> any Encoder { openNode("super") }

        mutating func superEncoder(forKey key: Key) -> any Encoder { openNode(key.stringValue) }

        private func openNode(_ key: String) -> Node {
            let node = Node(members.context)
            members.open.append((key, node))
            return node
        }
    }

    fileprivate struct Unkeyed: UnkeyedEncodingContainer {
        let items: Items
        var codingPath: [any CodingKey] { [] }
        var count: Int { items.items.count }

        mutating func encodeNil() throws { items.add { $0.append(contentsOf: "null".utf8) } }
        mutating func encode(_ value: Bool) throws { items.add { Scalar.bool(value, into: &$0) } }
        mutating func encode(_ value: String) throws { items.add { Scalar.string(value, into: &$0) } }
        mutating func encode(_ value: Double) throws { try items.add { try Scalar.double(value, into: &$0) } }
        mutating func encode(_ value: Float) throws { try items.add { try Scalar.float(value, into: &$0) } }
        mutating func encode(_ value: Int) throws { items.add { Scalar.integer(value, into: &$0) } }
        mutating func encode<T: Encodable>(_ value: T) throws { try items.add { try Node.write(value, into: &$0, context: items.context) } }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
            openNode().container(keyedBy: keyType)
        }

        mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer { openNode().unkeyedContainer() }

        mutating func superEncoder() -> any Encoder { openNode() }

        /// An item closed with the array.
        private func openNode() -> Node {
            let node = Node(items.context)
            items.items.append(.node(node))
            return node
        }
    }

    fileprivate struct Single: SingleValueEncodingContainer {
        let node: Node
        var codingPath: [any CodingKey] { [] }

        private func set(_ write: (inout [UInt8]) throws -> Void) rethrows {
            try write(&node.out)
            node.storage = .scalar
        }

        mutating func encodeNil() throws { set { $0.append(contentsOf: "null".utf8) } }
        mutating func encode(_ value: Bool) throws { set { Scalar.bool(value, into: &$0) } }
        mutating func encode(_ value: String) throws { set { Scalar.string(value, into: &$0) } }
        mutating func encode(_ value: Double) throws { try set { try Scalar.double(value, into: &$0) } }
        mutating func encode(_ value: Float) throws { try set { try Scalar.float(value, into: &$0) } }
        mutating func encode(_ value: Int) throws { set { Scalar.integer(value, into: &$0) } }
        mutating func encode<T: Encodable>(_ value: T) throws { try set { try Node.write(value, into: &$0, context: node.context) } }
    }

    /// JSON text of scalars.
    enum Scalar {
        static func bool(_ v: Bool, into out: inout [UInt8]) { out.append(contentsOf: (v ? "true" : "false").utf8) }

        /// - Complexity: O(digits), no intermediate string.
        static func integer(_ v: Int, into out: inout [UInt8]) {
            if v < 0 { out.append(UInt8(ascii: "-")) }
            var magnitude = v.magnitude, digits = 1, scale: UInt = 1
            while magnitude / scale >= 10 { scale *= 10; digits += 1 }
            for _ in 0..<digits {
                out.append(UInt8(ascii: "0") + UInt8(magnitude / scale))
                magnitude %= scale
                scale /= 10
            }
        }

        static func double(_ v: Double, into out: inout [UInt8]) throws {
            guard v.isFinite else { throw EncodingError.invalidValue(v, .init(codingPath: [], debugDescription: "non-finite number")) }
            number(v.description, into: &out)
        }

        static func float(_ v: Float, into out: inout [UInt8]) throws {
            guard v.isFinite else { throw EncodingError.invalidValue(v, .init(codingPath: [], debugDescription: "non-finite number")) }
            number(v.description, into: &out)
        }

        private static func number(_ text: String, into out: inout [UInt8]) {
            let bytes = text.utf8
            if text.hasSuffix(".0") { out.append(contentsOf: bytes.dropLast(2)) } else { out.append(contentsOf: bytes) }
        }

        /// - Complexity: O(n); runs with nothing to escape are copied whole.
        static func string(_ s: String, into out: inout [UInt8]) {
            out.append(UInt8(ascii: "\""))
            var s = s
            s.withUTF8 { bytes in
                var run = 0
                for (i, c) in bytes.enumerated() where c < 0x20 || c == 0x22 || c == 0x5C {
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<i]))
                    run = i + 1
                    switch c {
                    case 0x22: out.append(contentsOf: "\\\"".utf8)
                    case 0x5C: out.append(contentsOf: "\\\\".utf8)
                    case 0x0A: out.append(contentsOf: "\\n".utf8)
                    case 0x0D: out.append(contentsOf: "\\r".utf8)
                    case 0x09: out.append(contentsOf: "\\t".utf8)
                    case 0x08: out.append(contentsOf: "\\b".utf8)
                    case 0x0C: out.append(contentsOf: "\\f".utf8)
                    default:
                        let hex = Array("0123456789abcdef".utf8)
                        out.append(contentsOf: "\\u00".utf8)
                        out.append(hex[Int(c >> 4)])
                        out.append(hex[Int(c & 0xF)])
                    }
                }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run...]))
            }
            out.append(UInt8(ascii: "\""))
        }
    }
}
