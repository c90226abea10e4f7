import Foundation
import PCRE2

/// Places: where a claim happened, and its country.
extension DocumentScan {
  /// The place a location rule's match names; a back-reference ("there",
  /// "the northern Israeli town") is `previous`, the place named last
  /// before it (none without one). In a headline written in Title Case
  /// (`headline`) capital letters do not mark names, so only the longest
  /// run of words the gazetteer knows is kept ("Attack On Market Outside
  /// Kano" is Kano).
  func place(_ rule: CompiledRule, _ index: Int, _ match: Match, previous: PlaceMention?, headline: Bool = false) -> PlaceMention? {
    if let anaphor = group("anaphor", of: index, in: match) {
      guard let previous else { return nil }
      return PlaceMention(
        range: anaphor, name: previous.name, country: previous.country, kind: previous.kind, isWeak: false, rule: index, refersBack: true)
    }
    guard let range = group("place", of: index, in: match) else {
      // "Pakistani police arrested ...": the demonym's country.
      guard let range = group("demonym", of: index, in: match) else { return nil }
      let demonym = document.text(range)
      guard let country = rules.gazetteer.country(ofDemonym: demonym) else { return nil }
      return PlaceMention(
        range: range, name: rules.gazetteer.countryName(ofDemonym: demonym) ?? country, country: country, kind: "country",
        isWeak: rule.definition.weak, rule: index, isActorsCountry: true)
    }
    // "Lebanon's", "Paris'".
    var name = document.foldedText(range).withoutPossessive
    for suffix in ["'", "’"] where name.hasSuffix(suffix) { name.removeLast(suffix.count) }
    let demonym = group("demonym", of: index, in: match).flatMap { rules.gazetteer.country(ofDemonym: document.text($0)) }
    let mustBeKnown = rule.definition.weak || rule.definition.known
    let resolved: PlaceName?
    if headline {
      resolved = PlaceName(knownRunIn: name, gazetteer: rules.gazetteer)
    } else {
      resolved = ScanMemo.value(name, in: &memo.places[mustBeKnown, default: [:]], {
        PlaceName(name, vocabulary: rules.placeVocabulary, mustBeKnown: mustBeKnown)
      })
    }
    guard let resolved else { return nil }
    let kind = resolved.kind ?? (rule.definition.namesSettlement ? "city" : nil)
    return PlaceMention(
      range: range, name: resolved.name, country: resolved.country ?? demonym, kind: kind, isWeak: rule.definition.weak, rule: index,
      spansSeveral: group("several", of: index, in: match) != nil)
  }

  /// The place for a claim in its sentence: the first named after it (by
  /// the earliest location rule that names one there: "the city of X" before
  /// "in X"), else the last before it; nil when there is none, and the claim
  /// takes the place of the paragraph's last claim, else the last place named
  /// earlier in the paragraph (``lastPlace(before:in:)``).
  /// `places` is in rule order, each rule's mentions in text order.
  func placeFor(_ span: Range<Int>, in places: [PlaceMention], strong: [PlaceMention]) -> PlaceMention? {
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
    return after ?? before ?? places.first
  }

  /// The stretch of a sentence that belongs to one claim: from the number
  /// before it to the number after it ("killed in Lebanon and 12 were
  /// wounded in Beirut" gives "Lebanon" to the first and "Beirut" to the
  /// second). `countStarts` is sorted.
  func clause(of count: Range<Int>, among countStarts: [Int], in sentence: Range<Int>) -> Range<Int> {
    let index = countStarts.partitioningIndex { $0 >= count.lowerBound }
    let lower = index > 0 ? countStarts[index - 1] : sentence.lowerBound
    let next = countStarts[index...].first { $0 > count.lowerBound }
    return lower..<(next ?? sentence.upperBound)
  }

