import PCRE2

/// Why a rules folder or file could not be loaded. The message names the
/// file, the rule and, for a pattern, PCRE2's own message and offset.
public struct RuleSetError: Error, Sendable, CustomStringConvertible {
  /// The file at fault.
  public let file: String
  /// The 1-based line in the file, when known.
  public let line: Int?
  /// The rule or fragment at fault, when known.
  public let rule: String?
  /// What is wrong, in words a rule writer can act on.
  public let reason: String

  /// An error in `file`.

  public init(file: String, line: Int? = nil, rule: String? = nil, reason: String) {
    self.file = file
    self.line = line
    self.rule = rule
    self.reason = reason
  }

  public var description: String {
    var place = file
    if let line { place += ":\(line)" }
    if let rule { place += ": rule '\(rule)'" }
    return "\(place): \(reason)"
  }
}
