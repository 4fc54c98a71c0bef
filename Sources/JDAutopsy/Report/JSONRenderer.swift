import Foundation

/// Renders a report as the JSON contract: pretty-printed, keys sorted, `schemaVersion` first-class.
public struct JSONRenderer: Sendable {
    /// Pretty-print (true) or one line (false, for JSONL).
    public let pretty: Bool

    /// Creates a renderer.
    public init(pretty: Bool = true) {
        self.pretty = pretty
    }

    /// The JSON text for any encodable value, with a final newline.
    public func render<T: Encodable>(_ value: T) -> String {
        String(decoding: bytes(value), as: UTF8.self)
    }

    /// The JSON bytes for any encodable value, with a final newline (one line takes `CompactJSONEncoder`).
    public func bytes<T: Encodable>(_ value: T) -> [UInt8] {
        guard pretty else {
            guard var out = try? CompactJSONEncoder.encode(value) else { return Array("{}\n".utf8) }
            out.append(0x0A)
            return out
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(value) else { return Array("{}\n".utf8) }
        return Array(data) + [0x0A]
    }
}
