import PCRE2

/// Finds every number phrase in a text, the way every claim rule reads
/// counts: "at least 3,287", "two dozen", "between 10 and 15", "tens of
/// thousands", "none". The grammar is the `{number}` fragment of the rules
/// (built from the number lexicons) and ``NumberReader`` gives the values.
///
///     let recognizer = try NumberRecognizer()
///     for phrase in recognizer.phrases(in: "killed at least 3,287 people") {
///         print(phrase.range, phrase.count, phrase.qualifier)   // 7..<21 3287 at_least
///     }
public struct NumberRecognizer: Sendable {
  private let pattern: Pattern
  private let reader: NumberReader
  /// The rules whose matches are never counts: dates, times, ages, identifiers.
  private let notCounts: [Pattern]

  /// One number phrase: its bytes and its value.
  public struct Phrase: Sendable, Hashable {
    /// The UTF-8 byte range of the phrase, qualifier included.
    public var range: Range<Int>
    /// The value.
    public var reading: NumberReading
    /// The number as stated (the lower figure of a range).
    public var count: Int { reading.count }
    /// How it is hedged.
    public var qualifier: Qualifier { reading.qualifier }
    /// The bounds the qualifier gives.
    public var low: Int? { reading.bounds.low }
    /// The upper bound the qualifier gives.
    public var high: Int? { reading.bounds.high }
  }

  /// A recognizer over the grammar of `rules` (the bundled set by default).
  public init(rules given: RuleSet? = nil) throws(RuleSetError) {
    let rules: RuleSet
    if let given { rules = given } else { rules = try RuleSet.bundled() }
    self.pattern = rules.numberPattern
    self.reader = rules.numbers
    self.notCounts = rules.rules.filter { $0.role == .ignore }.map(\.pattern)
  }

  /// The number phrases in UTF-8 bytes, in order. Measures ("5 km"), dates,
  /// times, ages, identifiers ("resolution 1701"), years standing alone
  /// ("in 2006") and words that count only with a noun ("a") are left out.
  public func phrases(in bytes: UnsafeBufferPointer<UInt8>) -> [Phrase] {
    let matcher = pattern.makeMatcher()
    guard let found = try? matcher.matches(in: bytes) else { return [] }
    let blocked = notCounts.flatMap { (try? $0.makeMatcher().matches(in: bytes)) ?? [] }.map(\.range)
    return found.compactMap { match in
      if blocked.contains(where: { $0.overlaps(match.range) }) { return nil }
      let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[match.range]), as: UTF8.self)
      guard let reading = reader.read(text), !reading.needsNoun, !reading.looksLikeYear else { return nil }
      return Phrase(range: match.range, reading: reading)
    }
  }

  /// The number phrases in a string; ranges are UTF-8 byte offsets.
  public func phrases(in text: String) -> [Phrase] {
    Array(text.utf8).withUnsafeBufferPointer { phrases(in: $0) }
  }
}
