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
          curl -s https://example.org/story.txt | casualties extract --jsonl

        Records come out in input order. An input that cannot be read (missing, \
        a directory, binary) is reported on standard error and skipped; the \
        others are still processed and the exit status is then 1.
        """
    )

    @Argument(help: ArgumentHelp("Text files to read; none or '-' reads standard input.", valueName: "file"),
              completion: .file())
    var inputs: [String] = []

    @Flag(help: "Output format.")
    var format: OutputFormat?

    @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file (atomically) instead of standard output.", valueName: "file"))
    var output: String?

    @OptionGroup var options: GlobalOptions

    func run() throws {
      let extractor = try options.makeExtractor()
      let sink = try output.map(OutputSink.init(path:)) ?? OutputSink()
      var writer = (format ?? (sink.isTerminal ? .table : .jsonl)).recordFormat.makeWriter()
      var failed = false
      sink.write(writer.header())
      for input in inputs.isEmpty ? ["-"] : inputs {
        let bytes: [UInt8]
        do { bytes = try InputReader.read(input) } catch {
          Diagnostics.write(error.description)
          failed = true
          continue
        }
        let result = extractor.extract(utf8: bytes, doc: input)
        for warning in result.warnings { options.warn(warning.description) }
        sink.write(writer.write(result.records))
      }
      sink.write(writer.footer())
      do { try sink.commit() } catch {
        sink.discard()
        throw error
      }
      if failed { throw ExitCode.inputFailed }
    }
  }
}
