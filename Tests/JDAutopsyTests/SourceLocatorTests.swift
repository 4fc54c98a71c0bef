import XCTest
@testable import JDAutopsy

final class SourceLocatorTests: XCTestCase {
    /// The obvious O(n) definition the fast locator must agree with.
    private func naive(_ bytes: [UInt8], _ offset: Int) -> SourcePosition {
        var line = 1, column = 1, i = 0
        while i < offset {
            let b = bytes[i]
            if b == 0x0A || (b == 0x0D && !(i + 1 < bytes.count && bytes[i + 1] == 0x0A)) {
                line += 1
                column = 1
            } else if b == 0x0D {
                // the \r of \r\n: the \n ends the line
            } else if b & 0xC0 != 0x80 {
                column += 1
            }
            i += 1
        }
        return SourcePosition(line: line, column: column)
    }

    func testAgreesWithTheNaiveDefinition() {
        // Long lines (past several checkpoints), multi-byte scalars, CRLF, lone CR, emoji.
        var text = ""
        var seed: UInt64 = 42
        let pieces = ["word ", "é", "招聘", "😀", "\r\n", "\r", "\n", "x", String(repeating: "a", count: 300)]
        for _ in 0..<600 {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            text += pieces[Int(seed >> 33) % pieces.count]
        }
        let bytes = Array(text.utf8)
        let locator = SourceLocator(bytes: bytes)
        var offsets = Array(stride(from: 0, through: bytes.count, by: 7))
        offsets += [0, bytes.count, 255, 256, 257, 511, 512, 513]
        // Offsets of text (not of a line break itself, which no token or block can start at).
        for o in offsets where o < bytes.count && bytes[o] & 0xC0 != 0x80 && bytes[o] != 0x0A && bytes[o] != 0x0D {
            XCTAssertEqual(locator.position(ofByte: o), naive(bytes, o), "offset \(o)")
        }
    }
}
