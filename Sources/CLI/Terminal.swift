import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What the standard output is: a terminal (and how wide), and whether colour is wanted.
struct Terminal {
    /// Columns of the terminal, or nil when not a terminal.
    let columns: Int?
    /// True when stdout is a TTY and NO_COLOR is unset.
    let wantsColor: Bool

    init() {
        let tty = isatty(STDOUT_FILENO) == 1
        var size = winsize()
        columns = tty && ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0 && size.ws_col > 0 ? Int(size.ws_col) : nil
        let env = ProcessInfo.processInfo.environment
        wantsColor = tty && env["NO_COLOR"].map { $0.isEmpty } ?? true && env["TERM"] != "dumb"
    }
}
