/// Maps byte offsets in a decoded (UTF-8) source file to line:column positions.
public struct SourceLocator: Sendable, Equatable {
    /// Byte offset at which each line starts (line 1 at index 0).
    private let lineStarts: [Int]
    /// The decoded source bytes, for counting scalars within a line.
    private let bytes: [UInt8]

    /// Indexes the line starts of `bytes`; `\n`, `\r\n` and a lone `\r` end a line.
    /// - Complexity: O(n) in the byte count.
    public init(bytes: [UInt8]) {
        var starts = [0]
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b == 0x0A {
                starts.append(i + 1)
            } else if b == 0x0D {
                if i + 1 < n, bytes[i + 1] == 0x0A { i += 1 }
                starts.append(i + 1)
            }
            i += 1
        }
        self.lineStarts = starts
        self.bytes = bytes
    }

    /// The line:column of byte `offset` (clamped into the source).
    /// - Complexity: O(log lines + column).
    public func position(ofByte offset: Int) -> SourcePosition {
        let off = max(0, min(offset, bytes.count))
        var lo = 0, hi = lineStarts.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if lineStarts[mid] <= off { lo = mid } else { hi = mid - 1 }
        }
        var column = 1
        var i = lineStarts[lo]
        while i < off {
            if bytes[i] & 0xC0 != 0x80 { column += 1 }
            i += 1
        }
        return SourcePosition(line: lo + 1, column: column)
    }
}
