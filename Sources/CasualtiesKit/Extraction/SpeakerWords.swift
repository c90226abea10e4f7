/// The words of a speaker's description as the sources lexicon is looked
/// up with them: lowercased, split at white space (``Lexicon/normalize(_:)``),
/// punctuation trimmed from both ends of each word (a word of punctuation
/// alone becomes empty).
///
/// ``words(of:)`` reads the bytes of a text whose characters are all ASCII
/// or plain (``WhiteSpaceFolding/isPlain(_:)``: never white space, never
/// joined to a neighbour), which gives the same words as the `Character`
/// reading (``wordsByCharacter(of:)``): each such character is one scalar
/// ("\r\n" aside, which is white space), and lowercasing turns no
/// character into white space or punctuation.
enum SpeakerWords {
  /// The words of `text`.
  static func words(of text: String) -> [String] {
    var text = text
    return text.withUTF8(plainWords) ?? wordsByCharacter(of: text)
  }

  /// The words of `text`, read by `Character`.
  static func wordsByCharacter(of text: String) -> [String] {
    Lexicon.normalize(text).split(separator: " ").map { word in
      let head = word.drop { $0.isPunctuation }
      return String(head[..<(head.lastIndex { !$0.isPunctuation }.map(head.index(after:)) ?? head.startIndex)])
    }
  }

  /// Whether each ASCII character is punctuation, as `Character` says.
  private static let isASCIIPunctuation: [Bool] = (0..<128).map { Character(Unicode.Scalar(UInt8($0))).isPunctuation }

  /// The words of `bytes`, or nil when they hold a character that is
  /// neither ASCII nor plain.
  private static func plainWords(_ bytes: UnsafeBufferPointer<UInt8>) -> [String]? {
    var index = 0
    var isASCII = true
    while index < bytes.count {
      if bytes[index] < 0x80 {
        index += 1
        continue
      }
      guard let (_, length) = WhiteSpaceFolding.plainScalar(bytes, at: index) else { return nil }
      isASCII = false
      index += length
    }
    // `Lexicon.normalize` keeps a text that is already folded as it is and
    // splits it at spaces alone; any other it splits at all white space.
    let folded = isASCII && !bytes.contains { $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
      && bytes.first != 0x20 && bytes.last != 0x20 && !zip(bytes, bytes.dropFirst()).contains { $0 == 0x20 && $1 == 0x20 }
    func separates(_ byte: UInt8) -> Bool { byte == 0x20 || (!folded && byte >= 0x09 && byte <= 0x0D) }
    // Whether the character that starts at `offset` is punctuation, and its length.
    func character(at offset: Int) -> (isPunctuation: Bool, length: Int) {
      if bytes[offset] < 0x80 { return (isASCIIPunctuation[Int(bytes[offset])], 1) }
      let (scalar, length) = WhiteSpaceFolding.plainScalar(bytes, at: offset)!
      return (Character(scalar).isPunctuation, length)
    }
    var words: [String] = []
    index = 0
    while index < bytes.count {
      while index < bytes.count, separates(bytes[index]) { index += 1 }
      guard index < bytes.count else { break }
      var start = index
      while index < bytes.count, !separates(bytes[index]) { index += 1 }
      var end = index
      // Punctuation off the front, then off the back (a character starts
      // at a byte that is not a continuation byte).
      while start < end {
        let (isPunctuation, length) = character(at: start)
        guard isPunctuation else { break }
        start += length
      }
      while end > start {
        var last = end - 1
        while last > start, bytes[last] & 0xC0 == 0x80 { last -= 1 }
        guard character(at: last).isPunctuation else { break }
        end = last
      }
      let word = UnsafeBufferPointer(rebasing: bytes[start..<end])
      if !word.contains(where: { $0 >= 0x80 }) {
        words.append(String(unsafeUninitializedCapacity: word.count) { out in
          for offset in word.indices { out[offset] = word[offset] &- UInt8(ascii: "A") < 26 ? word[offset] | 0x20 : word[offset] }
          return word.count
        })
      } else {
        words.append(String(decoding: word, as: UTF8.self).lowercased())
      }
    }
    return words
  }
}
