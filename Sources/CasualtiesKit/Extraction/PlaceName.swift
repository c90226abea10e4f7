/// A place name as a location rule found it, checked against the gazetteer
/// and cut down to the place it names.
///
/// - "northern Israel" is known as "Israel" (the direction stays in the name).
/// - A facility resolves to the known place its name starts with ("Goshen
///   General Hospital" → "Goshen") and is dropped when there is none.
/// - A known place followed by more names is the more specific remainder:
///   "New South Wales Hunter Valley" → "Hunter Valley", "South Australia's
///   Spencer Gulf" → "Spencer Gulf" (the country comes from the known part).
/// - A division word keeps its name as written and makes it specific:
///   "Basra province" (in Iraq, kind "district").
/// - A list keeps its names as written ("New York, Washington and
///   Pennsylvania"), cut before the first name after a comma that is not a
///   known place ("Kabul, Abdul Rahman" → "Kabul"); its kind is the broadest
///   of its names, its country theirs when they share one.
/// - Weekdays, months, organisations and demonyms ("northern Israeli", "a
///   South African shopping centre") are not places.
/// - With `mustBeKnown` (weak mentions such as "Argentina's"), only places
///   the gazetteer knows are kept.
struct PlaceName {
  let name: String
  let country: String?
  let kind: String?

  /// The words that shape a place name: the gazetteer, facility words
  /// ("Hospital"), site words ("Detention Centre") and division words
  /// ("province").
  struct Vocabulary {
    let gazetteer: Gazetteer
    let facilityWords: Lexicon?
    let siteWords: Lexicon?
    let divisionWords: Lexicon?
  }

  private init(name: String, country: String?, kind: String?) {
    (self.name, self.country, self.kind) = (name, country, kind)
  }

  init?(_ written: String, vocabulary: Vocabulary, mustBeKnown: Bool = false) {
    guard let resolved = Self.resolve(written, vocabulary, mustBeKnown: mustBeKnown) else { return nil }
    self = resolved
  }

  /// The longest run of `written`'s words that the gazetteer knows as a
  /// place (the last of equals), for a headline in Title Case, where every
  /// word is capitalised: "Attack On Market Outside Kano" is Kano.
  init?(knownRunIn written: String, gazetteer: Gazetteer) {
    let words = written.split(separator: " ").map { $0.hasSuffix(",") ? $0.dropLast() : $0 }
    for length in stride(from: words.count, through: 1, by: -1) {
      for start in stride(from: words.count - length, through: 0, by: -1) {
        let name = words[start..<(start + length)].joined(separator: " ")
        guard !gazetteer.isNotPlace(name), let known = gazetteer.place(named: name) else { continue }
        self.init(name: name, country: known.country, kind: known.kind)
        return
      }
    }
    return nil
  }

  private static func resolve(_ written: String, _ vocabulary: Vocabulary, mustBeKnown: Bool) -> PlaceName? {
    let words = written.split(separator: " ")
    let parts = listParts(words)
    guard parts.count > 1, vocabulary.gazetteer.place(named: written) == nil else {
      return single(written, vocabulary, mustBeKnown: mustBeKnown)
    }
    // "Goshen, Indiana": a list needs "and" or "or"; without, the first
    // name is the place and the next tells where it is ("Fort Campbell,
    // Kentucky" is in the US).
    guard parts.contains(where: { !$0.afterComma && $0.words.lowerBound > 0 }) else {
      let place = single(joined(words[parts[0].words]), vocabulary, mustBeKnown: mustBeKnown)
      guard let place, place.country == nil,
        let container = single(joined(words[parts[1].words]), vocabulary, mustBeKnown: true)
      else { return place }
      return PlaceName(name: place.name, country: container.country, kind: place.kind)
    }
    if let last = words.last, isPluralDivision(last, vocabulary) {
      // "the Kabul, Laghman and Kapisa provinces": divisions, all of them.
      let country = parts.lazy.compactMap { vocabulary.gazetteer.place(named: joined(words[$0.words]))?.country }.first
      return PlaceName(name: written, country: country, kind: "region")
    }
    var names: [PlaceName] = []
    var end = 0
    for part in parts {
      let afterComma = part.afterComma && !names.isEmpty
      guard let name = single(joined(words[part.words]), vocabulary, mustBeKnown: mustBeKnown || afterComma)
      else { break }
      names.append(name)
      end = part.words.upperBound
    }
    guard let first = names.first, names.count > 1 else { return names.first }
    let countries = Set(names.map(\.country))
    let breadth = ["country": 3, "region": 2, "district": 1]
    return PlaceName(
      name: joined(words[..<end]), country: countries.count == 1 ? first.country : nil,
      kind: names.map(\.kind).max { breadth[$0 ?? "", default: 0] < breadth[$1 ?? "", default: 0] } ?? nil)
  }

  /// The names of a list ("New York, Washington and the ACT"), as word
  /// ranges without their commas, each with whether only a comma (no "and"
  /// or "or") comes before it.
  private static func listParts(_ words: [Substring]) -> [(words: Range<Int>, afterComma: Bool)] {
    var parts: [(words: Range<Int>, afterComma: Bool)] = []
    var start = 0
    var afterComma = false
    var separated = false
    for (index, word) in words.enumerated() {
      if word == "and" || word == "or" {
        afterComma = false
        separated = true
        start = index + 1
      } else if word == "the" && separated {
        start = index + 1
      } else {
        if separated || index == 0 { parts.append((index..<index, afterComma && separated)) }
        separated = false
        parts[parts.count - 1].words = start..<index + 1
        if word.hasSuffix(",") {
          separated = true
          afterComma = true
          start = index + 1
        }
      }
    }
    return parts
  }

