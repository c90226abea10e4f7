import ArgumentParser
import CasualtiesKit
import Foundation

extension Casualties {
  /// `casualties extract`: records from files or standard input.
  struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Extract claims from text files or standard input.",
      discussion: """
        Examples:
          casualties extract Data/samples/beirut-strikes-2024.txt
          casualties extract articles/*.txt --csv -o claims.csv
          casualties extract --recursive archive/ --jsonl > claims.jsonl
          casualties extract --input-format jsonl --text-field body dump.jsonl --jsonl
          casualties extract --input-format stories wire.txt   # stories split by blank lines
          cat story.txt | casualties extract --jsonl
          casualties extract story.txt --html review.html    # highlighted claims for checking
          casualties extract archive/*.txt --gkg               # GDELT GKG-style counts

        Records come out in input order. An input that cannot be read (missing, \
        a folder without --recursive, binary) is reported on standard error and \
        skipped; the others are still processed and the exit status is then 1.
        A large file is read in pieces, so memory stays bounded.
        """
    )

    @Flag(help: "Output format.")
    var format: OutputFormat?

    @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file (atomically) instead of standard output.", valueName: "file"))
    var output: String?

    @Option(help: ArgumentHelp("Also write a review page: each document's text with its claims highlighted.", valueName: "file"))
    var html: String?

    @Option(
      help: ArgumentHelp(
        "Keep only these categories, comma-separated: \(CasualtiesKit.Category.allCases.map(\.rawValue).joined(separator: ", ")).",
        valueName: "list"),
      transform: Extract.categories(from:))
    var categories: Set<CasualtiesKit.Category>?

    @OptionGroup var input: InputOptions
    @OptionGroup var options: GlobalOptions

    /// `killed,injured` as a set of categories.
    static func categories(from list: String) throws -> Set<CasualtiesKit.Category> {
      let names = list.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }.filter { !$0.isEmpty }
      guard !names.isEmpty else { throw ValidationError("name at least one category") }
      return Set(try names.map { name in
        guard let category = CasualtiesKit.Category(rawValue: name) else {
          throw ValidationError("'\(name)' is not a category; the categories are \(CasualtiesKit.Category.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        return category
      })
    }

    func run() throws {
      let extractor = try options.makeExtractor(categories: categories)
      let sink = try output.map(OutputSink.init(path:)) ?? OutputSink()
      // Opened before the run, so that a page that cannot be written is said at once.
      let page: OutputSink?
      do { page = try html.map(OutputSink.init(path:)) } catch {
        sink.discard()
        throw error
      }
      var writer = (format ?? (sink.isTerminal ? .table : .jsonl)).makeWriter(rules: extractor.rules, width: sink.terminalWidth)
      var report = html.map { _ in HTMLReport(title: "casualties: claims in \(input.inputs.isEmpty ? "standard input" : input.inputs.joined(separator: ", "))") }
      let feeder = InputFeeder(options: input, quiet: options.quiet)
      let progress = ProgressLine(totalBytes: feeder.totalBytes, quiet: options.quiet)
      sink.write(writer.header())
      // Records are formatted on the extraction threads; this thread only writes.
      let formatter = writer
      let keepsRecords = html != nil
      let warnings = WarningLog(options: options)
      let pipeline = ExtractionPipeline(extractor: extractor, jobs: input.jobs) { _, result in
        var writer = formatter
        return FormattedResult(text: writer.write(result.records), warnings: result.warnings, records: keepsRecords ? result.records : [])
      } onResults: { documents, outputs in
        for (document, output) in zip(documents, outputs) {
          warnings.report(output.warnings)
          sink.write(output.text)
          report?.add(document, records: output.records)
        }
      }
      let succeeded = feeder.feed(to: pipeline, progress: progress)
      progress.finish()
      sink.write(writer.footer())
      do {
        if let page, let report {
          page.write(report.render())
          try page.commit()
        }
        try sink.commit()
      } catch {
        page?.discard()
        sink.discard()
        throw error
      }
      if !succeeded { throw ExitCode.inputFailed }
    }
  }
}

/// One document's output, made on an extraction thread.
struct FormattedResult: Sendable {
  var text: String
  var warnings: [ExtractionWarning]
  /// The records themselves, kept only for the review page.
  var records: [EventRecord]
}
