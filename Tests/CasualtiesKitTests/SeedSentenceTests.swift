import CasualtiesKit
import Testing

/// The sentences of the foundation brief, every field checked.
@Suite struct SeedSentenceTests {
  let extractor = try! Extractor()

  @Test func activeStrikeWithVillageAndHealthMinistry() throws {
    let text = "An Israeli strike killed five people in the Lebanese village of Baalchmay, Lebanon's health ministry said."
    let records = extractor.extract(from: text, doc: "seed.txt")
    try #require(records.count == 1)
    let record = records[0]
    #expect(record.doc == "seed.txt")
    #expect(record.line == 1)
    #expect(text.utf8.dropFirst(record.start).prefix(record.end - record.start).elementsEqual("killed five people".utf8))
    #expect(record.category == .killed)
    #expect(record.count == 5)
    #expect(record.low == 5 && record.high == 5)
    #expect(record.qualifier == .exact)
    #expect(record.subject == "people")
    #expect(record.source == "Lebanon's health ministry")
    #expect(record.sourceType == .healthMinistry)
    #expect(record.location == "Baalchmay")
    #expect(record.country == "LB")
    #expect(record.scope == .incident)
    #expect(record.text == text)
  }

  @Test func runningTotalWithAtLeast() throws {
    let text = "Since hostilities erupted a year ago, Israeli attacks have killed at least 3,287 people in Lebanon, according to the Lebanese health ministry."
    let record = try #require(extractor.extract(from: text).first)
    #expect(record.category == .killed)
    #expect(record.count == 3287)
    #expect(record.low == 3287 && record.high == nil)
    #expect(record.qualifier == .atLeast)
    #expect(record.scope == .cumulative)
    #expect(record.source == "the Lebanese health ministry")
    #expect(record.sourceType == .healthMinistry)
    #expect(record.location == "Lebanon")
  }

  @Test func noneWereHurtIsZeroInjured() throws {
    let record = try #require(extractor.extract(from: "None were hurt.").first)
    #expect(record.category == .injured)
    #expect(record.count == 0)
    #expect(record.low == 0 && record.high == 0)
  }

  @Test func passiveWithPoliceAndCity() throws {
    let record = try #require(extractor.extract(from: "In northern Israel, two people were killed in the city of Nahariya when a residential building was hit by a missile, Israeli police said.").first)
    #expect(record.category == .killed)
    #expect(record.count == 2)
    #expect(record.source == "Israeli police")
    #expect(record.sourceType == .police)
    #expect(record.location == "Nahariya")
    #expect(record.country == "IL")
  }

  @Test func fiveMoreAndItSaid() {
    let text = "An Israeli strike killed five people in the village of Baalchmay, and five more were killed in a strike on the town of Tefahta, Lebanon's health ministry said. Another person was killed in a strike in Hermel, it said."
    let records = extractor.extract(from: text)
    #expect(records.map(\.count) == [5, 5, 1])
    #expect(records.map(\.location) == ["Baalchmay", "Tefahta", "Hermel"])
    #expect(records.allSatisfy { $0.source == "Lebanon's health ministry" })
  }

  @Test func coordinatedClaimsGiveOneRecordEach() {
    let records = extractor.extract(from: "Gunmen killed five and wounded 12 in the market.")
    #expect(records.map(\.category) == [.killed, .injured])
    #expect(records.map(\.count) == [5, 12])
  }

  @Test func nonASCIIBeforeTheClaimKeepsByteOffsets() throws {
    let text = "“Beyrouth” — été: 3 people were killed."
    let record = try #require(extractor.extract(from: text).first)
    let evidence = String(decoding: Array(text.utf8)[record.start..<record.end], as: UTF8.self)
    #expect(evidence == "3 people were killed")
  }

  @Test func repeatedSentenceGivesItsRecordsOnce() {
    let line = "Two people were killed in Gaza."
    #expect(extractor.extract(from: line + "\n" + line + "\n").count == 1)
  }

  @Test func categoriesOptionFilters() throws {
    let onlyInjured = try Extractor(categories: [.injured])
    #expect(onlyInjured.extract(from: "Gunmen killed five and wounded 12.").map(\.category) == [.injured])
  }
}
