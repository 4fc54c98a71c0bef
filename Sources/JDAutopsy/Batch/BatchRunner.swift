import Foundation
import Synchronization

/// Scores a corpus on all cores: one thread reads records, `jobs` threads score them, and the
/// calling thread writes them in input order.
///
/// ```
/// reader ──▶ BoundedQueue (jobs × 8) ──▶ workers × jobs ──▶ ReorderBuffer (window) ──▶ writer
/// ```
/// Both hand-offs block when full, so memory is bounded by `jobs × 8 + window` records whatever the
/// corpus size, and a slow writer slows reading. Output bytes depend only on the inputs: each record
/// is scored independently and written in input order.
///
/// With `clustering`, the writer also keeps a bounded sample of the scored postings' documents
/// (`DocumentSample`) and, once the output is finished, groups it into role families for the summary.
public struct BatchRunner: Sendable {
    /// The analysis.
    public let autopsy: Autopsy
    /// Worker threads.
    public let jobs: Int
    /// Results held at most while waiting for an earlier record (≥ jobs).
    public let window: Int
    /// Role families for the summary (`--cluster`), or nil for none.
    public let clustering: BatchClustering?

    /// Creates a runner with `jobs` workers (at least 1).
    public init(autopsy: Autopsy, jobs: Int, window: Int? = nil, clustering: BatchClustering? = nil) {
        self.autopsy = autopsy
        self.jobs = max(1, jobs)
        self.window = max(self.jobs, window ?? self.jobs * 32)
        self.clustering = clustering
    }

    /// Runs the batch: reads `reader`, writes `out` ("-" = standard output) as `format`.
    /// - Parameters:
    ///   - resume: continue `out`'s partial (or finished) file after its complete records.
    ///   - stop: checked between records; when set the run ends cleanly after the records already scored in order.
    ///   - progress: called from the writing thread about five times a second.
    /// - Returns: the totals and the corpus summary (with role families when `clustering` is set and the
    ///   run was not stopped).
    /// - Throws: `BatchError` when the output cannot be written or does not match the inputs on `--resume`.
    /// - Complexity: O(total input size) time, plus the clustering of at most `clustering.sampleSize`
    ///   postings; memory bounded as described above.
    public func run(reader: CorpusReader, out: String, format: BatchFormat, resume: Bool, inputs: [String],
                    stop: StopSignal, progress: ((BatchProgress) -> Void)? = nil) throws(BatchError) -> BatchTotals {
        let started = Date()
        let scorer = RecordScorer(autopsy: autopsy, format: format, documents: clustering != nil)
        var summary = CorpusSummaryBuilder()
        var sample = clustering.map { DocumentSample(limit: $0.sampleSize) }
        var resumed = 0
        // A resumed output's records stream past once: into the summary, and matched against the inputs read in step.
        let output = try BatchOutput(path: out, format: format, resume: resume) { done throws(BatchError) in
            summary.add(done)
            try skip(done, number: resumed + 1, reader: reader, extractor: scorer.extractor, out: out, sample: &sample)
            resumed += 1
        }
        let sink = try output.openSink()

        let totalBytes = reader.knownTotalBytes // before the reading thread owns the reader
        let queue = BoundedQueue<CorpusRecord>(capacity: jobs * 8)
        let reorder = ReorderBuffer<ScoredRecord>(first: output.existingCount, window: window)
        let group = DispatchGroup()
        let running = Atomic<Int>(jobs)
        spawn(group) {
            while !stop.isRequested, let record = reader.next() {
                guard queue.push(record) else { break }
            }
            queue.close()
        }
        for _ in 0..<jobs {
            spawn(group) {
                while let record = queue.pop() { reorder.put(record.ordinal, scorer.score(record)) }
                if running.subtract(1, ordering: .acquiringAndReleasing).newValue == 0 { reorder.finish() }
            }
        }

        var written = 0, failed = 0, bytes = 0
        var lastReport = Date(), lastCheckpoint = Date()
        var writeError: BatchError?
        while let record = reorder.take(stop: { stop.isRequested }) {
            do {
                try sink.write(record)
            } catch {
                writeError = error
                break
            }
            summary.add(record.digest)
            if let document = record.document { sample?.offer(id: document.id, ordinal: record.ordinal) { document } }
            written += 1
            bytes += record.byteCount
            if record.failure != nil { failed += 1 }
            let now = Date()
            if now.timeIntervalSince(lastCheckpoint) >= 1 {
                lastCheckpoint = now
                do { try sink.checkpoint() } catch { writeError = error; break }
            }
            if let progress, now.timeIntervalSince(lastReport) >= 0.2 {
                lastReport = now
                progress(BatchProgress(done: written, failed: failed, bytes: bytes, totalBytes: totalBytes, elapsed: now.timeIntervalSince(started)))
            }
        }
        let interrupted = stop.isRequested || writeError != nil
        if interrupted {
            stop.request(signal: 15)
            queue.cancel()
            reorder.cancel()
        }
        group.wait()
        let seconds = Date().timeIntervalSince(started)
        let run = RunMetadata(
            startedAt: Self.timestamp(started), finishedAt: Self.timestamp(Date()), status: interrupted ? "interrupted" : "complete",
            version: JDAutopsyVersion.current, schemaVersion: PostingReport.currentSchemaVersion, jobs: jobs, inputs: inputs,
            resumedRecords: output.existingCount, records: written, scored: written - failed, errors: failed, wallSeconds: seconds)
        try sink.finish(run: run, complete: !interrupted)
        if let writeError { throw writeError }
        var result = summary.summary(run: run)
        var clusterSeconds: Double?
        if let clustering, let sample, !interrupted {
            // After the output is complete: a stopped run skips it, and --resume clusters the whole corpus.
            let clustered = Date()
            let report = clustering.clusterer.cluster(sample.documents)
            result.families = CorpusSummary.Families(report, scored: sample.offered, settings: clustering)
            clusterSeconds = Date().timeIntervalSince(clustered)
        }
        return BatchTotals(resumed: output.existingCount, written: written, failed: failed, bytes: bytes, seconds: seconds,
                           interruptedBy: interrupted ? stop.signal : nil, summary: result, clusterSeconds: clusterSeconds)
    }

