/// The value of a number phrase such as "at least 3,287", "two dozen" or
/// "between 10 and 15".
public struct NumberReading: Sendable, Hashable {
  /// The number as stated; the lower figure of a range.
  public var count: Int
  /// The upper figure of a range.
  public var upper: Int?
  /// How the number is hedged.
  public var qualifier: Qualifier
  /// True for words that count only with a noun after them ("a", "another",
  /// "no"): "a man was killed" is a claim, "a was killed" is not.
  public var needsNoun: Bool = false
  /// True for a bare four-digit figure that reads as a year ("in 2006").
  public var looksLikeYear: Bool = false

  /// The bounds implied by the qualifier.
  public var bounds: (low: Int?, high: Int?) { qualifier.bounds(count: count, upper: upper) }
}
