import Foundation

/// Where compiled data is cached between runs, and how a cache file is named, keyed, read and written.
///
/// Stored in `$JDAUTOPSY_CACHE_DIR`, else `$XDG_CACHE_HOME/jdautopsy`, else `~/.cache/jdautopsy`,
/// one file per kind and key (`lexicon-<key>.bin`, `specimens-<key>.bin`); written atomically; the
/// newest eight of each kind are kept. `JDAUTOPSY_NO_CACHE=1` turns caching off.
enum CacheDirectory {
    /// The cache directory, or nil when caching is off or no home is known.
    static var url: URL? {
        if Environment.value("JDAUTOPSY_NO_CACHE") == "1" { return nil }
        if let d = Environment.value("JDAUTOPSY_CACHE_DIR") { return URL(fileURLWithPath: d, isDirectory: true) }
        if let x = Environment.value("XDG_CACHE_HOME") { return URL(fileURLWithPath: x).appendingPathComponent("jdautopsy") }
        if let h = Environment.value("HOME") { return URL(fileURLWithPath: h).appendingPathComponent(".cache/jdautopsy") }
        return nil
    }

    /// What identifies a file's version without reading it: its path, size, modification time and inode.
    static func stamp(of url: URL) -> [UInt8] {
        var st = stat()
        guard stat(url.path, &st) == 0 else { return Array("missing:\(url.path)".utf8) }
        return Array("\(url.path)|\(st.st_size)|\(st.st_mtim.tv_sec).\(st.st_mtim.tv_nsec)|\(st.st_ino)".utf8)
    }

    /// FNV-1a over `seed`, then each part's name, length and bytes, in the given order.
    /// - Complexity: O(total bytes).
    static func key(seed: UInt64, _ parts: [(name: String, bytes: [UInt8])]) -> UInt64 {
        var h = FNV1a(basis: FNV1a.offsetBasis ^ seed)
        for p in parts {
            h.add(p.name.utf8)
            h.add([0])
            withUnsafeBytes(of: UInt64(p.bytes.count).littleEndian) { h.add($0) }
            h.add(p.bytes)
        }
        return h.value
    }

    private static func file(_ kind: String, _ key: UInt64) -> URL? {
        url?.appendingPathComponent("\(kind)-\(String(key, radix: 16)).bin")
    }

    /// The bytes cached for `kind` and `key`, mapped read-only, or nil when there are none.
    static func read(_ kind: String, _ key: UInt64) -> MappedFile? {
        file(kind, key).flatMap { MappedFile(path: $0.path) }
    }

    /// Stores `bytes` for `kind` and `key` (errors are ignored: the cache is an optimisation).
    static func write(_ kind: String, _ key: UInt64, _ bytes: [UInt8]) {
        guard let url = file(kind, key) else { return }
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(bytes).write(to: url, options: .atomic)
            prune(kind, keeping: url)
        } catch {
            // A read-only home: run without a cache.
        }
    }

    /// Keeps the newest eight files of `kind` (edited sources leave old ones behind).
    private static func prune(_ kind: String, keeping current: URL) {
        let dir = current.deletingLastPathComponent()
        let fm = FileManager.default
        guard let names = try? fm.contentsOfDirectory(atPath: dir.path) else { return }
        let caches = names.filter { $0.hasPrefix(kind + "-") && $0.hasSuffix(".bin") }.map { dir.appendingPathComponent($0) }
        guard caches.count > 8 else { return }
        let dated = caches.map { ($0, (try? fm.attributesOfItem(atPath: $0.path)[.modificationDate] as? Date) ?? .distantPast) }
        for (url, _) in dated.sorted(by: { $0.1 > $1.1 }).dropFirst(8) where url != current { try? fm.removeItem(at: url) }
    }
}
