/// One input's text as UTF-8 bytes, with its lines and sentences.
///
/// Offsets everywhere are UTF-8 byte offsets into ``bytes``. The bytes need
/// not be valid UTF-8: text taken from them for records is decoded with
/// replacement characters, so records always hold valid UTF-8. A document
/// with no-break or zero-width characters or HTML references is scanned as
/// a folded copy (`FoldedDocument`), and its records' offsets mapped back.
public struct Document: Sendable {
  /// The input's name as given.
  public let name: String
  /// The raw bytes.
  public let bytes: [UInt8]

  /// Wraps `bytes`, named `name` in the records.
  public init(name: String, bytes: [UInt8]) {
    self.name = name
    self.bytes = bytes
  }

  /// Wraps a string's UTF-8 bytes.
  public init(name: String, text: String) {
    self.init(name: name, bytes: Array(text.utf8))
  }

  /// The 1-based line that holds byte `offset`.
  public func line(at offset: Int) -> Int {
    1 + lineBreaks(in: 0..<min(max(offset, 0), bytes.count))
  }

  /// The number of line breaks in `range`. Lines are counted only for the
  /// few offsets that get a record, so a document is not indexed by line
  /// when it gives none, as most news does.
  func lineBreaks(in range: Range<Int>) -> Int {
    ChunkedReader.lineBreaks(in: bytes[range])
  }

  /// The text of `range`, decoded with replacement characters for invalid UTF-8.
  public func text(_ range: Range<Int>) -> String {
    String(decoding: bytes[range], as: UTF8.self)
  }

  /// The text of `range` with every run of white space folded to one space.
  public func foldedText(_ range: Range<Int>) -> String {
    bytes.withUnsafeBufferPointer { buffer in
      WhiteSpaceFolding.fold(UnsafeBufferPointer(rebasing: buffer[range]))
    } ?? text(range).split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }
}
