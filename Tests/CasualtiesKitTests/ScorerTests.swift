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
}
