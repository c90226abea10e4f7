import Foundation
import PCRE2

/// Places: where a claim happened, and its country.
extension DocumentScan {
  func place(_ rule: CompiledRule, _ index: Int, _ match: Match) -> PlaceMention? {
    guard let range = group("place", of: index, in: match) else { return nil }
    var name = document.foldedText(range)
    for suffix in ["'s", "’s", "'", "’"] where name.hasSuffix(suffix) { name.removeLast(suffix.count) }
    let demonym = group("demonym", of: index, in: match).flatMap { rules.gazetteer.country(ofDemonym: document.text($0)) }
    let weak = rule.definition.weak
    guard let resolved = ScanMemo.value(name, in: &memo.places[weak, default: [:]], {
      PlaceName(name, gazetteer: rules.gazetteer, facilityWords: rules.lexicons["facility-words"], mustBeKnown: weak)
    }) else { return nil }
    return PlaceMention(range: range, name: resolved.name, country: resolved.country ?? demonym, kind: resolved.kind, isWeak: rule.definition.weak, rule: index)
  }

  /// The place for a claim: the first named after it in the sentence (by
  /// the earliest location rule that names one there: "the city of X" before
  /// "in X"), else the last before it, else the place of the paragraph's
  /// last claim; nil when there is none of these, and the claim takes the
  /// last place named earlier in the paragraph (``lastPlace(before:in:)``).
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
    return after ?? before ?? places.first ?? lastClaimPlace
  }

  /// A country for an unknown place: that of another place in the sentence.
  func fallbackCountry(_ places: [PlaceMention]) -> String? {
    places.lazy.compactMap(\.country).first
  }
}
