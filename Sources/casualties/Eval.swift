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
        are scored apart. Among matched claims, places agree when one name's \
        words stand whole inside the other's ("western Khan Younis" and "Khan \
        Younis"); source_type is scored where the gold names a source, and \
        source_invented counts the records that name one where it has none. \
        A document without gold claims scores its records as false alarms.

        Name dev-set folders (each holds gold.jsonl and its *.txt) to score each \
        set and their union, or name documents with --gold.

        Examples:
          casualties eval Data/fixtures Data/fixtures/wikinews
          casualties eval Data/fixtures/wikinews --verbose
          casualties eval --gold gold.jsonl articles/*.txt --json --min-f1 0.9
        """
    )

    @Option(
      help: ArgumentHelp("Gold claims, one JSON object per line, for the documents named.", valueName: "file"),
      completion: .file())
    var gold: String?

    @Argument(
      help: ArgumentHelp("Dev-set folders (gold.jsonl and *.txt), or documents scored against --gold.", valueName: "path"),
      completion: .file())
    var inputs: [String]

    @Flag(name: .shortAndLong, help: "List every missed gold claim, spurious record and field disagreement.")
    var verbose = false

    @Flag(help: "Print the figures as one JSON object.")
    var json = false

    @Option(
      name: .customLong("min-f1"),
      help: ArgumentHelp("Exit 1 when the overall F1 (of the union, for several sets) is below this.", valueName: "x"))
    var minF1: Double?

    @OptionGroup var options: GlobalOptions

    func validate() throws {
      if inputs.isEmpty {
        throw ValidationError("name dev-set folders (e.g. Data/fixtures) or documents with --gold FILE")
      }
      if let minF1, !(0...1).contains(minF1) { throw ValidationError("--min-f1 must be between 0 and 1") }
    }

    func run() throws {
      let sets: [DevSet]
      do { sets = try devSets() } catch {
        Diagnostics.write("\(error)")
        throw ExitCode.usage
      }
      let extractor = try options.makeExtractor()
      var failed = false
      var reports: [(name: String, report: EvaluationReport)] = []
      for set in sets {
        let (report, failures) = set.score(with: extractor)
        for failure in failures { Diagnostics.write("\(failure)") }
        failed = failed || !failures.isEmpty
        reports.append((set.name, report))
      }
      let overall: EvaluationReport
      if reports.count == 1 {
        overall = reports[0].report
        print(json ? EvaluationText.json(overall) : EvaluationText.table(overall, verbose: verbose), terminator: "")
      } else {
        overall = DevSet.union(sets).score(with: extractor).report
        if json {
          print(EvaluationText.json(sets: reports, union: overall), terminator: "")
        } else {
          for (name, report) in reports {
            print("== \(name)\n")
            print(EvaluationText.table(report, verbose: verbose))
          }
          print("== all sets\n")
          print(EvaluationText.table(overall, verbose: false))
          print(EvaluationText.summary(reports + [("all sets", overall)]), terminator: "")
        }
      }
      if let minF1, overall.overall.f1 < minF1 {
        Diagnostics.write(String(format: "F1 %.3f is below --min-f1 %.3f", overall.overall.f1, minF1))
        throw ExitCode.inputFailed
      }
      if failed { throw ExitCode.inputFailed }
    }

    /// The sets named: each folder is one; documents named with --gold are one more.
    private func devSets() throws -> [DevSet] {
      var sets: [DevSet] = []
      var documents: [String] = []
      for input in inputs {
        if DevSet.isFolder(input) {
          sets.append(try DevSet.folder(input))
        } else if gold == nil {
          throw EvalInputError(
            message: FileManager.default.fileExists(atPath: input)
              ? "\(input): a document needs gold claims: add --gold FILE, or name a dev-set folder that holds gold.jsonl"
              : "\(input): no such file or dev-set folder")
        } else {
          documents.append(input)
        }
      }
      if let gold {
        let claims = try JSONLinesReader.read(GoldClaim.self, from: URL(fileURLWithPath: gold))
        if !documents.isEmpty { sets.append(DevSet(name: gold, documents: documents, gold: claims)) }
      }
      return sets
    }
  }
}

/// Why `eval` cannot start: a message that names the input at fault.
struct EvalInputError: Error, CustomStringConvertible {
  var message: String
  var description: String { message }
}
