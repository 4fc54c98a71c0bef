/// How much of a `PostingReport` an examination fills in.
public enum ReportDepth: Sendable {
    /// Everything: the translations, the file record and the role lookups as well.
    case full
    /// The headline figures only — scores, findings, sentences, readability, requirements, pay and
    /// flight risk. `translations` stays empty and `record` holds only the role and the dominant
    /// category, so a batch that writes CSV or SQLite (which use nothing else) skips the translator,
    /// the record builder and the role index.
    case headline
}
