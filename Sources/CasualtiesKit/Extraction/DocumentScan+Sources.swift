import Foundation
import PCRE2

/// Attribution: who a claim is attributed to, and what kind of source that is.
extension DocumentScan {
  func source(_ rule: CompiledRule, _ index: Int, _ match: Match) -> SourceMention? {
    if group("pronoun", of: index, in: match) != nil {
      return SourceMention(range: match.range, matchRange: match.range, text: nil, type: nil, isPronoun: true)
    }
    guard let range = group("source", of: index, in: match) else { return nil }
    let text = document.foldedText(range).withoutPossessive
    // A name's head says what it is ("the Committee to Protect Journalists"),
    // the words after "for", "of" or "to" only when the head is a generic
    // word ("the Office of the UN High Commissioner").
    let head = group("tail", of: index, in: match).flatMap { tail in
      sourceKind(of: document.foldedText(range.lowerBound..<tail.lowerBound)).flatMap { $0.isGeneric ? nil : $0.type }
    }
    let type = head ?? speakerType(of: text) ?? rule.definition.sourceType.flatMap { fallback in
      guard fallback == .other else { return fallback }
      // A country speaks through its government ("says Kenya").
      if rules.gazetteer.place(named: text)?.kind == "country" { return .government }
      // A person: their role as the attribution, else the story's first
      // mention of them, describes it ("Zaman, who directs military
      // operations, said"; "hospital spokeswoman Donna Rohrer").
      return sourceType(of: description(of: text, in: match.range, introduction: false))
        ?? sourceType(of: description(of: text, in: match.range)) ?? fallback
    } ?? .other
    return SourceMention(range: range, matchRange: match.range, text: text, type: type, isPronoun: false)
  }

  /// The speaker of the quoted passage that sentence `index` lies in, for
  /// a sentence without a speaker of its own: the one named where the
  /// passage closes ("Five died. Two were children," he said), else the last
  /// named in the passage before it, or in the attribution just before its
  /// opening ("Five died," he said. "Two were children."). A passage is read
  /// over at most `reach` sentences either way.
  mutating func quotedSpeaker(_ index: Int, in paragraph: inout ParagraphNames, reach: Int = 3) -> SourceMention? {
    let quotes = paragraph.quotes ?? quoteStates(of: paragraph.sentences)
    paragraph.quotes = quotes
    // A quotation left open further back is a stray mark, not a passage.
    let isInside = quotes[index].isInside && index - quotes[index].openedIn <= reach
    guard isInside || quotes[index].opens else { return nil }
    var end = index
    while quotes[end].isOpenAtEnd, end + 1 < min(quotes.count, index + reach + 1) { end += 1 }
    if end > index, !quotes[end].isOpenAtEnd, let speaker = resolvedSources(end, in: &paragraph).first { return speaker }
    var earlier = index - 1
    var continues = isInside || (earlier >= 0 && quotes[earlier].hasQuote)
    while earlier >= max(0, index - reach), continues {
      if let speaker = resolvedSources(earlier, in: &paragraph).last { return speaker }
      continues = quotes[earlier].isInside
      earlier -= 1
    }
    return nil
  }

  /// How each of `sentences` stands towards quotation marks. A curly mark
  /// says whether it opens or closes; a straight one opens after white
  /// space or an opening bracket and before a letter, and closes otherwise,
  /// so that one stray mark does not turn the rest of a paragraph inside out.
  func quoteStates(of sentences: [Sentence]) -> [QuoteState] {
    var isOpen = false
    var openedIn = 0
    let bytes = document.bytes
    return sentences.indices.map { index in
      let sentence = sentences[index]
      var state = QuoteState(isInside: isOpen, openedIn: openedIn)
      let range = sentence.range
      for offset in range where bytes[offset] == UInt8(ascii: "\"") || bytes[offset] == 0xE2 {
        let opening: Bool
        if bytes[offset] == UInt8(ascii: "\"") {
          let before = offset == range.lowerBound ? UInt8(ascii: " ") : bytes[offset - 1]
          let after = offset + 1 == range.upperBound ? UInt8(ascii: " ") : bytes[offset + 1]
          opening = (WhiteSpaceFolding.isSpace(before) || before == UInt8(ascii: "(") || before == UInt8(ascii: "["))
            && !WhiteSpaceFolding.isSpace(after)
        } else if offset + 2 < range.upperBound, bytes[offset + 1] == 0x80, bytes[offset + 2] == 0x9C || bytes[offset + 2] == 0x9D {
          opening = bytes[offset + 2] == 0x9C
        } else {
          continue
        }
        if opening && offset == range.lowerBound { state.opens = true }
        if opening { openedIn = index }
        isOpen = opening
        state.hasQuote = true
      }
      state.isOpenAtEnd = isOpen
      return state
    }
  }

