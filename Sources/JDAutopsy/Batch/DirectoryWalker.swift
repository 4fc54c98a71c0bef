import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Lists the regular files under a directory, recursively, in byte order of their paths, so a
/// corpus directory always yields the same record order. Hidden files and folders are skipped;
/// a dangling link is listed (it becomes an error record, not a silent gap).
struct DirectoryWalker: Sequence, IteratorProtocol {
    /// Shell patterns (`*.html`, `jobs/**/*.json`); a file is kept when any matches its name or its
    /// path relative to the root. Empty keeps every file.
    let globs: [String]
    private let root: String
    private var stack: [String]        // directories still to list, last = next
    private var files: [String] = []   // files of the directory being emitted, reversed

    /// Walks `root`.
    init(root: String, globs: [String]) {
        self.root = root.hasSuffix("/") && root.count > 1 ? String(root.dropLast()) : root
        self.globs = globs
        stack = [self.root]
    }

    /// True when `relative` (a path under the root) passes the globs.
    static func matches(_ relative: String, globs: [String]) -> Bool {
        guard !globs.isEmpty else { return true }
        let name = relative.split(separator: "/").last.map(String.init) ?? relative
        return globs.contains { g in
            fnmatch(g, name, 0) == 0 || fnmatch(g, relative, 0) == 0
                || (g.hasPrefix("**/") && fnmatch(String(g.dropFirst(3)), relative, 0) == 0)
        }
    }

    /// The next file's path (the root joined with its relative path).
    /// - Complexity: O(d log d) per directory of d entries.
    mutating func next() -> String? {
        while files.isEmpty {
            guard let dir = stack.popLast() else { return nil }
            let names = ((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? [])
                .filter { !$0.hasPrefix(".") }
                .sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
            var subdirs: [String] = []
            for name in names {
                let path = dir + "/" + name
                var isDir: ObjCBool = false
                let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDir)
                if exists && isDir.boolValue {
                    subdirs.append(path)
                } else if Self.matches(String(path.dropFirst(root.count + 1)), globs: globs) {
                    files.append(path)
                }
            }
            // Files of a directory come before its subdirectories; both in name order.
            stack += subdirs.reversed()
            files.reverse()
        }
        return files.popLast()
    }
}
