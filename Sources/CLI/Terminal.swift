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
        // getenv, not ProcessInfo.environment (which copies the whole environment): this runs on every start.
        wantsColor = tty && getenv("NO_COLOR").map { $0.pointee == 0 } ?? true && getenv("TERM").map { String(cString: $0) } != "dumb"
    }
}
