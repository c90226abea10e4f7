import Foundation

/// A word list or table from `Data/lexicons/`: one entry a line, columns
/// separated by tabs, `#` starting a comment line. The first column is the
/// phrase; the others are whatever the file documents.
public struct Lexicon: Sendable {
  /// The file's name without extension, as rule patterns refer to it (`{lexicon:victims}`).
  public let name: String
  /// The rows in file order, each split on tabs.
  public let rows: [[String]]
  private let rowByPhrase: [String: Int]

  /// Parses lexicon text.
  public init(name: String, text: String) {
    self.name = name
    var rows: [[String]] = []
    for line in text.split(whereSeparator: \.isNewline) {
      let trimmed = line.trimmingCharacters(in: .whitespaces)
      if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
      rows.append(line.split(separator: "\t", omittingEmptySubsequences: false).map {
        $0.trimmingCharacters(in: .whitespaces)
      })
    }
    self.rows = rows
    var index: [String: Int] = [:]
    for (offset, row) in rows.enumerated() where index[Self.normalize(row[0])] == nil {
      index[Self.normalize(row[0])] = offset
    }
    self.rowByPhrase = index
  }

  /// The phrases (first column) in file order.
  public var phrases: [String] { rows.map { $0[0] } }

  /// The row whose phrase equals `phrase`, ignoring case and runs of white space.
  public func row(for phrase: some StringProtocol) -> [String]? {
    rowByPhrase[Self.normalize(phrase)].map { rows[$0] }
  }

  /// Lowercases and folds runs of white space (and hyphens between words) to one space.
  public static func normalize(_ phrase: some StringProtocol) -> String {
    phrase.lowercased().split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
  }

  /// A regex alternation of the phrases, longest first so that "shot dead"
  /// is tried before "shot", with literal characters escaped and each space
  /// matching any run of white space.
  public var alternation: String {
    let sorted = phrases.sorted { $0.utf8.count != $1.utf8.count ? $0.utf8.count > $1.utf8.count : $0 < $1 }
    return "(?:" + sorted.map(Self.regexLiteral).joined(separator: "|") + ")"
  }

  static func regexLiteral(_ phrase: String) -> String {
    var out = ""
    for character in phrase {
      switch character {
      case " ": out += "\\s+"
      case "'", "’": out += "(?:'|’)"
      case "\\", ".", "+", "*", "?", "(", ")", "[", "]", "{", "}", "|", "^", "$", "#", "-", "/":
        out += "\\" + String(character)
      default: out.append(character)
      }
    }
    return out
  }
}
