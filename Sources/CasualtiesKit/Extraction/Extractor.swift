import Foundation
import PCRE2

/// Turns text into ``EventRecord``s with a ``RuleSet``.
///
/// An extractor is immutable and may be shared by threads; each call makes
/// its own PCRE2 match data.
///
///     let extractor = try Extractor()
///     let records = extractor.extract(from: "Two people were killed in Nahariya, police said.")
///     // killed 2 (people), source "police" (police), location "Nahariya" (IL)
public final class Extractor: Sendable {
  /// The rules this extractor runs.
  public let rules: RuleSet
  /// Which categories to keep; `nil` keeps all.
  public let categories: Set<Category>?

  /// True when the trigger-word prefilter picks the sentences the claim
  /// rules read; off only in tests that prove it changes nothing.
  let usesPrefilter: Bool

  /// Makes an extractor over `rules` (the bundled set by default).
  public convenience init(rules: RuleSet? = nil, categories: Set<Category>? = nil) throws(RuleSetError) {
    try self.init(rules: rules, categories: categories, usesPrefilter: true)
  }

  init(rules: RuleSet?, categories: Set<Category>?, usesPrefilter: Bool) throws(RuleSetError) {
    if let rules { self.rules = rules } else { self.rules = try RuleSet.bundled() }
    self.categories = categories
    self.usesPrefilter = usesPrefilter
  }

  /// The records in `text`, which is named `doc` in them.
  public func extract(from text: String, doc: String = "-") -> [EventRecord] {
    extract(from: Document(name: doc, text: text)).records
  }

  /// The records in UTF-8 bytes (which need not be valid UTF-8).
  public func extract(utf8 bytes: [UInt8], doc: String = "-") -> ExtractionResult {
    extract(from: Document(name: doc, bytes: bytes))
  }

  /// The records and warnings for one document.
  public func extract(from document: Document) -> ExtractionResult {
    var scan = DocumentScan(rules: rules, document: document, usesPrefilter: usesPrefilter)
    var result = scan.run()
    if let categories { result.records.removeAll { !categories.contains($0.category) } }
    return result
  }
}

/// The state of one pass over one document.
private struct DocumentScan {
  let rules: RuleSet
  let document: Document
  /// Match data for each rule, made when the rule first runs on this document.
  var matchers: [Matcher?]
  let usesPrefilter: Bool
  var warnings: [ExtractionWarning] = []
  /// The last named speaker in the current paragraph, for "it said" in
  /// later sentences of it.
  var lastSource: SourceMention?
  /// The last place named in each paragraph.
  var lastPlace: [Int: PlaceMention] = [:]
  /// The place of the last claim in each paragraph: a story's later
  /// sentences about the same event often name no place.
  var lastClaimPlace: [Int: PlaceMention] = [:]

  init(rules: RuleSet, document: Document, usesPrefilter: Bool) {
    self.rules = rules
    self.document = document
    self.usesPrefilter = usesPrefilter
    self.matchers = [Matcher?](repeating: nil, count: rules.rules.count)
  }

