import Foundation

/// Reads a text input in pieces that end at a line break, so that a file of
/// any size is processed in bounded memory. A paragraph (a line) is never
/// split unless it is longer than the piece size; then the piece ends after
/// the last sentence stop or space before the limit.
public struct ChunkedReader: Sendable {
  /// The largest piece, in bytes.
  public static let defaultPieceSize = 1 << 20

  /// Splits `bytes` at the last line break (else sentence stop, else space)
  /// at or before `limit`. Returns the length of the first piece.
  public static func cut(_ bytes: ArraySlice<UInt8>, limit: Int) -> Int {
    guard bytes.count > limit else { return bytes.count }
    let window = bytes[bytes.startIndex..<(bytes.startIndex + limit)]
    if let newline = window.lastIndex(of: UInt8(ascii: "\n")) { return newline - bytes.startIndex + 1 }
    if let stop = window.lastIndex(where: { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "!") || $0 == UInt8(ascii: "?") }),
      stop > bytes.startIndex
    {
      return stop - bytes.startIndex + 1
    }
    if let space = window.lastIndex(where: { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }), space > bytes.startIndex {
      return space - bytes.startIndex + 1
    }
    return limit
  }

  /// The number of line feeds in `bytes`: how many lines a piece moves on.
  static func lineBreaks(in bytes: some Collection<UInt8>) -> Int {
    var count = 0
    for byte in bytes where byte == UInt8(ascii: "\n") { count += 1 }
    return count
  }

  /// Calls `body` with each piece of the input read from `handle`, in order.
  /// - Parameters:
  ///   - handle: The file or pipe to read, to its end.
  ///   - name: The input's name, carried by every piece.
  ///   - pieceSize: The largest piece.
  ///   - cut: Where a piece ends: the length of the first piece of some
  ///     bytes, at most a limit (``cut(_:limit:)`` by default).
  ///   - body: Called with each piece, in input order.
  public static func read(
    _ handle: FileHandle, name: String, pieceSize: Int = defaultPieceSize,
    cut: (ArraySlice<UInt8>, Int) -> Int = cut(_:limit:),
    _ body: (InputDocument) throws -> Void
  ) throws {
    var buffer: [UInt8] = []
    var offset = 0
    var line = 1
    var atEnd = false
    while !atEnd || !buffer.isEmpty {
      if !atEnd && buffer.count <= pieceSize {
        let data = try handle.read(upToCount: pieceSize) ?? Data()
        if data.isEmpty { atEnd = true } else { buffer += data }
        continue
      }
      let length = atEnd ? min(buffer.count, cut(buffer[...], pieceSize)) : cut(buffer[...], pieceSize)
      let piece = Array(buffer[0..<length])
      buffer.removeFirst(length)
      try body(InputDocument(name: name, bytes: piece, offset: offset, line: line))
      offset += length
      line += lineBreaks(in: piece)
    }
  }
}
