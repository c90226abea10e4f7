import CasualtiesKit
import Testing

/// Every way English news writes a count, and what must not be read as one.
/// Each row: the phrase, then count, low, high and qualifier.
@Suite struct NumberPhraseTableTests {
  static let recognizer = try! NumberRecognizer()

  struct Row: Sendable, CustomTestStringConvertible {
    let phrase: String
    let count: Int
    let low: Int?
    let high: Int?
    let qualifier: Qualifier
    var testDescription: String { phrase }
    init(_ phrase: String, _ count: Int, _ low: Int?, _ high: Int?, _ qualifier: Qualifier) {
      (self.phrase, self.count, self.low, self.high, self.qualifier) = (phrase, count, low, high, qualifier)
    }
  }

  static func exact(_ phrase: String, _ count: Int) -> Row { Row(phrase, count, count, count, .exact) }
  static func atLeast(_ phrase: String, _ count: Int) -> Row { Row(phrase, count, count, nil, .atLeast) }
  static func moreThan(_ phrase: String, _ count: Int) -> Row { Row(phrase, count, count, nil, .moreThan) }
  static func about(_ phrase: String, _ count: Int) -> Row { Row(phrase, count, nil, nil, .approximate) }
  static func atMost(_ phrase: String, _ count: Int) -> Row { Row(phrase, count, nil, count, .atMost) }
  static func lessThan(_ phrase: String, _ count: Int) -> Row { Row(phrase, count, nil, count, .lessThan) }
  static func range(_ phrase: String, _ low: Int, _ high: Int) -> Row { Row(phrase, low, low, high, .range) }

  static let rows: [Row] = [
    // Digits.
    exact("5", 5), exact("0", 0), exact("12", 12), exact("99", 99), exact("100", 100), exact("250", 250),
    exact("999", 999), exact("1000", 1000), exact("3,287", 3287), exact("10,000", 10000), exact("15,000", 15000),
    exact("120,000", 120_000), exact("1,000,000", 1_000_000), exact("2,500,000", 2_500_000),
    exact("1.2 million", 1_200_000), exact("2.5 million", 2_500_000), exact("1 million", 1_000_000),
    exact("5 million", 5_000_000), exact("3 thousand", 3000), exact("1.5 billion", 1_500_000_000),
    exact("0.5 million", 500_000), exact("37", 37), exact("1,121", 1121), exact("9,200", 9200),
    // Words.
    exact("zero", 0), exact("one", 1), exact("two", 2), exact("three", 3), exact("four", 4), exact("five", 5),
    exact("six", 6), exact("seven", 7), exact("eight", 8), exact("nine", 9), exact("ten", 10), exact("eleven", 11),
    exact("twelve", 12), exact("thirteen", 13), exact("fourteen", 14), exact("fifteen", 15), exact("sixteen", 16),
    exact("seventeen", 17), exact("eighteen", 18), exact("nineteen", 19), exact("twenty", 20), exact("thirty", 30),
    exact("forty", 40), exact("fifty", 50), exact("sixty", 60), exact("seventy", 70), exact("eighty", 80),
    exact("ninety", 90), exact("twenty-five", 25), exact("twenty five", 25), exact("thirty-one", 31),
    exact("ninety-nine", 99), exact("forty two", 42), exact("one hundred", 100), exact("two hundred", 200),
    exact("three hundred and forty-two", 342), exact("three hundred forty-two", 342),
    exact("one thousand two hundred", 1200), exact("two thousand", 2000), exact("five thousand", 5000),
    exact("a hundred", 100), exact("a thousand", 1000), exact("a million", 1_000_000),
    exact("five million", 5_000_000), exact("two million", 2_000_000), exact("half a million", 500_000),
    exact("a couple of", 2), exact("a dozen", 12), exact("two dozen", 24), exact("half a dozen", 6),
    exact("three dozen", 36), exact("both", 2), exact("none", 0), exact("no one", 0), exact("nobody", 0),
    // Upper case at a sentence start.
    exact("Twelve", 12), exact("Five", 5), exact("Twenty-one", 21), exact("Seven", 7), exact("A dozen", 12),
    exact("One hundred", 100), exact("None", 0), exact("FIVE", 5),
    // Vague plurals: lower bounds.
    atLeast("dozens", 24), atLeast("dozens of", 24), atLeast("scores", 40), atLeast("scores of", 40),
    atLeast("hundreds", 200), atLeast("hundreds of", 200), atLeast("thousands", 2000), atLeast("thousands of", 2000),
    atLeast("tens of thousands", 20000), atLeast("tens of thousands of", 20000),
    atLeast("hundreds of thousands", 200_000), atLeast("hundreds of thousands of", 200_000),
    atLeast("millions", 2_000_000), atLeast("millions of", 2_000_000), atLeast("Dozens of", 24), atLeast("Hundreds", 200),
    // at_least.
    atLeast("at least 3,287", 3287), atLeast("at least five", 5), atLeast("At least 20", 20),
    atLeast("no fewer than 12", 12), atLeast("no less than 40", 40), atLeast("a minimum of 8", 8),
    atLeast("at least one", 1), atLeast("at least two dozen", 24), atLeast("not less than 100", 100),
    // more_than.
    moreThan("more than 1 million", 1_000_000), moreThan("more than 40", 40), moreThan("over 200", 200),
    moreThan("upwards of 300", 300), moreThan("in excess of 1,000", 1000), moreThan("100,000-plus", 100_000),
    moreThan("500+", 500), moreThan("more than two dozen", 24), moreThan("More than 3,000", 3000),
    moreThan("well over 50", 50), moreThan("more than a dozen", 12), moreThan("more than 75", 75),
    moreThan("more than hundreds", 200),
    // approximate.
    about("about 100", 100), about("around 120", 120), about("some 3,300", 3300), about("roughly 60", 60),
    about("approximately 45", 45), about("nearly 80", 80), about("almost 1,000", 1000), about("close to 200", 200),
    about("an estimated 500", 500), about("around a dozen", 12), about("about two dozen", 24), about("Nearly 100", 100),
    about("some 100", 100), about("estimated 2,000", 2000), about("about 1.5 million", 1_500_000),
    // at_most and less_than.
    atMost("up to 10,000", 10000), atMost("as many as four", 4), atMost("as many as 10,000", 10000),
    atMost("at most 30", 30), atMost("Up to 50", 50),
    lessThan("fewer than 10", 10), lessThan("less than 100", 100), lessThan("under 50", 50),
    lessThan("fewer than a dozen", 12),
    // Ranges.
    range("10-15", 10, 15), range("12-15", 12, 15), range("10–15", 10, 15), range("10—15", 10, 15),
    range("10 to 15", 10, 15), range("between 10 and 15", 10, 15), range("between five and seven", 5, 7),
    range("5-7", 5, 7), range("between 1,000 and 2,000", 1000, 2000), range("20 to 30", 20, 30),
    range("100-200", 100, 200), range("Between 40 and 50", 40, 50),
  ]