  /// Whether `word` is the plural of a division word ("provinces",
  /// "counties").
  private static func isPluralDivision(_ word: Substring, _ vocabulary: Vocabulary) -> Bool {
    guard let divisions = vocabulary.divisionWords, word.hasSuffix("s"), word.first?.isLowercase == true else { return false }
    let singulars = word.hasSuffix("ies") ? [word.dropLast(3) + "y"] : [String(word.dropLast())]
    return singulars.contains { divisions.row(for: $0) != nil && !$0.hasSuffix("s") }
  }

  /// Words joined with single spaces, without a final comma.
  private static func joined(_ words: ArraySlice<Substring>) -> String {
    var text = words.joined(separator: " ")
    if text.hasSuffix(",") { text.removeLast() }
    return text
  }

  /// The unknown place a site is named after: "Woomera Detention Centre"
  /// is Woomera, "Lucas Heights nuclear reactor" Lucas Heights (its
  /// capitalised words before the site words, `lexicons/site-words.txt`).
  /// `single` has checked the first word of `words` already.
  private static func site(_ words: [String], _ vocabulary: Vocabulary) -> PlaceName? {
    guard words.count > 1 else { return nil }
    for length in 1...min(2, words.count - 1) where vocabulary.siteWords?.row(for: words.suffix(length).joined(separator: " ")) != nil {
      let name = leadingNames(words.dropLast(length)).joined(separator: " ")
      guard !name.isEmpty, !vocabulary.gazetteer.isNotPlace(name) else { return nil }
      return PlaceName(name: name, country: nil, kind: "city")
    }
    return nil
  }

  /// The capitalised words `words` start with.
  private static func leadingNames(_ words: some Collection<String>) -> [String] {
    Array(words.prefix { $0.first?.isUppercase == true })
  }

  private static func single(_ written: String, _ vocabulary: Vocabulary, mustBeKnown: Bool) -> PlaceName? {
    let gazetteer = vocabulary.gazetteer
    let words = written.split(separator: " ").map(String.init)
    guard !gazetteer.isNotPlace(written) else { return nil }
    if let known = gazetteer.place(named: written) { return PlaceName(name: written, country: known.country, kind: known.kind) }
    guard let first = words.first, let last = words.last, !gazetteer.isNotPlace(first),
      words.count < 2 || !gazetteer.isNotPlace(words[0...1].joined(separator: " ")),
      !gazetteer.isNotPlace(first.split(separator: "-").first ?? "")
    else { return nil }
    if let known = gazetteer.place(inName: written) { return PlaceName(name: written, country: known.country, kind: known.kind) }
    if gazetteer.country(ofDemonym: last) != nil { return nil }
    if words.count > 1, vocabulary.divisionWords?.row(for: last) != nil {
      // "Basra province" is in Basra, "Beirut's southern suburbs" in Beirut.
      let areaName = leadingNames(words.dropLast()).joined(separator: " ").withoutPossessive
      guard !areaName.isEmpty, let area = single(areaName, vocabulary, mustBeKnown: mustBeKnown) else { return nil }
      return PlaceName(name: written, country: area.country, kind: "district")
    }
    if vocabulary.facilityWords?.row(for: last) != nil {
      // The known place or named division the facility's name starts with:
      // "Goshen General Hospital", "Almar district centre". A facility word
      // in lower case follows the whole capitalised name ("the Lucas Heights
      // nuclear reactor" is not in Lucas).
      let shortest = last.first?.isLowercase == true ? max(1, leadingNames(words).count) : 1
      for end in (shortest..<words.count).reversed() {
        let name = words[0..<end].joined(separator: " ")
        if let known = gazetteer.place(named: name) { return PlaceName(name: name, country: known.country, kind: known.kind) }
        if end > 1, vocabulary.divisionWords?.row(for: words[end - 1]) != nil {
          return single(name, vocabulary, mustBeKnown: mustBeKnown)
        }
      }
      return mustBeKnown ? nil : site(words, vocabulary)
    }
    // "South Australia's Spencer Gulf", "New South Wales Hunter Valley": a
    // known country or region (not a lone word like "East", which names
    // some region somewhere) before a capitalised remainder.
    for cut in (1..<max(1, words.count)).reversed() where words[cut].first?.isUppercase == true {
      let written = words[0..<cut].joined(separator: " ")
      let head = written.withoutPossessive
      let possessive = head != written
      guard let known = gazetteer.place(named: head),
        possessive || known.kind == "country" || (known.kind == "region" && cut > 1)
      else { continue }
      let rest = words[cut...].joined(separator: " ")
      if gazetteer.isNotPlace(rest) { return nil }
      let restKnown = gazetteer.place(named: rest)
      return PlaceName(name: rest, country: restKnown?.country ?? known.country, kind: restKnown?.kind)
    }
    return mustBeKnown ? nil : PlaceName(name: written, country: nil, kind: nil)
  }
}
