/// Whether a count is one incident's or a running total.
public enum Scope: String, Codable, Sendable, Hashable, CaseIterable {
  /// The toll of one event.
  case incident
  /// A running total: "since the war began", "so far", "the death toll rose to".
  case cumulative
}
