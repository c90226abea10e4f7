import Foundation

/// Reads a text input that holds many stories, one after another with a
/// blank line between them, as news dumps in plain text often are: each
/// story becomes a document of its own, so that what is read across an
/// article (an incident's place named in another sentence) stays within
/// its story, and a story's sentences are not read for another's.
///
/// A line of only spaces and tabs counts as blank. Records keep the input's
/// name in `doc` and its own lines and byte offsets. A file is read in
/// pieces (``ChunkedReader``) that end at a blank line when one lies within
/// the piece size, so a story is split only when it is longer than that.
public enum StoryReader {
  /// Calls `body` with each story of the input read from `handle`, in order.
  /// - Parameters:
  ///   - handle: The file or pipe to read, to its end.
  ///   - name: The input's name, carried by every story.
  ///   - pieceSize: The most read at once.
  ///   - body: Called with each story, in input order.
  public static func read(
    _ handle: FileHandle, name: String, pieceSize: Int = ChunkedReader.defaultPieceSize,
    _ body: (InputDocument) throws -> Void
  ) throws {
    try ChunkedReader.read(handle, name: name, pieceSize: pieceSize, cut: cut(_:limit:)) { piece in
      for story in stories(in: piece) { try body(story) }
    }
  }

  /// The length of the first piece of `bytes`, at most `limit`: up to the
  /// end of the last blank line within it, else as ``ChunkedReader/cut(_:limit:)``.
  public static func cut(_ bytes: ArraySlice<UInt8>, limit: Int) -> Int {
    guard bytes.count > limit else { return bytes.count }
    let window = bytes[bytes.startIndex..<(bytes.startIndex + limit)]
    if let last = blankLines(in: window).last { return last.upperBound - bytes.startIndex }
    return ChunkedReader.cut(bytes, limit: limit)
  }

  /// The stories of `piece`: its runs of lines that are not blank, each
  /// without the white space around it, at its own offset and line.
  public static func stories(in piece: InputDocument) -> [InputDocument] {
    let bytes = piece.bytes[...]
    var stories: [InputDocument] = []
    var start = bytes.startIndex
    var line = piece.line
    func add(_ end: Int) {
      var story = bytes[start..<end]
      while let first = story.first, isBlankByte(first) || first == UInt8(ascii: "\n") || first == UInt8(ascii: "\r") { story = story.dropFirst() }
      while let last = story.last, isBlankByte(last) || last == UInt8(ascii: "\n") || last == UInt8(ascii: "\r") { story = story.dropLast() }
      guard !story.isEmpty else { return }
      let storyLine = line + ChunkedReader.lineBreaks(in: bytes[start..<story.startIndex])
      stories.append(InputDocument(name: piece.name, bytes: Array(story), offset: piece.offset + story.startIndex, line: storyLine))
    }
    for blank in blankLines(in: bytes) {
      add(blank.lowerBound)
      line += ChunkedReader.lineBreaks(in: bytes[start..<blank.upperBound])
      start = blank.upperBound
    }
    add(bytes.endIndex)
    return stories
  }

  /// Where blank lines are: from the line break that ends a line to the
  /// line break that ends the blank one (a run of blank lines is one range).
  static func blankLines(in bytes: ArraySlice<UInt8>) -> [Range<Int>] {
    var found: [Range<Int>] = []
    var index = bytes.startIndex
    while let newline = bytes[index...].firstIndex(of: UInt8(ascii: "\n")) {
      var end = newline + 1
      var next = end
      // Lines of white space after this line break, each ending in one.
      while true {
        var probe = next
        while probe < bytes.endIndex, isBlankByte(bytes[probe]) || bytes[probe] == UInt8(ascii: "\r") { probe += 1 }
        guard probe < bytes.endIndex, bytes[probe] == UInt8(ascii: "\n") else { break }
        next = probe + 1
        end = next
      }
      if end > newline + 1 {
        if let last = found.last, last.upperBound == newline + 1 {
          found[found.count - 1] = last.lowerBound..<end
        } else {
          found.append(newline..<end)
        }
      }
      index = end
    }
    return found
  }

  private static func isBlankByte(_ byte: UInt8) -> Bool { byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }
}
