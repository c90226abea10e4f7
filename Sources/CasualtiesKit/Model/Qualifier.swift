/// How a count is hedged in the text.
public enum Qualifier: String, Codable, Sendable, Hashable, CaseIterable {
  /// "five people": the count is exact.
  case exact
  /// "about 100", "nearly 80", "an estimated 500".
  case approximate
  /// "at least 20", "dozens" (a vague plural is a lower bound).
  case atLeast = "at_least"
  /// "more than 40", "over 200".
  case moreThan = "more_than"
  /// "up to 10,000", "as many as four".
  case atMost = "at_most"
  /// "fewer than 10", "under 50".
  case lessThan = "less_than"
  /// "between 10 and 15", "10-15": count is the lower figure.
  case range

  /// The bounds this qualifier gives a stated count: exact is closed, a
  /// lower bound has no high, an upper bound has no low, an estimate neither.
  public func bounds(count: Int, upper: Int? = nil) -> (low: Int?, high: Int?) {
    switch self {
    case .exact: (count, count)
    case .approximate: (nil, nil)
    case .atLeast, .moreThan: (count, nil)
    case .atMost, .lessThan: (nil, count)
    case .range: (count, upper ?? count)
    }
  }
}
