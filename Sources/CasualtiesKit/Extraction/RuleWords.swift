/// The words that the matches of a rule other than a claim rule hold
/// (`prefilter` in its rules file), so that the rule does not run on a
/// sentence without one and tries no match that starts after the last one.
///
/// Claim rules name their words too, but theirs pick the sentences worth
/// reading at all (``TriggerPrefilter`` over the whole document); these
/// only narrow where the other rules run in a sentence that is read anyway.
/// Every word is found as ``TriggerPrefilter`` finds words: a run of ASCII
/// letters, any case, a lexicon phrase by its last content word that is not
/// a common one.
struct RuleWords: Sendable {
  /// One group per rule that names words (past the 63rd they share the last).
  private let prefilter: TriggerPrefilter
  /// The group bit of each rule, by rule index; 0 for a rule that names no words.
  private let bits: [TriggerPrefilter.Groups]

  /// The words of every rule of `rules` that is not a claim rule and has a `prefilter`.
  init(rules: [CompiledRule], lexicons: [String: Lexicon]) {
    let named = rules.indices.filter { rules[$0].role != .claim && rules[$0].definition.prefilter != nil }
    prefilter = TriggerPrefilter(groups: named.map { rules[$0].definition.prefilter ?? [] }, lexicons: lexicons)
    var bits = [TriggerPrefilter.Groups](repeating: 0, count: rules.count)
    for (group, index) in named.enumerated() { bits[index] = TriggerPrefilter.bit(group) }
    self.bits = bits
  }

  /// Whether rule `index` names words.
  func namesWords(_ index: Int) -> Bool { bits[index] != 0 }

  /// The offset of the last word of each group in `bytes` (offsets in it),
  /// -1 for a group with none, written into `last` (64 entries).
  func lastWords(in bytes: UnsafeBufferPointer<UInt8>, into last: inout [Int]) {
    last.withUnsafeMutableBufferPointer { last in
      for index in last.indices { last[index] = -1 }
      prefilter.forEachHit(in: bytes) { offset, groups in
        var rest = groups
        while rest != 0 {
          last[rest.trailingZeroBitCount] = offset
          rest &= rest - 1
        }
      }
    }
  }

  /// Where a match of rule `index` may start, given the last words of
  /// ``lastWords(in:into:)``.
  func starts(of index: Int, lastWords last: [Int]) -> MatchStarts {
    let bit = bits[index]
    if bit == 0 { return .anywhere }
    let offset = last[bit.trailingZeroBitCount]
    return offset < 0 ? .nowhere : .through(offset)
  }
}
