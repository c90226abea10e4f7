import Foundation

/// Renders an ``EvaluationReport`` for people (a table) or scripts (JSON).
public enum EvaluationText {
  /// A table of precision, recall and F1, overall and per category, then
  /// field agreement; with `verbose`, every miss, false alarm and disagreement.
  public static func table(_ report: EvaluationReport, verbose: Bool) -> String {
    var out = "category     gold  found  tp   fp   fn   precision  recall  f1\n"
    func row(_ name: String, _ score: PrecisionRecall) {
      let gold = score.truePositives + score.falseNegatives
      let found = score.truePositives + score.falsePositives
      out += name.padding(toLength: 12, withPad: " ", startingAt: 0)
      out += String(format: " %4d  %5d  %-4d %-4d %-4d %9.3f  %6.3f  %.3f\n", gold, found, score.truePositives,
                    score.falsePositives, score.falseNegatives, score.precision, score.recall, score.f1)
    }
    for category in Category.allCases {
      if let score = report.byCategory[category] { row(category.rawValue, score) }
    }
    row("all", report.overall)
    out += "\nrestatements found: \(report.restatementsFound) of \(report.restatements) (scored apart)\n"
    out += "\namong \(report.location.compared) matched claims, agreement:\n"
    for (name, agreement) in fields(report) {
      out += "  " + name.padding(toLength: 12, withPad: " ", startingAt: 0) + String(format: "%.3f  (%d of %d)\n", agreement.rate, agreement.agreed, agreement.compared)
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
        if Scorer.normalizedPlace(claim.location) != Scorer.normalizedPlace(record.location) {
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

  /// The same figures as one JSON object, keys sorted.
  public static func json(_ report: EvaluationReport) -> String {
    func score(_ value: PrecisionRecall) -> [String: Any] {
      [
        "tp": value.truePositives, "fp": value.falsePositives, "fn": value.falseNegatives,
        "precision": rounded(value.precision), "recall": rounded(value.recall), "f1": rounded(value.f1),
      ]
    }
    var object: [String: Any] = ["overall": score(report.overall)]
    object["categories"] = Dictionary(uniqueKeysWithValues: report.byCategory.map { ($0.key.rawValue, score($0.value)) })
    object["agreement"] = Dictionary(uniqueKeysWithValues: fields(report).map { ($0.0, ["rate": rounded($0.1.rate), "agreed": $0.1.agreed, "compared": $0.1.compared] as [String: Any]) })
    object["restatements"] = ["found": report.restatementsFound, "total": report.restatements]
    object["missed"] = report.missed.count
    object["spurious"] = report.spurious.count
    let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data("{}".utf8)
    return String(decoding: data, as: UTF8.self) + "\n"
  }

  private static func fields(_ report: EvaluationReport) -> [(String, Agreement)] {
    [("location", report.location), ("source_type", report.sourceType), ("scope", report.scope), ("qualifier", report.qualifier)]
  }

  private static func rounded(_ value: Double) -> Double { (value * 1000).rounded() / 1000 }
}
