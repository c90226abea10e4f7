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

    @Flag(help: "Output format.")
    var format: Format = .table

    @OptionGroup var input: InputOptions
    @OptionGroup var options: GlobalOptions

    func run() throws {
      let extractor = try options.makeExtractor()
      var records: [EventRecord] = []
      let warnings = WarningLog(options: options)
      let pipeline = ExtractionPipeline(extractor: extractor, jobs: input.jobs) { _, result in result } onResults: { _, results in
        for result in results {
          warnings.report(result.warnings)
          records += result.records
        }
      }
      let succeeded = InputFeeder(options: input, quiet: options.quiet).feed(to: pipeline, progress: nil)
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
