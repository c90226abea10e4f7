import PCRE2

/// What a document scan may keep for the next document: PCRE2 match data
/// for each rule (made when a rule first runs) and the ``ScanMemo``.
///
/// An ``Extractor`` lends each scratch to one scan at a time, so that a run
/// over many small documents does not make match data anew for each.
final class ScanScratch: @unchecked Sendable {
  // SAFETY: a scratch is used by one scan at a time: the extractor hands it
  // out and takes it back under its lock, and never holds it while a scan runs.

  /// Match data for each rule, by rule index.
  var matchers: [Matcher?]
  /// Match data for the anchored form of each rule that has one.
  var anchoredMatchers: [Matcher?]
  /// Match data for the `{count}` fragment alone.
  var countMatcher: Matcher?
  /// Answers worked out from text, valid for every document of the same rules.
  private(set) var memo = ScanMemo()

  /// A memo holding more answers than this is emptied between documents,
  /// so that memory stays bounded on any input.
  static let memoLimit = 50_000

  init(ruleCount: Int) {
    matchers = [Matcher?](repeating: nil, count: ruleCount)
    anchoredMatchers = [Matcher?](repeating: nil, count: ruleCount)
  }

  /// The PCRE2 searches this scratch's matchers have run and the bytes they
  /// spanned (``Matcher/searchCount``, ``Matcher/bytesSearched``), for tests
  /// that count the engine's work.
  var work: (searches: Int, bytes: Int) {
    (matchers + anchoredMatchers + [countMatcher]).reduce(into: (0, 0)) { total, matcher in
      total.0 += matcher?.searchCount ?? 0
      total.1 += matcher?.bytesSearched ?? 0
    }
  }

  /// Empties the memo when it has grown past ``memoLimit``.
  func trimMemo() {
    if memo.count > Self.memoLimit { memo = ScanMemo() }
  }
}
