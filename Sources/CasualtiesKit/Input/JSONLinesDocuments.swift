import Foundation

/// Reads documents from JSON Lines, as news dumps ship them: one object per
/// line with the text in one field and an id in another.
public struct JSONLinesDocuments: Sendable {
  /// The field that holds the text.
  public var textField: String
  /// The field that names the document; the input name and line when absent.
  public var idField: String

  /// A reader of the given fields.

  public init(textField: String = "text", idField: String = "id") {
    self.textField = textField
    self.idField = idField
  }

  /// A line that is not a usable document.
  public struct LineError: Error, CustomStringConvertible, Sendable {
    /// The input's name.
    public var input: String
    /// The 1-based line.
    public var line: Int
    /// What is wrong with it.
    public var reason: String
    public var description: String { "\(input):\(line): \(reason); line skipped" }
  }

  /// The document on one line of `input`, or an error that names the line.
  public func document(fromLine line: ArraySlice<UInt8>, input: String, lineNumber: Int) -> Result<InputDocument, LineError>? {
    guard line.contains(where: { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\t") && $0 != UInt8(ascii: "\r") }) else { return nil }
    let values: [JSONObjectFields.Value?]
    do {
      values = try JSONObjectFields.values(of: [textField, idField], in: line)
    } catch {
      return .failure(LineError(input: input, line: lineNumber, reason: "not a JSON object (\(error.description))"))
    }
    guard case .string(let text) = values[0] else {
      return .failure(LineError(input: input, line: lineNumber, reason: "no string field '\(textField)'"))
    }
    let id: String
    switch values[1] {
    case .string(let value): id = String(decoding: value, as: UTF8.self)
    case .number(let value): id = value
    default: id = "\(input):\(lineNumber)"
    }
    return .success(InputDocument(name: id, bytes: text))
  }

  /// Calls `body` with each document (or line error) read from `handle`, in
  /// order, reading a block at a time: memory stays bounded by the longest line.
  public func read(
    _ handle: FileHandle, input: String, _ body: (Result<InputDocument, LineError>) throws -> Void
  ) throws {
    var buffer: [UInt8] = []
    // Where the unread bytes of `buffer` start: lines are read in place and
    // the buffer is compacted only before a refill, so a block of many short
    // lines costs one copy, not one per line.
    var start = 0
    var lineNumber = 0
    var atEnd = false
    while !atEnd || start < buffer.count {
      if let newline = buffer[start...].firstIndex(of: UInt8(ascii: "\n")) {
        lineNumber += 1
        if let result = document(fromLine: buffer[start..<newline], input: input, lineNumber: lineNumber) { try body(result) }
        start = newline + 1
        continue
      }
      if atEnd {
        lineNumber += 1
        if let result = document(fromLine: buffer[start...], input: input, lineNumber: lineNumber) { try body(result) }
        start = buffer.count
        continue
      }
      buffer.removeFirst(start)
      start = 0
      let data = try handle.read(upToCount: 1 << 20) ?? Data()
      if data.isEmpty { atEnd = true } else { buffer += data }
    }
  }
}