  /// Reads the document paragraph by paragraph. A paragraph without a
  /// trigger word gives no claim and is skipped; in one with a trigger,
  /// every sentence is read for speakers and places, and the claim rules run
  /// on the sentences that hold a trigger.
  mutating func run() -> ExtractionResult {
    let claimHits = usesPrefilter ? rules.prefilter.map { prefilter in document.bytes.withUnsafeBufferPointer { prefilter.groupedHits(in: $0) } } : nil
    // Most news holds no trigger word at all: nothing more to do.
    if let claimHits, claimHits.isEmpty { return ExtractionResult(records: [], warnings: []) }
    let sentences = rules.splitter.sentences(in: document.bytes)
    let claimSentences = marked(sentences, by: claimHits)
    let attributionHits = usesPrefilter ? document.bytes.withUnsafeBufferPointer { rules.attributionPrefilter.groupedHits(in: $0) } : nil
    let attributionSentences = marked(sentences, by: attributionHits).map { $0 != 0 }
    var records: [EventRecord] = []
    var seen: Set<RecordKey> = []
    var start = 0
    while start < sentences.count {
      var end = start
      while end < sentences.count, sentences[end].paragraph == sentences[start].paragraph { end += 1 }
      if claimSentences[start..<end].contains(where: { $0 != 0 }) {
        lastSource = nil
        for index in start..<end {
          let sentence = sentences[index]
          let found = scan(sentence, claimGroups: claimSentences[index], readsSources: attributionSentences[index])
          guard let text = found.first?.text else { continue }
          let sentenceKey = text.hashValue
          for record in found where seen.insert(RecordKey(record, evidence: document.foldedText(record.start..<record.end), sentence: sentenceKey)).inserted {
            records.append(record)
          }
        }
      }
      start = end
    }
    return ExtractionResult(records: records, warnings: warnings)
  }

  /// The prefilter groups whose words each sentence holds (every group
  /// when there is no prefilter).
  private func marked(_ sentences: [Sentence], by hits: [(offset: Int, groups: TriggerPrefilter.Groups)]?) -> [TriggerPrefilter.Groups] {
    guard let hits else { return [TriggerPrefilter.Groups](repeating: .max, count: sentences.count) }
    var marks = [TriggerPrefilter.Groups](repeating: 0, count: sentences.count)
    var sentence = 0
    for hit in hits {
      while sentence < sentences.count, sentences[sentence].range.upperBound <= hit.offset { sentence += 1 }
      if sentence < sentences.count, sentences[sentence].range.contains(hit.offset) { marks[sentence] |= hit.groups }
    }
    return marks
  }

  /// Identity of a record for dropping a sentence printed twice (a headline
  /// repeated as a caption, say): the same claim, evidence and sentence. The
  /// sentence enters as a hash of its text, so a long sentence with many
  /// claims is not hashed once per claim.
  private struct RecordKey: Hashable {
    let category: Category, count: Int, qualifier: Qualifier, evidence: String, sentence: Int
    init(_ record: EventRecord, evidence: String, sentence: Int) {
      (category, count, qualifier, self.evidence, self.sentence) = (record.category, record.count, record.qualifier, evidence, sentence)
    }
  }

  private mutating func scan(_ sentence: Sentence, claimGroups: TriggerPrefilter.Groups, readsSources: Bool) -> [EventRecord] {
    let readsClaims = claimGroups != 0
    var claims: [ClaimCandidate] = []
    var sources: [SourceMention] = []
    var places: [PlaceMention] = []
    var cumulative = false
    for (index, rule) in rules.rules.enumerated() {
      switch rule.role {
      case .source: if !readsSources { continue }
      case .location: break
      case .claim: if claimGroups & (rules.prefilterGroup[index] ?? .max) == 0 { continue }
      case .subset, .scope, .ignore: if !readsClaims { continue }
      }
      for match in matches(of: index, in: sentence) {
        switch rule.role {
        case .claim, .subset:
          claims.append(contentsOf: candidates(rule, index, match))
        case .ignore:
          claims.append(blocker(rule, index, match.range))
        case .source:
          if let mention = source(rule, index, match) { sources.append(mention) }
        case .location:
          if let mention = place(rule, index, match) { places.append(mention) }
        case .scope:
          cumulative = cumulative || rule.definition.scope == .cumulative
        }
      }
    }
    sources = resolve(sources)
    defer {
      if let named = sources.last(where: { !$0.isPronoun && $0.text != nil }) { lastSource = named }
    }
    places.removeAll { place in sources.contains { $0.matchRange.contains(place.range.lowerBound) } }
    let accepted = settle(claims, in: sentence.range)
    let text = accepted.isEmpty ? "" : document.foldedText(sentence.range)
    var claimPlaces: [PlaceMention] = []
    let strongPlaces = places.filter { !$0.isWeak }
    let records = accepted.map { claim in
      let source = nearest(sources, to: claim.span)
      let place = placeFor(claim.span, in: places, strong: strongPlaces, paragraph: sentence.paragraph)
      if let place { claimPlaces.append(place) }
      let bounds = claim.reading.bounds
      return EventRecord(
        doc: document.name, line: document.line(at: claim.span.lowerBound),
        start: claim.span.lowerBound, end: claim.span.upperBound,
        category: claim.category ?? .killed, count: claim.reading.count, low: bounds.low, high: bounds.high,
        qualifier: claim.reading.qualifier, subject: claim.subject,
        source: source?.text, sourceType: source?.text == nil ? nil : source?.type ?? .other,
        location: place?.name, country: place?.country ?? (place == nil ? nil : fallbackCountry(places)),
        scope: claim.scope ?? (cumulative ? .cumulative : .incident), text: text)
    }
    if let last = claimPlaces.last { lastClaimPlace[sentence.paragraph] = last }
    if let last = places.last(where: { !$0.isWeak }) { lastPlace[sentence.paragraph] = last }
    return records
  }

