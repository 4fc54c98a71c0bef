import ArgumentParser
import Dispatch
import Foundation
import JDAutopsy
#if canImport(Glibc)
import Glibc
#endif

/// `jdautopsy batch INPUT… --out FILE|-`: scores a corpus on all cores.
struct BatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "batch",
        abstract: "Score a corpus (directories, files, JSONL, CSV, or - for JSONL on stdin) on all cores.",
        discussion: """
        Inputs: a directory (recursive; --glob filters), posting files, *.jsonl / *.ndjson (one posting per line:
        id, html|text|description, optional title and metadata, or a JSON-LD JobPosting), *.csv with a header
        (--text-column, --id-column, --title-column), and - for JSONL on standard input. Ids: given, else the path,
        else file:line.
        Output by --out's extension: .jsonl (one analyze --format json report per line, or {"id","error"}), .csv
        (headline figures), .sqlite (tables postings, findings, sentences, runs); - writes JSONL to stdout.
        Every input yields a result or an error record, in input order, the same bytes for any --jobs.
        Files are written as OUT.partial and renamed on success; on SIGINT/SIGTERM OUT.partial keeps what was
        finished and --resume continues it.
        The corpus summary (text on stderr unless --quiet; JSON with --summary FILE) gives counts, the vagueness
        distribution, the most frequent findings and phrases, the vaguest and clearest postings, and with --cluster
        the role families of `jdautopsy cluster` (same method and settings; --cluster-threshold is its --threshold).
        Clustering needs every document at once, so it takes a sample: the --cluster-sample scored postings (default
        4000) whose ids have the smallest hash (FNV-1a 64, then MurmurHash3's fmix64), clustered in input order; the
        same sample for any --jobs and after --resume (resumed records are re-extracted, not re-scored). A corpus with
        at most that many scored postings is clustered whole, exactly as `jdautopsy cluster` clusters it. Failed
        records are left out. Clustering runs after the output is finished and is skipped when the run is stopped.
        Exit codes: 0 every record scored; 8 finished, but some records failed (see the error records);
        2 usage error (bad option, CSV column missing, --resume output that does not match the inputs);
        3 an INPUT does not exist or cannot be read; 6 invalid lexicon or config; 7 the output cannot be written;
        130 / 143 stopped by SIGINT / SIGTERM (OUT.partial kept; rerun with --resume).
        """)

    @Argument(help: "Directories, posting files, .jsonl/.ndjson or .csv files, or - for JSONL on standard input.")
    var inputs: [String] = []

    @Option(help: "Results: FILE.jsonl, FILE.csv, FILE.sqlite, or - for JSONL on standard output.")
    var out: String

    @Option(help: "Override the results format chosen from --out: jsonl, csv or sqlite.")
    var format: String?

    @Option(help: "Worker threads (default: the number of cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: "Shell pattern selecting files inside directories (repeatable), e.g. --glob '*.html'.")
    var glob: [String] = []

    @Option(help: "A file listing inputs, one path per line (added after the INPUT arguments).")
    var filesFrom: String?

    @Option(help: "CSV column with the posting text (default: text, description, html, body or content).")
    var textColumn: String?

    @Option(help: "CSV column with the record id (default: id, else file:line).")
    var idColumn: String?

    @Option(help: "CSV column with the title (default: title).")
    var titleColumn: String?

    @Flag(help: "Continue OUT.partial (or OUT) after its complete records, without duplicating or skipping ids.")
    var resume = false

    @Option(help: "Also write the corpus summary as JSON to this file.")
    var summary: String?

    @Flag(help: "Add the role families (as `jdautopsy cluster`) of the scored postings, or of a sample of them, to the summary.")
    var cluster = false

    @Option(help: "With --cluster: the most postings clustered (at least 2); a larger corpus is sampled by id hash.")
    var clusterSample: Int = BatchClustering.defaultSampleSize

    @Option(help: "With --cluster: average-link similarity at which merging stops (0–1), as `cluster --threshold`.")
    var clusterThreshold: Double = RoleClusterer.defaultThreshold

    @Flag(name: .shortAndLong, help: "No progress line and no text summary (the final totals line is always printed).")
    var quiet = false

    @Option(help: "Seed for the choice of translations (same seed, same output).")
    var seed: UInt64 = 0

    @OptionGroup var lexicons: LexiconOptions

    @OptionGroup var roles: RoleOptions

    @Flag(help: "Leave [01] aliases and [11] related specimens empty (no specimen catalog or taxonomy), as `analyze --no-roles`.")
    var noRoles = false

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
        guard !inputs.isEmpty || filesFrom != nil else { throw ValidationError("give at least one INPUT (or - for standard input)") }
        if let format, BatchFormat(rawValue: format) == nil { throw ValidationError("--format must be jsonl, csv or sqlite") }
        guard clusterSample >= 2 else { throw ValidationError("--cluster-sample must be at least 2") }
        guard (0...1).contains(clusterThreshold) else { throw ValidationError("--cluster-threshold must be in 0…1") }
    }

    func run() throws {
        var all = inputs
        if let list = filesFrom {
            guard let text = try? String(contentsOfFile: list, encoding: .utf8) else {
                Output.error("\(list): cannot read the --files-from list")
                throw ExitCode(3)
            }
            all += text.split(whereSeparator: \.isNewline).map { String($0).trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }
        let lexicon = try lexicons.load()
        let autopsy = Autopsy(lexicon: lexicon, seed: seed, roles: noRoles ? nil : try roles.catalog(lexicon, lexicons: lexicons, corpus: nil))
        let options = CorpusOptions(globs: glob, textColumn: textColumn, idColumn: idColumn, titleColumn: titleColumn,
                                    maxRecordBytes: autopsy.lexicon.extractionRules.maxInputBytes)
        let reader: CorpusReader
        do {
            reader = try CorpusReader(inputs: all, options: options)
        } catch {
            Output.error(error.description)
            throw ExitCode(error.isMissing ? 3 : 2)
        }
        let chosen = format.flatMap(BatchFormat.init(rawValue:)) ?? (out == "-" ? .jsonl : BatchFormat.forPath(out))
        var clustering: BatchClustering?
        if cluster {
            var clusterer = RoleClusterer(lexicon: lexicon, cleaner: try RoleOptions.cleaner(lexicon, lexicons: lexicons))
            clusterer.threshold = clusterThreshold
            clusterer.threads = jobs
            clustering = BatchClustering(clusterer: clusterer, sampleSize: clusterSample)
        }
        let stop = StopSignal()
        let traps = SignalTraps(stop: stop)
        defer { withExtendedLifetime(traps) {} }
        let tty = isatty(STDERR_FILENO) == 1 && !quiet
        let totals: BatchTotals
        do {
            totals = try BatchRunner(autopsy: autopsy, jobs: jobs, clustering: clustering).run(
                reader: reader, out: out, format: chosen, resume: resume, inputs: all, stop: stop,
                progress: tty ? { p in FileHandle.standardError.write(Data(("\r" + p.line + "\u{1B}[K").utf8)) } : nil)
        } catch {
            if tty { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
            Output.error(error.description)
            throw ExitCode(error.kind == .resume ? 2 : 7)
        }
        if tty { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        if let summary {
            do {
                try Data(JSONRenderer().render(totals.summary).utf8).write(to: URL(fileURLWithPath: summary), options: .atomic)
            } catch {
                Output.error("\(summary): cannot write the summary (\(error.localizedDescription))")
                throw ExitCode(7)
            }
        }
        if !quiet { FileHandle.standardError.write(Data(totals.summary.text.utf8)) }
        Output.error(totalsLine(totals))
        if let signal = totals.interruptedBy { throw ExitCode(128 + signal) }
        if totals.failed > 0 || totals.summary.errors > 0 { throw ExitCode(8) }
    }

    private func totalsLine(_ t: BatchTotals) -> String {
        let rate = t.seconds > 0 ? Double(t.written) / t.seconds : 0
        let mb = t.seconds > 0 ? Double(t.bytes) / t.seconds / 1e6 : 0
        var s = "batch: \(t.written) records (\(t.written - t.failed) scored, \(t.failed) errors)"
        if t.resumed > 0 { s += " after \(t.resumed) resumed" }
        s += " in \(String(format: "%.1f", t.seconds)) s, \(String(format: "%.1f", rate)) records/s, \(String(format: "%.2f", mb)) MB/s"
        if let signal = t.interruptedBy {
            let name = signal == SIGTERM ? "SIGTERM" : "SIGINT"
            return s + "; stopped by \(name): " + (out == "-" ? "standard output holds the finished records"
                : "\(out).partial holds the finished records; run again with --resume to continue")
        }
        if let f = t.summary.families, let c = t.clusterSeconds {
            s += "; \(f.clusters.count) role families of \(f.clustered) postings in \(String(format: "%.1f", c)) s"
        }
        return s + (out == "-" ? "" : "; wrote \(out)")
    }
}
