import ArgumentParser
import CasualtiesKit
import Foundation

extension Casualties {
  /// `casualties summarize`: what the claims say, without double counting.
  struct Summarize: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Summarize claims per category and place, and count claims per source type.",
      discussion: """
        Per category and place: the highest figure given for an incident and the \
        latest running total, each with its source. Reports of one event repeat \
        (a headline, a lead, a quote; a running total restated as it grows), so \
        the summary never adds records up.

        Examples:
          casualties summarize archive/*.txt
          casualties summarize --input-format jsonl dump.jsonl --csv > summary.csv
        """
    )

    /// `--table`, `--csv` or `--jsonl`.
    enum Format: String, EnumerableFlag {
      case table, csv, jsonl
    }

    @Argument(help: ArgumentHelp("Files (or folders with --recursive) to read; none or '-' reads standard input.", valueName: "file"),
              completion: .file())
    var inputs: [String] = []

    @Flag(help: "Output format (default: a table).")
    var format: Format = .table

    @Option(name: .shortAndLong, help: ArgumentHelp("Documents extracted at once (default: all cores).", valueName: "n"))
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @OptionGroup var input: InputOptions
    @OptionGroup var options: GlobalOptions

    func validate() throws {
      if jobs < 1 { throw ValidationError("--jobs must be at least 1") }
    }

    func run() throws {
      let extractor = try options.makeExtractor()
      var records: [EventRecord] = []
      let pipeline = ExtractionPipeline(extractor: extractor, jobs: jobs) { _, results in
        for result in results {
          for warning in result.warnings { options.warn(warning.description) }
          records += result.records
        }
      }
      let succeeded = InputFeeder(options: input, quiet: options.quiet).feed(inputs, to: pipeline, progress: nil)
      let summary = Summary(records: records)
      switch format {
      case .table: print(SummaryText.table(summary), terminator: "")
      case .csv: print(SummaryText.csv(summary), terminator: "")
      case .jsonl: print(SummaryText.jsonLines(summary), terminator: "")
      }
      if !succeeded { throw ExitCode.inputFailed }
    }
  }
}