  // MARK: Matching

  private mutating func matches(of ruleIndex: Int, in sentence: Sentence) -> [Match] {
    let matcher = matchers[ruleIndex] ?? rules.rules[ruleIndex].pattern.makeMatcher()
    matchers[ruleIndex] = matcher
    do {
      let found = try document.bytes.withUnsafeBufferPointer { (buffer) throws(PCRE2Error) -> [Match] in
        try matcher.matches(in: UnsafeBufferPointer(rebasing: buffer[sentence.range]))
      }
      return found.map { $0.shifted(by: sentence.range.lowerBound) }
    } catch {
      warnings.append(ExtractionWarning(doc: document.name, rule: rules.rules[ruleIndex].id, range: sentence.range, message: error.description))
      return []
    }
  }

  private func group(_ name: String, of ruleIndex: Int, in match: Match) -> Range<Int>? {
    rules.rules[ruleIndex].pattern.groupNumbers[name].flatMap { match[$0] }.flatMap { $0.isEmpty ? nil : $0 }
  }

  // MARK: Claims

  private func candidates(_ rule: CompiledRule, _ index: Int, _ match: Match) -> [ClaimCandidate] {
    let definition = rule.definition
    let countRange = group("count", of: index, in: match) ?? match.range
    guard var reading = definition.count.map({ NumberReading(count: $0, qualifier: .exact) })
      ?? rules.numbers.read(document.text(countRange)) else { return [] }
    let subjectRange = group("subject", of: index, in: match)
    let subject = subjectRange.map { document.foldedText($0).lowercased() } ?? definition.subject
    func candidate(_ category: Category?) -> ClaimCandidate {
      ClaimCandidate(
        rule: rule, ruleIndex: index, span: match.range, countRange: countRange, category: category,
        reading: reading, subject: subject ?? (category == .strikes ? "strikes" : "people"), scope: definition.scope)
    }
    if group("hedge", of: index, in: match) != nil { return [blocker(rule, index, countRange)] }
    // "a", "another" or "no" count only a noun that names people ("a man",
    // "no detainees"), not "a number of" or "a meeting".
    if reading.needsNoun && !definition.triggerIsNoun && !(subjectRange.map(namesVictims) ?? false) { return [] }
    if reading.looksLikeYear && subjectRange == nil { return [] }
    // A subset takes its category from the claim before it, in `settle`.
    if definition.role == .subset { return [candidate(nil)] }
    var categories = definition.categories ?? []
    if let triggers = definition.triggers, let range = group("trigger", of: index, in: match),
      let row = rules.lexicons[triggers]?.row(for: document.text(range)), row.count > 1,
      let category = Category(rawValue: row[1])
    {
      categories = [category]
      if row.count > 2, let qualifier = Qualifier(rawValue: row[2]) { reading.qualifier = qualifier }
    }
    // Strikes need a stated figure: never "a strike" or "no strikes".
    return categories.filter { $0 != .strikes || (!reading.needsNoun && reading.count > 0) }.map(candidate)
  }

