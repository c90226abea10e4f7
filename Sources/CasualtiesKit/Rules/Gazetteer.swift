import Foundation

/// Places and demonyms, for a location's country and for telling a place
/// from other capitalised words.
///
/// Loaded from `gazetteer/*.tsv` (name, ISO country code, kind; entries of
/// `curated.tsv` win), `gazetteer/not-places.tsv` and `lexicons/demonyms.tsv`
/// (demonym, ISO country code, the country's name). Lookups ignore case
/// and runs of white space.
public struct Gazetteer: Sendable {
  /// One known place.
  public struct Place: Sendable, Hashable {
    /// The ISO 3166-1 alpha-2 code of its country.
    public var country: String
    /// "country", "region" (a first-level division) or "city".
    public var kind: String
  }

  private var places: [String: Place] = [:]
  /// By demonym: its country's code and, when the lexicon gives it, name.
  private var demonyms: [String: (country: String, name: String?)] = [:]
  private var notPlaces: Set<String> = []

  /// The number of place names known.
  public var count: Int { places.count }

  init(files: [DataFiles.File], demonyms demonymLexicon: Lexicon?, addedPlaces: [[String]] = []) throws(RuleSetError) {
    for row in demonymLexicon?.rows ?? [] where row.count >= 2 {
      demonyms[Lexicon.normalize(row[0])] = (row[1], row.count >= 3 ? row[2] : nil)
    }
    // A user's places win over everything else.
    var curated: Set<String> = []
    for row in addedPlaces where row.count >= 2 {
      let key = Lexicon.normalize(row[0])
      places[key] = Place(country: row[1], kind: row.count > 2 ? row[2] : "city")
      curated.insert(key)
    }
    for file in files {
      // Read in order only: no index by phrase.
      let rows = Lexicon.rows(of: file.text)
      switch file.stem {
      case "not-places":
        for row in rows { notPlaces.insert(Lexicon.normalize(row[0])) }
      default:
        let isCurated = file.stem == "curated"
        places.reserveCapacity(places.count + rows.count)
        for row in rows where row.count >= 2 {
          let key = Lexicon.normalize(row[0])
          let place = Place(country: row[1], kind: row.count > 2 ? row[2] : "city")
          // Curated entries always win; otherwise countries and regions win
          // over a same-named town elsewhere.
          if curated.contains(key) { continue }
          if isCurated { curated.insert(key) }
          if !isCurated, let existing = places[key], existing.kind != "city" || place.kind == "city" { continue }
          places[key] = place
        }
      }
    }
  }

  /// The place called `name`, if known ("Beirut", "the West Bank"). A name
  /// written with accents is also looked up without them, as the GeoNames
  /// lists spell names ("São Paulo" is "Sao Paulo").
  public func place(named name: some StringProtocol) -> Place? {
    var key = Lexicon.normalize(name)
    if key.hasPrefix("the ") { key.removeFirst(4) }
    if let place = places[key] { return place }
    guard key.utf8.contains(where: { $0 >= 0x80 }) else { return nil }
    return places[key.folding(options: .diacriticInsensitive, locale: nil)]
  }

  /// The place called `name`, or else the place named after a lowercase
  /// first word: "northern Israel" is known as Israel.
  public func place(inName name: String) -> Place? {
    if let known = place(named: name) { return known }
    let words = name.split(separator: " ")
    return words.count > 1 && words[0].first?.isLowercase == true ? place(named: words.dropFirst().joined(separator: " ")) : nil
  }

  /// The country a demonym points to ("Lebanese" → "LB").
  public func country(ofDemonym word: some StringProtocol) -> String? {
    demonyms[Lexicon.normalize(word)]?.country
  }

  /// The name of the country a demonym points to ("Pakistani" →
  /// "Pakistan"), from the demonyms lexicon's third column.
  public func countryName(ofDemonym word: some StringProtocol) -> String? {
    demonyms[Lexicon.normalize(word)]?.name
  }

  /// True for capitalised words that are never places here: weekdays,
  /// months, organisations, titles, demonyms (but not a country's name that
  /// is also its demonym, "Myanmar"), and the plurals of these
  /// that name people ("Palestinians", "Christians") unless the plural is
  /// itself a place ("Philippines").
  public func isNotPlace(_ name: some StringProtocol) -> Bool {
    let key = Lexicon.normalize(name)
    if notPlaces.contains(key) { return true }
    // A country's name that is also its demonym ("Myanmar soldiers") is a place.
    if demonyms[key] != nil { return places[key]?.kind != "country" }
    guard key.hasSuffix("s"), places[key] == nil else { return false }
    let singular = String(key.dropLast())
    return notPlaces.contains(singular) || demonyms[singular] != nil
  }
}
