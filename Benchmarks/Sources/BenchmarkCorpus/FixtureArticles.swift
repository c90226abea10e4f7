import Foundation

/// The real news articles in the main package's `Data/fixtures`, split by
/// whether the engine's reviewed output for them has any record.
public struct FixtureArticles: Sendable {
  /// One article: its file name and its text with blank lines removed (so
  /// that a blank line always separates whole documents in the corpus).
  public struct Article: Sendable {
    public var name: String
    public var text: String
  }

  /// Articles whose `NAME.expected.jsonl` lists at least one record.
  public var withClaims: [Article]
  /// Articles whose `NAME.expected.jsonl` is empty (sport, business,
  /// politics stories with numbers but no claims) or missing.
  public var withoutClaims: [Article]

  /// `Data/fixtures` of the main package, found from this source file's
  /// location (`Benchmarks/Sources/BenchmarkCorpus/` is three levels below
  /// the package root), so nothing depends on where the checkout lives.
  public static let defaultDirectory: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent()
    .appendingPathComponent("../../../Data/fixtures")
    .standardizedFileURL

  /// Reads every `*.txt` in `directory`, in file-name order.
  public init(directory: URL = FixtureArticles.defaultDirectory) throws {
    let names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
      .filter { $0.hasSuffix(".txt") }
      .sorted()
    var withClaims: [Article] = []
    var withoutClaims: [Article] = []
    for name in names {
      let raw = try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
      let article = Article(name: name, text: Self.withoutBlankLines(raw))
      let expected = directory.appendingPathComponent(String(name.dropLast(4)) + ".expected.jsonl")
      let records = (try? String(contentsOf: expected, encoding: .utf8)) ?? ""
      if records.contains(where: { !$0.isWhitespace }) {
        withClaims.append(article)
      } else {
        withoutClaims.append(article)
      }
    }
    self.withClaims = withClaims
    self.withoutClaims = withoutClaims
  }

  /// The text's non-blank lines, trimmed of trailing white space, joined by one line break.
  static func withoutBlankLines(_ text: String) -> String {
    text.split(whereSeparator: \.isNewline)
      .map { String($0.reversed().drop(while: \.isWhitespace).reversed()) }
      .filter { !$0.isEmpty }
      .joined(separator: "\n")
  }
}
