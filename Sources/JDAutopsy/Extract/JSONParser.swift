/// A strict JSON parser (RFC 8259) over UTF-8 bytes with a nesting limit and positioned errors.
struct JSONParser {
    /// A syntax error at a byte offset.
    struct SyntaxError: Error, Equatable {
        /// Byte offset of the problem.
        var offset: Int
        /// What is wrong.
        var message: String
    }

    private let bytes: [UInt8]
    private let maxDepth: Int
    private var i = 0

    /// Prepares to parse `bytes`, refusing nesting deeper than `maxDepth`.
    init(bytes: [UInt8], maxDepth: Int) {
        self.bytes = bytes
        self.maxDepth = maxDepth
    }

    /// Parses one value that must fill the input (white space around it allowed).
    /// - Complexity: O(n).
    mutating func parseDocument() throws(SyntaxError) -> JSONValue {
        skipSpace()
        let v = try value(depth: 0)
        skipSpace()
        if i < bytes.count { throw SyntaxError(offset: i, message: "unexpected text after the JSON value") }
        return v
    }

    private mutating func skipSpace() {
        while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x0A || bytes[i] == 0x0D || bytes[i] == 0x09 { i += 1 }
    }

    private mutating func value(depth: Int) throws(SyntaxError) -> JSONValue {
        guard i < bytes.count else { throw SyntaxError(offset: i, message: "unexpected end of JSON") }
        switch bytes[i] {
        case UInt8(ascii: "{"):
            guard depth < maxDepth else { throw SyntaxError(offset: i, message: "JSON nested deeper than \(maxDepth) levels") }
            i += 1
            var members: [(key: String, value: JSONValue)] = []
            skipSpace()
            if i < bytes.count, bytes[i] == UInt8(ascii: "}") { i += 1; return .object(members) }
            while true {
                skipSpace()
                guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") else {
                    throw SyntaxError(offset: i, message: "expected a quoted key")
                }
                let (key, _) = try string()
                skipSpace()
                guard i < bytes.count, bytes[i] == UInt8(ascii: ":") else { throw SyntaxError(offset: i, message: "expected ':'") }
                i += 1
                skipSpace()
                members.append((key, try value(depth: depth + 1)))
                skipSpace()
                guard i < bytes.count else { throw SyntaxError(offset: i, message: "unterminated object") }
                if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
                if bytes[i] == UInt8(ascii: "}") { i += 1; return .object(members) }
                throw SyntaxError(offset: i, message: "expected ',' or '}'")
            }
        case UInt8(ascii: "["):
            guard depth < maxDepth else { throw SyntaxError(offset: i, message: "JSON nested deeper than \(maxDepth) levels") }
            i += 1
            var items: [JSONValue] = []
            skipSpace()
            if i < bytes.count, bytes[i] == UInt8(ascii: "]") { i += 1; return .array(items) }
            while true {
                skipSpace()
                items.append(try value(depth: depth + 1))
                skipSpace()
                guard i < bytes.count else { throw SyntaxError(offset: i, message: "unterminated array") }
                if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
                if bytes[i] == UInt8(ascii: "]") { i += 1; return .array(items) }
                throw SyntaxError(offset: i, message: "expected ',' or ']'")
            }
        case UInt8(ascii: "\""):
            let (s, range) = try string()
            return .string(s, range)
        case UInt8(ascii: "t"): return try literal("true", .bool(true))
        case UInt8(ascii: "f"): return try literal("false", .bool(false))
        case UInt8(ascii: "n"): return try literal("null", .null)
        default:
            return try number()
        }
    }

    private mutating func literal(_ word: String, _ v: JSONValue) throws(SyntaxError) -> JSONValue {
        let w = word.utf8
        guard i + w.count <= bytes.count, bytes[i..<i + w.count].elementsEqual(w) else {
            throw SyntaxError(offset: i, message: "unexpected character")
        }
        i += w.count
        return v
    }

    private mutating func number() throws(SyntaxError) -> JSONValue {
        let start = i
        while i < bytes.count, let c = Optional(bytes[i]),
              (c >= 0x30 && c <= 0x39) || c == UInt8(ascii: "-") || c == UInt8(ascii: "+") || c == UInt8(ascii: ".")
                || c == UInt8(ascii: "e") || c == UInt8(ascii: "E") { i += 1 }
        guard i > start, let d = Double(String(decoding: bytes[start..<i], as: UTF8.self)) else {
            throw SyntaxError(offset: start, message: "unexpected character")
        }
        return .number(d)
    }

    private mutating func string() throws(SyntaxError) -> (String, Range<Int>) {
        let open = i
        i += 1
        let start = i
        var plain = true
        while i < bytes.count {
            // Eight bytes at a time past those that are neither a quote, a backslash nor a control character.
            let from = i
            i = bytes.withUnsafeBufferPointer { b in
                var k = from
                while k + 8 <= b.count {
                    let w = ByteMask.load(b.baseAddress! + k)
                    if ByteMask.equal(w, 0x22) | ByteMask.equal(w, 0x5C) | ByteMask.below(w, 0x20) != 0 { break }
                    k += 8
                }
                return k
            }
            guard i < bytes.count else { break }
            let c = bytes[i]
            if c == UInt8(ascii: "\"") {
                let range = start..<i
                i += 1
                if plain { return (String(decoding: bytes[range], as: UTF8.self), range) }
                guard let (decoded, _) = JSONString.decode(bytes, range, offsets: false) else {
                    throw SyntaxError(offset: open, message: "invalid escape in string")
                }
                return (String(decoding: decoded, as: UTF8.self), range)
            }
            if c == UInt8(ascii: "\\") { plain = false; i += 2; continue }
            if c < 0x20 { throw SyntaxError(offset: i, message: "control character in string") }
            i += 1
        }
        throw SyntaxError(offset: open, message: "unterminated string")
    }
}
