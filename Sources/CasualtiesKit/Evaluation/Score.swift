/// Precision, recall and F1 over claims.
public struct PrecisionRecall: Sendable, Hashable, Codable {
  /// Records that matched a gold claim.
  public var truePositives = 0
  /// Records with no gold claim.
  public var falsePositives = 0
  /// Gold claims with no record.
  public var falseNegatives = 0

  /// The share of records that matched a gold claim; 1 when there are none.

  public var precision: Double {
    truePositives + falsePositives == 0 ? 1 : Double(truePositives) / Double(truePositives + falsePositives)
  }
  /// The share of gold claims that a record matched; 1 when there are none.
  public var recall: Double {
    truePositives + falseNegatives == 0 ? 1 : Double(truePositives) / Double(truePositives + falseNegatives)
  }
  /// The harmonic mean of precision and recall.
  public var f1: Double {
    precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
  }
}

/// How often a field agrees among matched pairs.
public struct Agreement: Sendable, Hashable, Codable {
  /// Pairs whose field agreed.
  public var agreed = 0
  /// Pairs compared.
  public var compared = 0
  /// The share that agreed; 1 when nothing was compared (printed as n/a).
  public var rate: Double { compared == 0 ? 1 : Double(agreed) / Double(compared) }

  mutating func add(_ same: Bool) {
    compared += 1
    if same { agreed += 1 }
  }
}

/// The result of scoring records against gold claims.
public struct EvaluationReport: Sendable {
  /// All categories together, restatements left out (see ``Scorer``).
  public var overall = PrecisionRecall()
  /// Per category, restatements left out.
  public var byCategory: [Category: PrecisionRecall] = [:]
  /// Gold restatements found, of all gold restatements.
  public var restatementsFound = 0
  /// Gold restatements in the documents scored.
  public var restatements = 0
  /// Agreement of the fields among matched pairs.
  public var location = Agreement()
  /// Agreement of `source_type` among the matched pairs whose gold names a source.
  public var sourceType = Agreement()
  /// Among the matched pairs whose gold names no source, how many records
  /// name one anyway (`agreed` counts those invented sources).
  public var sourceInvented = Agreement()
  /// Agreement of `scope` among matched pairs.
  public var scope = Agreement()
  /// Agreement of `qualifier` among matched pairs.
  public var qualifier = Agreement()
  /// Gold claims (not restatements) that no record matched.
  public var missed: [GoldClaim] = []
  /// Records that matched no gold claim.
  public var spurious: [EventRecord] = []
  /// Documents scored that have no gold claim (negatives): every record in them is a false alarm.
  public var documentsWithoutGold = 0
  /// The false alarms in those documents.
  public var falseAlarmsWithoutGold = 0
  /// Matched pairs whose location, source type, scope or qualifier differ.
  public var disagreements: [(gold: GoldClaim, record: EventRecord)] = []
}
