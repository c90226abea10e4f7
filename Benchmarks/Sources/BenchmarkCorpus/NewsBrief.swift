/// Templated everyday news with plenty of numbers that are not casualty
/// claims: money, percentages, scores, dates, years, temperatures and votes.
enum NewsBrief {
  /// One brief from `desk`; paragraphs are separated by a single line break.
  static func make(_ desk: NewsDesk, _ rng: inout SplitMix64) -> String {
    var paragraphs = [headline(desk, &rng)]
    for _ in 0..<rng.int(in: 3...6) {
      let sentences = (0..<rng.int(in: 2...4)).map { _ in sentence(desk, &rng) }
      paragraphs.append(sentences.joined(separator: " "))
    }
    return paragraphs.joined(separator: "\n")
  }

  private static func headline(_ desk: NewsDesk, _ rng: inout SplitMix64) -> String {
    switch desk {
    case .business: return "\(rng.pick(Vocabulary.companies)) profit up \(percent(&rng)) on strong demand"
    case .sport: return "\(NumberPhrasing.capitalised(rng.pick(Vocabulary.teams))) beat \(rng.pick(Vocabulary.teams)) \(score(&rng))"
    case .weather: return "Heatwave to push \(rng.pick(Vocabulary.cities)) past \(rng.int(in: 33...44)) degrees"
    case .politics: return "Budget passes lower house \(rng.int(in: 70...90)) votes to \(rng.int(in: 40...69))"
    }
  }

  private static func sentence(_ desk: NewsDesk, _ rng: inout SplitMix64) -> String {
    switch desk {
    case .business: return business(&rng)
    case .sport: return sport(&rng)
    case .weather: return weather(&rng)
    case .politics: return politics(&rng)
    }
  }

  /// "12.5%", "3 per cent"
  private static func percent(_ rng: inout SplitMix64) -> String {
    rng.percent(50) ? "\(rng.int(in: 1...40)).\(rng.int(in: 0...9))%" : "\(rng.int(in: 1...60)) per cent"
  }

  /// "$4.2 billion", "A$310 million", "€85,000"
  private static func money(_ rng: inout SplitMix64) -> String {
    switch rng.below(3) {
    case 0: return "$\(rng.int(in: 1...99)).\(rng.int(in: 0...9)) billion"
    case 1: return "A$\(rng.int(in: 10...950)) million"
    default: return "€\(NumberPhrasing.digits(rng.int(in: 1000...900_000)))"
    }
  }

  private static func business(_ rng: inout SplitMix64) -> String {
    let company = rng.pick(Vocabulary.companies)
    switch rng.below(6) {
    case 0: return "\(company) reported revenue of \(money(&rng)) for the year to June, up \(percent(&rng)) on \(rng.int(in: 2015...2024))."
    case 1: return "Shares in \(company) rose \(percent(&rng)) to \(money(&rng)) in early trade on \(rng.pick(Vocabulary.weekdays))."
    case 2: return "The board declared a dividend of \(rng.int(in: 5...95)) cents a share, payable on \(Vocabulary.date(&rng))."
    case 3: return "The company plans to open \(rng.int(in: 3...40)) stores and hire \(NumberPhrasing.digits(rng.int(in: 200...5000))) staff by \(rng.int(in: 2025...2030))."
    case 4: return "Analysts had expected earnings of \(money(&rng)), according to a survey of \(rng.int(in: 5...30)) brokers."
    default: return "Inflation eased to \(percent(&rng)) in the \(rng.pick(["March", "June", "September", "December"])) quarter, the statistics bureau said."
    }
  }

  /// A winning score: "3-1".
  private static func score(_ rng: inout SplitMix64) -> String {
    let winner = rng.int(in: 1...6)
    return "\(winner)-\(rng.int(in: 0...(winner - 1)))"
  }

  private static func sport(_ rng: inout SplitMix64) -> String {
    let team = NumberPhrasing.capitalised(rng.pick(Vocabulary.teams))
    switch rng.below(6) {
    case 0: return "\(team) won \(score(&rng)) in front of \(NumberPhrasing.digits(rng.int(in: 8000...95_000))) fans."
    case 1: return "\(Vocabulary.person(&rng)) scored in the \(NumberPhrasing.ordinal(rng.int(in: 1...90))) minute, taking the striker’s tally to \(NumberPhrasing.words(rng.int(in: 2...30))) this season."
    case 2: return "The side has lost only \(NumberPhrasing.words(rng.int(in: 1...9))) of its last \(rng.int(in: 10...40)) matches since \(rng.int(in: 1998...2023))."
    case 3: return "\(Vocabulary.person(&rng)) finished with \(rng.int(in: 12...48)) points and \(rng.int(in: 2...15)) rebounds."
    case 4: return "Tickets for the final on \(Vocabulary.date(&rng)) sold out in \(rng.int(in: 2...50)) minutes."
    default: return "The coach, who signed a \(NumberPhrasing.words(rng.int(in: 2...5)))-year contract in \(rng.int(in: 2010...2024)), said the team was “moving in the right direction”."
    }
  }

  private static func weather(_ rng: inout SplitMix64) -> String {
    let city = rng.pick(Vocabulary.cities)
    switch rng.below(5) {
    case 0: return "Temperatures in \(city) are forecast to reach \(rng.int(in: 28...45)) degrees on \(rng.pick(Vocabulary.weekdays))."
    case 1: return "Up to \(rng.int(in: 20...180)) mm of rain could fall in \(rng.int(in: 6...48)) hours, the bureau said."
    case 2: return "Winds of \(rng.int(in: 40...120)) km/h are expected along the coast from \(rng.int(in: 1...11)) p.m."
    case 3: return "It was the hottest \(rng.pick(Vocabulary.months)) day since records began in \(rng.int(in: 1880...1960))."
    default: return "There is a \(rng.int(in: 10...90))% chance of showers — \(rng.int(in: 2...15)) mm at most — before the weekend."
    }
  }

  private static func politics(_ rng: inout SplitMix64) -> String {
    let party = rng.pick(Vocabulary.parties)
    switch rng.below(6) {
    case 0: return "The bill passed \(rng.int(in: 150...350)) votes to \(rng.int(in: 60...149)) after a \(NumberPhrasing.words(rng.int(in: 2...12)))-hour debate."
    case 1: return "A poll of \(NumberPhrasing.digits(rng.int(in: 800...3000))) voters put \(party) on \(percent(&rng)), up \(rng.int(in: 1...6)) points."
    case 2: return "The election will be held on \(Vocabulary.date(&rng)), the first since \(rng.int(in: 1995...2022))."
    case 3: return "\(NumberPhrasing.capitalised(party)) has promised \(money(&rng)) for \(rng.int(in: 10...500)) new schools."
    case 4: return "The minister’s office said the \(rng.int(in: 2024...2027))–\(rng.int(in: 28...30)) budget would cut the deficit to \(percent(&rng)) of GDP."
    default: return "Turnout was \(percent(&rng)), with \(NumberPhrasing.digits(rng.int(in: 100_000...9_000_000))) ballots cast across \(rng.int(in: 20...200)) districts."
    }
  }

  /// Plain ASCII filler of exactly `length` bytes (one paragraph, no blank
  /// line), used to make a chunk end exactly on a mebibyte.
  static func filler(length: Int, _ rng: inout SplitMix64) -> String {
    var text = "Notices"
    while text.utf8.count < length {
      text += " Council offices in \(rng.pick(Vocabulary.cities)) open at \(rng.int(in: 7...10)) a.m. on weekdays."
    }
    return String(decoding: text.utf8.prefix(length), as: UTF8.self)
  }
}
