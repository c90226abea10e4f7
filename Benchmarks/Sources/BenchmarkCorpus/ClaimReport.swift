/// Templated conflict reports: the documents that carry casualty claims.
///
/// Each report has a headline, a datelined lead with a claim, and a few body
/// paragraphs mixing more claims (killed, wounded, displaced, evacuated,
/// arrested, abducted, rockets and air strikes), attributed quotes with
/// typographic quotation marks and dashes, and background sentences.
enum ClaimReport {
  /// One report; paragraphs are separated by a single line break.
  static func make(_ rng: inout SplitMix64) -> String {
    var paragraphs = [headline(&rng), lead(&rng)]
    for _ in 0..<rng.int(in: 2...5) {
      var sentences: [String] = []
      for _ in 0..<rng.int(in: 2...4) {
        switch rng.below(10) {
        case 0..<5: sentences.append(claim(&rng))
        case 5, 6: sentences.append(quote(&rng))
        default: sentences.append(background(&rng))
        }
      }
      paragraphs.append(sentences.joined(separator: " "))
    }
    return paragraphs.joined(separator: "\n")
  }

  private static func headline(_ rng: inout SplitMix64) -> String {
    let place = rng.pick(Vocabulary.places)
    switch rng.below(4) {
    case 0: return "\(rng.pick(["Air strikes", "Shelling", "Drone attack"])) kills \(NumberPhrasing.digits(rng.int(in: 3...80))) in \(place)"
    case 1: return "\(place) — thousands flee as fighting spreads"
    case 2: return "Gunmen seize \(NumberPhrasing.words(rng.int(in: 3...40))) in raid on \(place)"
    default: return "Death toll rises in \(rng.pick(Vocabulary.regions)) after night of strikes"
    }
  }

  /// "BEIRUT, 3 March — At least 25 people were killed ..., the health ministry said."
  private static func lead(_ rng: inout SplitMix64) -> String {
    let dateline = "\(rng.pick(Vocabulary.datelines)), \(rng.int(in: 1...28)) \(rng.pick(Vocabulary.months)) —"
    return dateline + " " + killedOrWounded(&rng) + " " + background(&rng)
  }

  /// "the village of Khiam", "a market in the town of Gao", "Goma"
  private static func place(_ rng: inout SplitMix64) -> String {
    let name = rng.pick(Vocabulary.places)
    switch rng.below(5) {
    case 0: return "the village of \(name)"
    case 1: return "the town of \(name)"
    case 2: return "a \(rng.pick(["market", "school", "hospital", "camp"])) in \(name)"
    case 3: return "the outskirts of \(name)"
    default: return name
    }
  }

  private static func claim(_ rng: inout SplitMix64) -> String {
    switch rng.below(8) {
    case 0, 1: return killedOrWounded(&rng)
    case 2: return displaced(&rng)
    case 3: return evacuated(&rng)
    case 4: return detained(&rng)
    case 5: return munitions(&rng)
    case 6: return toll(&rng)
    default: return killedAndWounded(&rng)
    }
  }

  private static func killedOrWounded(_ rng: inout SplitMix64) -> String {
    let count = NumberPhrasing.capitalised(NumberPhrasing.count(&rng))
    let trigger = rng.pick(["killed", "killed", "wounded", "injured"])
    let attack = rng.pick(["an air strike on", "overnight shelling of", "a drone attack on", "clashes in", "a car bomb attack in"])
    return "\(count)\(rng.pick(Vocabulary.victims)) were \(trigger) in \(attack) \(place(&rng)), \(rng.pick(Vocabulary.sourcesAfter))."
  }

  private static func killedAndWounded(_ rng: inout SplitMix64) -> String {
    let killed = NumberPhrasing.capitalised(NumberPhrasing.count(&rng))
    let wounded = NumberPhrasing.count(&rng, limit: 5_000)
    return "\(killed)people were killed and \(wounded)others wounded when \(rng.pick(Vocabulary.munitions)) struck \(place(&rng)) on \(rng.pick(Vocabulary.weekdays)), \(rng.pick(Vocabulary.sourcesAfter))."
  }

  private static func displaced(_ rng: inout SplitMix64) -> String {
    let group = rng.pick(Vocabulary.displacedGroups)
    return "\(rng.pick(Vocabulary.sourcesBefore)), \(NumberPhrasing.count(&rng))\(group) have been displaced from \(place(&rng)) since \(rng.pick(Vocabulary.weekdays))."
  }

  private static func evacuated(_ rng: inout SplitMix64) -> String {
    "Rescue teams evacuated \(NumberPhrasing.count(&rng))\(rng.pick(Vocabulary.displacedGroups)) from \(place(&rng)), \(rng.pick(Vocabulary.sourcesAfter))."
  }

  private static func detained(_ rng: inout SplitMix64) -> String {
    let actor = NumberPhrasing.capitalised(rng.pick(Vocabulary.armedActors))
    let verb = rng.pick(["arrested", "abducted", "detained", "kidnapped"])
    return "\(actor) \(verb) \(NumberPhrasing.count(&rng))\(rng.pick(Vocabulary.detainedGroups)) in \(place(&rng)) on \(rng.pick(Vocabulary.weekdays)), according to police."
  }

  private static func munitions(_ rng: inout SplitMix64) -> String {
    let weapon = rng.pick(Vocabulary.munitions)
    if weapon == "air strikes" {
      return "The military said it had carried out \(NumberPhrasing.count(&rng, limit: 300))air strikes on targets in \(rng.pick(Vocabulary.regions)) overnight."
    }
    return "\(NumberPhrasing.capitalised(rng.pick(Vocabulary.armedActors))) fired \(NumberPhrasing.count(&rng, limit: 900))\(weapon) at \(place(&rng)) overnight, \(rng.pick(Vocabulary.sourcesAfter))."
  }

  private static func toll(_ rng: inout SplitMix64) -> String {
    "The death toll from the attack on \(place(&rng)) has risen to \(NumberPhrasing.digits(NumberPhrasing.magnitude(&rng))), \(rng.pick(Vocabulary.sourcesAfter))."
  }

  /// A witness quote with typographic marks: “… ’ …,” said X, a teacher.
  private static func quote(_ rng: inout SplitMix64) -> String {
    let words = rng.pick([
      "We heard the rockets before dawn and everyone ran to the shelter",
      "There’s nothing left of our street — nothing",
      "It’s the worst night we’ve had since the war began",
      "My brother’s shop was hit; we still can’t reach him",
      "The hospital can’t cope — there aren’t enough beds",
    ])
    return "“\(words),” said \(Vocabulary.person(&rng)), \(rng.pick(Vocabulary.occupations))."
  }

  /// Context without claims, sometimes with dates and years.
  private static func background(_ rng: inout SplitMix64) -> String {
    switch rng.below(5) {
    case 0: return "The fighting is the heaviest in \(rng.pick(Vocabulary.regions)) since \(Vocabulary.date(&rng))."
    case 1: return "Aid agencies have warned of a worsening humanitarian crisis in \(rng.pick(Vocabulary.regions))."
    case 2: return "Talks on a ceasefire stalled on \(rng.pick(Vocabulary.weekdays)), diplomats said."
    case 3: return "The area has seen repeated clashes since \(rng.int(in: 2003...2024)) — residents say the latest are the worst."
    default: return "Reporters could not independently verify the figures."
    }
  }
}
