/// A place name as a location rule found it, checked against the gazetteer
/// and cut down to the place it names.
///
/// - "northern Israel" is known as "Israel" (the direction stays in the name).
/// - A facility resolves to the known place its name starts with ("Goshen
///   General Hospital" → "Goshen") and is dropped when there is none.
/// - A known place followed by more names is the more specific remainder:
///   "New South Wales Hunter Valley" → "Hunter Valley", "South Australia's
///   Spencer Gulf" → "Spencer Gulf" (the country comes from the known part).
/// - Weekdays, months, organisations and demonyms are not places.
/// - With `mustBeKnown` (weak mentions such as "Argentina's"), only places
///   the gazetteer knows are kept.
struct PlaceName {
  let name: String
  let country: String?
  let kind: String?

  init?(_ written: String, gazetteer: Gazetteer, facilityWords: Lexicon?, mustBeKnown: Bool = false) {
    var words = written.split(separator: " ").map(String.init)
    guard let first = words.first, !gazetteer.isNotPlace(written), !gazetteer.isNotPlace(first),
      !gazetteer.isNotPlace(first.split(separator: "-").first ?? "")
    else { return nil }
    if let last = words.last, facilityWords?.row(for: last) != nil {
      guard let prefix = (1..<words.count).reversed().first(where: { gazetteer.place(named: words[0..<$0].joined(separator: " ")) != nil })
      else { return nil }
      words = Array(words[0..<prefix])
    }
    let name = words.joined(separator: " ")
    if let known = gazetteer.place(inName: name) {
      self.name = name
      self.country = known.country
      self.kind = known.kind
      return
    }
    // "South Australia's Spencer Gulf", "New South Wales Hunter Valley": a
    // known country or region (not a lone word like "East", which names
    // some region somewhere) before a capitalised remainder.
    for cut in (1..<max(1, words.count)).reversed() where words[cut].first?.isUppercase == true {
      var head = words[0..<cut].joined(separator: " ")
      let possessive = head.hasSuffix("'s") || head.hasSuffix("’s")
      if possessive { head.removeLast(2) }
      guard let known = gazetteer.place(named: head),
        possessive || known.kind == "country" || (known.kind == "region" && cut > 1)
      else { continue }
      let rest = words[cut...].joined(separator: " ")
      let restKnown = gazetteer.place(named: rest)
      self.name = rest
      self.country = restKnown?.country ?? known.country
      self.kind = restKnown?.kind
      return
    }
    if mustBeKnown { return nil }
    self.name = name
    self.country = nil
    self.kind = nil
  }
}
