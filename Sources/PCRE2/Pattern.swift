internal import CPCRE2

/// A compiled PCRE2 regular expression, JIT-compiled when the library allows.
///
/// A `Pattern` is immutable once made and may be shared by any number of
/// threads. Each thread matches through its own ``Matcher``, which holds the
/// per-match scratch memory PCRE2 needs.
///
///     let pattern = try Pattern(#"(?<count>\d+) killed"#)
///     let matcher = pattern.makeMatcher()
///     for match in try matcher.matches(in: Array("5 killed".utf8)) {
///         print(match.range)               // 0..<8, a UTF-8 byte range
///     }
public final class Pattern: @unchecked Sendable {
  // SAFETY: `code` and `matchContext` are written only in `init`, which also
  // runs the JIT compiler; afterwards PCRE2 only reads them, and PCRE2 allows
  // compiled code and unchanged contexts to be shared by threads
  // (pcre2api(3), MULTITHREADING).
  let code: OpaquePointer
  let matchContext: OpaquePointer

  /// The pattern text as given.
  public let source: String
  /// The options it was compiled with.
  public let options: CompileOptions
  /// True when matching runs JIT-compiled machine code; false when the
  /// library has no JIT or refused this pattern and the interpreter is used.
  public let isJITCompiled: Bool
  /// The number of capture groups.
  public let captureCount: Int
  /// Capture group numbers by name, for `(?<name>…)` groups.
  public let groupNumbers: [String: Int]

  /// Compiles `source`.
  ///
  /// - Parameters:
  ///   - source: The regular expression, in PCRE2 syntax.
  ///   - options: Compile options; byte mode when ``CompileOptions/utf`` is absent.
  ///   - limits: Bounds on the work of each match call.
  /// - Throws: A ``PCRE2Error`` of kind `.compile` with PCRE2's message and the
  ///   byte offset in `source` where compilation stopped.
  ///
  /// The corresponding C functions are `pcre2_compile` and `pcre2_jit_compile`.
  public init(
    _ source: String, options: CompileOptions = [], limits: MatchLimits = .standard
  ) throws(PCRE2Error) {
    var errorCode: Int32 = 0
    var errorOffset = 0
    let compiled: OpaquePointer? = source.utf8.withContiguousStorageIfAvailable { bytes in
      pcre2_compile_8(
        bytes.baseAddress, bytes.count, options.rawValue, &errorCode, &errorOffset, nil)
    } ?? {
      let bytes = Array(source.utf8)
      return pcre2_compile_8(bytes, bytes.count, options.rawValue, &errorCode, &errorOffset, nil)
    }()
    guard let compiled else {
      throw PCRE2Error(kind: .compile, code: errorCode, offset: errorOffset)
    }
    guard let context = pcre2_match_context_create_8(nil) else {
      pcre2_code_free_8(compiled)
      throw PCRE2Error(kind: .allocation, code: PCRE2_ERROR_NOMEMORY)
    }
    pcre2_set_match_limit_8(context, limits.match)
    pcre2_set_depth_limit_8(context, limits.depth)

    self.code = compiled
    self.matchContext = context
    self.source = source
    self.options = options
    self.isJITCompiled =
      PCRE2Configuration.isJITAvailable
      && pcre2_jit_compile_8(compiled, PCRE2_JIT_COMPLETE) == 0
    self.captureCount = Int(Self.info(compiled, PCRE2_INFO_CAPTURECOUNT))
    self.groupNumbers = Self.readNameTable(compiled)
  }

  deinit {
    pcre2_match_context_free_8(matchContext)
    pcre2_code_free_8(code)
  }

  /// Makes the per-thread state for matching this pattern.
  public func makeMatcher() -> Matcher { Matcher(pattern: self) }

  /// The bytes of JIT code for this pattern; 0 when interpreted.
  public var jitSize: Int { Int(Self.info(code, PCRE2_INFO_JITSIZE)) }

  private static func info(_ code: OpaquePointer, _ what: Int32) -> UInt {
    var value: UInt = 0
    // CAPTURECOUNT, NAMECOUNT and NAMEENTRYSIZE are uint32_t; JITSIZE is size_t.
    if what == PCRE2_INFO_JITSIZE {
      var size = 0
      _ = pcre2_pattern_info_8(code, UInt32(what), &size)
      value = UInt(size)
    } else {
      var small: UInt32 = 0
      _ = pcre2_pattern_info_8(code, UInt32(what), &small)
      value = UInt(small)
    }
    return value
  }

  /// Reads PCRE2's name table: each entry is a big-endian group number in two
  /// bytes followed by the zero-terminated name.
  private static func readNameTable(_ code: OpaquePointer) -> [String: Int] {
    let count = Int(info(code, PCRE2_INFO_NAMECOUNT))
    let entrySize = Int(info(code, PCRE2_INFO_NAMEENTRYSIZE))
    guard count > 0, entrySize > 2 else { return [:] }
    var table: UnsafePointer<UInt8>? = nil
    _ = pcre2_pattern_info_8(code, UInt32(PCRE2_INFO_NAMETABLE), &table)
    guard let table else { return [:] }
    var names: [String: Int] = [:]
    for index in 0..<count {
      let entry = table + index * entrySize
      let number = Int(entry[0]) << 8 | Int(entry[1])
      let nameBytes = UnsafeBufferPointer(start: entry + 2, count: entrySize - 2)
      names[String(decoding: nameBytes.prefix { $0 != 0 }, as: UTF8.self)] = number
    }
    return names
  }
}
