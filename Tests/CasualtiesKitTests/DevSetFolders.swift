import Foundation

/// The dev-set folders in the source tree: test data, read where the package's sources are.
enum DevSetFolders {
  /// The package's root folder.
  static let packageRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  /// The Lee corpus and the seed: `Data/fixtures`.
  static let lee = packageRoot.appendingPathComponent("Data/fixtures")
  /// The Wikinews dev set: `Data/fixtures/wikinews`.
  static let wikinews = packageRoot.appendingPathComponent("Data/fixtures/wikinews")
  /// Every folder of fixtures (`NAME.txt` beside `NAME.expected.jsonl`).
  static let all = [lee, wikinews]
}