  @Test func theTableIsBigEnough() {
    #expect(Self.rows.count >= 150)
    #expect(Self.rejected.count >= 50)
  }

  @Test(arguments: rows)
  func reads(_ row: Row) throws {
    let phrases = Self.recognizer.phrases(in: row.phrase)
    let phrase = try #require(phrases.first, "no number found in \"\(row.phrase)\"")
    #expect(phrases.count == 1, "\(phrases)")
    #expect(phrase.range == 0..<row.phrase.utf8.count, "the whole phrase is the span")
    #expect(phrase.count == row.count)
    #expect(phrase.low == row.low)
    #expect(phrase.high == row.high)
    #expect(phrase.qualifier == row.qualifier)
  }

  @Test func spansAreBytesInContext() throws {
    let text = "“Beyrouth” — Israeli attacks have killed at least 3,287 people."
    let phrase = try #require(Self.recognizer.phrases(in: text).first)
    #expect(String(decoding: Array(text.utf8)[phrase.range], as: UTF8.self) == "at least 3,287")
  }

  /// Phrases where no count of people or strikes may be read.
  static let rejected: [String] = [
    "in 2006", "since 1996", "the year 2024", "Nov. 12, 2024", "on 21 March 2020", "on March 21", "12 November",
    "31-12-19", "2025-04-01", "September", "at 3:00pm", "at 7:00am", "10 a.m.", "at 0600 GMT", "18:30 hours",
    "a 10-year-old", "aged 45", "boys aged three and 13", "20 per cent", "35%", "40 percent", "$5 million",
    "US$200", "€30", "£12", "5 km", "10 storeys", "400 metres", "3 miles", "a 900 kilogram bomb", "20 kilometres",
    "15 months", "48 hours", "seven weeks", "two days", "the third", "the 5th", "21st", "the 3rd brigade",
    "resolution 1701", "Resolution 1559", "Route 6", "G7", "F-16", "Flight 93", "page 5", "section 3",
    "article 51", "chapter 11", "call 555-1234", "+1 202 555 0143", "room 101", "No. 10", "highway 1",
    "the first", "a man", "an", "another", "a", "won 6-4", "scored 3 goals", "5 wickets",
  ]

  @Test(arguments: rejected)
  func rejects(_ phrase: String) {
    #expect(Self.recognizer.phrases(in: phrase).isEmpty, "read \(Self.recognizer.phrases(in: phrase).map(\.count)) in \"\(phrase)\"")
  }
}