  /// True when the subject's head noun is in the victims lexicon.
  private func namesVictims(_ subject: Range<Int>) -> Bool {
    guard let head = document.foldedText(subject).split(separator: " ").last else { return false }
    return rules.lexicons["victims"]?.row(for: head) != nil
  }

  /// A candidate that gives no record but keeps other rules off `range`.
  private func blocker(_ rule: CompiledRule, _ index: Int, _ range: Range<Int>) -> ClaimCandidate {
    var blocker = ClaimCandidate(
      rule: rule, ruleIndex: index, span: range, countRange: range, category: nil,
      reading: NumberReading(count: 0, qualifier: .exact), subject: "", scope: nil)
    blocker.isHedged = true
    return blocker
  }

  /// Keeps one claim per number: earlier rules win, and a subset takes the
  /// category of the claim before it.
  private func settle(_ candidates: [ClaimCandidate], in sentence: Range<Int>) -> [ClaimCandidate] {
    // Spans that are never counts first, then claims, then subsets (which
    // need their claim); within each, earlier rules and earlier text first.
    func stage(_ candidate: ClaimCandidate) -> Int {
      candidate.isHedged ? 0 : candidate.rule.role == .subset ? 2 : 1
    }
    let ordered = candidates.sorted {
      (stage($0), $0.ruleIndex, $0.span.lowerBound) < (stage($1), $1.ruleIndex, $1.span.lowerBound)
    }
    // Which accepted candidate holds each byte of the sentence, so that a
    // clash is found in the length of a number, not the number of claims.
    var owner = [Int32](repeating: -1, count: sentence.count)
    var accepted: [ClaimCandidate] = []
    var claimsByStart: [ClaimCandidate] = []
    for var candidate in ordered {
      let bytes = (candidate.countRange.lowerBound - sentence.lowerBound)..<(candidate.countRange.upperBound - sentence.lowerBound)
      let clashes = owner[bytes].contains { holder in
        holder >= 0 && (accepted[Int(holder)].span != candidate.span || accepted[Int(holder)].ruleIndex != candidate.ruleIndex)
      }
      if clashes { continue }
      if candidate.category == nil && !candidate.isHedged {
        if claimsByStart.isEmpty {
          claimsByStart = accepted.filter { $0.category != nil && !$0.isHedged }.sorted { $0.span.lowerBound < $1.span.lowerBound }
        }
        guard let parent = parent(of: candidate, among: claimsByStart) else { continue }
        candidate.category = parent.category
        candidate.scope = candidate.scope ?? parent.scope
        // A subset can be what the next list item follows.
        let index = claimsByStart.partitioningIndex { $0.span.lowerBound > candidate.span.lowerBound }
        claimsByStart.insert(candidate, at: index)
      }
      for byte in bytes { owner[byte] = Int32(accepted.count) }
      accepted.append(candidate)
    }
    return accepted.filter { !$0.isHedged }.sorted { ($0.span.lowerBound, $0.countRange.lowerBound) < ($1.span.lowerBound, $1.countRange.lowerBound) }
  }

  /// The claim a subset belongs to: the nearest that starts before it, and
  /// for a list item the nearest that ends before it, across only a comma or
  /// "and" and a few words without figures. `claims` is sorted by start.
  private func parent(of subset: ClaimCandidate, among claims: [ClaimCandidate]) -> ClaimCandidate? {
    let before = claims[..<claims.partitioningIndex { $0.span.lowerBound >= subset.span.lowerBound }]
    guard subset.rule.definition.follows == .list else { return before.last }
    // The nearest end before the item is among the last few starts.
    guard let parent = before.suffix(8).filter({ $0.span.upperBound <= subset.span.lowerBound })
      .max(by: { $0.span.upperBound < $1.span.upperBound }) else { return nil }
    let gap = document.bytes[parent.span.upperBound..<subset.span.lowerBound]
    let words = Lexicon.normalize(String(decoding: gap, as: UTF8.self))
    let joins = words.hasSuffix(",") || words.hasSuffix(" and") || words == "and"
    let plain = gap.count <= 80 && !gap.contains { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: ";") || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
    return joins && plain ? parent : nil
  }