  /// The first offset in `start...last` where `needle` (not empty) stands in `bytes`.
  ///
  /// The candidates are found with the C function `memchr`.
  static func firstOffset(of needle: [UInt8], in bytes: [UInt8], from start: Int, through last: Int) -> Int? {
    guard start <= last, let head = needle.first else { return nil }
    return bytes.withUnsafeBufferPointer { haystack in
      guard let base = haystack.baseAddress else { return nil }
      var offset = start
      while offset <= last, let found = memchr(base + offset, Int32(head), last - offset + 1) {
        offset = UnsafeRawPointer(found).assumingMemoryBound(to: UInt8.self) - base
        if memcmp(base + offset, needle, needle.count) == 0 { return offset }
        offset += 1
      }
      return nil
    }
  }

  /// The type a speaker's own words give, worked out once per document for
  /// each way of writing it. A joint source ("witnesses and police") takes
  /// the type of the first named.
  func speakerType(of text: String) -> SourceType? {
    ScanMemo.value(text, in: &memo.speakerTypes) {
      text.components(separatedBy: " and ").first.flatMap { $0 == text ? nil : sourceType(of: $0) } ?? sourceType(of: text)
    }
  }

  /// The words around a person's first mention in the document and their
  /// attribution here: where a story says who they are.
  /// Without `introduction`, only the attribution's own words.
  func description(of person: String, in attribution: Range<Int>, introduction: Bool = true) -> String {
    var text = document.text(attribution)
    guard introduction, let surname = person.split(separator: " ").last else { return withoutName(person, text) }
    let needle = Array(surname.utf8)
    let bytes = document.bytes
    // The first mention within the 20 KB before this one: a story's
    // introduction of a person, without reading a huge input from the start.
    let windowStart = max(0, attribution.lowerBound - 20_000)
    if !needle.isEmpty, attribution.upperBound - windowStart >= needle.count,
      let first = Self.firstOffset(of: needle, in: bytes, from: windowStart, through: attribution.upperBound - needle.count)
    {
      let lower = max(0, first - 60)
      let upper = min(bytes.count, first + needle.count + 80)
      text += " " + document.text(lower..<upper)
    }
    return withoutName(person, text)
  }

  /// `text` without the words of `person`'s name; a title is a role, not a
  /// name, and stays ("Defense Minister Juan Manuel Santos").
  func withoutName(_ person: String, _ text: String) -> String {
    let name = Set(person.split(separator: " ").filter { !rules.sourceWords.contains(Lexicon.normalize($0)) })
    return text.split(separator: " ").filter { !name.contains($0) }.joined(separator: " ")
  }

  /// The type of the longest sources-lexicon phrase in `text`, the rightmost
  /// on a tie; a phrase marked generic ("spokesman") only when no other is there.
  func sourceType(of text: String) -> SourceType? {
    sourceKind(of: text)?.type
  }

  /// The type of the longest sources-lexicon phrase in `text` (as
  /// ``sourceType(of:)`` picks it), and whether that phrase is generic.
  func sourceKind(of text: String) -> (type: SourceType, isGeneric: Bool)? {
    guard let lexicon = rules.lexicons["sources"] else { return nil }
    let words = SpeakerWords.words(of: text)
    // Only phrases made of the lexicon's own words can be in it.
    let known = words.map(rules.sourceWords.contains)
    var specific: (length: Int, type: SourceType)?
    var generic: (length: Int, type: SourceType)?
    for length in stride(from: min(4, words.count), through: 1, by: -1) {
      for start in 0...(words.count - length) where !known[start..<(start + length)].contains(false) {
        let phrase = words[start..<(start + length)].joined(separator: " ")
        guard let row = lexicon.row(forNormalized: phrase), row.count > 1, let type = SourceType(rawValue: row[1]) else { continue }
        if row.count > 2 && (row[2] == "generic" || row[2] == "refers") {
          if generic.map({ $0.length == length }) ?? true { generic = (length, type) }
        } else if specific.map({ $0.length == length }) ?? true {
          specific = (length, type)
        }
      }
    }
    if let specific { return (specific.type, false) }
    return generic.map { ($0.type, true) }
  }

