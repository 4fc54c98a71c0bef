/// Where a batch's records go, in input order, from the single writer thread.
protocol ResultSink: AnyObject {
    /// Appends one record.
    /// - Throws: `BatchError` (.output) when the write fails.
    func write(_ record: ScoredRecord) throws(BatchError)
    /// Makes what was written so far durable and valid on disk (called periodically and on stop).
    func checkpoint() throws(BatchError)
    /// Records the run and closes; when `complete`, moves the temporary file to its final name.
    func finish(run: RunMetadata, complete: Bool) throws(BatchError)
}
