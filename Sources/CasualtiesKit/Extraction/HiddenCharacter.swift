/// The characters that stand in scraped text where plain text has a space
/// or nothing, and what a reader reads for each.
///
/// The rules' `\s` and `\b` see ASCII only, so a no-break space between a
/// number and its noun ("12\u{A0}people") or a joiner inside a word would
/// hide a claim. Whether a zero-width character separates words follows
/// Unicode's word boundaries (UAX #29): U+200B ZERO WIDTH SPACE does; the
/// joiners, the word joiner, U+FEFF and the soft hyphen do not.
enum HiddenCharacter {
  /// A space: the no-break, narrow no-break, fixed-width (U+2000–U+200A),
  /// medium mathematical and ideographic spaces. Between a digit and a group
  /// of three digits it groups digits ("12\u{202F}000"), and reads as a comma.
  case space
  /// A word boundary without a width (U+200B): a space between two words,
  /// nothing beside white space.
  case wordBreak
  /// Nothing: it joins or hides (U+200C, U+200D, U+2060, U+FEFF, U+00AD).
  case nothing

  /// What `scalar` is, or nil for a character read as itself.
  init?(_ scalar: UInt32) {
    switch scalar {
    case 0xA0, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: self = .space
    case 0x200B: self = .wordBreak
    case 0xAD, 0x200C, 0x200D, 0x2060, 0xFEFF: self = .nothing
    default: return nil
    }
  }

  /// The hidden character encoded at `index` and its length in bytes, or
  /// nil. Only the lead bytes 0xC2, 0xE2, 0xE3 and 0xEF begin one.
  static func at(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> (character: HiddenCharacter, length: Int)? {
    switch bytes[index] {
    case 0xC2:
      guard index + 1 < bytes.count else { return nil }
      let value = UInt32(bytes[index + 1])
      guard value == 0xA0 || value == 0xAD, let character = HiddenCharacter(value) else { return nil }
      return (character, 2)
    case 0xE2, 0xE3, 0xEF:
      guard index + 2 < bytes.count, bytes[index + 1] & 0xC0 == 0x80, bytes[index + 2] & 0xC0 == 0x80 else { return nil }
      let value = (UInt32(bytes[index]) & 0x0F) << 12 | (UInt32(bytes[index + 1]) & 0x3F) << 6 | UInt32(bytes[index + 2]) & 0x3F
      return HiddenCharacter(value).map { ($0, 3) }
    default:
      return nil
    }
  }
}
