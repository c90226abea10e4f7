import CasualtiesKit
import Foundation
import Testing

@Suite struct OutputTests {
  let record = EventRecord(
    doc: "a,b.txt", line: 3, start: 10, end: 20, category: .killed, count: 5, low: 5, high: nil,
    qualifier: .atLeast, subject: "people", source: "the \"ministry\"", sourceType: .healthMinistry,
    location: nil, country: nil, scope: .cumulative, text: "Line\twith \\ and é")

  @Test func csvHeaderIsTheContract() {
    var writer = CSVWriter()
    let lines = writer.render([]).split(separator: "\n")
    #expect(lines == ["doc,line,start,end,category,count,low,high,qualifier,subject,source,source_type,location,country,scope,text"])
  }

  @Test func csvQuotesAndLeavesOpenFieldsEmpty() {
    var writer = CSVWriter()
    let row = writer.write([record])
    #expect(row == "\"a,b.txt\",3,10,20,killed,5,5,,at_least,people,\"the \"\"ministry\"\"\",health_ministry,,,cumulative,Line\twith \\ and é\n")
  }

  @Test func jsonLinesRoundTripsThroughJSONDecoder() throws {
    var writer = JSONLinesWriter()
    let line = writer.write([record])
    let decoded = try JSONDecoder().decode(EventRecord.self, from: Data(line.utf8))
    #expect(decoded == record)
    let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
    #expect(object["high"] is NSNull)
    #expect(object["location"] is NSNull)
  }

  @Test func jsonLinesKeysInContractOrder() {
    var writer = JSONLinesWriter()
    let line = writer.write([record])
    let positions = EventRecord.fieldNames.map { line.range(of: "\"\($0)\":")!.lowerBound }
    #expect(positions == positions.sorted())
  }

  @Test func jsonEncoderWritesNullsToo() throws {
    let data = try JSONEncoder().encode(record)
    let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    #expect(Set(object.keys) == Set(EventRecord.fieldNames))
  }

  @Test func tableHasHeaderAndRow() {
    var writer = TableWriter()
    let lines = writer.write([record]).split(separator: "\n")
    #expect(lines.count == 2)
    #expect(lines[0].hasPrefix("doc"))
    #expect(lines[1].contains("the \"ministry\" (health_ministry)"))
  }
}
