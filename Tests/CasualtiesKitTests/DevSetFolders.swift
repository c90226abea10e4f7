import Foundation

/// The dev-set folders in the source tree (test data, not built into the engine).
enum DevSetFolders {
  /// The Lee corpus and the seed: `Data/fixtures`.
  static let lee = SourceTree.fixtures
  /// The Wikinews dev set: `Data/fixtures/wikinews`.
  static let wikinews = SourceTree.fixtures.appendingPathComponent("wikinews")
  /// Every folder of fixtures (`NAME.txt` beside `NAME.expected.jsonl`).
  static let all = [lee, wikinews]
}
