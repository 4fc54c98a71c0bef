import Foundation
import JDAutopsy

/// Writes to standard output and standard error.
enum Output {
    /// Writes `s` to standard output as is.
    static func write(_ s: String) {
        FileHandle.standardOutput.write(Data(s.utf8))
    }

    /// Writes one line to standard error.
    static func error(_ s: String) {
        FileHandle.standardError.write(Data(("jdautopsy: " + s + "\n").utf8))
    }
}

/// Deterministic JSON for the CLI (sorted keys, no escaped slashes).
enum JSONOutput {
    /// Encodes `value` as pretty, key-sorted JSON with a final newline.
    static func encode<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
    }
}
