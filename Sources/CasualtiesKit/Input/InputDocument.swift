/// A document to extract from, or one piece of a large input: its bytes and
/// where they stand in the input, so that records carry offsets and line
/// numbers into the whole input.
public struct InputDocument: Sendable {
  /// The name records carry in `doc`: the input's name, or a JSON Lines id.
  public var name: String
  /// The text as UTF-8 bytes (need not be valid UTF-8).
  public var bytes: [UInt8]
  /// The byte offset of `bytes` in the input.
  public var offset: Int
  /// The 1-based line of the input on which `bytes` starts.
  public var line: Int

  /// A document named `name`, standing at `offset` and `line` of its input.

  public init(name: String, bytes: [UInt8], offset: Int = 0, line: Int = 1) {
    self.name = name
    self.bytes = bytes
    self.offset = offset
    self.line = line
  }
}
