import Foundation

/// Reads one JSON data file from `Lexicons/` with errors that name the file and the problem.
enum LexiconFile {
    /// Decodes `T` from the JSON file at `url`.
    /// - Throws: `LexiconError` naming the file, with the JSON path of a decoding problem.
    static func decode<T: Decodable>(_ type: T.Type, from url: URL) throws -> T {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw LexiconError(file: url.path, reason: "cannot be read (\(FileManager.default.fileExists(atPath: url.path) ? "I/O error" : "no such file"))")
        }
        return try decode(type, from: data, path: url.path)
    }

    /// Decodes `T` from JSON bytes read from `path`.
    /// - Throws: `LexiconError` naming the file, with the JSON path of a decoding problem.
    static func decode<T: Decodable>(_ type: T.Type, from data: Data, path: String) throws -> T {
        let url = URL(fileURLWithPath: path)
        do {
            return try JSONDecoder().decode(T.self, from: data)
        } catch let DecodingError.dataCorrupted(ctx) {
            throw LexiconError(file: url.path, reason: "not valid JSON (\(describe(ctx)))")
        } catch let DecodingError.keyNotFound(key, ctx) {
            throw LexiconError(file: url.path, reason: "missing field \"\(key.stringValue)\" at \(codingPath(ctx))")
        } catch let DecodingError.typeMismatch(_, ctx) {
            throw LexiconError(file: url.path, reason: "wrong type at \(codingPath(ctx)): \(ctx.debugDescription)")
        } catch let DecodingError.valueNotFound(_, ctx) {
            throw LexiconError(file: url.path, reason: "null at \(codingPath(ctx))")
        } catch {
            throw LexiconError(file: url.path, reason: "cannot be decoded (\(error))")
        }
    }

    private static func codingPath(_ ctx: DecodingError.Context) -> String {
        let p = ctx.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
        return p.isEmpty ? "the top level" : p
    }

    private static func describe(_ ctx: DecodingError.Context) -> String {
        if let underlying = ctx.underlyingError as NSError?, let d = underlying.userInfo[NSDebugDescriptionErrorKey] as? String {
            return d
        }
        return ctx.debugDescription
    }
}
