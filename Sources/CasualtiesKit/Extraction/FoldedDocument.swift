/// A document as a reader reads it, for text whose bytes say it otherwise:
/// hidden characters (``HiddenCharacter``: no-break spaces, zero-width
/// characters, U+FEFF) and HTML references (``HTMLEntity``: `&nbsp;`,
/// `&quot;`, `&#8217;`) are replaced by what they mean, so every stage reads
/// "12&nbsp;people" as "12 people" and records show `"` for `&quot;`.
///
/// It is made only for a document that holds such bytes; clean text is
/// scanned as it is, after one pass that copies nothing. Folding keeps every
/// line feed and makes none, so lines are the same in both texts, and
/// ``originalStart(_:)`` and ``originalEnd(_:)`` map offsets back.
struct FoldedDocument: Sendable {
  /// The folded text, under the original's name: what the scan reads.
  let document: Document
  /// Where the folded text differs from the original, in text order; no two
  /// touch (touching ones are merged), so their folded starts ascend.
  private let edits: [Edit]

  struct Edit: Sendable, Equatable {
    let folded: Range<Int>
    let original: Range<Int>
  }

  /// The folded `original`, or nil when it holds nothing to fold.
  init?(_ original: Document) {
    guard let (bytes, edits) = original.bytes.withUnsafeBufferPointer(Self.fold) else { return nil }
    self.document = Document(name: original.name, bytes: bytes)
    self.edits = edits
  }

  /// The original offset of a span that starts at folded `offset`: after
  /// what was folded to nothing there, at the start of what was replaced.
  func originalStart(_ offset: Int) -> Int {
    let next = edits.partitioningIndex { $0.folded.lowerBound > offset }
    guard next > 0 else { return offset }
    let edit = edits[next - 1]
    return offset >= edit.folded.upperBound ? offset - edit.folded.upperBound + edit.original.upperBound : edit.original.lowerBound
  }

  /// The original offset of a span that ends at folded `offset`: before
  /// what was folded to nothing there, at the end of what was replaced.
  func originalEnd(_ offset: Int) -> Int {
    let next = edits.partitioningIndex { $0.folded.lowerBound >= offset }
    guard next > 0 else { return offset }
    let edit = edits[next - 1]
    return offset >= edit.folded.upperBound ? offset - edit.folded.upperBound + edit.original.upperBound : edit.original.upperBound
  }

  /// `result`, found in the folded text, with offsets into the original.
  func inOriginal(_ result: ExtractionResult) -> ExtractionResult {
    var result = result
    for index in result.records.indices {
      result.records[index].start = originalStart(result.records[index].start)
      result.records[index].end = originalEnd(result.records[index].end)
    }
    for index in result.warnings.indices {
      let range = result.warnings[index].range
      let start = originalStart(range.lowerBound)
      result.warnings[index].range = start..<max(start, originalEnd(range.upperBound))
    }
    return result
  }

  // MARK: Folding

  /// What replaces a hidden character or a reference.
  private enum Replacement {
    case byte(UInt8)
    case scalar(Unicode.Scalar)
    case nothing
  }

  /// The folded bytes and the edits, or nil when nothing is to fold.
  static func fold(_ bytes: UnsafeBufferPointer<UInt8>) -> (bytes: [UInt8], edits: [Edit])? {
    // Most text holds nothing to fold: find the first place without copying.
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      if byte == UInt8(ascii: "&") || byte >= 0xC2, reading(bytes, at: index, after: index > 0 ? bytes[index - 1] : nil) != nil { break }
      index += 1
    }
    guard index < bytes.count else { return nil }
    var folded = [UInt8](bytes[..<index])
    folded.reserveCapacity(bytes.count)
    var edits: [Edit] = []
    while index < bytes.count {
      let byte = bytes[index]
      guard byte == UInt8(ascii: "&") || byte >= 0xC2, let (replacement, length) = reading(bytes, at: index, after: folded.last) else {
        folded.append(byte)
        index += 1
        continue
      }
      let start = folded.count
      switch replacement {
      case .byte(let byte): folded.append(byte)
      case .scalar(let scalar): UTF8.encode(scalar) { folded.append($0) }
      case .nothing: break
      }
      let edit = Edit(folded: start..<folded.count, original: index..<(index + length))
      if let last = edits.last, last.folded.upperBound == start, last.original.upperBound == index {
        edits[edits.count - 1] = Edit(folded: last.folded.lowerBound..<folded.count, original: last.original.lowerBound..<(index + length))
      } else {
        edits.append(edit)
      }
      index += length
    }
    return (folded, edits)
  }

  /// What the hidden character or reference at `index` reads as, and its
  /// length, after the folded byte `previous`; nil for text read as written.
  private static func reading(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, after previous: UInt8?) -> (Replacement, Int)? {
    let character: HiddenCharacter
    let length: Int
    if bytes[index] == UInt8(ascii: "&") {
      guard let (scalar, referenceLength) = HTMLEntity.reference(bytes, at: index) else { return nil }
      length = referenceLength
      if let hidden = HiddenCharacter(scalar.value) {
        character = hidden
      } else if scalar.value < 0x20 || scalar.value == 0x7F {
        // A tab or line break written as a reference is a space (so that
        // lines stay the same); other control characters stay as written.
        let isBreak = scalar == "\t" || scalar == "\n" || scalar == "\r" || scalar == "\u{0C}"
        return isBreak ? (.byte(UInt8(ascii: " ")), length) : nil
      } else {
        return (.scalar(scalar), length)
      }
    } else {
      guard let (hidden, hiddenLength) = HiddenCharacter.at(bytes, index) else { return nil }
      (character, length) = (hidden, hiddenLength)
    }
    switch character {
    case .space:
      return (.byte(UInt8(ascii: groupsDigits(bytes, after: previous, from: index + length) ? "," : " ")), length)
    case .wordBreak:
      let next = index + length < bytes.count ? bytes[index + length] : nil
      let besideSpace = (previous.map(WhiteSpaceFolding.isSpace) ?? true) || (next.map(WhiteSpaceFolding.isSpace) ?? true)
      return (besideSpace ? .nothing : .byte(UInt8(ascii: " ")), length)
    case .nothing:
      return (.nothing, length)
    }
  }

  /// Whether a space between `previous` and the bytes from `next` groups
  /// digits: a digit before, and exactly three digits after ("12 000").
  private static func groupsDigits(_ bytes: UnsafeBufferPointer<UInt8>, after previous: UInt8?, from next: Int) -> Bool {
    func isDigit(_ offset: Int) -> Bool { offset < bytes.count && bytes[offset] >= UInt8(ascii: "0") && bytes[offset] <= UInt8(ascii: "9") }
    guard let previous, previous >= UInt8(ascii: "0"), previous <= UInt8(ascii: "9") else { return false }
    return isDigit(next) && isDigit(next + 1) && isDigit(next + 2) && !isDigit(next + 3)
  }
}
