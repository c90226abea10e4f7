/// What a claim counts.
public enum Category: String, Codable, Sendable, Hashable, CaseIterable, Comparable {
  /// People killed, dead or died.
  case killed
  /// People wounded, injured or hurt.
  case injured
  /// People missing or unaccounted for.
  case missing
  /// People driven from their homes, fled, homeless.
  case displaced
  /// People ordered or forced to evacuate.
  case evacuated
  /// People arrested, detained or in custody.
  case detained
  /// People abducted, kidnapped or taken hostage.
  case abducted
  /// Strikes, air raids, missiles, rockets, drones, shells or bombs.
  case strikes

  public static func < (lhs: Category, rhs: Category) -> Bool {
    allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
  }
}
