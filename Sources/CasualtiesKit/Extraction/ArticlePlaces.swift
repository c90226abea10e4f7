/// Every place an article names, for the places of its incidents: the gold
/// standard of the field is "the most specific place named in the article
/// for the claim's event", often named in another sentence than the figure.
struct ArticlePlaces {
  /// The places in text order (no back-references, none from weak rules).
  let mentions: [PlaceMention]
  /// How often the name of each mention is mentioned, by mention.
  private let counts: [Int]
  /// Whether each mention is a country or region (``PlaceMention/isBroad``).
  private let broad: [Bool]
  /// The regions named, by country, without their directions.
  private let regions: [String?: Set<String>]

  init(_ mentions: [PlaceMention]) {
    self.mentions = mentions
    let byName = mentions.reduce(into: [:]) { $0[$1.name, default: 0] += 1 }
    counts = mentions.map { byName[$0.name, default: 0] }
    broad = mentions.map(\.isBroad)
    regions = mentions.filter { $0.kind == "region" }.reduce(into: [:]) { $0[$1.country, default: []].insert($1.core) }
  }

  /// Figures from this one up are national or regional totals: they keep
  /// the country or region they are given in.
  static let largestIncident = 1000

  /// Whether an incident placed at `place` (nil: nowhere) may take a place
  /// from elsewhere in the article.
  static func mayRefine(_ place: PlaceMention?, count: Int) -> Bool {
    place.map { $0.isBroad && !$0.spansSeveral && !$0.isActorsCountry && count < largestIncident } ?? true
  }

  /// The place of an incident at byte `offset`, placed at `place` within
  /// `sentence`. An incident placed only in a country ("in Haiti"), or in a
  /// region that is the only one of its country the article names ("in the
  /// northern West Bank"), takes the town inside it that the article names
  /// most often (not a list of several, "the settlements of X and Y"), the
  /// nearest of equals ("Port-au-Prince", named three sentences on), but
  /// not one of its own sentence, where a town belongs to
  /// another clause ("killed in Lebanon and 12 were wounded in Beirut"). An
  /// incident with no place takes the last town named before it, else the
  /// most named place.
  func place(for place: PlaceMention?, at offset: Int, count: Int, in sentence: Range<Int>) -> PlaceMention? {
    var place = place
      ?? lastTown(before: offset)
      ?? mostNamed(near: offset)
    if let area = place, Self.mayRefine(area, count: count), holdsTowns(area) {
      place = mostNamed(near: offset) {
        !broad[$0] && !mentions[$0].spansSeveral && mentions[$0].lies(in: area) && !sentence.contains(mentions[$0].range.lowerBound)
      } ?? area
    }
    return place
  }

  /// The place named most often; of those, the nearest to `offset`.
  func mostNamed(near offset: Int) -> PlaceMention? {
    mostNamed(near: offset) { _ in true }
  }

  /// The last place before `offset` that is not a country or region
  /// (`mentions` are in text order).
  private func lastTown(before offset: Int) -> PlaceMention? {
    let end = mentions.partitioningIndex { $0.range.lowerBound >= offset }
    return mentions[..<end].indices.last { !broad[$0] }.map { mentions[$0] }
  }

  /// A town lies in a region when both are in one country and the article
  /// names no other region of it (the gazetteer does not say which region
  /// holds a town): whether `area` can hold the towns that lie in it.
  private func holdsTowns(_ area: PlaceMention) -> Bool {
    area.kind == "country" || regions[area.country]?.count == 1
  }

  /// Of the places whose index satisfies `accepts`, the one named most
  /// often; of those, the nearest to `offset`.
  private func mostNamed(near offset: Int, where accepts: (Int) -> Bool) -> PlaceMention? {
    var best: (index: Int, count: Int, distance: Int)?
    for index in mentions.indices where accepts(index) {
      let candidate = (index: index, count: counts[index], distance: abs(mentions[index].range.lowerBound - offset))
      // The first of equals, as `min` keeps.
      if let known = best, (-candidate.count, candidate.distance) >= (-known.count, known.distance) { continue }
      best = candidate
    }
    return best.map { mentions[$0.index] }
  }
}
