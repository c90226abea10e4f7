/// Reads chosen top-level fields of one JSON object on its bytes, without
/// building the object: a news dump's line is mostly its text, and a general
/// JSON parser spends most of a claim-free run making strings and
/// dictionaries for fields nobody reads.
///
/// The whole line is checked as JSON (RFC 8259): strings, numbers, literals
/// and nested arrays and objects are skipped by their grammar, so a line
/// Foundation's parser refuses is refused here too, with the byte where it
/// goes wrong. Like that parser, it allows a trailing comma; unlike it, it
/// takes a number too large for a `Double`, since it does not convert numbers. Bytes inside strings are taken as they are, as a plain-text input's
/// are: invalid UTF-8 is the extractor's business, not the reader's.
struct JSONObjectFields {
  /// A field's value.
  enum Value: Equatable {
    /// A string, unescaped, as UTF-8 bytes (a lone surrogate escape becomes U+FFFD).
    case string([UInt8])
    /// A number, as written.
    case number(String)
    /// `true`, `false`, `null`, an array or an object.
    case other
  }

  /// Why a line is not a JSON object.
  struct Failure: Error, Equatable {
    /// What was expected or found.
    var reason: String
    /// The 0-based byte of the line where reading stopped.
    var offset: Int
    var description: String { "\(reason) at byte \(offset + 1)" }
  }

  /// The values of the fields named `names` (nil for a field the object
  /// lacks; the last of repeated keys wins).
  static func values(of names: [String], in line: ArraySlice<UInt8>) throws(Failure) -> [Value?] {
    let wanted = names.map { Array($0.utf8) }
    return try line.withUnsafeBufferPointer { (bytes) throws(Failure) -> [Value?] in
      var reader = Reader(bytes: bytes)
      return try reader.object(wanted)
    }
  }
}

/// The cursor over one line.
private struct Reader {
  let bytes: UnsafeBufferPointer<UInt8>
  var at = 0

  init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

  typealias Failure = JSONObjectFields.Failure
  typealias Value = JSONObjectFields.Value

  func failure(_ reason: String) -> Failure { Failure(reason: reason, offset: at) }

  var current: UInt8? { at < bytes.count ? bytes[at] : nil }

  mutating func skipSpace() {
    while at < bytes.count, bytes[at] == 0x20 || bytes[at] == 0x09 || bytes[at] == 0x0A || bytes[at] == 0x0D { at += 1 }
  }

  mutating func expect(_ byte: UInt8, _ what: String) throws(Failure) {
    skipSpace()
    guard current == byte else { throw failure("expected \(what)") }
    at += 1
  }

  /// The top-level object, keeping the values of `wanted` keys.
  mutating func object(_ wanted: [[UInt8]]) throws(Failure) -> [Value?] {
    var found = [Value?](repeating: nil, count: wanted.count)
    try expect(UInt8(ascii: "{"), "'{' (a line must be one JSON object)")
    skipSpace()
    if current == UInt8(ascii: "}") {
      at += 1
    } else {
      while true {
        skipSpace()
        guard current == UInt8(ascii: "\"") else { throw failure("expected a quoted key") }
        let key = try string(keep: true)
        try expect(UInt8(ascii: ":"), "':' after a key")
        skipSpace()
        if let index = wanted.firstIndex(of: key) { found[index] = try value() } else { try skipValue() }
        skipSpace()
        if current == UInt8(ascii: ",") {
          at += 1
          skipSpace()
          // A trailing comma, which Foundation's parser allows too.
          guard current == UInt8(ascii: "}") else { continue }
        }
        try expect(UInt8(ascii: "}"), "',' or '}'")
        break
      }
    }
    skipSpace()
    guard at == bytes.count else { throw failure("unexpected text after the object") }
    return found
  }

