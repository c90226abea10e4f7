/// Scores extracted records against gold claims.
///
/// A record and a gold claim match when they come from the same document (by
/// file name), have the same category and the same count; matching is one to
/// one, and among several candidates the record whose sentence shares most
/// words with the gold quote wins. Gold restatements (a later mention of a
/// figure already annotated) are scored apart: a record matching one is
/// neither a hit nor a false alarm, and a missed one is not a miss, so that
/// one event repeated in an article does not dominate the figures.
///
/// Among matched pairs, places agree when equal or when one name's words stand
/// whole inside the other's ("western Khan Younis" and "Khan Younis"; not
/// "Niger" and "Nigeria"), ignoring case, punctuation and a leading "the".
/// Sources are scored the honest way: the source type among the claims whose
/// gold names a source, and apart from that how often a record names a source
/// where the gold has none.
public enum Scorer {
  /// Scores `records` against `gold`. Only gold claims whose document is
  /// among `documents` (file names) are considered.
  public static func score(records: [EventRecord], gold: [GoldClaim], documents: Set<String>) -> EvaluationReport {
    var report = EvaluationReport()
    let gold = gold.filter { documents.contains($0.doc) }
    var unmatched = Array(records.indices)
    var matchedGold: [(GoldClaim, EventRecord)] = []
    // Non-restatements first, so a restatement never takes a primary claim's record.
    for claim in gold.filter({ !$0.isRestatement }) + gold.filter(\.isRestatement) {
      let candidates = unmatched.filter { index in
        let record = records[index]
        return fileName(record.doc) == claim.doc && record.category == claim.category && record.count == claim.count
      }
      let best = candidates.max { overlap(records[$0].text, claim.quote) < overlap(records[$1].text, claim.quote) }
      if claim.isRestatement {
        report.restatements += 1
        if let best {
          report.restatementsFound += 1
          unmatched.removeAll { $0 == best }
        }
        continue
      }
      if let best {
        unmatched.removeAll { $0 == best }
        matchedGold.append((claim, records[best]))
        report.overall.truePositives += 1
        report.byCategory[claim.category, default: .init()].truePositives += 1
      } else {
        report.missed.append(claim)
        report.overall.falseNegatives += 1
        report.byCategory[claim.category, default: .init()].falseNegatives += 1
      }
    }
    let documentsWithGold = Set(gold.map(\.doc))
    report.documentsWithoutGold = documents.subtracting(documentsWithGold).count
    for index in unmatched {
      let record = records[index]
      if !documentsWithGold.contains(fileName(record.doc)) { report.falseAlarmsWithoutGold += 1 }
      report.spurious.append(record)
      report.overall.falsePositives += 1
      report.byCategory[record.category, default: .init()].falsePositives += 1
    }
    for (claim, record) in matchedGold {
      let sameLocation = placesAgree(claim.location, record.location)
      let sameSource = claim.sourceType == record.sourceType
      let sameScope = claim.scope == record.scope
      let sameQualifier = claim.qualifier == record.qualifier
      report.location.add(sameLocation)
      if claim.sourceType == nil {
        report.sourceInvented.add(record.sourceType != nil)
      } else {
        report.sourceType.add(sameSource)
      }
      report.scope.add(sameScope)
      report.qualifier.add(sameQualifier)
      if !(sameLocation && sameSource && sameScope && sameQualifier) { report.disagreements.append((claim, record)) }
    }
    return report
  }

  /// The last path component: gold names documents by file name.
  public static func fileName(_ doc: String) -> String {
    doc.split(separator: "/").last.map(String.init) ?? doc
  }

  /// True when both claims have no place, or the words of one place stand
  /// whole, in order, inside the other's ("western Khan Younis" and "Khan
  /// Younis"), ignoring case, punctuation and a leading "the".
  public static func placesAgree(_ gold: String?, _ found: String?) -> Bool {
    switch (placeWords(gold), placeWords(found)) {
    case (nil, nil): true
    case (let a?, let b?): a.count <= b.count ? contains(b, a) : contains(a, b)
    default: false
    }
  }

  /// A place's words: lowercased, punctuation as a break, a leading "the" dropped.
  static func placeWords(_ place: String?) -> [Substring]? {
    guard let place else { return nil }
    let folded = String(place.lowercased().map { $0.isLetter || $0.isNumber ? $0 : " " })
    var words = folded.split(separator: " ")
    if words.first == "the" { words.removeFirst() }
    return words
  }

  private static func contains(_ words: [Substring], _ part: [Substring]) -> Bool {
    guard !part.isEmpty, part.count <= words.count else { return part.isEmpty && words.isEmpty }
    return (0...(words.count - part.count)).contains { Array(words[$0..<($0 + part.count)]) == part }
  }

  /// How many words two texts share.
  static func overlap(_ a: String, _ b: String) -> Int {
    let words = Set(Lexicon.normalize(a).split(separator: " "))
    return Set(Lexicon.normalize(b).split(separator: " ")).intersection(words).count
  }
}
