internal import CPCRE2

/// An error reported by the PCRE2 library, with the text PCRE2 gives for it.
///
/// Compile errors carry the byte offset in the pattern where PCRE2 stopped, so
/// that a rule file's author can find the fault:
///
///     do { _ = try Pattern("a(b") } catch { print(error) }
///     // PCRE2: error compiling pattern at offset 3: missing closing parenthesis
public struct PCRE2Error: Error, Sendable, Hashable, CustomStringConvertible {
  /// What PCRE2 was doing when it failed.
  public enum Kind: String, Sendable, Hashable {
    /// `pcre2_compile` rejected the pattern.
    case compile
    /// `pcre2_match` stopped, typically at a match or depth limit.
    case match
    /// PCRE2 could not allocate memory.
    case allocation
  }

  /// What PCRE2 was doing when it failed.
  public let kind: Kind
  /// PCRE2's error code (negative for match errors, positive for compile errors).
  public let code: Int32
  /// For a compile error, the byte offset in the pattern where PCRE2 stopped.
  public let offset: Int?
  /// PCRE2's own description of the error.
  public let message: String

  init(kind: Kind, code: Int32, offset: Int? = nil) {
    self.kind = kind
    self.code = code
    self.offset = offset
    self.message = Self.message(for: code)
  }

  public var description: String {
    switch kind {
    case .compile:
      "PCRE2: error compiling pattern at offset \(offset ?? 0): \(message)"
    case .match:
      "PCRE2: error while matching: \(message)"
    case .allocation:
      "PCRE2: out of memory: \(message)"
    }
  }

  /// True when matching gave up at the match or depth limit, the guard that
  /// keeps pathological text from hanging the engine.
  public var isResourceLimit: Bool {
    code == Self.matchLimit || code == Self.depthLimit || code == Self.heapLimit
      || code == Self.jitStackLimit
  }

  /// The match limit was reached. The corresponding C error is `PCRE2_ERROR_MATCHLIMIT`.
  public static let matchLimit: Int32 = PCRE2_ERROR_MATCHLIMIT
  /// The depth limit was reached. The corresponding C error is `PCRE2_ERROR_DEPTHLIMIT`.
  public static let depthLimit: Int32 = PCRE2_ERROR_DEPTHLIMIT
  /// The heap limit was reached. The corresponding C error is `PCRE2_ERROR_HEAPLIMIT`.
  public static let heapLimit: Int32 = PCRE2_ERROR_HEAPLIMIT
  /// The JIT stack ran out. The corresponding C error is `PCRE2_ERROR_JIT_STACKLIMIT`.
  public static let jitStackLimit: Int32 = PCRE2_ERROR_JIT_STACKLIMIT

  private static func message(for code: Int32) -> String {
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 256) { buffer in
      guard let base = buffer.baseAddress else { return "PCRE2 error \(code)" }
      let length = pcre2_get_error_message_8(code, base, buffer.count)
      guard length > 0 else { return "PCRE2 error \(code)" }
      return String(decoding: UnsafeBufferPointer(start: base, count: Int(length)), as: UTF8.self)
    }
  }
}
