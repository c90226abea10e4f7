/// A problem met while extracting that did not stop the run: a rule gave up
/// on a span of text at PCRE2's match limit, so claims there may be missing.
public struct ExtractionWarning: Sendable, Hashable, CustomStringConvertible {
  /// The input's name.
  public var doc: String
  /// The rule that gave up.
  public var rule: String
  /// The byte range of the sentence it gave up on.
  public var range: Range<Int>
  /// What happened.
  public var message: String

  public var description: String {
    "\(doc): bytes \(range.lowerBound)-\(range.upperBound): rule '\(rule)' skipped this sentence: \(message)"
  }
}

/// What one document gave: its records and any warnings.
public struct ExtractionResult: Sendable {
  /// The records, in the order their evidence appears.
  public var records: [EventRecord]
  /// Spans the engine could not fully read.
  public var warnings: [ExtractionWarning]
}