  // MARK: Sources

  private func source(_ rule: CompiledRule, _ index: Int, _ match: Match) -> SourceMention? {
    if group("pronoun", of: index, in: match) != nil {
      return SourceMention(range: match.range, matchRange: match.range, text: nil, type: nil, isPronoun: true)
    }
    guard let range = group("source", of: index, in: match) else { return nil }
    var text = document.foldedText(range)
    for suffix in ["'s", "’s"] where text.hasSuffix(suffix) { text.removeLast(suffix.count) }
    // A joint source ("witnesses and police") takes the type of the first named.
    let firstNamed = text.components(separatedBy: " and ").first.flatMap { $0 == text ? nil : sourceType(of: $0) }
    let type = firstNamed ?? sourceType(of: text) ?? rule.definition.sourceType.flatMap { fallback in
      // A person: their role as the story describes them ("Zaman, who
      // directs military operations", "hospital spokeswoman Donna Rohrer").
      fallback == .other ? sourceType(of: description(of: text, in: match.range)) ?? fallback : fallback
    } ?? .other
    return SourceMention(range: range, matchRange: match.range, text: text, type: type, isPronoun: false)
  }

  /// The words around a person's first mention in the document and their
  /// attribution here: where a story says who they are.
  private func description(of person: String, in attribution: Range<Int>) -> String {
    var text = document.text(attribution)
    guard let surname = person.split(separator: " ").last else { return text }
    let needle = Array(surname.utf8)
    let bytes = document.bytes
    // The first mention within the 20 KB before this one: a story's
    // introduction of a person, without reading a huge input from the start.
    let windowStart = max(0, attribution.lowerBound - 20_000)
    if !needle.isEmpty, attribution.upperBound - windowStart >= needle.count,
      let first = (windowStart...(attribution.upperBound - needle.count)).first(where: { bytes[$0..<($0 + needle.count)].elementsEqual(needle) })
    {
      let lower = max(0, first - 60)
      let upper = min(bytes.count, first + needle.count + 80)
      text += " " + document.text(lower..<upper)
    }
    let name = Set(person.split(separator: " "))
    return text.split(separator: " ").filter { !name.contains($0) }.joined(separator: " ")
  }

  /// The type of the longest sources-lexicon phrase in `text`, the rightmost
  /// on a tie; a phrase marked generic ("spokesman") only when no other is there.
  private func sourceType(of text: String) -> SourceType? {
    guard let lexicon = rules.lexicons["sources"] else { return nil }
    let words = Lexicon.normalize(text).split(separator: " ").map { word in
      String(word.drop { $0.isPunctuation }.reversed().drop { $0.isPunctuation }.reversed())
    }
    var specific: (length: Int, type: SourceType)?
    var generic: (length: Int, type: SourceType)?
    for length in stride(from: min(4, words.count), through: 1, by: -1) {
      for start in 0...(words.count - length) {
        let phrase = words[start..<(start + length)].joined(separator: " ")
        guard let row = lexicon.row(forNormalized: phrase), row.count > 1, let type = SourceType(rawValue: row[1]) else { continue }
        if row.count > 2 && row[2] == "generic" {
          if generic.map({ $0.length == length }) ?? true { generic = (length, type) }
        } else if specific.map({ $0.length == length }) ?? true {
          specific = (length, type)
        }
      }
    }
    return (specific ?? generic)?.type
  }

