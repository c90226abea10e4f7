/// A problem met while extracting that did not stop the run: a rule gave up
/// on a span of text at PCRE2's match limit, so claims there may be missing;
/// or a claim rule of a user's rules file matched but a built-in lexicon or
/// never-a-count rule vetoed the claim (``Kind``).
public struct ExtractionWarning: Sendable, Hashable, CustomStringConvertible {
  /// What kind of problem it is.
  public enum Kind: Sendable, Hashable {
    /// The rule gave up at PCRE2's match limit.
    case matchLimit
    /// The claim's subject ends in `entry`, a word of the not-victims
    /// lexicon ("sheep", "jobs"): a count of it is never a casualty figure.
    case notVictims(entry: String)
    /// The number lies inside `span`, which the never-a-count (`ignore`) rule
    /// `rule` claims (a date, an age, an identifier).
    case neverACount(rule: String, span: String)
  }

  /// The input's name.
  public var doc: String
  /// The rule that gave up, or whose match was vetoed.
  public var rule: String
  /// The byte range of the sentence it gave up on, or of the vetoed match.
  public var range: Range<Int>
  /// What happened.
  public var message: String
  /// What kind of problem it is.
  public var kind: Kind = .matchLimit

  /// A vetoed match of a user's rule: the same rule blocked by the same entry
  /// is worth saying once per run, not once per document.
  public var isVeto: Bool { kind != .matchLimit }

  public var description: String {
    switch kind {
    case .matchLimit:
      return "\(doc): bytes \(range.lowerBound)-\(range.upperBound): rule '\(rule)' skipped this sentence: \(message)"
    case .notVictims, .neverACount:
      return "\(doc): bytes \(range.lowerBound)-\(range.upperBound): rule '\(rule)' matched, but \(message)"
    }
  }
}

/// What one document gave: its records and any warnings.
public struct ExtractionResult: Sendable {
  /// The records, in the order their evidence appears.
  public var records: [EventRecord]
  /// Spans the engine could not fully read.
  public var warnings: [ExtractionWarning]
}
