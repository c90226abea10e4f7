/// A kind of capital letter (A–Z, or a Latin-1 capital À–Þ in UTF-8) that a location rule's matches hold
/// (`"capital"` in its rules file), when its place must start with one. A
/// match starts at or before the capital it holds: a sentence without one
/// skips the rule, and in the others no match is tried after the last one
/// (``CapitalLetters``).
enum CapitalLetter: String, Decodable {
  /// A capital letter somewhere.
  case anywhere
  /// A capital letter right after white space, as PCRE2's `\s` reads it
  /// without UCP (space, tab, line feed, vertical tab, form feed, carriage
  /// return): a place that a word and spaces lead ("in Gaza").
  case afterSpace = "after_space"
}

/// Where the last capital letters of a text stand.
struct CapitalLetters {
  /// The offset of the last capital letter; nil for none.
  private(set) var last: Int?
  /// The offset of the last capital letter right after white space; nil for none.
  private(set) var lastAfterSpace: Int?

  /// Reads `bytes` from the end.
  /// - Complexity: O(n), stopping at the last capital after a space.
  init(in bytes: UnsafeBufferPointer<UInt8>) {
    var index = bytes.endIndex
    while index > bytes.startIndex {
      index -= 1
      guard Self.isCapital(bytes, at: index) else { continue }
      if last == nil { last = index - bytes.startIndex }
      if index > bytes.startIndex, WhiteSpaceFolding.isSpace(bytes[index - 1]) {
        lastAfterSpace = index - bytes.startIndex
        return
      }
    }
  }

  /// The last offset a match holding a `capital` may start at; nil when
  /// the text holds none.
  func limit(for capital: CapitalLetter) -> Int? {
    switch capital {
    case .anywhere: last
    case .afterSpace: lastAfterSpace
    }
  }

  /// Whether a capital letter starts at `index`: A–Z, or the UTF-8 of À–Þ
  /// (0xC3 then 0x80–0x9E), as the location rules' place words begin.
  private static func isCapital(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
    if bytes[index] &- UInt8(ascii: "A") < 26 { return true }
    return bytes[index] == 0xC3 && index + 1 < bytes.endIndex && bytes[index + 1] &- 0x80 <= 0x1E
  }
}

extension CapitalLetters {
  /// Where a match of `rule` may start in the text.
  func starts(for rule: CompiledRule) -> MatchStarts {
    guard let capital = rule.definition.capital else { return .anywhere }
    return limit(for: capital).map(MatchStarts.through) ?? .nowhere
  }
}

/// Where a rule's matches may start in a text.
enum MatchStarts: Equatable {
  /// The rule cannot match.
  case nowhere
  /// Anywhere.
  case anywhere
  /// At this offset or before.
  case through(Int)

  /// The offset limit for a scan (nil for none).
  var limit: Int? {
    if case .through(let offset) = self { offset } else { nil }
  }
}
