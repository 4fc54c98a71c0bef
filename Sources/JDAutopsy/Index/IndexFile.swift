import Foundation

/// The on-disk container of every jdautopsy index: a fixed header, then a checksummed payload.
///
///     offset  size  field
///     0       8     magic "JDAUTIDX"
///     8       4     format version (UInt32, little-endian) — `IndexFile.version`
///     12      4     kind (UInt32): 1 = fitted corpus (`index fit`), 2 = taxonomy (`taxonomy import`)
///     16      8     payload length in bytes (UInt64)
///     24      8     FNV-1a 64-bit hash of the payload (UInt64)
///     32      …     payload (little-endian numbers, length-prefixed UTF-8 strings and arrays)
///
/// A file with other magic bytes, another version, a different length or hash is rejected with
/// an `IndexError` naming the file before anything is decoded.
public enum IndexFile {
    /// The format version this build writes and reads.
    public static let version: UInt32 = 1
    /// The magic bytes.
    static let magic = Array("JDAUTIDX".utf8)

    /// What an index file holds.
    public enum Kind: UInt32, Sendable {
        /// A `FittedCorpus` (term statistics and document counts).
        case corpus = 1
        /// A `TaxonomyIndex` (occupations, titles, and their term counts).
        case taxonomy = 2

        var name: String { self == .corpus ? "corpus" : "taxonomy" }
    }

    /// Writes `payload` with its header to `path` (atomically).
    /// - Throws: `IndexError.unreadable` when the file cannot be written.
    static func write(_ payload: [UInt8], kind: Kind, to path: String) throws(IndexError) {
        var header = BinaryWriter()
        for b in magic { header.write(b) }
        header.write(version)
        header.write(kind.rawValue)
        header.write(UInt64(payload.count))
        header.write(FNV1a.hash(payload))
        var data = Data(header.bytes)
        data.append(contentsOf: payload)
        do {
            let url = URL(fileURLWithPath: path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: url, options: .atomic)
        } catch {
            throw IndexError.unreadable(path: path, reason: (error as NSError).localizedDescription)
        }
    }

    /// Reads `path`, checks the header and checksum, and returns a reader over the payload.
    /// - Throws: `IndexError` naming the file.
    static func read(_ path: String, kind: Kind) throws(IndexError) -> BinaryReader {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { throw IndexError.notFound(path: path) }
        guard !isDirectory.boolValue else { throw IndexError.unreadable(path: path, reason: "is a directory") }
        let bytes: [UInt8]
        do { bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path))) } catch {
            throw IndexError.unreadable(path: path, reason: (error as NSError).localizedDescription)
        }
        guard bytes.count >= 8, Array(bytes[0..<8]) == magic else { throw IndexError.notAnIndex(path: path) }
        var r = BinaryReader(bytes, offset: 8, path: path)
        guard bytes.count >= 32 else { throw r.corrupt("header truncated") }
        let v = try r.read(UInt32.self)
        guard v == version else { throw IndexError.unsupportedVersion(path: path, found: v, supported: version) }
        let k = try r.read(UInt32.self)
        guard k == kind.rawValue else {
            throw IndexError.wrongKind(path: path, found: Kind(rawValue: k)?.name ?? "unknown (\(k))", expected: kind.name)
        }
        let length = try r.read(UInt64.self)
        let hash = try r.read(UInt64.self)
        guard length == UInt64(bytes.count - 32) else {
            throw r.corrupt("payload is \(bytes.count - 32) bytes, header says \(length)")
        }
        guard FNV1a.hash(bytes[32...]) == hash else { throw r.corrupt("checksum mismatch") }
        return r
    }
}
