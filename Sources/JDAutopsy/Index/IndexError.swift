/// Why an index file or operation failed, in words a user can act on.
public enum IndexError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file does not exist.
    case notFound(path: String)
    /// The file exists but could not be read or written.
    case unreadable(path: String, reason: String)
    /// The file is not a jdautopsy index (wrong magic bytes).
    case notAnIndex(path: String)
    /// The file was written by another format version.
    case unsupportedVersion(path: String, found: UInt32, supported: UInt32)
    /// The file holds another kind of index than the one asked for.
    case wrongKind(path: String, found: String, expected: String)
    /// The checksum does not match: the file is damaged or was changed.
    case corrupt(path: String, reason: String)
    /// Two corpora or models cannot be combined.
    case incompatible(String)

    /// One line naming the file and the problem.
    public var description: String {
        switch self {
        case .notFound(let p): "\(p): no such index file"
        case .unreadable(let p, let r): "\(p): cannot be read or written (\(r))"
        case .notAnIndex(let p): "\(p): not a jdautopsy index file"
        case .unsupportedVersion(let p, let f, let s): "\(p): index format version \(f) is not supported (this jdautopsy reads version \(s)); rebuild the index"
        case .wrongKind(let p, let f, let e): "\(p): holds a \(f) index, not a \(e) index"
        case .corrupt(let p, let r): "\(p): the index file is corrupt (\(r)); rebuild it"
        case .incompatible(let r): "cannot merge: \(r)"
        }
    }
}
