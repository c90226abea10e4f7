@testable import CasualtiesKit
import Testing

/// Scraped text hides spaces in no-break and zero-width characters and
/// escapes characters as HTML references; the engine reads them as the text
/// means them, and the records' offsets still slice the original bytes.
@Suite struct ScrapedTextTests {
  static let extractor = try! Extractor()

  /// A character or reference that reads as a space, and one that reads as nothing.
  struct Hidden: CustomTestStringConvertible, Sendable {
    let name: String
    let written: String
    var testDescription: String { name }
  }

  static let spaces: [Hidden] = [
    Hidden(name: "no-break space", written: "\u{A0}"), Hidden(name: "narrow no-break space", written: "\u{202F}"),
    Hidden(name: "thin space", written: "\u{2009}"), Hidden(name: "zero-width space", written: "\u{200B}"),
    Hidden(name: "&nbsp;", written: "&nbsp;"), Hidden(name: "&#160;", written: "&#160;"), Hidden(name: "&#xA0;", written: "&#xA0;"),
    Hidden(name: "&#xa0;", written: "&#xa0;"), Hidden(name: "&#8239;", written: "&#8239;"), Hidden(name: "&thinsp;", written: "&thinsp;"),
    Hidden(name: "&#8203;", written: "&#8203;"),
  ]

  static let nothings: [Hidden] = [
    Hidden(name: "zero-width non-joiner", written: "\u{200C}"), Hidden(name: "zero-width joiner", written: "\u{200D}"),
    Hidden(name: "U+FEFF", written: "\u{FEFF}"), Hidden(name: "word joiner", written: "\u{2060}"),
    Hidden(name: "soft hyphen", written: "\u{AD}"), Hidden(name: "&zwj;", written: "&zwj;"), Hidden(name: "&zwnj;", written: "&zwnj;"),
    Hidden(name: "&#65279;", written: "&#65279;"), Hidden(name: "&shy;", written: "&shy;"),
  ]

  /// The one record of `text` (after a first line that folds too, so that
  /// offsets and lines past a folded place are checked), with the original
  /// bytes its offsets slice.
  func record(_ text: String) throws -> (record: EventRecord, evidence: String) {
    let bytes = Array(("Gaza&nbsp;report\u{A0}\n" + text).utf8)
    let records = Self.extractor.extract(utf8: bytes, doc: "scraped.txt").records
    try #require(records.count == 1, "\(records)")
    let record = records[0]
    #expect(record.line == 2)
    return (record, String(decoding: bytes[record.start..<record.end], as: UTF8.self))
  }

  @Test(arguments: spaces) func aSpaceBetweenANumberAndItsNoun(_ space: Hidden) throws {
    let (record, evidence) = try record("Officials said 12\(space.written)people were killed in the blast.")
    #expect((record.count, record.category, record.subject) == (12, .killed, "people"))
    #expect(evidence == "12\(space.written)people were killed")
    #expect(record.text == "Officials said 12 people were killed in the blast.")
  }

  @Test(arguments: spaces) func aSpaceElsewhereInTheClaim(_ space: Hidden) throws {
    let (record, evidence) = try record("At least\(space.written)nine soldiers were\(space.written)killed, the\(space.written)army said.")
    #expect((record.count, record.qualifier, record.subject) == (9, .atLeast, "soldiers"))
    #expect(evidence == "At least\(space.written)nine soldiers were\(space.written)killed")
    #expect(record.source == "the army")
    #expect(record.text == "At least nine soldiers were killed, the army said.")
  }

  @Test(arguments: nothings) func nothingBesideTheSpaceBetweenANumberAndItsNoun(_ nothing: Hidden) throws {
    let (record, evidence) = try record("Officials said 12 \(nothing.written)people\(nothing.written) were killed.")
    #expect((record.count, record.subject) == (12, "people"))
    #expect(evidence == "12 \(nothing.written)people\(nothing.written) were killed")
    #expect(record.text == "Officials said 12 people were killed.")
  }

  @Test(arguments: nothings) func nothingInsideAWordOfTheClaim(_ nothing: Hidden) throws {
    let (record, evidence) = try record("Seven civil\(nothing.written)ians were kil\(nothing.written)led.")
    #expect((record.count, record.subject) == (7, "civilians"))
    #expect(evidence == "Seven civil\(nothing.written)ians were kil\(nothing.written)led")
    #expect(record.text == "Seven civilians were killed.")
  }

  @Test func aJoinerGluingANumberToItsNounJoinsThem() {
    // "15‌children" shows as one word, as "15children" would: no claim.
    #expect(Self.extractor.extract(from: "Officials said 15\u{200C}children were killed.").isEmpty)
    #expect(Self.extractor.extract(from: "Officials said 15children were killed.").isEmpty)
  }

