import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Buffered writes to a file descriptor (a file opened for appending, or standard output).
final class FileDescriptorWriter {
    private let fd: Int32
    private let ownsDescriptor: Bool
    private let name: String
    private var buffer: [UInt8] = []
    private let flushAt: Int

    /// Writes to `fd` (closed on `close()` when `owns`), flushing whenever `flushAt` bytes are pending.
    init(fd: Int32, owns: Bool, name: String, flushAt: Int = 1 << 20) {
        self.fd = fd
        ownsDescriptor = owns
        self.name = name
        self.flushAt = flushAt
        buffer.reserveCapacity(flushAt + (1 << 16))
    }

    /// Opens `path` for writing at offset `keeping` (truncating anything after it), creating it when absent.
    static func open(path: String, keeping: Int) throws(BatchError) -> FileDescriptorWriter {
        let fd = Glibc.open(path, O_WRONLY | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw BatchError(.output, path: path, message: "cannot be created (\(String(cString: strerror(errno))))") }
        guard ftruncate(fd, off_t(keeping)) == 0, lseek(fd, off_t(keeping), SEEK_SET) >= 0 else {
            let e = String(cString: strerror(errno))
            Glibc.close(fd)
            throw BatchError(.output, path: path, message: "cannot be truncated (\(e))")
        }
        return FileDescriptorWriter(fd: fd, owns: true, name: path)
    }

    /// Queues `bytes`, flushing when the buffer is full.
    /// - Complexity: O(n) amortised.
    func write(_ bytes: [UInt8]) throws(BatchError) {
        buffer.append(contentsOf: bytes)
        if buffer.count >= flushAt { try flush() }
    }

    /// Writes out everything queued.
    func flush() throws(BatchError) {
        var done = 0
        while done < buffer.count {
            let n = buffer.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + done, $0.count - done) }
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else {
                throw BatchError(.output, path: name, message: "write failed (\(String(cString: strerror(errno))))")
            }
            done += n
        }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Flushes, makes durable (files only) and closes.
    func close() throws(BatchError) {
        try flush()
        if ownsDescriptor {
            _ = fsync(fd)
            guard Glibc.close(fd) == 0 else {
                throw BatchError(.output, path: name, message: "close failed (\(String(cString: strerror(errno))))")
            }
        }
    }
}
