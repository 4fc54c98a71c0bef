import Foundation

/// Encodes `Encodable` values as one line of JSON with sorted keys — the bytes Foundation's
/// `JSONEncoder` writes with `[.sortedKeys, .withoutEscapingSlashes]` — several times faster, for
/// batch output where encoding was a quarter of the time.
///
/// Values are written straight into byte buffers: an object keeps its members' bytes in one buffer
/// and sorts the keys when it is closed, an array appends; only containers left open by
/// `nestedContainer`/`superEncoder` are kept as objects until their parent closes. Numbers print as
/// Swift's shortest round-trip form with a trailing ".0" dropped; strings escape `"`, `\` and
/// control characters (`\b \f \n \r \t`, else `\u00xx`). URL, Date and Data take JSONEncoder's
/// default forms. `ReportTests` compares the output with JSONEncoder's on every corpus posting.
enum CompactJSONEncoder {
    /// The JSON bytes of `value`.
    /// - Throws: `EncodingError.invalidValue` for a non-finite number (as JSONEncoder does).
    /// - Complexity: O(output) plus O(k log k) per object of k keys.
    static func encode<T: Encodable>(_ value: T) throws -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(16_384)
        try Node.write(value, into: &out)
        return out
    }

    /// One value being encoded: the `Encoder` handed to `encode(to:)`.
    fileprivate final class Node: Encoder {
        enum Storage { case empty, scalar([UInt8]), object(Members), array(Items) }
        var storage = Storage.empty
        var codingPath: [any CodingKey] = []
        var userInfo: [CodingUserInfoKey: Any] { [:] }

        /// Encodes `value` (with JSONEncoder's special cases) and appends its bytes to `out`.
        static func write<T: Encodable>(_ value: T, into out: inout [UInt8]) throws {
            if T.self == URL.self, let url = value as? URL { return Scalar.string(url.absoluteString, into: &out) }
            if T.self == Date.self, let date = value as? Date { return try Scalar.double(date.timeIntervalSinceReferenceDate, into: &out) }
            if T.self == Data.self, let data = value as? Data { return Scalar.string(data.base64EncodedString(), into: &out) }
            let node = Node()
            try value.encode(to: node)
            node.close(into: &out)
        }

        /// Appends the finished value.
        func close(into out: inout [UInt8]) {
            switch storage {
            case .empty: out.append(contentsOf: "{}".utf8)
            case .scalar(let bytes): out.append(contentsOf: bytes)
            case .object(let members): members.close(into: &out)
            case .array(let items): items.close(into: &out)
            }
        }

        func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
            if case .object(let members) = storage { return KeyedEncodingContainer(Keyed(members: members)) }
            let members = Members()
            storage = .object(members)
            return KeyedEncodingContainer(Keyed(members: members))
        }

        func unkeyedContainer() -> any UnkeyedEncodingContainer {
            if case .array(let items) = storage { return Unkeyed(items: items) }
            let items = Items()
            storage = .array(items)
            return Unkeyed(items: items)
        }

        func singleValueContainer() -> any SingleValueEncodingContainer { Single(node: self) }
    }

    /// An object's members: their bytes in one buffer, keys sorted on close.
    fileprivate final class Members {
        var buffer: [UInt8] = []
        var entries: [(key: String, range: Range<Int>)] = []
        var open: [(key: String, node: Node)] = []

        func add(_ key: String, _ write: (inout [UInt8]) throws -> Void) rethrows {
            let start = buffer.count
            try write(&buffer)
            entries.append((key, start..<buffer.count))
        }

        func close(into out: inout [UInt8]) {
            for (key, node) in open { add(key) { node.close(into: &$0) } }
            open = []
            // A key written twice keeps its last value, as in JSONEncoder's dictionary.
            let sorted = entries.enumerated().sorted { $0.element.key != $1.element.key ? $0.element.key < $1.element.key : $0.offset < $1.offset }
            out.append(UInt8(ascii: "{"))
            var first = true
            for (k, e) in sorted.enumerated() where k + 1 == sorted.count || sorted[k + 1].element.key != e.element.key {
                if !first { out.append(UInt8(ascii: ",")) }
                first = false
                Scalar.string(e.element.key, into: &out)
                out.append(UInt8(ascii: ":"))
                out.append(contentsOf: buffer[e.element.range])
            }
            out.append(UInt8(ascii: "}"))
        }
    }

    /// An array's items in order; an item left open is a node closed with the array.
    fileprivate final class Items {
        enum Item { case bytes(Range<Int>), node(Node) }
        var buffer: [UInt8] = []
        var items: [Item] = []

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
            try members.add(key.stringValue) { try Node.write(value, into: &$0) }
        }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
            let node = Node()
            members.open.append((key.stringValue, node))
            return node.container(keyedBy: keyType)
        }

        mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
            let node = Node()
            members.open.append((key.stringValue, node))
            return node.unkeyedContainer()
        }

        mutating func superEncoder() -> any Encoder { superEncoder(forKey: Key(stringValue: "super")!) }

        mutating func superEncoder(forKey key: Key) -> any Encoder {
            let node = Node()
            members.open.append((key.stringValue, node))
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
        mutating func encode<T: Encodable>(_ value: T) throws { try items.add { try Node.write(value, into: &$0) } }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
            let node = Node()
            items.items.append(.node(node))
            return node.container(keyedBy: keyType)
        }

        mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
            let node = Node()
            items.items.append(.node(node))
            return node.unkeyedContainer()
        }

        mutating func superEncoder() -> any Encoder {
            let node = Node()
            items.items.append(.node(node))
            return node
        }
    }

    fileprivate struct Single: SingleValueEncodingContainer {
        let node: Node
        var codingPath: [any CodingKey] { [] }

        private func set(_ write: (inout [UInt8]) throws -> Void) rethrows {
            var bytes: [UInt8] = []
            try write(&bytes)
            node.storage = .scalar(bytes)
        }

        mutating func encodeNil() throws { set { $0.append(contentsOf: "null".utf8) } }
        mutating func encode(_ value: Bool) throws { set { Scalar.bool(value, into: &$0) } }
        mutating func encode(_ value: String) throws { set { Scalar.string(value, into: &$0) } }
        mutating func encode(_ value: Double) throws { try set { try Scalar.double(value, into: &$0) } }
        mutating func encode(_ value: Float) throws { try set { try Scalar.float(value, into: &$0) } }
        mutating func encode(_ value: Int) throws { set { Scalar.integer(value, into: &$0) } }
        mutating func encode<T: Encodable>(_ value: T) throws { try set { try Node.write(value, into: &$0) } }
    }

    /// JSON text of scalars.
    fileprivate enum Scalar {
        static func bool(_ v: Bool, into out: inout [UInt8]) { out.append(contentsOf: (v ? "true" : "false").utf8) }

        static func integer(_ v: Int, into out: inout [UInt8]) { out.append(contentsOf: String(v).utf8) }

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
