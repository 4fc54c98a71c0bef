#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Environment variables, read one at a time with `getenv` rather than through
/// `ProcessInfo.environment`, which copies the whole environment into a dictionary on every call
/// (≈5% of a cold `analyze`).
enum Environment {
    /// The value of `name`; nil when it is unset or empty.
    static func value(_ name: String) -> String? {
        guard let p = getenv(name), p.pointee != 0 else { return nil }
        return String(cString: p)
    }
}
