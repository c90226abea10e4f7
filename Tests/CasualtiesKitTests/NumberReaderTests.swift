@testable import CasualtiesKit
import Testing

@Suite struct NumberReaderTests {
  static let reader = try! RuleSet.bundled().numbers

  @Test(arguments: [
    ("5", 5, Qualifier.exact), ("3,287", 3287, .exact), ("five", 5, .exact), ("a dozen", 12, .exact),
    ("two dozen", 24, .exact), ("twenty-five", 25, .exact), ("three hundred and forty-two", 342, .exact),
    ("one thousand two hundred", 1200, .exact), ("1.2 million", 1_200_000, .exact), ("1 million", 1_000_000, .exact),
    ("at least 3,287", 3287, .atLeast), ("more than 1 million", 1_000_000, .moreThan), ("about 100", 100, .approximate),
    ("dozens", 24, .atLeast), ("tens of thousands", 20000, .atLeast), ("hundreds of thousands", 200_000, .atLeast),
    ("more than two dozen", 24, .moreThan), ("up to 10,000", 10000, .atMost), ("fewer than 10", 10, .lessThan),
    ("100,000-plus", 100_000, .moreThan), ("none", 0, .exact), ("Twelve", 12, .exact), ("half a million", 500_000, .exact),
    ("another three", 3, .exact), ("a further 12", 12, .exact), ("an additional 5", 5, .exact), ("the 40", 40, .exact),
  ])
  func reads(_ phrase: String, _ count: Int, _ qualifier: Qualifier) throws {
    let reading = try #require(Self.reader.read(phrase))
    #expect(reading.count == count)
    #expect(reading.qualifier == qualifier)
  }

  @Test func rangesGiveBothBounds() throws {
    for phrase in ["10-15", "10–15", "between 10 and 15", "10 to 15", "10 or 15", "ten to fifteen", "ten or fifteen"] {
      let reading = try #require(Self.reader.read(phrase), "\(phrase)")
      #expect(reading.count == 10 && reading.qualifier == .range, "\(phrase)")
      #expect(reading.bounds.low == 10 && reading.bounds.high == 15, "\(phrase)")
    }
  }

  @Test func singleWordsNeedANoun() throws {
    #expect(try #require(Self.reader.read("another")).needsNoun)
    #expect(try #require(Self.reader.read("a")).needsNoun)
    #expect(try #require(Self.reader.read("one")).needsNoun == false)
  }

  @Test func yearsAreFlagged() throws {
    #expect(try #require(Self.reader.read("2006")).looksLikeYear)
    #expect(try #require(Self.reader.read("3,287")).looksLikeYear == false)
  }

  @Test func notNumbers() {
    for phrase in ["people", "the", "", "killed"] { #expect(Self.reader.read(phrase) == nil, "\(phrase)") }
  }
}