  @Test func quotesAndApostrophesAsReferences() throws {
    let (quoted, quotedEvidence) = try record("&quot;Twelve people were killed,&quot; the police said.")
    #expect(quotedEvidence == "Twelve people were killed")
    #expect(quoted.source == "the police")
    #expect(quoted.text == "\"Twelve people were killed,\" the police said.")
    for (apostrophe, meaning) in [("&#39;", "'"), ("&apos;", "'"), ("&rsquo;", "’"), ("&#8217;", "’"), ("&#146;", "’")] {
      let (record, evidence) = try record("Gaza\(apostrophe)s health ministry said 31 people were killed.")
      #expect(evidence == "31 people were killed")
      #expect(record.source == "Gaza\(meaning)s health ministry", "\(apostrophe)")
      #expect(record.sourceType == .healthMinistry, "\(apostrophe)")
    }
    let (ampersand, _) = try record("Police &amp; medics said 4 people were injured.")
    #expect(ampersand.text == "Police & medics said 4 people were injured.")
    let (accented, _) = try record("Five people died in Bogot&aacute;, officials said.")
    #expect(accented.location == "Bogotá")
  }

  @Test func aSpaceBetweenDigitGroupsGroupsThem() throws {
    for separator in ["\u{202F}", "\u{A0}", "&nbsp;", "&#8239;"] {
      let (record, evidence) = try record("About 12\(separator)000 people were killed.")
      #expect(record.count == 12_000, "\(separator)")
      #expect(evidence == "About 12\(separator)000 people were killed")
      #expect(record.text == "About 12,000 people were killed.")
    }
  }

  @Test func whatIsNoReferenceStaysAsWritten() throws {
    let (record, _) = try record("AT&T and &foo; and &#0; and &amp said 3 workers were killed.")
    #expect(record.text == "AT&T and &foo; and &#0; and &amp said 3 workers were killed.")
  }

  // MARK: The folded view

  static func fold(_ text: String) -> FoldedDocument? {
    FoldedDocument(Document(name: "t", text: text))
  }

  @Test func cleanTextIsNotFolded() {
    #expect(Self.fold("Two people were killed in Gaza — “a massacre”, said Médecins Sans Frontières. AT&T; 5 & 6.") == nil)
    #expect(Self.fold("") == nil)
    #expect(Self.fold("\u{C2}") == nil)
    #expect(FoldedDocument(Document(name: "t", bytes: [0x61, 0xC2, 0x20, 0xE2, 0x80])) == nil, "broken UTF-8 is left alone")
  }

  @Test func offsetsMapBackToTheOriginal() throws {
    // U+FEFF, "a", "&amp;", "b", U+200D, "c", U+00A0, "d" (at 0, 3, 4, 9, 10, 13, 14, 16).
    let folded = try #require(Self.fold("\u{FEFF}a&amp;b\u{200D}c\u{A0}d"))
    #expect(String(decoding: folded.document.bytes, as: UTF8.self) == "a&bc d")
    #expect((0...6).map(folded.originalStart) == [3, 4, 9, 13, 14, 16, 17])
    #expect((0...6).map(folded.originalEnd) == [0, 4, 9, 10, 14, 16, 17])
  }

  @Test func linesStayTheSame() throws {
    let text = "One&#10;two\u{A0}\nthree&#13;\u{200B}\nfour"
    let folded = try #require(Self.fold(text))
    #expect(String(decoding: folded.document.bytes, as: UTF8.self) == "One two \nthree \nfour")
  }

  @Test func randomTextKeepsItsLinesAndMapsEveryOffsetInOrder() {
    let pieces: [[UInt8]] = [
      "a", "Z", "7", "000", " ", "\n", "&", ";", "&nbsp;", "&#160;", "&#xA0", "&amp;", "&#10;", "&#0;", "&quot;", "&eacute;",
      "\u{A0}", "\u{202F}", "\u{200B}", "\u{200D}", "\u{FEFF}", "\u{AD}", "é", "’",
    ].map { Array($0.utf8) } + [[0xC2], [0xE2, 0x80], [0xEF, 0xBB], [0xFF]]
    let seed = TestSeed.make()
    var generator = SplitMix64(seed: seed)
    for _ in 0..<5_000 {
      let bytes = (0..<10).flatMap { _ in generator.pick(pieces) }
      guard let folded = FoldedDocument(Document(name: "t", bytes: bytes)) else { continue }
      let text = folded.document.bytes
      #expect(text.filter { $0 == 0x0A }.count == bytes.filter { $0 == 0x0A }.count, "\(TestSeed.describe(seed)): \(bytes)")
      let starts = (0...text.count).map(folded.originalStart)
      let ends = (0...text.count).map(folded.originalEnd)
      #expect(starts == starts.sorted() && ends == ends.sorted(), "\(TestSeed.describe(seed)): \(bytes)")
      // A span of the folded text is a span of the original with something in it.
      #expect(text.indices.allSatisfy { starts[$0] < ends[$0 + 1] }, "\(TestSeed.describe(seed)): \(bytes)")
      #expect(starts.first! >= 0 && starts.last! == bytes.count && ends.last! <= bytes.count, "\(TestSeed.describe(seed)): \(bytes)")
      // Every line feed stands where it stood.
      for (offset, byte) in text.enumerated() where byte == 0x0A { #expect(bytes[starts[offset]] == 0x0A, "\(TestSeed.describe(seed)): \(bytes)") }
    }
  }

  @Test func aReferenceIsReadOnce() throws {
    let folded = try #require(Self.fold("&amp;quot; &amp;nbsp;"))
    #expect(String(decoding: folded.document.bytes, as: UTF8.self) == "&quot; &nbsp;")
  }
}
