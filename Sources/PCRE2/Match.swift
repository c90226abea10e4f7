/// One match of a ``Pattern``: UTF-8 byte ranges into the subject.
public struct Match: Sendable, Hashable {
  /// The bytes the whole pattern matched.
  public let range: Range<Int>
  /// The range of each capture group, numbered from 1 at index 0; `nil` for
  /// a group that did not take part in the match.
  public let groups: [Range<Int>?]

  /// The range of capture group `number` (0 is the whole match), or `nil`
  /// when the group did not take part or does not exist.
  public subscript(number: Int) -> Range<Int>? {
    if number == 0 { return range }
    return groups.indices.contains(number - 1) ? groups[number - 1] : nil
  }

  /// The same match with every range moved by `delta` bytes, for a match
  /// made in a slice of a larger subject.
  public func shifted(by delta: Int) -> Match {
    Match(
      range: (range.lowerBound + delta)..<(range.upperBound + delta),
      groups: groups.map { $0.map { ($0.lowerBound + delta)..<($0.upperBound + delta) } })
  }
}
