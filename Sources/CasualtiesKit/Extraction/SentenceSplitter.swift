/// Splits a document into sentences on its bytes.
///
/// A line break ends a sentence and a paragraph. Within a line, a sentence
/// ends at `.`, `!` or `?` (and any closing quotes or brackets) followed by
/// white space and a capital letter, digit, opening quote or non-ASCII
/// character, unless the word before the stop is an abbreviation ("Nov.",
/// "Mr.") or an initial ("J.").
struct SentenceSplitter: Sendable {
  /// Lowercase abbreviations, without their final stop.
  let abbreviations: Set<[UInt8]>
  /// The same, up to seven bytes long, packed into integers (``packed(_:)``)
  /// so that the word before each stop is looked up without allocating.
  private let shortAbbreviations: Set<UInt64>
  /// The longest abbreviation's length.
  private let longest: Int

  init(abbreviations: Set<[UInt8]>) {
    self.abbreviations = abbreviations
    self.shortAbbreviations = Set(abbreviations.filter { $0.count <= 7 }.map { Self.packed($0[...]) })
    self.longest = abbreviations.map(\.count).max() ?? 0
  }

  /// Up to seven bytes and their count in one integer.
  private static func packed(_ bytes: ArraySlice<UInt8>) -> UInt64 {
    var key = UInt64(bytes.count) << 56
    for (offset, byte) in bytes.enumerated() { key |= UInt64(byte) << (8 * UInt64(offset)) }
    return key
  }

  func sentences(in bytes: [UInt8]) -> [Sentence] {
    var sentences: [Sentence] = []
    var paragraph = 0
    var start = 0
    var index = 0
    func close(at end: Int) {
      var lower = start
      var upper = end
      while lower < upper, Self.isSpace(bytes[lower]) { lower += 1 }
      while upper > lower, Self.isSpace(bytes[upper - 1]) { upper -= 1 }
      if lower < upper { sentences.append(Sentence(range: lower..<upper, paragraph: paragraph)) }
    }
    while index < bytes.count {
      let byte = bytes[index]
      if byte == UInt8(ascii: "\n") {
        close(at: index)
        paragraph += 1
        start = index + 1
      } else if isStop(bytes, at: index), let end = boundary(after: index, in: bytes) {
        close(at: end)
        start = end
        index = end
        continue
      }
      index += 1
    }
    close(at: bytes.count)
    return sentences
  }

  private func isStop(_ bytes: [UInt8], at index: Int) -> Bool {
    switch bytes[index] {
    case UInt8(ascii: "!"), UInt8(ascii: "?"): true
    case UInt8(ascii: "."): !endsAbbreviation(bytes, stop: index)
    default: false
    }
  }

  /// Where the next sentence starts when a stop at `stop` ends one, or nil.
  private func boundary(after stop: Int, in bytes: [UInt8]) -> Int? {
    var index = stop + 1
    // Closing quotes and brackets stay with the sentence they close.
    while index < bytes.count {
      let byte = bytes[index]
      if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") || byte == UInt8(ascii: ")") {
        index += 1
      } else if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80,
        bytes[index + 2] == 0x9D || bytes[index + 2] == 0x99
      {
        index += 3  // ” or ’
      } else {
        break
      }
    }
    let end = index
    guard index < bytes.count, bytes[index] == UInt8(ascii: " ") || bytes[index] == UInt8(ascii: "\t") else { return nil }
    while index < bytes.count, bytes[index] == UInt8(ascii: " ") || bytes[index] == UInt8(ascii: "\t") { index += 1 }
    guard index < bytes.count else { return nil }
    let next = bytes[index]
    let startsSentence =
      (next >= UInt8(ascii: "A") && next <= UInt8(ascii: "Z")) || (next >= UInt8(ascii: "0") && next <= UInt8(ascii: "9"))
      || next == UInt8(ascii: "\"") || next == UInt8(ascii: "'") || next == UInt8(ascii: "(") || next >= 0x80
    return startsSentence ? end : nil
  }

  private func endsAbbreviation(_ bytes: [UInt8], stop: Int) -> Bool {
    var begin = stop
    while begin > 0, Self.isWordByte(bytes[begin - 1]) || bytes[begin - 1] == UInt8(ascii: ".") { begin -= 1 }
    let length = stop - begin
    if length == 0 { return false }
    if length == 1 { return bytes[begin] >= UInt8(ascii: "A") && bytes[begin] <= UInt8(ascii: "Z") }
    if length > longest { return false }
    if length <= 7 {
      var key = UInt64(length) << 56
      for offset in 0..<length { key |= UInt64(bytes[begin + offset] | 0x20) << (8 * UInt64(offset)) }
      return shortAbbreviations.contains(key)
    }
    return abbreviations.contains(bytes[begin..<stop].map { $0 | 0x20 })
  }

  static func isSpace(_ byte: UInt8) -> Bool {
    byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r") || byte == UInt8(ascii: "\n")
  }

  static func isWordByte(_ byte: UInt8) -> Bool {
    (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
      || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
  }
}
