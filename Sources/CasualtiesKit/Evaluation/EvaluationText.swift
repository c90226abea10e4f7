import Foundation

/// Renders an ``EvaluationReport`` for people (a table) or scripts (JSON).
public enum EvaluationText {
  /// A table of precision, recall and F1, overall and per category, then
  /// field agreement; with `verbose`, every miss, false alarm and disagreement.
  /// A figure over nothing (no claims, no pairs) is printed as n/a.
  public static func table(_ report: EvaluationReport, verbose: Bool) -> String {
    var out = "category     gold  found  tp   fp   fn   precision  recall  f1\n"
    func row(_ name: String, _ score: PrecisionRecall) {
      let gold = score.truePositives + score.falseNegatives
      let found = score.truePositives + score.falsePositives
      out += name.padding(toLength: 12, withPad: " ", startingAt: 0)
      out += String(format: " %4d  %5d  %-4d %-4d %-4d ", gold, found, score.truePositives, score.falsePositives, score.falseNegatives)
      out += figure(found == 0 ? nil : score.precision, width: 9) + "  " + figure(gold == 0 ? nil : score.recall, width: 6)
      out += "  " + figure(gold + found == 0 ? nil : score.f1, width: 5) + "\n"
    }
    for category in Category.allCases {
      if let score = report.byCategory[category] { row(category.rawValue, score) }
    }
    row("all", report.overall)
    out += "\nrestatements found: \(report.restatementsFound) of \(report.restatements) (scored apart)\n"
    if report.documentsWithoutGold > 0 {
      out += "documents without gold claims: \(report.documentsWithoutGold), with \(report.falseAlarmsWithoutGold) false alarms among them\n"
    }
    out += "\namong \(report.location.compared) matched claims, agreement:\n"
    for (name, agreement, note) in fields(report) {
      out += "  " + name.padding(toLength: 17, withPad: " ", startingAt: 0) + counted(agreement) + note + "\n"
    }
    guard verbose else { return out }
    if !report.missed.isEmpty {
      out += "\nmissed gold claims (\(report.missed.count)):\n"
      for claim in report.missed {
        out += "  - \(claim.doc): \(claim.category.rawValue) \(claim.count) \(claim.qualifier.rawValue): \"\(claim.quote)\"\n"
      }
    }
    if !report.spurious.isEmpty {
      out += "\nspurious records (\(report.spurious.count)):\n"
      for record in report.spurious {
        out += "  + \(Scorer.fileName(record.doc)):\(record.line): \(record.category.rawValue) \(record.count) \(record.qualifier.rawValue) \(record.subject): \"\(record.text)\"\n"
      }
    }
    if !report.disagreements.isEmpty {
      out += "\nfield disagreements among matched claims (\(report.disagreements.count)):\n"
      for (claim, record) in report.disagreements {
        var parts: [String] = []
        if !Scorer.placesAgree(claim.location, record.location) {
          parts.append("location gold=\(claim.location ?? "-") found=\(record.location ?? "-")")
        }
        if claim.sourceType != record.sourceType {
          parts.append("source_type gold=\(claim.sourceType?.rawValue ?? "-") found=\(record.sourceType?.rawValue ?? "-") (\(record.source ?? "-"))")
        }
        if claim.scope != record.scope { parts.append("scope gold=\(claim.scope.rawValue) found=\(record.scope.rawValue)") }
        if claim.qualifier != record.qualifier { parts.append("qualifier gold=\(claim.qualifier.rawValue) found=\(record.qualifier.rawValue)") }
        out += "  ~ \(claim.doc): \(claim.category.rawValue) \(claim.count): \(parts.joined(separator: "; ")): \"\(claim.quote)\"\n"
      }
    }
    return out
  }

