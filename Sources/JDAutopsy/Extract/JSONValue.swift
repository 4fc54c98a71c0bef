/// A parsed JSON value whose strings remember where they stand in the source bytes.
///
/// Foundation's JSON parser forgets positions; ingest needs them to map text found inside
/// JSON strings (WordPress `content.rendered`, JSON-LD `description`) back to line:column.
indirect enum JSONValue: Equatable {
    /// An object, keys in source order.
    case object([(key: String, value: JSONValue)])
    /// An array.
    case array([JSONValue])
    /// A string and the byte range of its contents (between the quotes) in the source.
    case string(String, Range<Int>)
    /// A number.
    case number(Double)
    /// true or false.
    case bool(Bool)
    /// null.
    case null

    static func == (a: JSONValue, b: JSONValue) -> Bool {
        switch (a, b) {
        case let (.object(x), .object(y)):
            return x.count == y.count && zip(x, y).allSatisfy { $0.key == $1.key && $0.value == $1.value }
        case let (.array(x), .array(y)): return x == y
        case let (.string(x, _), .string(y, _)): return x == y
        case let (.number(x), .number(y)): return x == y
        case let (.bool(x), .bool(y)): return x == y
        case (.null, .null): return true
        default: return false
        }
    }

    /// The member named `key` of an object.
    subscript(key: String) -> JSONValue? {
        if case .object(let members) = self { return members.first(where: { $0.key == key })?.value }
        return nil
    }

    /// The string value, or nil.
    var string: String? {
        if case .string(let s, _) = self { return s }
        return nil
    }

    /// A number or a numeric string as a Double.
    var number: Double? {
        switch self {
        case .number(let d): return d
        case .string(let s, _): return Double(s.filter { $0 != "," && $0 != " " })
        default: return nil
        }
    }

    /// The elements of an array, or `[self]` for any other value.
    var elements: [JSONValue] {
        if case .array(let a) = self { return a }
        return [self]
    }

    /// True for objects.
    var isObject: Bool {
        if case .object = self { return true }
        return false
    }
}
