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
    // The scalars of non-ASCII characters, by the offset of their first byte.
    var scalars: [Int: (scalar: Unicode.Scalar, length: Int)] = [:]
    var index = 0
    while index < bytes.count {
      if bytes[index] < 0x80 {
        index += 1
        continue
      }
      guard let (scalar, length) = plainScalar(bytes, at: index) else { return nil }
      scalars[index] = (scalar, length)
      index += length
    }
    // `Lexicon.normalize` keeps a text that is already folded as it is and
    // splits it at spaces alone; any other it splits at all white space.
    let folded = scalars.isEmpty && !bytes.contains { $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
      && bytes.first != 0x20 && bytes.last != 0x20 && !zip(bytes, bytes.dropFirst()).contains { $0 == 0x20 && $1 == 0x20 }
    func separates(_ byte: UInt8) -> Bool { byte == 0x20 || (!folded && byte >= 0x09 && byte <= 0x0D) }
    // The byte length of the character at `offset` and whether it is punctuation.
    func character(at offset: Int) -> (length: Int, isPunctuation: Bool) {
      if bytes[offset] < 0x80 { return (1, isASCIIPunctuation[Int(bytes[offset])]) }
      let (scalar, length) = scalars[offset]!
      return (length, Character(scalar).isPunctuation)
    }
    var words: [String] = []
    index = 0
    while index < bytes.count {
      while index < bytes.count, separates(bytes[index]) { index += 1 }
      guard index < bytes.count else { break }
      var start = index
      var characterStarts: [Int] = []
      var isASCII = true
      while index < bytes.count, !separates(bytes[index]) {
        characterStarts.append(index)
        let length = character(at: index).length
        isASCII = isASCII && length == 1
        index += length
      }
      var end = index
      var first = 0
      var last = characterStarts.count
      while first < last, character(at: characterStarts[first]).isPunctuation { first += 1 }
      while last > first, character(at: characterStarts[last - 1]).isPunctuation { last -= 1 }
      start = first < characterStarts.count ? characterStarts[first] : end
      end = last < characterStarts.count ? characterStarts[last] : end
      if first == last { end = start }
      let word = UnsafeBufferPointer(rebasing: bytes[start..<end])
      if isASCII {
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

  /// The scalar of the well-formed two- or three-byte sequence at `index`
  /// and its length, when it is a plain character.
  private static func plainScalar(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (Unicode.Scalar, Int)? {
    let lead = bytes[index]
    let length = lead >= 0xC2 && lead <= 0xDF ? 2 : lead >= 0xE0 && lead <= 0xEF ? 3 : 0
    guard length > 0, index + length <= bytes.count else { return nil }
    var value = UInt32(lead) & (length == 2 ? 0x1F : 0x0F)
    for offset in 1..<length {
      let next = bytes[index + offset]
      guard next & 0xC0 == 0x80 else { return nil }
      value = value << 6 | UInt32(next & 0x3F)
    }
    guard WhiteSpaceFolding.isPlain(value), let scalar = Unicode.Scalar(value) else { return nil }
    return (scalar, length)
  }
}
