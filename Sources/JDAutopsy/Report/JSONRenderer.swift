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
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(value) else { return "{}\n" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
