internal import CPCRE2

/// Matches one ``Pattern`` over UTF-8 bytes, holding PCRE2's match data.
///
/// A matcher belongs to one thread at a time: make one per task with
/// ``Pattern/makeMatcher()`` and reuse it for every subject.
public final class Matcher {
  /// The pattern this matcher runs.
  public let pattern: Pattern
  private let matchData: OpaquePointer
  /// This matcher's own copy of the pattern's match context, made for the
  /// first search given an offset limit (``CompileOptions/useOffsetLimit``):
  /// the limit is set in it for each such search.
  private var limitContext: OpaquePointer?
  /// How many searches (`pcre2_match` calls) this matcher has run.
  public private(set) var searchCount = 0
  /// The bytes those searches spanned: from each search's start offset to
  /// the end of its match, or when there was none to the last offset it
  /// could start at (the subject's end, the offset limit, or for an
  /// anchored pattern its start).
  /// A measure of work that does not depend on the machine, for tests that
  /// check the engine stays linear.
  public private(set) var bytesSearched = 0

  init(pattern: Pattern) {
    self.pattern = pattern
    // Sized from the pattern, so the ovector holds every group.
    guard let data = pcre2_match_data_create_from_pattern_8(pattern.code, nil) else {
      fatalError("PCRE2 could not allocate match data: out of memory")
    }
    self.matchData = data
  }

  deinit {
    pcre2_match_data_free_8(matchData)
    if let limitContext { pcre2_match_context_free_8(limitContext) }
  }

  /// The range of the named group in `match`, or `nil`.
  public func range(of name: String, in match: Match) -> Range<Int>? {
    pattern.groupNumbers[name].flatMap { match[$0] }
  }

  /// The first match in `subject` that starts at or after `offset`.
  ///
  /// - Parameters:
  ///   - subject: The bytes to search.
  ///   - offset: Where the search starts (0 by default).
  ///   - delta: Added to every range of the match, for a subject that is a
  ///     slice of a larger text (0 by default).
  ///   - limit: The last offset the match may start at; `nil` for none. Only
  ///     for a pattern compiled with ``CompileOptions/useOffsetLimit``
  ///     (ignored otherwise).
  /// - Returns: The match, or `nil` when there is none.
  /// - Throws: A ``PCRE2Error`` of kind `.match` when a limit stops the search.
  ///
  /// The corresponding C function is `pcre2_match` (or `pcre2_jit_match`).
  public func firstMatch(
    in subject: UnsafeBufferPointer<UInt8>, from offset: Int = 0, shiftedBy delta: Int = 0, startingBy limit: Int? = nil
  ) throws(PCRE2Error) -> Match? {
    guard try search(subject, from: offset, startingBy: limit) else { return nil }
    return readMatch(shiftedBy: delta)
  }

  /// Where the first match in `subject` that starts at or after `offset`
  /// starts, or `nil` when there is none: ``firstMatch(in:from:shiftedBy:startingBy:)``
  /// without reading the groups, for a caller that needs the start alone.
  /// - Throws: A ``PCRE2Error`` of kind `.match` when a limit stops the search.
  public func firstMatchStart(
    in subject: UnsafeBufferPointer<UInt8>, from offset: Int = 0, startingBy limit: Int? = nil
  ) throws(PCRE2Error) -> Int? {
    guard try search(subject, from: offset, startingBy: limit) else { return nil }
    return pcre2_get_ovector_pointer_8(matchData)![0]
  }

