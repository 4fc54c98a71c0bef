import ArgumentParser
import Foundation
import JDAutopsy

/// `jdautopsy cluster CORPUS`: role families, near-duplicates and boilerplate of a corpus.
struct ClusterCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cluster", abstract: "Group a corpus (directory, JSONL or CSV) into role families by TF-IDF cosine similarity.",
        discussion: """
        Method: average-link agglomerative clustering over each posting's nearest neighbours, after removing
        paragraphs shared by many postings; see RoleClusterer. Same corpus, same output, for any --threads.
        The corpus is read as `batch` reads it (same ids, titles and text blocks), so `batch --cluster` on a corpus
        of at most --cluster-sample postings gives these families. Records without text, and directory files that
        cannot be read, are skipped with a message on stderr.
        Exit codes: 0 success; 2 usage; 3 corpus not found; 6 malformed corpus record or lexicon.
        """)

    /// Output formats.
    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json, csv }

    @Argument(help: "A directory of posting files, a .csv file (a text column; optional id, title) or a JSONL file (any other file: one posting a line, as `batch` reads it).")
    var corpus: String

    @Option(name: .shortAndLong, help: "Output format: text, json or csv.")
    var format: Format = .text

    @Option(help: "Average-link similarity at which merging stops (0–1).")
    var threshold: Double = RoleClusterer.defaultThreshold

    @Option(help: "Cosine at or above which two postings are near-duplicates.")
    var nearDuplicate: Double = 0.9

    @Option(help: "Threads (0: one per processor). The output does not depend on it.")
    var threads: Int = 0

    @OptionGroup var lexicons: LexiconOptions

    func validate() throws {
        guard (0...1).contains(threshold), (0...1).contains(nearDuplicate) else { throw ValidationError("thresholds must be in 0…1") }
        guard threads >= 0 else { throw ValidationError("--threads must be 0 or more") }
    }

    func run() throws {
        let lexicon = try lexicons.load()
        let cleaner = try RoleOptions.cleaner(lexicon, lexicons: lexicons)
        let documents = try RoleErrors.readCorpus(corpus, lexicon: lexicon)
        var clusterer = RoleClusterer(lexicon: lexicon, cleaner: cleaner)
        clusterer.threshold = threshold
        clusterer.nearDuplicateThreshold = nearDuplicate
        clusterer.threads = threads
        let report = clusterer.cluster(documents)
        switch format {
        case .text: Output.write(ClusterRenderer.text(report))
        case .json: Output.write(ClusterRenderer.json(report))
        case .csv: Output.write(ClusterRenderer.csv(report))
        }
    }
}
