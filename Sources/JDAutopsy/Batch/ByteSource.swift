import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Buffered reading of a file or standard input, as lines or as bytes, in constant memory.
final class ByteSource {
    private let fd: Int32
    private let ownsDescriptor: Bool
    private var buffer: [UInt8]
    private var start = 0
    private var end = 0
    private var atEOF = false
    /// Bytes handed out so far.
    private(set) var consumed = 0
    /// Set when a read failed (after `atEOF`); the reason.
    private(set) var readError: String?

    /// Opens `path` ("-" for standard input). Returns nil (with `errno` set) when it cannot be opened.
    init?(path: String, chunk: Int = 1 << 20) {
        if path == "-" {
            fd = STDIN_FILENO
            ownsDescriptor = false
        } else {
            fd = open(path, O_RDONLY)
            guard fd >= 0 else { return nil }
            ownsDescriptor = true
        }
        buffer = [UInt8](repeating: 0, count: chunk)
    }

    deinit {
        if ownsDescriptor { close(fd) }
    }

    /// Refills the buffer keeping unread bytes; false at end of input.
    private func fill() -> Bool {
        guard !atEOF else { return false }
        if start > 0 {
            buffer.withUnsafeMutableBufferPointer { b in
                _ = memmove(b.baseAddress!, b.baseAddress! + start, end - start)
            }
            end -= start
            start = 0
        }
        if end == buffer.count { buffer += [UInt8](repeating: 0, count: buffer.count) }
        while true {
            let n = buffer.withUnsafeMutableBufferPointer { b in read(fd, b.baseAddress! + end, b.count - end) }
            if n > 0 { end += n; return true }
            if n < 0 && errno == EINTR { continue }
            if n < 0 { readError = String(cString: strerror(errno)) }
            atEOF = true
            return false
        }
    }

    /// The next line without its "\n" (and a "\r" before it), or nil at end of input. A line longer
    /// than `limit` is skipped to its end and returned as `tooLong` with no bytes, so memory stays
    /// bounded by `limit` whatever the input.
    /// - Complexity: O(n) in the line's length.
    func nextLine(limit: Int) -> (bytes: [UInt8], tooLong: Bool)? {
        var out: [UInt8] = []
        var tooLong = false
        var sawAny = false
        while true {
            if start == end && !fill() {
                return sawAny ? (tooLong ? [] : out, tooLong) : nil
            }
            sawAny = true
            let found: Int? = buffer.withUnsafeBufferPointer { b in
                guard let p = memchr(b.baseAddress! + start, 0x0A, end - start) else { return nil }
                return b.baseAddress!.distance(to: p.assumingMemoryBound(to: UInt8.self))
            }
            let stop = found ?? end
            if !tooLong {
                if out.count + (stop - start) > limit {
                    tooLong = true
                    out = []
                } else {
                    out.append(contentsOf: buffer[start..<stop])
                }
            }
            consumed += stop - start
            start = stop
            if found != nil {
                start += 1
                consumed += 1
                if out.last == 0x0D { out.removeLast() }
                return (out, tooLong)
            }
        }
    }

    /// The next byte, or nil at end of input.
    /// - Complexity: O(1) amortised.
    @inline(__always)
    func nextByte() -> UInt8? {
        if start == end && !fill() { return nil }
        let b = buffer[start]
        start += 1
        consumed += 1
        return b
    }

    /// The next byte without consuming it.
    @inline(__always)
    func peekByte() -> UInt8? {
        if start == end && !fill() { return nil }
        return buffer[start]
    }
}
