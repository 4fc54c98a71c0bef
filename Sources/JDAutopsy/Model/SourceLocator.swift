/// Maps byte offsets in a decoded (UTF-8) source file to line:column positions.
public struct SourceLocator: Sendable, Equatable {
    /// Byte offset at which each line starts (line 1 at index 0).
    private let lineStarts: [Int]
    /// The decoded source bytes, for counting scalars within a line.
    private let bytes: [UInt8]
    /// Scalars (lead bytes) in `bytes[0 ..< k × stride]`, so a column never needs a scan longer than `stride`
    /// (WordPress JSON puts a whole post on one line).
    private let checkpoints: [Int32]
    private static let stride = 256

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
        var marks: [Int32] = []
        marks.reserveCapacity(n / Self.stride + 1)
        var leads: Int32 = 0
        for k in 0..<n {
            if k % Self.stride == 0 { marks.append(leads) }
            if bytes[k] & 0xC0 != 0x80 { leads += 1 }
        }
        if n % Self.stride == 0 { marks.append(leads) }
        self.lineStarts = starts
        self.bytes = bytes
        self.checkpoints = marks
    }

    /// Scalars in `bytes[0 ..< offset]`.
    /// - Complexity: O(stride).
    private func scalars(before offset: Int) -> Int {
        let k = min(offset / Self.stride, checkpoints.count - 1)
        var count = Int(checkpoints[k])
        var i = k * Self.stride
        while i < offset {
            if bytes[i] & 0xC0 != 0x80 { count += 1 }
            i += 1
        }
        return count
    }

    /// The line:column of byte `offset` (clamped into the source).
    /// - Complexity: O(log lines + 256).
    public func position(ofByte offset: Int) -> SourcePosition {
        let off = max(0, min(offset, bytes.count))
        var lo = 0, hi = lineStarts.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if lineStarts[mid] <= off { lo = mid } else { hi = mid - 1 }
        }
        return SourcePosition(line: lo + 1, column: scalars(before: off) - scalars(before: lineStarts[lo]) + 1)
    }
}