  /// Runs one search, leaving a match in the match data; false when there is none.
  private func search(_ subject: UnsafeBufferPointer<UInt8>, from offset: Int, startingBy limit: Int?) throws(PCRE2Error) -> Bool {
    guard offset <= subject.count else { return false }
    var context = pattern.matchContext
    // Where a search that finds nothing stops trying start offsets.
    var lastStart = pattern.options.contains(.anchored) ? offset : subject.count
    if let limit, pattern.options.contains(.useOffsetLimit) {
      lastStart = min(limit, lastStart)
      if limit < offset { return false }
      if limitContext == nil {
        guard let copy = pcre2_match_context_copy_8(pattern.matchContext) else {
          fatalError("PCRE2 could not allocate a match context: out of memory")
        }
        limitContext = copy
      }
      pcre2_set_offset_limit_8(limitContext, limit)
      context = limitContext ?? context
    }
    // An empty buffer may have no base address; PCRE2 needs a valid pointer.
    let base = subject.baseAddress ?? UnsafePointer(bitPattern: 1)
    // The JIT fast path skips PCRE2's sanity checks, which is safe in byte
    // mode where every byte sequence is a valid subject. UTF patterns go
    // through pcre2_match, which validates the subject (and still uses the JIT).
    let status =
      if pattern.isJITCompiled && !pattern.options.contains(.utf) {
        pcre2_jit_match_8(
          pattern.code, base, subject.count, offset, 0, matchData, context)
      } else {
        pcre2_match_8(
          pattern.code, base, subject.count, offset, 0, matchData, context)
      }
    searchCount &+= 1
    if status == PCRE2_ERROR_NOMATCH {
      bytesSearched &+= lastStart - offset
      return false
    }
    guard status >= 0 else {
      bytesSearched &+= lastStart - offset
      throw PCRE2Error(kind: .match, code: status)
    }
    bytesSearched &+= pcre2_get_ovector_pointer_8(matchData)![1] - offset
    return true
  }

  /// Every non-overlapping match in `subject`, in order.
  ///
  /// After an empty match the scan steps one byte (one whole character in
  /// UTF mode), so it always ends. `delta` is added to every range, as in
  /// ``firstMatch(in:from:shiftedBy:startingBy:)``, and so is `limit`: no
  /// match starts after it.
  public func matches(in subject: UnsafeBufferPointer<UInt8>, shiftedBy delta: Int = 0, startingBy limit: Int? = nil) throws(PCRE2Error) -> [Match] {
    var found: [Match] = []
    var offset = 0
    while offset <= subject.count, let match = try firstMatch(in: subject, from: offset, shiftedBy: delta, startingBy: limit) {
      found.append(match)
      let end = match.range.upperBound - delta
      offset = match.range.isEmpty ? nextStart(after: end, in: subject) : end
    }
    return found
  }

  /// Convenience over an array of bytes.
  public func matches(in subject: [UInt8]) throws(PCRE2Error) -> [Match] {
    try subject.withUnsafeBufferPointer { (buffer) throws(PCRE2Error) -> [Match] in
      try matches(in: buffer)
    }
  }

  /// Convenience over a string's UTF-8 bytes.
  public func matches(in subject: String) throws(PCRE2Error) -> [Match] {
    try matches(in: Array(subject.utf8))
  }

  private func nextStart(after offset: Int, in subject: UnsafeBufferPointer<UInt8>) -> Int {
    var next = offset + 1
    if pattern.options.contains(.utf) {
      while next < subject.count, subject[next] & 0xC0 == 0x80 { next += 1 }
    }
    return next
  }

  private func readMatch(shiftedBy delta: Int) -> Match {
    let ovector = pcre2_get_ovector_pointer_8(matchData)!
    let unset = cpcre2_unset()
    let groupCount = pattern.captureCount
    var groups: [Range<Int>?] = []
    groups.reserveCapacity(groupCount)
    if groupCount > 0 {
      for number in 1...groupCount {
        let start = ovector[2 * number]
        let end = ovector[2 * number + 1]
        groups.append(start == unset ? nil : (start + delta)..<(end + delta))
      }
    }
    return Match(range: (ovector[0] + delta)..<(ovector[1] + delta), groups: groups)
  }
}

@available(*, unavailable, message: "match data belongs to one thread; make a Matcher per task")
extension Matcher: Sendable {}
