@testable import CasualtiesKit
import Testing

/// Where sentences end, with and without the space after the full stop.
@Suite struct SentenceSplitterTests {
  static let splitter = try! RuleSet.bundled().splitter

  static func sentences(_ text: String) -> [String] {
    let bytes = Array(text.utf8)
    return splitter.sentences(in: bytes).map { String(decoding: bytes[$0.range], as: UTF8.self) }
  }

  @Test func aStopWithoutASpaceEndsASentence() {
    #expect(Self.sentences("Four people were killed, police said.Eight people were wounded.")
      == ["Four people were killed, police said.", "Eight people were wounded."])
    #expect(Self.sentences("The ministry gave no figure.Officials later said 30 had died; the army disputed it.Its spokesman, a colonel, said.")
      == ["The ministry gave no figure.", "Officials later said 30 had died; the army disputed it.", "Its spokesman, a colonel, said."])
    #expect(Self.sentences("A bus overturned near Isiolo town.Israel’s army said.Reuters: two died.")
      == ["A bus overturned near Isiolo town.", "Israel’s army said.", "Reuters: two died."])
  }

  @Test(arguments: [
    "Troops of the U.S.Army said five died.", "On Jan.5 three people were killed.", "The rate rose 2.5 per cent.",
    "Author J.K.Rowling said.", "See bbc.co.uk for more.", "It was posted on www.Reuters.com today.",
    "The site example.Com/News said.", "Write to desk@news.Com today.", "Mr.Smith and Gen.Petraeus and Dr.Jones spoke.",
    "The St.Louis office said.", "Visit Wikinews.Org] now.",
  ])
  func noSentenceEndsInsideWhatIsNotOne(_ text: String) {
    #expect(Self.sentences(text) == [text])
  }

  @Test func theGluedSentenceGivesItsOwnRecord() throws {
    let text = "Four people were killed, police said.Eight people were wounded."
    let records = try Extractor().extract(from: text)
    #expect(records.map(\.text) == ["Four people were killed, police said.", "Eight people were wounded."])
    #expect(records.map(\.count) == [4, 8])
  }
}