  /// One line per named report (a dev set, then their union): the figures
  /// that compare sets at a glance.
  public static func summary(_ reports: [(name: String, report: EvaluationReport)]) -> String {
    let width = max(12, reports.map(\.name.count).max() ?? 0)
    var out = "set".padding(toLength: width, withPad: " ", startingAt: 0)
    out += "  claims  precision  recall  f1     location  source_type  source_invented  scope\n"
    for (name, report) in reports {
      let score = report.overall
      out += name.padding(toLength: width, withPad: " ", startingAt: 0)
      out += String(format: "  %6d  %9.3f  %6.3f  %.3f  ", score.truePositives + score.falseNegatives, score.precision, score.recall, score.f1)
      out += figure(report.location, width: 8) + "  " + figure(report.sourceType, width: 11) + "  "
      out += figure(report.sourceInvented, width: 15) + "  " + figure(report.scope, width: 5) + "\n"
    }
    return out
  }

  /// The same figures as one JSON object, keys sorted. A figure over nothing is null.
  public static func json(_ report: EvaluationReport) -> String {
    String(decoding: serialized(object(report)), as: UTF8.self) + "\n"
  }

  /// Several named reports as one JSON object: `sets` by name, and `all`, their union.
  public static func json(sets: [(name: String, report: EvaluationReport)], union: EvaluationReport) -> String {
    let byName = Dictionary(sets.map { ($0.name, object($0.report)) }, uniquingKeysWith: { first, _ in first })
    return String(decoding: serialized(["sets": byName, "all": object(union)]), as: UTF8.self) + "\n"
  }

  private static func object(_ report: EvaluationReport) -> [String: Any] {
    func score(_ value: PrecisionRecall) -> [String: Any] {
      [
        "tp": value.truePositives, "fp": value.falsePositives, "fn": value.falseNegatives,
        "precision": rounded(value.precision), "recall": rounded(value.recall), "f1": rounded(value.f1),
      ]
    }
    var object: [String: Any] = ["overall": score(report.overall)]
    object["categories"] = Dictionary(uniqueKeysWithValues: report.byCategory.map { ($0.key.rawValue, score($0.value)) })
    object["agreement"] = Dictionary(uniqueKeysWithValues: fields(report).map { field in
      (field.name, [
        "rate": field.agreement.compared == 0 ? NSNull() : rounded(field.agreement.rate) as Any,
        "agreed": field.agreement.agreed, "compared": field.agreement.compared,
      ] as [String: Any])
    })
    object["restatements"] = ["found": report.restatementsFound, "total": report.restatements]
    object["missed"] = report.missed.count
    object["spurious"] = report.spurious.count
    object["documents_without_gold"] = ["documents": report.documentsWithoutGold, "false_alarms": report.falseAlarmsWithoutGold]
    return object
  }

  private static func serialized(_ object: [String: Any]) -> Data {
    (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data("{}".utf8)
  }

  /// The agreements in print order, each with what it is taken over.
  private static func fields(_ report: EvaluationReport) -> [(name: String, agreement: Agreement, note: String)] {
    [
      ("location", report.location, ""),
      ("source_type", report.sourceType, ", where the gold names a source"),
      ("source_invented", report.sourceInvented, ", a source given where the gold has none"),
      ("scope", report.scope, ""),
      ("qualifier", report.qualifier, ""),
    ]
  }

  /// "0.865  (134 of 155)", or "n/a  (0 of 0)".
  private static func counted(_ agreement: Agreement) -> String {
    figure(agreement, width: 5) + "  (\(agreement.agreed) of \(agreement.compared))"
  }

  private static func figure(_ agreement: Agreement, width: Int) -> String {
    figure(agreement.compared == 0 ? nil : agreement.rate, width: width)
  }

  private static func figure(_ value: Double?, width: Int) -> String {
    guard let value else { return String(repeating: " ", count: max(0, width - 3)) + "n/a" }
    return String(format: "%\(width).3f", value)
  }

  private static func rounded(_ value: Double) -> Double { (value * 1000).rounded() / 1000 }
}
