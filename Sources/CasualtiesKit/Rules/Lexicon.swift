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

  /// Parses lexicon text. Works on UTF-8 bytes: the gazetteer has tens of
  /// thousands of lines and is loaded at every start.
  public init(name: String, text: String) {
    self.init(name: name, rows: Self.rows(of: text))
  }

  /// The rows of lexicon text (comments and empty lines left out), each
  /// split on tabs, without the index by phrase that a ``Lexicon`` builds:
  /// for tables read only in order, such as the gazetteer's.
  static func rows(of text: String) -> [[String]] {
    var rows: [[String]] = []
    var text = text
    text.withUTF8 { bytes in
      var lineStart = 0
      while lineStart < bytes.count {
        var lineEnd = lineStart
        while lineEnd < bytes.count, bytes[lineEnd] != UInt8(ascii: "\n") { lineEnd += 1 }
        defer { lineStart = lineEnd + 1 }
        var fields: [String] = []
        var fieldStart = lineStart
        for position in lineStart...lineEnd where position == lineEnd || bytes[position] == UInt8(ascii: "\t") {
          var lower = fieldStart
          var upper = position
          while lower < upper, Self.isBlank(bytes[lower]) { lower += 1 }
          while upper > lower, Self.isBlank(bytes[upper - 1]) { upper -= 1 }
          fields.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[lower..<upper]), as: UTF8.self))
          fieldStart = position + 1
        }
        guard let first = fields.first, !first.isEmpty, !first.hasPrefix("#") else { continue }
        rows.append(fields)
      }
    }
    return rows
  }

  private static func isBlank(_ byte: UInt8) -> Bool {
    byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r")
  }

  private init(name: String, rows: [[String]]) {
    self.name = name
    self.rows = rows
    var index: [String: Int] = [:]
    index.reserveCapacity(rows.count)
    for (offset, row) in rows.enumerated() {
      let key = Self.normalize(row[0])
      if index[key] == nil { index[key] = offset }
    }
    self.rowByPhrase = index
  }

  /// This lexicon with `rows` added; a row whose phrase is already here
  /// replaces the old one, so a user's entry wins.
  func adding(_ added: [[String]]) -> Lexicon {
    let replaced = Set(added.map { Self.normalize($0[0]) })
    return Lexicon(name: name, rows: added + rows.filter { !replaced.contains(Self.normalize($0[0])) })
  }

  /// The phrases (first column) in file order.
  public var phrases: [String] { rows.map { $0[0] } }

  /// The row whose phrase equals `phrase`, ignoring case and runs of white space.
  public func row(for phrase: some StringProtocol) -> [String]? {
    rowByPhrase[Self.normalize(phrase)].map { rows[$0] }
  }

  /// The row whose phrase equals `phrase`, which is already lowercase and folded.
  func row(forNormalized phrase: String) -> [String]? {
    rowByPhrase[phrase].map { rows[$0] }
  }

  /// Lowercases and folds runs of white space to one space.
  public static func normalize(_ phrase: some StringProtocol) -> String {
    let lowered = phrase.lowercased()
    // Most phrases are already folded: skip the split and join for them.
    // (They are ASCII here, so two spaces are two space bytes.)
    if !lowered.utf8.contains(where: { $0 == UInt8(ascii: "\t") || $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") || $0 >= 0x80 }),
      !lowered.hasPrefix(" "), !lowered.hasSuffix(" "), !Self.hasDoubleSpace(lowered)
    {
      return lowered
    }
    return lowered.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
  }

  private static func hasDoubleSpace(_ text: String) -> Bool {
    var previousWasSpace = false
    for byte in text.utf8 {
      let isSpace = byte == UInt8(ascii: " ")
      if isSpace && previousWasSpace { return true }
      previousWasSpace = isSpace
    }
    return false
  }

  /// A regex alternation of the phrases, longest first so that "shot dead"
  /// is tried before "shot", with literal characters escaped and each space
  /// matching any run of white space. It is written factored on common
  /// prefixes when that provably matches the same.
  public var alternation: String {
    let sorted = phrases.sorted { $0.utf8.count != $1.utf8.count ? $0.utf8.count > $1.utf8.count : $0 < $1 }
    let units = sorted.map(PrefixAlternation.units(of:))
    if units.allSatisfy({ $0 != nil }), let factored = PrefixAlternation.pattern(for: units.compactMap { $0 }) {
      return factored
    }
    return plainAlternation(of: sorted)
  }

  /// Every phrase in turn, in the given order.
  func plainAlternation(of sorted: [String]) -> String {
    "(?:" + sorted.map(Self.regexLiteral).joined(separator: "|") + ")"
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
