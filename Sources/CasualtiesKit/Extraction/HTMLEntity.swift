import Foundation

/// Reads the HTML character references that scraped text keeps as written
/// (`&nbsp;`, `&quot;`, `&#8217;`, `&#x2014;`, `&eacute;`): the format's
/// escapes, not linguistic knowledge, so they are read here, as the JSON
/// reader reads `\u00e9`.
enum HTMLEntity {
  /// The scalar the reference at `index` (an `&`) stands for and the
  /// reference's length with its `;`, or nil when no known reference starts
  /// there ("AT&T", "&foo;", `&#0;`).
  static func reference(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (scalar: Unicode.Scalar, length: Int)? {
    var end = index + 1
    let limit = min(bytes.count, index + 34)
    while end < limit, isNameByte(bytes[end]) { end += 1 }
    guard end < limit, bytes[end] == UInt8(ascii: ";"), end > index + 1 else { return nil }
    let name = UnsafeBufferPointer(rebasing: bytes[(index + 1)..<end])
    let value = name[0] == UInt8(ascii: "#") ? numeric(name) : named(name)
    guard let value, let scalar = Unicode.Scalar(value) else { return nil }
    return (scalar, end + 1 - index)
  }

  private static func isNameByte(_ byte: UInt8) -> Bool {
    byte == UInt8(ascii: "#") || (byte | 0x20 >= UInt8(ascii: "a") && byte | 0x20 <= UInt8(ascii: "z"))
      || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
  }

  /// `#160`, `#xA0`: the code point, with the C1 codes read as Windows-1252
  /// as HTML reads them (`&#146;` is ’), and nil for NUL, surrogates and
  /// numbers out of range.
  private static func numeric(_ name: UnsafeBufferPointer<UInt8>) -> UInt32? {
    let isHex = name.count > 1 && name[1] | 0x20 == UInt8(ascii: "x")
    let digits = name[(isHex ? 2 : 1)...]
    guard !digits.isEmpty, digits.count <= (isHex ? 6 : 7) else { return nil }
    var value: UInt32 = 0
    for byte in digits {
      let digit: UInt32
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
      case UInt8(ascii: "a")...UInt8(ascii: "f") where isHex: digit = UInt32(byte - UInt8(ascii: "a") + 10)
      case UInt8(ascii: "A")...UInt8(ascii: "F") where isHex: digit = UInt32(byte - UInt8(ascii: "A") + 10)
      default: return nil
      }
      value = value * (isHex ? 16 : 10) + digit
    }
    if (0x80...0x9F).contains(value) { return windows1252[Int(value - 0x80)] }
    guard value != 0, value <= 0x10FFFF, !(0xD800...0xDFFF).contains(value) else { return nil }
    return value
  }

  /// What HTML reads for `&#128;`–`&#159;`; nil where Windows-1252 has no character.
  private static let windows1252: [UInt32?] = [
    0x20AC, nil, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, nil, 0x017D, nil,
    nil, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, nil, 0x017E, 0x0178,
  ]

  private static func named(_ name: UnsafeBufferPointer<UInt8>) -> UInt32? {
    let name = String(decoding: name, as: UTF8.self)
    return names[name] ?? accented(name)
  }

  /// The named references news text carries: spaces and invisible
  /// characters, quotes, dashes and signs. Accented letters are read by
  /// ``accented(_:)``.
  private static let names: [String: UInt32] = [
    "quot": 0x22, "QUOT": 0x22, "amp": 0x26, "AMP": 0x26, "apos": 0x27, "lt": 0x3C, "LT": 0x3C, "gt": 0x3E, "GT": 0x3E,
    "nbsp": 0xA0, "NonBreakingSpace": 0xA0, "ensp": 0x2002, "emsp": 0x2003, "thinsp": 0x2009, "hairsp": 0x200A,
    "ZeroWidthSpace": 0x200B, "zwnj": 0x200C, "zwj": 0x200D, "NoBreak": 0x2060, "shy": 0xAD,
    "ndash": 0x2013, "mdash": 0x2014, "horbar": 0x2015, "lsquo": 0x2018, "rsquo": 0x2019, "sbquo": 0x201A,
    "ldquo": 0x201C, "rdquo": 0x201D, "bdquo": 0x201E, "laquo": 0xAB, "raquo": 0xBB, "lsaquo": 0x2039, "rsaquo": 0x203A,
    "hellip": 0x2026, "bull": 0x2022, "middot": 0xB7, "prime": 0x2032, "Prime": 0x2033, "dagger": 0x2020,
    "iexcl": 0xA1, "iquest": 0xBF, "sect": 0xA7, "para": 0xB6, "deg": 0xB0, "plusmn": 0xB1, "times": 0xD7, "divide": 0xF7,
    "frac12": 0xBD, "frac14": 0xBC, "frac34": 0xBE, "sup2": 0xB2, "sup3": 0xB3, "micro": 0xB5, "permil": 0x2030,
    "cent": 0xA2, "pound": 0xA3, "yen": 0xA5, "euro": 0x20AC, "curren": 0xA4, "copy": 0xA9, "reg": 0xAE, "trade": 0x2122,
    "ordf": 0xAA, "ordm": 0xBA, "szlig": 0xDF, "aelig": 0xE6, "AElig": 0xC6, "oelig": 0x153, "OElig": 0x152,
    "oslash": 0xF8, "Oslash": 0xD8, "eth": 0xF0, "ETH": 0xD0, "thorn": 0xFE, "THORN": 0xDE,
  ]

  /// The combining marks of the accent names: `&eacute;` is e with U+0301.
  private static let accents: [(name: String, mark: Character)] = [
    ("acute", "\u{301}"), ("grave", "\u{300}"), ("circ", "\u{302}"), ("tilde", "\u{303}"), ("uml", "\u{308}"),
    ("ring", "\u{30A}"), ("cedil", "\u{327}"), ("caron", "\u{30C}"),
  ]

  /// A letter and an accent name (`eacute`, `Ntilde`, `scaron`), when they
  /// compose to one character.
  private static func accented(_ name: String) -> UInt32? {
    guard let letter = name.first, letter.isASCII, letter.isLetter,
      let accent = accents.first(where: { name.dropFirst() == $0.name })
    else { return nil }
    let scalars = String([letter, accent.mark]).precomposedStringWithCanonicalMapping.unicodeScalars
    return scalars.count == 1 ? scalars.first?.value : nil
  }
}
