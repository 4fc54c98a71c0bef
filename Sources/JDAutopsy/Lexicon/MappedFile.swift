import Foundation

/// A file mapped read-only into memory for as long as this object lives (a cache is read in place,
/// not copied into a buffer first).
final class MappedFile: @unchecked Sendable {  // immutable: a read-only mapping, unmapped only in deinit
    /// The file's bytes.
    let bytes: UnsafeRawBufferPointer

    /// Maps the file at `path`; nil when it cannot be opened, is empty, or cannot be mapped.
    init?(path: String) {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0, st.st_size > 0 else { return nil }
        #if os(Linux)
        let flags = MAP_PRIVATE | MAP_POPULATE  // one read-ahead instead of a page fault per 64 KiB
        #else
        let flags = MAP_PRIVATE
        #endif
        guard let p = mmap(nil, Int(st.st_size), PROT_READ, flags, fd, 0), p != MAP_FAILED else { return nil }
        bytes = UnsafeRawBufferPointer(start: p, count: Int(st.st_size))
    }

    deinit {
        munmap(UnsafeMutableRawPointer(mutating: bytes.baseAddress), bytes.count)
    }
}