  /// A value that a caller reads.
  mutating func value() throws(Failure) -> Value {
    switch current ?? 0 {
    case UInt8(ascii: "\""): return .string(try string(keep: true))
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
      let start = at
      try number()
      return .number(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<at]), as: UTF8.self))
    default:
      try skipValue()
      return .other
    }
  }

  /// Skips one value of any kind; nested arrays and objects are followed
  /// with a stack of their closing brackets, not by recursion.
  mutating func skipValue() throws(Failure) {
    var closers: [UInt8] = []
    repeat {
      skipSpace()
      switch current ?? 0 {
      case UInt8(ascii: "\""): _ = try string(keep: false)
      case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): try number()
      case UInt8(ascii: "t"): try literal("true")
      case UInt8(ascii: "f"): try literal("false")
      case UInt8(ascii: "n"): try literal("null")
      case UInt8(ascii: "["), UInt8(ascii: "{"):
        let isObject = current == UInt8(ascii: "{")
        at += 1
        skipSpace()
        if current == (isObject ? UInt8(ascii: "}") : UInt8(ascii: "]")) {
          at += 1
        } else {
          closers.append(isObject ? UInt8(ascii: "}") : UInt8(ascii: "]"))
          if isObject { try memberKey() }
          continue
        }
      default: throw failure("expected a value")
      }
      // After a value inside a container: the next member, or its end.
      while let closer = closers.last {
        skipSpace()
        if current == UInt8(ascii: ",") {
          at += 1
          skipSpace()
          if current != closer {
            if closer == UInt8(ascii: "}") { try memberKey() }
            break
          }
        }
        try expect(closer, "',' or '\(Character(Unicode.Scalar(closer)))'")
        closers.removeLast()
      }
    } while !closers.isEmpty
  }

  /// A nested object's key and its colon.
  mutating func memberKey() throws(Failure) {
    skipSpace()
    guard current == UInt8(ascii: "\"") else { throw failure("expected a quoted key") }
    _ = try string(keep: false)
    try expect(UInt8(ascii: ":"), "':' after a key")
  }

  mutating func literal(_ word: StaticString) throws(Failure) {
    let count = word.utf8CodeUnitCount
    guard at + count <= bytes.count, (0..<count).allSatisfy({ bytes[at + $0] == word.utf8Start[$0] }) else {
      throw failure("expected a value")
    }
    at += count
  }

  /// A number by the JSON grammar: `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`.
  mutating func number() throws(Failure) {
    func isDigit(_ byte: UInt8?) -> Bool { byte.map { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) } ?? false }
    if current == UInt8(ascii: "-") { at += 1 }
    guard isDigit(current) else { throw failure("expected a digit") }
    if current == UInt8(ascii: "0") { at += 1 } else { while isDigit(current) { at += 1 } }
    if current == UInt8(ascii: ".") {
      at += 1
      guard isDigit(current) else { throw failure("expected a digit") }
      while isDigit(current) { at += 1 }
    }
    if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
      at += 1
      if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { at += 1 }
      guard isDigit(current) else { throw failure("expected a digit") }
      while isDigit(current) { at += 1 }
    }
  }

  /// A string starting at its opening quote; its unescaped bytes when `keep`.
  mutating func string(keep: Bool) throws(Failure) -> [UInt8] {
    at += 1
    var text: [UInt8] = []
    while true {
      // A run of plain bytes, copied in one go.
      let run = at
      while at < bytes.count, bytes[at] != UInt8(ascii: "\""), bytes[at] != UInt8(ascii: "\\"), bytes[at] >= 0x20 { at += 1 }
      if keep {
        if text.isEmpty && current != UInt8(ascii: "\"") { text.reserveCapacity(bytes.count - run) }
        text.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<at]))
      }
      guard let byte = current else { throw failure("unterminated string") }
      at += 1
      if byte == UInt8(ascii: "\"") { return text }
      if byte < 0x20 {
        at -= 1
        throw failure("unescaped control character in a string")
      }
      guard let escaped = current else { throw failure("unterminated string") }
      at += 1
      let plain: UInt8
      switch escaped {
      case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): plain = escaped
      case UInt8(ascii: "b"): plain = 0x08
      case UInt8(ascii: "f"): plain = 0x0C
      case UInt8(ascii: "n"): plain = 0x0A
      case UInt8(ascii: "r"): plain = 0x0D
      case UInt8(ascii: "t"): plain = 0x09
      case UInt8(ascii: "u"):
        let scalar = try unicodeEscape()
        if keep { text.append(contentsOf: UTF8.encode(scalar)!) }
        continue
      default:
        at -= 1
        throw failure("invalid escape in a string")
      }
      if keep { text.append(plain) }
    }
  }

  /// The scalar of a `\uXXXX` escape (its `\u` already read), joining a
  /// surrogate pair; a lone surrogate is U+FFFD, as decoders replace it.
  mutating func unicodeEscape() throws(Failure) -> Unicode.Scalar {
    let first = try hexQuad()
    guard (0xD800...0xDBFF).contains(first) else {
      return Unicode.Scalar(first) ?? "\u{FFFD}"
    }
    guard at + 6 <= bytes.count, bytes[at] == UInt8(ascii: "\\"), bytes[at + 1] == UInt8(ascii: "u") else { return "\u{FFFD}" }
    let mark = at
    at += 2
    let second = try hexQuad()
    guard (0xDC00...0xDFFF).contains(second) else {
      at = mark
      return "\u{FFFD}"
    }
    return Unicode.Scalar(0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)) ?? "\u{FFFD}"
  }

  mutating func hexQuad() throws(Failure) -> UInt32 {
    var value: UInt32 = 0
    for _ in 0..<4 {
      guard let byte = current, let digit = Self.hexValue(byte) else { throw failure("expected four hex digits after \\u") }
      value = value << 4 | digit
      at += 1
    }
    return value
  }

  static func hexValue(_ byte: UInt8) -> UInt32? {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0"))
    case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(byte - UInt8(ascii: "a") + 10)
    case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(byte - UInt8(ascii: "A") + 10)
    default: nil
    }
  }
}
