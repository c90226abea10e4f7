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

  var longRecord: EventRecord {
    var long = record
    long.doc = "archive/2024/october/lebanon/beirut-strikes-2024-10-05.txt"
    long.source = "the spokesman of the Lebanese Ministry of Public Health in Beirut"
    long.location = "the southern suburbs of Beirut known as Dahiyeh"
    long.text = String(repeating: "Smoke billowed over Beirut as strikes hit. ", count: 8)
    return long
  }

  @Test(arguments: [80, 100, 120, 200])
  func tableFitsTheWidthItIsGiven(width: Int) {
    var writer = TableWriter(width: width)
    let lines = writer.write([record, longRecord]).split(separator: "\n")
    #expect(lines.count == 3)
    for line in lines { #expect(line.count <= width, "\(line.count): \(line)") }
    #expect(lines[0].hasSuffix("text"))
  }

  @Test func aNarrowTableLeavesOutLineScopeAndDocFirst() {
    var writer = TableWriter(width: 80)
    let header = writer.write([longRecord]).split(separator: "\n")[0].split(separator: " ")
    #expect(header.first == "category")
    #expect(header.last == "text")
    #expect(!header.contains("doc") && !header.contains("line") && !header.contains("scope"))
  }

  @Test func aWideTableKeepsEveryField() {
    var writer = TableWriter(width: 1000)
    let row = writer.write([longRecord]).split(separator: "\n")[1]
    #expect(row.hasPrefix(longRecord.doc))
    #expect(row.hasSuffix(longRecord.text))
  }

  @Test func withoutAWidthOnlyTheSentenceIsCut() {
    var writer = TableWriter()
    let row = writer.write([longRecord]).split(separator: "\n")[1]
    #expect(row.hasPrefix(longRecord.doc))
    #expect(row.contains(longRecord.source!))
    #expect(row.hasSuffix(String(longRecord.text.prefix(59)) + "…"))
  }
}
