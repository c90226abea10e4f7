import Foundation

/// The package's own folders, read from the source tree: the fixtures are
/// test data and are not built into the engine.
enum SourceTree {
  /// The `Data/` folder the built-in data is made from.
  static let data = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Data")
  /// `Data/fixtures`.
  static let fixtures = data.appendingPathComponent("fixtures")
}
