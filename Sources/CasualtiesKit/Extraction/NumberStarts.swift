/// Where number phrases start in one sentence, found as far as they are
/// needed: a claim rule needs the starts up to the last of its own words
/// only, and the subset rules (which need them all) run only on sentences
/// with a claim.
struct NumberStarts {
  /// The starts found so far, ascending, as offsets in the sentence.
  private(set) var found: [Int] = []
  /// Where the next search begins.
  private var next = 0
  /// True when no start is left after `found`.
  private var isComplete = false

  /// The starts at or before `limit` (offsets in the sentence), finding more
  /// with `search` as needed: it gives the first start at or after its
  /// argument, or nil when there is none.
  mutating func starts(through limit: Int, _ search: (Int) -> Int?) -> ArraySlice<Int> {
    while !isComplete, found.last.map({ $0 <= limit }) ?? true {
      guard let start = search(next) else {
        isComplete = true
        break
      }
      found.append(start)
      next = start + 1
    }
    return found.prefix { $0 <= limit }
  }

  /// Gives up on finding the starts (the search failed): every offset from
  /// the next search on up to `end` counts as one, so that the rules are
  /// tried everywhere there, as without this shortcut.
  mutating func assumeEveryOffset(through end: Int) {
    if !isComplete, next <= end { found.append(contentsOf: next...end) }
    isComplete = true
  }
}