    /// Reads past the input record that resumed record `number` (1-based) stands for, checking that
    /// their ids match. With a `sample`, offers it a scored one, re-extracting (not re-scoring) it when
    /// taken, so the sample is the one an uninterrupted run would draw.
    private func skip(_ done: RecordDigest, number: Int, reader: CorpusReader, extractor: RecordExtractor, out: String,
                      sample: inout DocumentSample?) throws(BatchError) {
        guard let record = reader.next() else {
            throw BatchError(.resume, path: out, message: "holds more records than the inputs' \(number - 1); were the inputs changed?")
        }
        let (id, parsed) = extractor.identify(record)
        guard id == done.id else {
            throw BatchError(.resume, path: out, message: "record \(number) has id \"\(done.id)\" but the inputs' record \(number) is \"\(id)\"; were the inputs or options changed?")
        }
        if done.score != nil {
            sample?.offer(id: id, ordinal: record.ordinal) { try? CorpusDocument(extractor.posting(of: record, id: id, parsed: parsed)) }
        }
    }

    private func spawn(_ group: DispatchGroup, _ body: @escaping @Sendable () -> Void) {
        group.enter()
        let thread = Thread {
            body()
            group.leave()
        }
        thread.stackSize = 8 << 20
        thread.start()
    }

    /// ISO 8601 UTC, seconds precision.
    static func timestamp(_ date: Date) -> String {
        let f = ISO8601DateFormatter()
        f.formatOptions = [.withInternetDateTime]
        f.timeZone = TimeZone(identifier: "UTC")
        return f.string(from: date)
    }
}
