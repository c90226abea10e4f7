import Foundation

/// The few Foundation string operations the number reader uses, done on the
/// bytes when the text is ASCII (where they mean the same and need no
/// bridging to `NSString`), and by Foundation otherwise.
enum PlainText {
  static func isASCII(_ text: some StringProtocol) -> Bool {
    text.utf8.allSatisfy { $0 < 0x80 }
  }

  /// `text.range(of: needle)`: the first place `needle` (ASCII) stands.
  static func range(of needle: String, in text: String) -> Range<String.Index>? {
    guard isASCII(text) else { return text.range(of: needle) }
    let bytes = Array(text.utf8)
    let target = Array(needle.utf8)
    guard !target.isEmpty, bytes.count >= target.count else { return nil }
    for start in 0...(bytes.count - target.count) where bytes[start..<(start + target.count)].elementsEqual(target) {
      let lower = text.utf8.index(text.startIndex, offsetBy: start)
      return lower..<text.utf8.index(lower, offsetBy: target.count)
    }
    return nil
  }

  /// `text.trimmingCharacters(in: .whitespaces)`: for ASCII, spaces and tabs
  /// off both ends.
  static func trimmingSpaces(_ text: String) -> String {
    guard isASCII(text) else { return text.trimmingCharacters(in: .whitespaces) }
    let utf8 = text.utf8
    let isSpace = { (byte: UInt8) in byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }
    guard let first = utf8.firstIndex(where: { !isSpace($0) }), let last = utf8.lastIndex(where: { !isSpace($0) }) else { return "" }
    return String(text[first...last])
  }

  /// `text.replacingOccurrences(of: ",", with: "")`.
  static func removingCommas(_ text: Substring) -> String {
    guard isASCII(text) else { return text.replacingOccurrences(of: ",", with: "") }
    return String(decoding: text.utf8.filter { $0 != UInt8(ascii: ",") }, as: UTF8.self)
  }
}
