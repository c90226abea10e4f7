/// Folds runs of white space to one space on UTF-8 bytes, for the text that
/// needs no Unicode segmentation to fold.
///
/// Splitting a `String` on `Character.isWhitespace` works on grapheme
/// clusters: a space followed by a combining mark is one character, and some
/// non-ASCII characters are white space. ``fold(_:)`` gives the same result
/// from the bytes alone when every character is ASCII or one of the common
/// non-ASCII letters and punctuation listed in ``isPlain(_:)``: none of those
/// is white space or joins a neighbour into one character, so each ASCII
/// white space byte (tab, line feed, vertical tab, form feed, return, space)
/// is white space on its own, and nothing else is.
enum WhiteSpaceFolding {
  /// Whether `byte` is ASCII white space (tab, line feed, vertical tab, form
  /// feed, return, space): what PCRE2's `\s` matches without UCP.
  @inline(__always) static func isSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)
  }

  /// The folded text, or nil when `bytes` hold anything else than plain
  /// characters and the caller must fold the `String`.
  static func fold(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
    var plain = true
    // The folded text is never longer than the text, so it is written
    // straight into the new string's storage.
    let folded = String(unsafeUninitializedCapacity: bytes.count) { out in
      var count = 0
      var pendingSpace = false
      var index = 0
      while index < bytes.count {
        let byte = bytes[index]
        if isSpace(byte) {
          pendingSpace = count > 0
          index += 1
          continue
        }
        if pendingSpace {
          out[count] = 0x20
          count += 1
          pendingSpace = false
        }
        if byte < 0x80 {
          out[count] = byte
          count += 1
          index += 1
          continue
        }
        guard let length = plainScalarLength(bytes, at: index) else {
          plain = false
          return 0
        }
        for offset in 0..<length { out[count + offset] = bytes[index + offset] }
        count += length
        index += length
      }
      return count
    }
    return plain ? folded : nil
  }

  /// The length of the well-formed UTF-8 sequence at `index` when it encodes
  /// a plain non-ASCII character, else nil.
  private static func plainScalarLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
    plainScalar(bytes, at: index)?.length
  }

  /// The scalar of the well-formed two- or three-byte sequence at `index`
  /// and its length, when it is a plain character (overlong three-byte forms
  /// are below 0x800 and so not plain).
  static func plainScalar(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (scalar: Unicode.Scalar, length: Int)? {
    let lead = bytes[index]
    let length = lead >= 0xC2 && lead <= 0xDF ? 2 : lead >= 0xE0 && lead <= 0xEF ? 3 : 0
    guard length > 0, index + length <= bytes.count else { return nil }
    var value = UInt32(lead) & (length == 2 ? 0x1F : 0x0F)
    for offset in 1..<length {
      let next = bytes[index + offset]
      guard next & 0xC0 == 0x80 else { return nil }
      value = value << 6 | UInt32(next & 0x3F)
    }
    guard isPlain(value), let scalar = Unicode.Scalar(value) else { return nil }
    return (scalar, length)
  }

  /// Latin-1 and Latin Extended letters and signs, spacing modifier
  /// letters, general punctuation (dashes, quotes, ellipsis, ‰, ′), and €.
  static func isPlain(_ scalar: UInt32) -> Bool {
    (0xA1...0x2FF).contains(scalar) || (0x2010...0x2027).contains(scalar) || (0x2030...0x205E).contains(scalar) || scalar == 0x20AC
  }
}
