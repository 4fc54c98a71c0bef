import Foundation

/// Reads a path (or "-" for standard input) into bytes, refusing directories and oversize files.
enum InputFile {
    /// Reads at most `limit` bytes; more is an error, so memory stays bounded.
    static func read(path: String, limit: Int) throws(ExtractionError) -> [UInt8] {
        if path == "-" {
            var data = [UInt8]()
            let handle = FileHandle.standardInput
            while true {
                let chunk = handle.readData(ofLength: 1 << 16)
                if chunk.isEmpty { break }
                data += chunk
                if data.count > limit {
                    throw ExtractionError(.tooLarge, source: "-", message: "standard input exceeds the \(limit)-byte limit")
                }
            }
            return data
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw ExtractionError(.notFound, source: path, message: "no such file")
        }
        if isDirectory.boolValue {
            throw ExtractionError(.isDirectory, source: path, message: "is a directory, not a posting (use `jdautopsy batch` for a corpus)")
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw ExtractionError(.unreadable, source: path, message: "cannot be read (permission denied or I/O error)")
        }
        defer { try? handle.close() }
        do {
            let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
            if size > limit {
                throw ExtractionError(.tooLarge, source: path, message: "file is \(size) bytes; the limit is \(limit)")
            }
            let data = try handle.read(upToCount: limit + 1) ?? Data()
            if data.count > limit {
                throw ExtractionError(.tooLarge, source: path, message: "file exceeds the \(limit)-byte limit")
            }
            return [UInt8](data)
        } catch let e as ExtractionError {
            throw e
        } catch {
            throw ExtractionError(.unreadable, source: path, message: "cannot be read (\(error.localizedDescription))")
        }
    }
}
