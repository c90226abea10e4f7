/// One fast pass over a document's bytes that finds the words a claim needs,
/// so that the detailed rules run only on the sentences that have one, and
/// each claim rule only where its own words stand.
///
/// Each claim rule names its words (`prefilter` in the rules file): plain
/// words, or `lexicon:NAME` for the last content word of every phrase of a
/// lexicon ("condition" for "in critical condition", "homes" for "from their
/// homes"), passing over words too common to tell much (`common-words.txt`:
/// "rounded" for "rounded up"). Any text a rule matches holds one of its
/// words, and every word of its phrase. Each ASCII word
/// of the text is lowercased and packed (its first eight bytes and its
/// length) into one integer and looked up in a table that gives the groups
/// (rules) the word belongs to, so the pass does no allocation and no
/// `String` work.
struct TriggerPrefilter: Sendable {
  /// One bit per group of words; groups past the 63rd share the last bit.
  typealias Groups = UInt64

  /// Packed keys of the words, with the groups each belongs to.
  private let groupsByKey: PackedWordTable

  /// The bit of group `index`.
  static func bit(_ index: Int) -> Groups { 1 << UInt64(min(index, 63)) }

  /// A prefilter for one group of `entries`: words, or `lexicon:NAME` for a lexicon's phrases.
  init(entries: [String], lexicons: [String: Lexicon]) {
    self.init(groups: [entries], lexicons: lexicons)
  }

  /// A prefilter for several groups of entries, told apart in ``hits(in:)``.
  init(groups: [[String]], lexicons: [String: Lexicon]) {
    var table: [UInt64: Groups] = [:]
    let functionWords = Set(lexicons["stopwords"]?.phrases ?? [])
    let commonWords = Set(lexicons["common-words"]?.phrases ?? [])
    for (index, entries) in groups.enumerated() {
      func add(_ phrase: String) {
        // Words as the pass reads them: runs of ASCII letters.
        let words = phrase.lowercased().split(whereSeparator: { !($0.isASCII && $0.isLetter) }).map(String.init)
        guard
          let word = words.last(where: { !functionWords.contains($0) && !commonWords.contains($0) })
            ?? words.last(where: { !functionWords.contains($0) }) ?? words.last
        else { return }
        table[Self.key(Array(word.utf8)[...]), default: 0] |= Self.bit(index)
      }
      for entry in entries {
        if entry.hasPrefix("lexicon:") {
          lexicons[String(entry.dropFirst("lexicon:".count))]?.phrases.forEach(add)
        } else {
          add(entry)
        }
      }
    }
    self.groupsByKey = PackedWordTable(table)
  }

  /// The byte offsets of the words in `bytes` that are prefilter words.
  func hits(in bytes: UnsafeBufferPointer<UInt8>) -> [Int] {
    groupedHits(in: bytes).map(\.offset)
  }

  /// The prefilter words in `bytes`: their byte offsets and their groups.
  func groupedHits(in bytes: UnsafeBufferPointer<UInt8>) -> [(offset: Int, groups: Groups)] {
    var hits: [(offset: Int, groups: Groups)] = []
    Self.forEachWord(in: bytes) { start, key in
      if let groups = groupsByKey.groups(key) { hits.append((start, groups)) }
    }
    return hits
  }

  /// Calls `body` with the offset and the groups of each prefilter word in
  /// `bytes`, in text order: the same as ``groupedHits(in:)`` gives, without an array.
  func forEachHit(in bytes: UnsafeBufferPointer<UInt8>, _ body: (Int, Groups) -> Void) {
    Self.forEachWord(in: bytes) { start, key in
      if let groups = groupsByKey.groups(key) { body(start, groups) }
    }
  }

  /// The words of this prefilter and of `other` in `bytes`, found in one
  /// pass: the same as ``groupedHits(in:)`` of each.
  func groupedHits(in bytes: UnsafeBufferPointer<UInt8>, and other: TriggerPrefilter) -> (
    [(offset: Int, groups: Groups)], [(offset: Int, groups: Groups)]
  ) {
    var hits: [(offset: Int, groups: Groups)] = []
    var otherHits: [(offset: Int, groups: Groups)] = []
    Self.forEachWord(in: bytes) { start, key in
      if let groups = groupsByKey.groups(key) { hits.append((start, groups)) }
      if let groups = other.groupsByKey.groups(key) { otherHits.append((start, groups)) }
    }
    return (hits, otherHits)
  }

  /// Calls `body` with the offset and packed key (``key(_:)``) of each ASCII
  /// letter run in `bytes`.
  @inline(__always) private static func forEachWord(in bytes: UnsafeBufferPointer<UInt8>, _ body: (Int, UInt64) -> Void) {
    var index = 0
    let count = bytes.count
    while index < count {
      // Skip to the start of an ASCII letter run.
      while index < count, !Self.isLetter(bytes[index]) { index += 1 }
      let start = index
      var packed: UInt64 = 0
      while index < count, Self.isLetter(bytes[index]) {
        if index - start < 8 { packed |= UInt64(bytes[index] | 0x20) << (8 * UInt64(index - start)) }
        index += 1
      }
      let length = index - start
      if length > 0 { body(start, packed ^ (UInt64(min(length, 255)) << 56)) }
    }
  }

  static func key(_ word: ArraySlice<UInt8>) -> UInt64 {
    var packed: UInt64 = 0
    for (offset, byte) in word.prefix(8).enumerated() { packed |= UInt64(byte | 0x20) << (8 * UInt64(offset)) }
    return packed ^ (UInt64(min(word.count, 255)) << 56)
  }

  @inline(__always) static func isLetter(_ byte: UInt8) -> Bool {
    let lower = byte | 0x20
    return lower >= UInt8(ascii: "a") && lower <= UInt8(ascii: "z")
  }
}
