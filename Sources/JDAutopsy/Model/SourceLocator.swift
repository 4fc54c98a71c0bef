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
    /// - Complexity: O(n) in the byte count: one pass for line starts, one (vectorisable) for scalars.
    public init(bytes: [UInt8]) {
        let n = bytes.count
        var starts = [0]
        var marks: [Int32] = []
        marks.reserveCapacity(n / Self.stride + 1)
        bytes.withUnsafeBufferPointer { p in
            var i = 0
            while i < n {
                // Eight bytes at a time: the line feeds' positions come from a byte mask; only a word
                // with a carriage return (which may pair with the next byte) is walked byte by byte.
                if i + 8 <= n {
                    let w = ByteMask.load(p.baseAddress! + i)
                    if ByteMask.equal(w, 0x0D) == 0 {
                        var lf = ByteMask.equal(w, 0x0A)
                        while lf != 0 {
                            starts.append(i + ByteMask.first(lf) + 1)
                            lf &= lf &- 1
                        }
                        i += 8
                        continue
                    }
                }
                let end = min(i + 8, n)
                while i < end {
                    let b = p[i]
                    if b == 0x0A {
                        starts.append(i + 1)
                    } else if b == 0x0D {
                        if i + 1 < n, p[i + 1] == 0x0A { i += 1 }
                        starts.append(i + 1)
                    }
                    i += 1
                }
            }
            // marks[m] = scalars (lead bytes) in p[0 ..< m × stride], for every m × stride ≤ n.
            var leads: Int32 = 0
            var k = 0
            while true {
                marks.append(leads)
                let end = k + Self.stride
                guard end <= n else { break }
                leads &+= Self.leadBytes(p, k, end)
                k = end
            }
        }
        self.lineStarts = starts
        self.bytes = bytes
        self.checkpoints = marks
    }

    /// Lead bytes (bytes that are not UTF-8 continuation bytes, 10xxxxxx) in `p[from ..< to]`.
    /// - Complexity: O(to − from), eight bytes a step.
    @inline(__always)
    private static func leadBytes(_ p: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> Int32 {
        var count = 0
        var i = from
        while i + 8 <= to {
            // Continuation bytes summed per byte lane (up to 31 words, so no lane overflows), then across lanes.
            var lanes: UInt64 = 0
            var words = 0
            while words < 31, i + 8 <= to {
                lanes &+= ByteMask.continuation(ByteMask.load(p.baseAddress! + i)) &>> 7
                i += 8
                words += 1
            }
            count &+= 8 &* words &- Int((lanes &* 0x0101_0101_0101_0101) &>> 56)
        }
        while i < to {
            count &+= p[i] & 0xC0 != 0x80 ? 1 : 0
            i += 1
        }
        return Int32(truncatingIfNeeded: count)
    }

    /// Scalars in `bytes[0 ..< offset]`.
    /// - Complexity: O(stride).
    private func scalars(before offset: Int) -> Int {
        let k = min(offset / Self.stride, checkpoints.count - 1)
        return bytes.withUnsafeBufferPointer { Int(checkpoints[k]) + Int(Self.leadBytes($0, k * Self.stride, offset)) }
    }

    /// The line:column of byte `offset`, given `start`, the position of byte `from`: counted on from
    /// it when no line ends in between, looked up afresh otherwise.
    /// - Complexity: O(offset − from), or that of `position(ofByte:)`.
    public func position(ofByte offset: Int, from: Int, at start: SourcePosition) -> SourcePosition {
        let lo = max(0, min(from, bytes.count)), hi = max(0, min(offset, bytes.count))
        guard lo <= hi, hi - lo <= Self.stride else { return position(ofByte: offset) }
        let plain = bytes.withUnsafeBufferPointer { p -> Bool in
            for i in lo..<hi where p[i] == 0x0A || p[i] == 0x0D { return false }
            return true
        }
        guard plain else { return position(ofByte: offset) }
        return SourcePosition(line: start.line, column: start.column + Int(bytes.withUnsafeBufferPointer { Self.leadBytes($0, lo, hi) }))
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
        let start = lineStarts[lo]
        // A short line is counted directly; a long one (a whole JSON post) through the checkpoints.
        let column = off - start <= Self.stride
            ? bytes.withUnsafeBufferPointer { Int(Self.leadBytes($0, start, off)) }
            : scalars(before: off) - scalars(before: start)
        return SourcePosition(line: lo + 1, column: column + 1)
    }
}
