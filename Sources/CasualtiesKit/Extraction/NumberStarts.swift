/// Where number phrases start in one sentence, found as far as they are
/// needed: a claim rule needs the starts up to the last of its own words
/// only, and the subset rules (which need them all) run only on sentences
/// with a claim.
struct NumberStarts {
  /// The starts found so far, ascending, as offsets in the sentence.
  private(set) var found: [Int] = []
  /// Every start at or before this offset is in `found`.
  private var knownThrough = -1

  /// The starts at or before `limit` (offsets in the sentence), finding more
  /// with `search` as needed: given an offset and a last start (nil for
  /// none), it gives the first start from the offset up to that last one,
  /// or nil when there is none.
  mutating func starts(through limit: Int, _ search: (Int, Int?) -> Int?) -> ArraySlice<Int> {
    if limit > knownThrough {
      var next = knownThrough + 1
      let last = limit == .max ? nil : limit
      while let start = search(next, last) {
        found.append(start)
        next = start + 1
      }
      knownThrough = limit
    }
    return found.prefix { $0 <= limit }
  }

  /// Gives up on finding the starts (the search failed): every offset up
  /// to `end` counts as one, so that the rules are tried everywhere, as
  /// without this shortcut.
  mutating func assumeEveryOffset(through end: Int) {
    found = Array(0...end)
    knownThrough = .max
  }
}
