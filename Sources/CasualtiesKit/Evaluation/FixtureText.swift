/// Renders a ``FixtureDiff`` for a person reviewing a rule change.
public enum FixtureText {
  /// The counts per category before and after, then each record added,
  /// removed or changed, field by field.
  public static func describe(_ diff: FixtureDiff) -> String {
    var out = "\(diff.fixture):"
    if diff.isNew { out += " no expected records yet (run with --update after review)" }
    out += "\n  counts: "
    let categories = Set(diff.countsBefore.keys).union(diff.countsAfter.keys).sorted()
    out += categories.map { "\($0.rawValue) \(diff.countsBefore[$0] ?? 0) -> \(diff.countsAfter[$0] ?? 0)" }.joined(separator: ", ")
    out += "\n"
    for record in diff.removed { out += "  - removed: \(summary(record))\n" }
    for record in diff.added { out += "  + added:   \(summary(record))\n" }
    for change in diff.changed {
      out += "  ~ changed: \(summary(change.before))\n"
      let before = Dictionary(uniqueKeysWithValues: zip(EventRecord.fieldNames, change.before.fieldValues))
      let after = Dictionary(uniqueKeysWithValues: zip(EventRecord.fieldNames, change.after.fieldValues))
      for field in change.fields {
        out += "      \(field): \(before[field].flatMap { $0 } ?? "(empty)") -> \(after[field].flatMap { $0 } ?? "(empty)")\n"
      }
    }
    return out
  }

  static func summary(_ record: EventRecord) -> String {
    "\(record.category.rawValue) \(record.count) \(record.qualifier.rawValue) \(record.subject) (line \(record.line), bytes \(record.start)-\(record.end))"
  }
}
