import ArgumentParser
import CasualtiesKit
import Foundation

extension Casualties {
  /// `casualties eval`: precision, recall and F1 against gold claims.
  struct Eval: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Score extraction against gold claims.",
      discussion: """
        A record matches a gold claim from the same document (by file name) with \
        the same category and count; matching is one to one. Gold restatements \
        are scored apart. Only gold claims of the documents given are counted.

        Examples:
          casualties eval --gold Data/fixtures/gold.jsonl Data/fixtures/*.txt
          casualties eval --gold gold.jsonl articles/*.txt --verbose
          casualties eval --gold gold.jsonl articles/*.txt --json --min-f1 0.9
        """
    )

    @Option(help: ArgumentHelp("Gold claims, one JSON object per line.", valueName: "file"), completion: .file())
    var gold: String

    @Argument(help: ArgumentHelp("The documents to extract from and score.", valueName: "file"), completion: .file())
    var inputs: [String]

    @Flag(name: .shortAndLong, help: "List every missed gold claim, spurious record and field disagreement.")
    var verbose = false

    @Flag(help: "Print the figures as one JSON object.")
    var json = false

    @Option(name: .customLong("min-f1"), help: ArgumentHelp("Exit 1 when the overall F1 is below this.", valueName: "x"))
    var minF1: Double?

    @OptionGroup var options: GlobalOptions

    func validate() throws {
      if inputs.isEmpty { throw ValidationError("name the documents to score, e.g. Data/fixtures/*.txt") }
      if let minF1, !(0...1).contains(minF1) { throw ValidationError("--min-f1 must be between 0 and 1") }
    }

    func run() throws {
      let goldClaims: [GoldClaim]
      do { goldClaims = try JSONLinesReader.read(GoldClaim.self, from: URL(fileURLWithPath: gold)) } catch {
        throw ValidationError("cannot read the gold claims: \(error)")
      }
      let extractor = try options.makeExtractor()
      var records: [EventRecord] = []
      var documents: Set<String> = []
      var failed = false
      for input in inputs {
        do {
          records += extractor.extract(utf8: try InputReader.read(input), doc: input).records
          documents.insert(Scorer.fileName(input))
        } catch {
          Diagnostics.write("\(error)")
          failed = true
        }
      }
      let report = Scorer.score(records: records, gold: goldClaims, documents: documents)
      print(json ? EvaluationText.json(report) : EvaluationText.table(report, verbose: verbose), terminator: "")
      if let minF1, report.overall.f1 < minF1 {
        Diagnostics.write(String(format: "F1 %.3f is below --min-f1 %.3f", report.overall.f1, minF1))
        throw ExitCode.inputFailed
      }
      if failed { throw ExitCode.inputFailed }
    }
  }
}
