import Foundation

/// Titles already cleaned, by original text: role lookups clean the same occupation and specimen
/// titles for every posting. Thread-safe; bounded (emptied when full), so results never depend on it.
final class CleanTitleMemo: @unchecked Sendable {
    private let lock = NSLock()
    private var cleaned: [String: CleanTitle] = [:]
    private let limit = 8192

    /// The cleaned `title`, computing it with `clean` on a miss.
    func value(_ title: String, _ clean: (String) -> CleanTitle) -> CleanTitle {
        lock.lock()
        let known = cleaned[title]
        lock.unlock()
        if let known { return known }
        let value = clean(title)
        lock.lock()
        if cleaned.count >= limit { cleaned.removeAll(keepingCapacity: true) }
        cleaned[title] = value
        lock.unlock()
        return value
    }
}
