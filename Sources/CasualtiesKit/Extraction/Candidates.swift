/// A claim found by a rule, before conflicts between rules are settled.
struct ClaimCandidate {
  let rule: CompiledRule
  let ruleIndex: Int
  /// The whole match: the evidence span.
  let span: Range<Int>
  /// The number phrase; two candidates on the same number conflict.
  let countRange: Range<Int>
  var category: Category?
  var reading: NumberReading
  var subject: String
  var scope: Scope?
  /// A hedged match ("threatened to kill 100 hostages"): it gives no record
  /// but keeps later rules from reading its number as a claim.
  var isHedged = false
  /// For a match vetoed by the not-victims lexicon, the entry that did it.
  var notVictimsEntry: String?
}

/// A speaker named in a sentence, or a pronoun that refers back to one.
struct SourceMention {
  let range: Range<Int>
  /// The whole attribution ("Zaman, who directs operations in Nangarhar,
  /// said"): places named inside it describe the speaker, not the claim.
  let matchRange: Range<Int>
  /// The speaker as written; nil for a pronoun until resolved.
  var text: String?
  var type: SourceType?
  let isPronoun: Bool
}

/// A place named in a sentence.
struct PlaceMention {
  let range: Range<Int>
  let name: String
  var country: String?
  /// The gazetteer's kind ("country", "region", "city"), nil when unknown.
  let kind: String?
  /// From a weak rule: used only when the sentence names no place otherwise.
  let isWeak: Bool
  /// The index of the rule that found it.
  let rule: Int
  /// A back-reference ("there", "the town") standing for a place named before.
  var refersBack = false
  /// Named as the area of several places ("in two West Bank towns",
  /// "across northern Israel"): a claim placed there is spread over it and
  /// is not narrowed to one town inside it.
  var spansSeveral = false
  /// Named only by an actor's demonym ("Pakistani police arrested"): the
  /// actor's country, not narrowed to a town of it.
  var isActorsCountry = false
}

extension PlaceMention {
  /// A country or region: it may hold a more specific place.
  var isBroad: Bool { kind == "country" || kind == "region" }

  /// The name without a leading direction: "the northern West Bank" is
  /// the West Bank.
  var core: String { writtenCore.lowercased() }

  /// ``core`` as written: "central Paris" is "Paris".
  var writtenCore: String {
    name.split(separator: " ").drop { $0.first?.isLowercase == true }.joined(separator: " ")
  }

  /// Whether this is a part of `town` named with its possessive: "Paris'
  /// first arrondissement", "Beirut's southern suburbs".
  func isPart(of town: PlaceMention) -> Bool {
    let prefix = town.core
    let name = self.name.lowercased()
    return kind == "district" && ["'", "’"].contains { name.hasPrefix(prefix + $0) }
  }

  /// 0 for a town or a place the gazetteer does not know, 1 for a region,
  /// 2 for a country.
  var breadth: Int { kind == "country" ? 2 : kind == "region" ? 1 : 0 }

  /// Whether this place can lie inside `area`: both in the same known
  /// country, or a settlement of unknown country ("the township of Bayt
  /// Hanum").
  func lies(in area: PlaceMention) -> Bool {
    country == nil ? kind == "city" : country == area.country
  }
}
