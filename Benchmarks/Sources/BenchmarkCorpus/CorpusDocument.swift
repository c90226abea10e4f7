/// One document of the benchmark corpus.
public struct CorpusDocument: Sendable {
  /// What made the document.
  public enum Kind: Sendable, Hashable {
    /// A templated conflict report with casualty claims.
    case claimReport
    /// A real fixture article the engine finds claims in.
    case fixtureWithClaims
    /// Templated everyday news from one desk; numbers, no claims.
    case newsBrief(NewsDesk)
    /// A real fixture article with numbers but no claims.
    case fixtureWithoutClaims
    /// ASCII padding that makes a chunk end exactly on a mebibyte.
    case filler

    /// True for the kinds meant to carry claims.
    public var carriesClaims: Bool {
      self == .claimReport || self == .fixtureWithClaims
    }
  }

  /// A unique, stable name: "000123-claim-report", "000124-fixture-lee-bg-045.txt".
  public var name: String
  public var kind: Kind
  /// The text: no blank line inside, paragraphs separated by one line break.
  public var text: String

  /// The text's UTF-8 bytes.
  public var utf8: [UInt8] { Array(text.utf8) }
}

/// The desks of the templated non-claim news.
public enum NewsDesk: String, CaseIterable, Sendable {
  case business, sport, weather, politics
}

extension Array where Element == CorpusDocument {
  /// The documents separated by a blank line, as written to disk.
  public func joinedText() -> String {
    map(\.text).joined(separator: CorpusBuilder.separator)
  }

  /// The UTF-8 size of ``joinedText()``.
  public var joinedByteCount: Int {
    reduce(0) { $0 + $1.text.utf8.count } + Swift.max(0, count - 1) * CorpusBuilder.separator.utf8.count
  }
}
