extension MatchStarts {
  /// The starts allowed by both `self` and `other`: a match that holds what
  /// each of them asks for starts at or before the earlier of their limits.
  func narrowed(by other: MatchStarts) -> MatchStarts {
    switch (self, other) {
    case (.nowhere, _), (_, .nowhere): .nowhere
    case (.anywhere, _): other
    case (_, .anywhere): self
    case (.through(let first), .through(let second)): .through(min(first, second))
    }
  }

  /// The starts allowed by `self` and by an offset limit (nil for none).
  func narrowed(by limit: Int?) -> MatchStarts {
    narrowed(by: limit.map(MatchStarts.through) ?? .anywhere)
  }
}
