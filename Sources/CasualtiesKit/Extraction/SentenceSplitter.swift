/// Splits a document into sentences on its bytes.
///
/// A line break ends a sentence and a paragraph. Within a line, a sentence
/// ends at `.`, `!` or `?` (and any closing quotes or brackets) followed by
/// white space and a capital letter, digit, opening quote or non-ASCII
/// character, unless the word before the stop is an abbreviation ("Nov.",
/// "Mr.") or an initial ("J."). Scraped text often loses the space after a
/// full stop ("police said.Eight people"): a stop glued to a capitalised
/// word ends a sentence too when it reads as one (``endsGluedSentence(_:at:)``).
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
    if end == stop + 1, endsGluedSentence(bytes, at: stop) { return end }
    guard index < bytes.count, bytes[index] == UInt8(ascii: " ") || bytes[index] == UInt8(ascii: "\t") else { return nil }
    while index < bytes.count, bytes[index] == UInt8(ascii: " ") || bytes[index] == UInt8(ascii: "\t") { index += 1 }
    guard index < bytes.count else { return nil }
    let next = bytes[index]
    let startsSentence =
      (next >= UInt8(ascii: "A") && next <= UInt8(ascii: "Z")) || (next >= UInt8(ascii: "0") && next <= UInt8(ascii: "9"))
      || next == UInt8(ascii: "\"") || next == UInt8(ascii: "'") || next == UInt8(ascii: "(") || next >= 0x80
    return startsSentence ? end : nil
  }

  /// Whether the full stop at `stop`, with no space after it, ends a
  /// sentence: a word of two or more letters ending in a small letter stands
  /// before it, in a token without `.`, `/` or `@` (not "U.S.", "bbc.co.uk",
  /// "example.com/News"), and a capitalised word follows it, ended by a space
  /// or punctuation that follows words (not "Jan.5", "2.5", "www.Reuters.com",
  /// "J.K.Rowling").
  private func endsGluedSentence(_ bytes: [UInt8], at stop: Int) -> Bool {
    guard bytes[stop] == UInt8(ascii: "."), stop + 1 < bytes.count, Self.isCapital(bytes[stop + 1]) else { return false }
    var after = stop + 2
    while after < bytes.count, Self.isLetter(bytes[after]) { after += 1 }
    guard after == bytes.count || Self.followsWord(bytes, at: after) else { return false }
    var before = stop
    while before > 0, Self.isLetter(bytes[before - 1]) { before -= 1 }
    guard stop - before >= 2, bytes[stop - 1] >= UInt8(ascii: "a"), bytes[stop - 1] <= UInt8(ascii: "z") else { return false }
    while before > 0, !Self.isSpace(bytes[before - 1]) {
      before -= 1
      if bytes[before] == UInt8(ascii: ".") || bytes[before] == UInt8(ascii: "/") || bytes[before] == UInt8(ascii: "@") { return false }
    }
    return true
  }

  /// Whether the byte at `index` may follow a word that opens a sentence:
  /// white space, `,`, `;`, `:`, `!`, `?` or an apostrophe ("Israel's", "Israel’s").
  private static func followsWord(_ bytes: [UInt8], at index: Int) -> Bool {
    switch bytes[index] {
    case UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: "'"): true
    case 0xE2: index + 2 < bytes.count && bytes[index + 1] == 0x80 && bytes[index + 2] == 0x99
    default: isSpace(bytes[index])
    }
  }

  private static func isCapital(_ byte: UInt8) -> Bool {
    byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z")
  }

  private static func isLetter(_ byte: UInt8) -> Bool {
    let small = byte | 0x20
    return small >= UInt8(ascii: "a") && small <= UInt8(ascii: "z")
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