  /// Drops mentions that overlap an earlier rule's, and points pronouns and
  /// back-references ("the ministry" after "the Gaza health ministry") at
  /// the last speaker named before them.
  ///
  /// `earlier` gives the last speaker named before this sentence; it is
  /// asked only when a pronoun or a back-reference comes before every
  /// speaker named here.
  mutating func resolve(_ mentions: [SourceMention], previous earlier: (inout DocumentScan) -> SourceMention?) -> [SourceMention] {
    var kept: [SourceMention] = []
    for mention in mentions where !kept.contains(where: { $0.range.overlaps(mention.range) }) {
      kept.append(mention)
    }
    kept.sort { $0.range.lowerBound < $1.range.lowerBound }
    var previous: SourceMention?
    var askedEarlier = false
    for index in kept.indices {
      if kept[index].isPronoun || mayReferBack(kept[index]), !askedEarlier, previous == nil {
        previous = earlier(&self)
        askedEarlier = true
      }
      if kept[index].isPronoun || (previous.map { refers(kept[index], to: $0) } ?? false) {
        kept[index].text = previous?.text
        kept[index].type = previous?.type
      } else {
        previous = kept[index]
        askedEarlier = true
      }
    }
    return kept.filter { $0.text != nil }
  }

  /// Whether `mention` reads like a back-reference.
  func mayReferBack(_ mention: SourceMention) -> Bool {
    backReferenceWords(mention) != nil
  }

  /// The words of `mention` when it reads like a back-reference: bare
  /// "officials", or "the" and one word.
  func backReferenceWords(_ mention: SourceMention) -> [Substring]? {
    guard let text = mention.text, Self.wordCount(text, isAtMost: 2) else { return nil }
    let words = Lexicon.normalize(text).split(separator: " ")
    return words == ["officials"] || (words.count == 2 && words[0] == "the") ? words : nil
  }

  /// Whether `text` holds at most `limit` runs between spaces that have an
  /// ASCII letter or digit: a text with more has more words after
  /// ``Lexicon/normalize(_:)`` too, which splits at least at every space
  /// and drops nothing but white space.
  static func wordCount(_ text: String, isAtMost limit: Int) -> Bool {
    var words = 0
    var counted = false
    for byte in text.utf8 {
      if byte == UInt8(ascii: " ") {
        counted = false
      } else if !counted, (byte | 0x20) &- UInt8(ascii: "a") < 26 || byte &- UInt8(ascii: "0") < 10 {
        counted = true
        words += 1
        if words > limit { return false }
      }
    }
    return true
  }

  /// True when `mention` refers back to `named`: "the ministry" or "the
  /// agency" after a source with that word in its name ("The state news
  /// agency SANA"), bare "officials" after a named ministry, or "the" and a
  /// word the sources lexicon marks `refers` ("the group") after any.
  func refers(_ mention: SourceMention, to named: SourceMention) -> Bool {
    guard let words = backReferenceWords(mention), let name = named.text, !named.isPronoun else { return false }
    let nameWords = Lexicon.normalize(name).split(separator: " ")
    if words == ["officials"] { return nameWords.contains("ministry") }
    if let row = rules.lexicons["sources"]?.row(forNormalized: String(words[1])), row.count > 2, row[2] == "refers" { return true }
    guard nameWords.count > 2 || nameWords.first != words[1] else { return false }
    return nameWords.dropFirst().contains(words[1])
  }

  /// The mention that governs `span`: the attribution that ends right
  /// before it ("with the army claiming 9 militants were killed, while
  /// police said ..."; "said that" at most), else the nearest; `mentions`
  /// is sorted by position.
  func nearest(_ mentions: [SourceMention], to span: Range<Int>) -> SourceMention? {
    let index = mentions.partitioningIndex { $0.range.lowerBound >= span.lowerBound }
    let near = mentions[max(0, index - 2)..<min(mentions.count, index + 2)]
    if let governing = near.last(where: { $0.matchRange.upperBound <= span.lowerBound && span.lowerBound - $0.matchRange.upperBound <= 6 }) {
      return governing
    }
    return near.min { distance($0.range, span) < distance($1.range, span) }
  }

  func distance(_ a: Range<Int>, _ b: Range<Int>) -> Int {
    a.overlaps(b) ? 0 : (a.lowerBound >= b.upperBound ? a.lowerBound - b.upperBound : b.lowerBound - a.upperBound)
  }
}
