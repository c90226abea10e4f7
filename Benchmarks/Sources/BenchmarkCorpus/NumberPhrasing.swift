/// Ways of writing numbers as a news story does: digits with thousands
/// separators, number words ("twenty-five"), vague amounts ("dozens of")
/// and hedges ("at least", "between 10 and 15").
enum NumberPhrasing {
  private static let units = [
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
    "eighteen", "nineteen",
  ]
  private static let tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]

  /// Hedges written before a single number.
  static let qualifiers = [
    "at least ", "more than ", "about ", "up to ", "nearly ", "some ", "around ",
    "as many as ", "no fewer than ", "an estimated ",
  ]

  /// Amounts written without a figure; each already ends in "of " where one is needed.
  static let vagueAmounts = [
    "dozens of ", "hundreds of ", "tens of thousands of ", "scores of ", "thousands of ",
  ]

  /// `value` with comma thousands separators: 12345 → "12,345".
  static func digits(_ value: Int) -> String {
    let plain = String(value)
    guard value >= 1000 else { return plain }
    var out = ""
    for (index, character) in plain.enumerated() {
      if index > 0, (plain.count - index) % 3 == 0 { out.append(",") }
      out.append(character)
    }
    return out
  }

  /// `value` (0...999) in words: 25 → "twenty-five", 342 → "three hundred and forty-two".
  static func words(_ value: Int) -> String {
    precondition((0...999).contains(value), "words(_:) covers 0...999")
    if value >= 100 {
      let rest = value % 100
      let head = units[value / 100] + " hundred"
      return rest == 0 ? head : head + " and " + words(rest)
    }
    if value < 20 { return units[value] }
    let unit = value % 10
    return unit == 0 ? tens[value / 10] : tens[value / 10] + "-" + units[unit]
  }

  /// A count for a claim, sometimes hedged: "at least 1,240", "twenty-five",
  /// "a dozen", "dozens of", "between 10 and 15". Ends in a space, ready for
  /// the noun that follows.
  /// Figures stay at or below `limit` (rockets are counted in hundreds, not millions).
  static func count(_ rng: inout SplitMix64, limit: Int = .max) -> String {
    switch rng.below(12) {
    case 0: return vagueAmounts[rng.below(vagueAmounts.count)]
    case 1: return rng.pick(["a dozen ", "two dozen ", "half a dozen "])
    case 2:
      let low = rng.int(in: 2...60)
      return "between \(low) and \(low + rng.int(in: 2...20)) "
    case 3, 4: return words(rng.int(in: 2...99)) + " "
    case 5: return rng.pick(qualifiers) + words(rng.int(in: 2...99)) + " "
    case 6, 7: return rng.pick(qualifiers) + digits(magnitude(&rng, limit: limit)) + " "
    default: return digits(magnitude(&rng, limit: limit)) + " "
    }
  }

  /// A figure whose size is spread over several orders of magnitude.
  static func magnitude(_ rng: inout SplitMix64, limit: Int = .max) -> Int {
    let value: Int
    switch rng.below(10) {
    case 0..<5: value = rng.int(in: 2...99)
    case 5..<8: value = rng.int(in: 100...999)
    case 8: value = rng.int(in: 1000...25_000)
    default: value = rng.int(in: 25_000...1_500_000)
    }
    return value <= limit ? value : 2 + value % (limit - 1)
  }

  /// `value` as a figure with its ordinal suffix: 1 → "1st", 12 → "12th", 23 → "23rd".
  static func ordinal(_ value: Int) -> String {
    let suffix: String
    switch (value % 10, value % 100) {
    case (_, 11...13): suffix = "th"
    case (1, _): suffix = "st"
    case (2, _): suffix = "nd"
    case (3, _): suffix = "rd"
    default: suffix = "th"
    }
    return "\(value)\(suffix)"
  }

  /// The same count capitalised, for the start of a sentence.
  static func capitalised(_ text: String) -> String {
    text.prefix(1).uppercased() + text.dropFirst()
  }
}
