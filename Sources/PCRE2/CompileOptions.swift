internal import CPCRE2

/// Options for compiling a ``Pattern``.
///
/// Patterns match UTF-8 bytes. Without ``utf`` a pattern works in byte mode:
/// `\w` and `\d` are ASCII, any input bytes are accepted (invalid UTF-8
/// included), and a non-ASCII literal in the pattern matches its UTF-8 byte
/// sequence. Byte mode is the fast path; ask for ``utf`` only when a pattern
/// needs Unicode classes.
public struct CompileOptions: OptionSet, Sendable, Hashable {
  /// The PCRE2 option bits.
  public let rawValue: UInt32
  /// Options from PCRE2 option bits.
  public init(rawValue: UInt32) { self.rawValue = rawValue }

  /// Letters match both cases (ASCII only in byte mode). The corresponding C option is `PCRE2_CASELESS`.
  public static let caseless = CompileOptions(rawValue: PCRE2_CASELESS)
  /// `^` and `$` match at line breaks too. The corresponding C option is `PCRE2_MULTILINE`.
  public static let multiline = CompileOptions(rawValue: PCRE2_MULTILINE)
  /// White space and `#` comments in the pattern are ignored. The corresponding C option is `PCRE2_EXTENDED`.
  public static let extended = CompileOptions(rawValue: PCRE2_EXTENDED)
  /// Treat pattern and subject as UTF-8 characters with Unicode properties.
  /// The corresponding C options are `PCRE2_UTF | PCRE2_UCP`.
  public static let utf = CompileOptions(rawValue: PCRE2_UTF | PCRE2_UCP)
  /// A match must start at the offset the search starts from, so that a
  /// pattern can be tried at chosen places only (JIT-compiled, unlike the
  /// same option given to a match). The corresponding C option is `PCRE2_ANCHORED`.
  public static let anchored = CompileOptions(rawValue: PCRE2_ANCHORED)
  /// Lets a search be told the last offset a match may start at
  /// (``Matcher/firstMatch(in:from:shiftedBy:startingBy:)``). The
  /// corresponding C option is `PCRE2_USE_OFFSET_LIMIT`.
  public static let useOffsetLimit = CompileOptions(rawValue: PCRE2_USE_OFFSET_LIMIT)
}

/// Bounds on the work one match attempt may do, so that no input can hang
/// the engine. A match that hits a bound fails with a ``PCRE2Error`` whose
/// ``PCRE2Error/isResourceLimit`` is true.
public struct MatchLimits: Sendable, Hashable {
  /// The most backtracking steps for one match call (`pcre2_set_match_limit`).
  public var match: UInt32
  /// The deepest backtracking nest for the interpreter (`pcre2_set_depth_limit`);
  /// the JIT ignores it and is bounded by ``match`` and its stack.
  public var depth: UInt32

  /// Limits that no rule in the bundled set comes close to on real text.
  public static let standard = MatchLimits(match: 1_000_000, depth: 10_000)

  /// Limits of `match` backtracking steps and `depth` nesting.

  public init(match: UInt32, depth: UInt32) {
    self.match = match
    self.depth = depth
  }
}