  /// A more specific place inside `place` on the same side of the number
  /// in the claim's clause: "near the Rafah border crossing with Egypt in
  /// the southern Gaza Strip, killing one" is Rafah. The nearest to `place`.
  /// A district named right after a place ("on Birket in the Marj
  /// district") is where that place lies: the place is the more specific.
  func narrowed(_ place: PlaceMention, in clause: Range<Int>, of places: [PlaceMention], count: Range<Int>) -> PlaceMention {
    if place.kind == "district",
      let inner = places.first(where: {
        !$0.isBroad && clause.contains($0.range.lowerBound) && $0.range.upperBound <= place.range.lowerBound
          && place.range.lowerBound - $0.range.upperBound <= 8
          && [" in the ", " in "].contains(document.text($0.range.upperBound..<place.range.lowerBound))
      })
    {
      return inner
    }
    guard place.isBroad, !place.spansSeveral, clause.contains(place.range.lowerBound) else { return place }
    let before = place.range.lowerBound < count.lowerBound
    return places.filter {
      clause.contains($0.range.lowerBound) && ($0.range.lowerBound < count.lowerBound) == before
        && $0.breadth < place.breadth && $0.lies(in: place)
    }.min { abs($0.range.lowerBound - place.range.lowerBound) < abs($1.range.lowerBound - place.range.lowerBound) } ?? place
  }

  /// Gives the places of a sentence that the gazetteer does not know the
  /// country of another place in the sentence ("the township of Bayt Hanum
  /// in the Gaza Strip").
  func placeInCountries(_ places: inout [PlaceMention]) {
    guard let country = places.lazy.compactMap(\.country).first else { return }
    for index in places.indices where places[index].country == nil { places[index].country = country }
  }

  /// Where the last capital letters of `sentence` stand, offsets in it.
  func capitalLetters(in sentence: Sentence) -> CapitalLetters {
    document.bytes.withUnsafeBufferPointer { CapitalLetters(in: UnsafeBufferPointer(rebasing: $0[sentence.range])) }
  }

  /// Runs the location rules `ruleIndices` (in that order) on `sentence`
  /// and hands `body` each match; a rule is not tried where the capital
  /// letter it needs is missing (``CapitalLetters``), nor where the words
  /// it names are (``RuleWords``).
  mutating func forEachMatch(
    of ruleIndices: [Int], in sentence: Sentence, _ body: (inout DocumentScan, _ rule: Int, Match) -> Void
  ) {
    let capitals = capitalLetters(in: sentence)
    for index in ruleIndices {
      let starts = capitals.starts(for: rules.rules[index]).narrowed(by: wordStarts(of: index, in: sentence))
      if starts == .nowhere { continue }
      for match in matches(of: index, in: sentence, startingBy: starts.limit) { body(&self, index, match) }
    }
  }

  /// The places a sentence names, by the strong location rules alone, back
  /// references left out; a place the gazetteer does not know takes the
  /// country of another place of the sentence, a weak mention's too ("near
  /// Rutbah, 355 km west of Baghdad"). `read` is the sentence's mentions by
  /// every location rule when they were read already (``rawPlaces(_:in:)``):
  /// the same rules give the same mentions there.
  mutating func places(in sentence: Sentence, read: [PlaceMention]? = nil) -> [PlaceMention] {
    var all: [PlaceMention] = []
    if let read {
      all = read.filter { !$0.refersBack }
    } else {
      let headline = isTitleCase(sentence)
      forEachMatch(of: rules.namingPlaceRules, in: sentence) { scan, index, match in
        if let mention = scan.place(scan.rules.rules[index], index, match, previous: nil, headline: headline) { all.append(mention) }
      }
    }
    placeInCountries(&all)
    return all.filter { rules.articlePlaceRules.contains($0.rule) }.sorted { $0.range.lowerBound < $1.range.lowerBound }
  }

  /// Whether `sentence` is a headline in Title Case: no full stop at its
  /// end, and at least three words of four letters or more, every one of
  /// them capitalised ("Gunmen Kill 12 In Attack On Market Outside Kano";
  /// not "LOCATION: Amayo, East Pokot District."). Read on the bytes.
  func isTitleCase(_ sentence: Sentence) -> Bool {
    let bytes = document.bytes
    guard let last = bytes[sentence.range].last, last != UInt8(ascii: ".") else { return false }
    var long = 0
    var wordStart: Int?
    var index = sentence.range.lowerBound
    while index <= sentence.range.upperBound {
      let byte = index < sentence.range.upperBound ? bytes[index] : UInt8(ascii: " ")
      let isLetter = (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z") || byte >= 0x80
      if isLetter || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "'") {
        if wordStart == nil { wordStart = index }
      } else if let start = wordStart {
        wordStart = nil
        if index - start >= 4 {
          let first = bytes[start]
          if first >= UInt8(ascii: "a") && first <= UInt8(ascii: "z") { return false }
          long += 1
        }
      }
      index += 1
    }
    return long >= 3
  }
}
