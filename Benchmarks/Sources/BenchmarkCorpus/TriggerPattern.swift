/// The 40-word trigger alternation that the raw-regex benchmarks (PCRE2,
/// NSRegularExpression, Swift Regex) and the `grep -c -P` comparison all use,
/// kept in this one place so every engine runs the same pattern.
public enum TriggerPattern {
  /// Casualty and attack words, lower case; matched case-insensitively.
  public static let words = [
    "killed", "wounded", "injured", "dead", "died", "hurt", "displaced", "evacuated",
    "arrested", "abducted", "kidnapped", "detained", "missing", "hostages", "captured",
    "fled", "missiles", "rockets", "drones", "shells", "mortars", "airstrikes", "strikes",
    "shelling", "bombing", "explosion", "attack", "attacks", "gunmen", "shot", "slain",
    "executed", "massacred", "casualties", "victims", "bodies", "fatalities", "refugees",
    "hospitalised", "hospitalized",
  ]

  /// `\b(?:killed|wounded|…)\b`, the PCRE / ICU / Swift Regex syntax all three accept.
  public static let source = "\\b(?:" + words.joined(separator: "|") + ")\\b"
}
