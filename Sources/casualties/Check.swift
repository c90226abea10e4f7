import ArgumentParser
import CasualtiesKit
import Foundation

extension Casualties {
  /// `casualties check`: fixture regression for CI.
  struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Compare fixtures' records with their reviewed expected records.",
      discussion: """
        Each NAME.txt in the folder is extracted again and compared with \
        NAME.expected.jsonl. Prints, per fixture that differs, the counts per \
        category before and after and every record added, removed or changed \
        (field by field). Exit status 1 on any difference.

        Examples:
          casualties check Data/fixtures
          casualties check Data/fixtures --update     # after reviewing a rule change
        """
    )

    @Argument(help: ArgumentHelp("The fixtures folder.", valueName: "dir"), completion: .directory)
    var folder: String

    @Flag(help: "Rewrite the expected files that differ, and say which.")
    var update = false

    @OptionGroup var options: GlobalOptions

    func run() throws {
      let fixtures: [Fixture]
      do { fixtures = try Fixture.all(in: URL(fileURLWithPath: folder)) } catch {
        throw ValidationError("\(folder): cannot list the fixtures folder")
      }
      if fixtures.isEmpty { throw ValidationError("\(folder): no NAME.txt fixtures in this folder") }
      let extractor = try options.makeExtractor()
      var differing = 0
      for fixture in fixtures {
        let (diff, records) = try FixtureCheck.run(fixture, with: extractor)
        if diff.isClean { continue }
        differing += 1
        print(FixtureText.describe(diff), terminator: "")
        if update {
          try FixtureCheck.update(fixture, records: records)
          print("  rewrote \(fixture.expected.lastPathComponent) (\(records.count) records)")
        }
      }
      print("\(fixtures.count) fixtures, \(differing) \(differing == 1 ? "differs" : "differ")\(update && differing > 0 ? " (expected files rewritten)" : "")")
      if differing > 0 && !update { throw ExitCode.inputFailed }
    }
  }
}
