import ArgumentParser
import Foundation
import JDAutopsy

/// Turns library errors into one stderr line and a documented exit code.
///
/// Exit codes: 0 success; 1 `--fail-above` exceeded or findings gate; 2 usage; 3 input not
/// found / unreadable / a directory; 4 input empty, binary, too large or without text;
/// 5 malformed or wrong-shape JSON; 6 lexicon or data file invalid; 7 output could not be written.
enum CLIError {
    /// Runs `body`; on a known error prints it and exits with its code.
    static func wrap<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let e as ExtractionError {
            Output.error(e.description)
            throw ExitCode(code(for: e.reason))
        } catch let e as LexiconError {
            Output.error(e.description)
            throw ExitCode(6)
        }
    }

    /// The exit code for an ingest failure.
    static func code(for reason: ExtractionError.Reason) -> Int32 {
        switch reason {
        case .notFound, .unreadable, .isDirectory: 3
        case .empty, .binary, .tooLarge, .noText: 4
        case .malformed, .wrongShape: 5
        }
    }
}
