/// Where a text holds a capital letter A–Z. A location rule whose place
/// must start with a capital says which kind it needs (`"capital"` in its
/// rules file); a sentence without one cannot hold the rule's match, and
/// the rule does not run there.
enum CapitalLetter: String, Decodable, Comparable {
  /// A capital letter somewhere.
  case anywhere
  /// A capital letter right after white space, as PCRE2's `\s` reads it
  /// without UCP (space, tab, line feed, vertical tab, form feed, carriage
  /// return): a place that a word and spaces lead ("in Gaza").
  case afterSpace = "after_space"

  static func < (lhs: CapitalLetter, rhs: CapitalLetter) -> Bool {
    lhs == .anywhere && rhs == .afterSpace
  }

  /// The most `bytes` hold: after space, else anywhere; nil for no capital.
  /// - Complexity: O(n), stopping at the first capital after a space.
  static func found(in bytes: UnsafeBufferPointer<UInt8>) -> CapitalLetter? {
    var found: CapitalLetter?
    for index in bytes.indices where bytes[index] &- UInt8(ascii: "A") < 26 {
      if index > bytes.startIndex, isSpace(bytes[index - 1]) { return .afterSpace }
      found = .anywhere
    }
    return found
  }

  /// Whether `byte` is white space for PCRE2's `\s` (ASCII only).
  private static func isSpace(_ byte: UInt8) -> Bool {
    byte == UInt8(ascii: " ") || (byte >= 0x09 && byte <= 0x0D)
  }
}

extension CapitalLetter? {
  /// Whether a rule that needs `self` (nil: nothing) may match in a text
  /// that holds `found`.
  func isMet(by found: CapitalLetter?) -> Bool {
    guard let needed = self else { return true }
    return found.map { $0 >= needed } ?? false
  }
}