  /// Drops mentions that overlap an earlier rule's, and points pronouns at
  /// the last speaker named before them.
  private func resolve(_ mentions: [SourceMention]) -> [SourceMention] {
    var kept: [SourceMention] = []
    for mention in mentions where !kept.contains(where: { $0.range.overlaps(mention.range) }) {
      kept.append(mention)
    }
    kept.sort { $0.range.lowerBound < $1.range.lowerBound }
    var previous = lastSource
    for index in kept.indices {
      if kept[index].isPronoun {
        kept[index].text = previous?.text
        kept[index].type = previous?.type
      } else {
        previous = kept[index]
      }
    }
    return kept.filter { $0.text != nil }
  }

  /// The mention nearest to `span`; `mentions` is sorted by position.
  private func nearest(_ mentions: [SourceMention], to span: Range<Int>) -> SourceMention? {
    let index = mentions.partitioningIndex { $0.range.lowerBound >= span.lowerBound }
    return mentions[max(0, index - 2)..<min(mentions.count, index + 2)].min { distance($0.range, span) < distance($1.range, span) }
  }

  private func distance(_ a: Range<Int>, _ b: Range<Int>) -> Int {
    a.overlaps(b) ? 0 : (a.lowerBound >= b.upperBound ? a.lowerBound - b.upperBound : b.lowerBound - a.upperBound)
  }

  // MARK: Places

  private func place(_ rule: CompiledRule, _ index: Int, _ match: Match) -> PlaceMention? {
    guard let range = group("place", of: index, in: match) else { return nil }
    var name = document.foldedText(range)
    for suffix in ["'s", "’s", "'", "’"] where name.hasSuffix(suffix) { name.removeLast(suffix.count) }
    let demonym = group("demonym", of: index, in: match).flatMap { rules.gazetteer.country(ofDemonym: document.text($0)) }
    guard let resolved = PlaceName(name, gazetteer: rules.gazetteer, facilityWords: rules.lexicons["facility-words"], mustBeKnown: rule.definition.weak) else { return nil }
    return PlaceMention(range: range, name: resolved.name, country: resolved.country ?? demonym, kind: resolved.kind, isWeak: rule.definition.weak, rule: index)
  }

  /// The place for a claim: the first named after it in the sentence (by
  /// the earliest location rule that names one there: "the city of X" before
  /// "in X"), else the last before it, else the place of the paragraph's
  /// last claim, else the last place named earlier in the paragraph.
  /// `places` is in rule order, each rule's mentions in text order.
  private func placeFor(_ span: Range<Int>, in places: [PlaceMention], strong: [PlaceMention], paragraph: Int) -> PlaceMention? {
    var after: PlaceMention?
    var before: PlaceMention?
    var start = 0
    while start < strong.count {
      var end = start
      while end < strong.count, strong[end].rule == strong[start].rule { end += 1 }
      let group = strong[start..<end]
      let index = group.partitioningIndex { $0.range.lowerBound >= span.lowerBound }
      if after == nil, index < end { after = group[index] }
      if index > start { before = group[index - 1] }
      start = end
    }
    return after ?? before ?? places.first ?? lastClaimPlace[paragraph] ?? lastPlace[paragraph]
  }

  /// A country for an unknown place: that of another place in the sentence.
  private func fallbackCountry(_ places: [PlaceMention]) -> String? {
    places.lazy.compactMap(\.country).first
  }
}

extension RandomAccessCollection {
  /// The first index whose element satisfies `belongs`, for a collection in
  /// which every element that satisfies it comes after every one that does not.
  func partitioningIndex(where belongs: (Element) -> Bool) -> Index {
    var low = startIndex
    var count = self.count
    while count > 0 {
      let half = count / 2
      let middle = index(low, offsetBy: half)
      if belongs(self[middle]) {
        count = half
      } else {
        low = index(after: middle)
        count -= half + 1
      }
    }
    return low
  }
}
