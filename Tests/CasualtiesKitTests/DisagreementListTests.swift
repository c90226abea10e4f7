import CasualtiesKit
import Foundation
import Testing

/// Each dev set's `DISAGREEMENTS.md` lists the records that disagree with the
/// gold (misses, false alarms, fields), as `casualties eval --verbose` prints
/// them: the snapshots lock in what the engine emits, and this list keeps the
/// wrong records in sight. It fails when the list is stale.
@Suite struct DisagreementListTests {
  static let extractor = try! Extractor()

  @Test(arguments: DevSetFolders.all)
  func listIsWhatEvalSaysNow(_ folder: URL) throws {
    let file = folder.appendingPathComponent("DISAGREEMENTS.md")
    let committed = try String(contentsOf: file, encoding: .utf8)
    let (report, failures) = try DevSet.folder(folder.path).score(with: Self.extractor)
    #expect(failures.isEmpty)
    // What `casualties eval --verbose FOLDER` prints for one set.
    let now = EvaluationText.table(report, verbose: true)
    let listed = Self.fencedText(in: committed)
    #expect(listed != nil, "\(file.path) has no ```text block")
    guard let listed, listed != now else { return }
    let old = listed.split(separator: "\n", omittingEmptySubsequences: false)
    let new = now.split(separator: "\n", omittingEmptySubsequences: false)
    let first = zip(old, new).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(old.count, new.count)
    Issue.record("""
      \(file.path) is stale: run Scripts/disagreements.sh after reviewing the change.
      first difference at line \(first + 1) of the list:
        listed: \(first < old.count ? String(old[first]) : "(end)")
        now:    \(first < new.count ? String(new[first]) : "(end)")
      """)
  }

  /// The text between the file's "```text" line and the closing fence.
  static func fencedText(in markdown: String) -> String? {
    guard let open = markdown.range(of: "```text\n"),
      let close = markdown.range(of: "\n```", options: .backwards, range: open.upperBound..<markdown.endIndex)
    else { return nil }
    return String(markdown[open.upperBound..<close.lowerBound]) + "\n"
  }
}
