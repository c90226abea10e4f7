import CasualtiesKit
import Foundation
import Testing

@Suite struct ScorerTests {
  func record(_ doc: String, _ category: CasualtiesKit.Category, _ count: Int, location: String? = nil, text: String = "") -> EventRecord {
    EventRecord(
      doc: doc, line: 1, start: 0, end: 1, category: category, count: count, low: count, high: count, qualifier: .exact,
      subject: "people", source: nil, sourceType: nil, location: location, country: nil, scope: .incident, text: text)
  }

  func gold(_ json: String) throws -> GoldClaim { try JSONDecoder().decode(GoldClaim.self, from: Data(json.utf8)) }

  @Test func matchesOneToOneByDocCategoryAndCount() throws {
    let claims = [
      try gold(#"{"doc":"a.txt","category":"killed","count":5,"low":5,"high":5,"qualifier":"exact","scope":"incident","quote":"five killed","location":"The Gaza Strip"}"#),
      try gold(#"{"doc":"a.txt","category":"killed","count":5,"low":5,"high":5,"qualifier":"exact","scope":"incident","quote":"five more killed"}"#),
      try gold(#"{"doc":"a.txt","category":"injured","count":3,"low":3,"high":3,"qualifier":"exact","scope":"incident","quote":"3 hurt","restatement":true}"#),
      try gold(#"{"doc":"b.txt","category":"killed","count":1,"low":1,"high":1,"qualifier":"exact","scope":"incident","quote":"x"}"#),
    ]
    let records = [
      record("dir/a.txt", .killed, 5, location: "gaza strip", text: "five killed"),
      record("dir/a.txt", .killed, 7),
      record("dir/a.txt", .injured, 3),
    ]
    let report = Scorer.score(records: records, gold: claims, documents: ["a.txt"])
    #expect(report.overall.truePositives == 1)
    #expect(report.overall.falsePositives == 1)
    #expect(report.overall.falseNegatives == 1, "b.txt is not among the documents")
    #expect(report.restatementsFound == 1 && report.restatements == 1)
    #expect(report.location.rate == 1, "case and a leading 'the' are ignored")
    #expect(report.byCategory[.killed]?.precision == 0.5)
    #expect(abs(report.overall.f1 - 0.5) < 1e-9)
  }

  @Test func jsonReportParses() throws {
    let report = Scorer.score(records: [], gold: [], documents: [])
    let object = try JSONSerialization.jsonObject(with: Data(EvaluationText.json(report).utf8)) as? [String: Any]
    #expect(object?["overall"] != nil)
    #expect(object?["agreement"] != nil)
  }

  @Test func placesAgreeWhenOneNamesWordsStandWholeInTheOther() {
    #expect(Scorer.placesAgree("Khan Younis", "western Khan Younis"))
    #expect(Scorer.placesAgree("the Gaza Strip", "Gaza Strip"))
    #expect(Scorer.placesAgree("Deir al-Balah", "deir al balah"))
    #expect(Scorer.placesAgree(nil, nil))
    #expect(!Scorer.placesAgree("Niger", "Nigeria"), "a word must stand whole")
    #expect(!Scorer.placesAgree("Gaza", nil))
    #expect(!Scorer.placesAgree(nil, "Gaza"))
    #expect(!Scorer.placesAgree("Khan Younis", "Younis Khan"), "in order")
  }

  @Test func sourcesAreScoredWhereTheGoldNamesOneAndInventedOnesApart() throws {
    let named = try gold(#"{"doc":"a.txt","category":"killed","count":5,"qualifier":"exact","scope":"incident","quote":"q","source":"the police","source_type":"police"}"#)
    let unnamed = try gold(#"{"doc":"a.txt","category":"injured","count":3,"qualifier":"exact","scope":"incident","quote":"q"}"#)
    var withSource = record("a.txt", .injured, 3)
    withSource.source = "the army"
    withSource.sourceType = .military
    let report = Scorer.score(records: [record("a.txt", .killed, 5), withSource], gold: [named, unnamed], documents: ["a.txt"])
    #expect(report.sourceType.compared == 1 && report.sourceType.agreed == 0, "the gold's source was missed")
    #expect(report.sourceInvented.compared == 1 && report.sourceInvented.agreed == 1, "a source where the gold has none")
  }

  @Test func documentsWithoutGoldCountTheirFalseAlarms() {
    let report = Scorer.score(records: [record("n.txt", .killed, 2)], gold: [], documents: ["n.txt", "m.txt"])
    #expect(report.documentsWithoutGold == 2)
    #expect(report.falseAlarmsWithoutGold == 1)
    #expect(EvaluationText.table(report, verbose: false).contains("n/a  (0 of 0)"), "no pairs: n/a, not 1.000")
  }
}
