/// Reads the value of a number phrase that a rule's `count` group captured.
///
/// The grammar is data: number words with their values and roles
/// (`number-words.tsv`), qualifier phrases (`qualifiers.tsv`), vague amounts
/// such as "dozens" (`vague-amounts.tsv`) and single-person and zero words
/// (`singular-counts.tsv`). The same lexicons build the `{number}` fragment
/// the patterns use, so what a pattern finds, this reads.
public struct NumberReader: Sendable {
  private let words: [String: (value: Int, isScale: Bool)]
  /// Qualifier phrases longest first, each with the space that follows it
  /// in a number phrase, and the characters the two take.
  private let qualifiers: [(spaced: String, length: Int, qualifier: Qualifier)]
  private let vague: [String: (count: Int, qualifier: Qualifier)]
  private let singular: [String: Int]

  init(lexicons: [String: Lexicon]) throws(RuleSetError) {
    func lexicon(_ name: String) throws(RuleSetError) -> Lexicon {
      guard let found = lexicons[name] else {
        throw RuleSetError(file: "lexicons/\(name).tsv", reason: "the number grammar needs this lexicon")
      }
      return found
    }
    func int(_ text: String, _ file: String) throws(RuleSetError) -> Int {
      guard let value = Int(text) else { throw RuleSetError(file: "lexicons/\(file).tsv", reason: "'\(text)' is not a whole number") }
      return value
    }
    func qualifier(_ text: String, _ file: String) throws(RuleSetError) -> Qualifier {
      guard let value = Qualifier(rawValue: text) else {
        throw RuleSetError(file: "lexicons/\(file).tsv", reason: "'\(text)' is not a qualifier (\(Qualifier.allCases.map(\.rawValue).joined(separator: ", ")))")
      }
      return value
    }
    var words: [String: (Int, Bool)] = [:]
    for row in try lexicon("number-words").rows where row.count >= 2 {
      words[row[0].lowercased()] = (try int(row[1], "number-words"), row.count > 2 && row[2] == "scale")
    }
    var qualifiers: [(String, Qualifier)] = []
    for row in try lexicon("qualifiers").rows where row.count >= 2 {
      qualifiers.append((Lexicon.normalize(row[0]), try qualifier(row[1], "qualifiers")))
    }
    var vague: [String: (Int, Qualifier)] = [:]
    for row in try lexicon("vague-amounts").rows where row.count >= 3 {
      vague[Lexicon.normalize(row[0])] = (try int(row[1], "vague-amounts"), try qualifier(row[2], "vague-amounts"))
    }
    var singular: [String: Int] = [:]
    for row in try lexicon("singular-counts").rows where row.count >= 2 {
      singular[Lexicon.normalize(row[0])] = try int(row[1], "singular-counts")
    }
    self.words = words
    self.qualifiers = qualifiers.sorted { $0.0.count > $1.0.count }.map { ($0.0 + " ", $0.0.count + 1, $0.1) }
    self.vague = vague
    self.singular = singular
  }

  /// Reads `phrase`, or returns `nil` when it is not a number phrase.
  ///
  ///     reader.read("at least 3,287")   // 3287, at_least
  ///     reader.read("two dozen")        // 24, exact
  ///     reader.read("10-15")            // 10 (upper 15), range
  public func read(_ phrase: some StringProtocol) -> NumberReading? {
    var text = Self.fold(phrase)
    var stated: Qualifier?
    for (spaced, length, qualifier) in qualifiers where text.hasPrefix(spaced) {
      stated = qualifier
      text.removeFirst(length)
      break
    }
    // "the 12", "another three", "a further 12": the number itself.
    for article in Self.articles where text.hasPrefix(article) {
      text.removeFirst(article.count)
      break
    }
    guard var reading = readBare(text) else { return nil }
    if let stated, reading.qualifier != .range {
      reading.qualifier = stated
      reading.looksLikeYear = false
    }
    return reading
  }

  /// The words a number phrase may open with before its number (the
  /// `{number}` fragment's), each with its following space.
  static let articles = ["the ", "another ", "a further ", "an additional "]

  private func readBare(_ text: String) -> NumberReading? {
    if let count = singular[text] {
      return NumberReading(count: count, qualifier: .exact, needsNoun: words[text] == nil && !["none", "nobody", "no one", "no-one"].contains(text))
    }
    if let amount = vague[text] { return NumberReading(count: amount.count, qualifier: amount.qualifier) }
    if let range = readRange(text) { return range }
    for suffix in ["-plus", "+", " plus"] where text.hasSuffix(suffix) {
      guard let value = readValue(String(text.dropLast(suffix.count))) else { return nil }
      return NumberReading(count: value, qualifier: .moreThan)
    }
    guard let value = readValue(text) else { return nil }
    let isYear = text.count == 4 && text.allSatisfy(\.isNumber) && (1800...2100).contains(value)
    return NumberReading(count: value, qualifier: .exact, looksLikeYear: isYear)
  }

  private func readRange(_ text: String) -> NumberReading? {
    var parts: [String] = []
    if text.hasPrefix("between "), let and = PlainText.range(of: " and ", in: text) {
      parts = [String(text[text.index(text.startIndex, offsetBy: 8)..<and.lowerBound]), String(text[and.upperBound...])]
    } else if let to = PlainText.range(of: " to ", in: text) ?? PlainText.range(of: " or ", in: text) {
      parts = [String(text[..<to.lowerBound]), String(text[to.upperBound...])]
    } else if let dash = text.firstIndex(of: "-"), text[..<dash].last?.isNumber == true || text[..<dash].hasSuffix(" ") {
      parts = [String(text[..<dash]), String(text[text.index(after: dash)...])]
    }
    guard parts.count == 2,
      let low = readValue(PlainText.trimmingSpaces(parts[0])),
      let high = readValue(PlainText.trimmingSpaces(parts[1])), low < high
    else { return nil }
    return NumberReading(count: low, upper: high, qualifier: .range)
  }

  /// Digits ("3,287", "1.2 million") or words ("three hundred and forty-two").
  func readValue(_ text: String) -> Int? {
    guard let first = text.first else { return nil }
    if first.isNumber { return readDigits(text) }
    if let amount = vague[text], amount.qualifier == .exact { return amount.count }
    return readWords(text)
  }

  private func readDigits(_ text: String) -> Int? {
    let tokens = text.split(separator: " ")
    guard let figure = tokens.first, tokens.count <= 2 else { return nil }
    guard let value = Double(PlainText.removingCommas(figure)) else { return nil }
    var scale = 1
    if tokens.count == 2 {
      guard let word = words[String(tokens[1])], word.isScale else { return nil }
      scale = word.value
    }
    let result = value * Double(scale)
    guard result.isFinite, result < 1e15, result == result.rounded() else { return nil }
    return Int(result)
  }

  private func readWords(_ text: String) -> Int? {
    let tokens = text.split(whereSeparator: { $0 == " " || $0 == "-" }).map(String.init).filter { $0 != "and" }
    guard !tokens.isEmpty else { return nil }
    var total = 0
    var current = 0
    var sawNumber = false
    for token in tokens {
      if token == "a" || token == "an" {
        current = max(current, 1)
        continue
      }
      guard let word = words[token] else { return nil }
      // A scale word needs a number before it: "hundred" alone is no count.
      if word.isScale && current == 0 && total == 0 && !sawNumber && tokens.first != "a" && tokens.first != "an" { return nil }
      sawNumber = true
      if word.isScale {
        let base = max(current, 1)
        if word.value >= 1000 {
          total += base * word.value
          current = 0
        } else {
          current = base * word.value
        }
      } else {
        current += word.value
      }
    }
    return sawNumber ? total + current : nil
  }

  /// ``fold(_:)`` on the bytes of an ASCII phrase (where the white space is
  /// tab, line feed, vertical tab, form feed, return and space, and there
  /// are no typographic dashes); nil for any other phrase.
  private static func foldASCII(_ phrase: some StringProtocol) -> String? {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(phrase.utf8.count)
    var pendingSpace = false
    for byte in phrase.utf8 {
      if byte >= 0x80 { return nil }
      if WhiteSpaceFolding.isSpace(byte) {
        pendingSpace = !bytes.isEmpty
        continue
      }
      if pendingSpace { bytes.append(0x20); pendingSpace = false }
      bytes.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Lowercases, folds white space and turns typographic dashes into hyphens.
  static func fold(_ phrase: some StringProtocol) -> String {
    if let folded = foldASCII(phrase) { return folded }
    var folded = ""
    var pendingSpace = false
    for character in phrase.lowercased() {
      if character.isWhitespace {
        pendingSpace = !folded.isEmpty
        continue
      }
      if pendingSpace { folded.append(" "); pendingSpace = false }
      switch character {
      case "–", "—", "‑", "−": folded.append("-")
      case "’": folded.append("'")
      default: folded.append(character)
      }
    }
    return folded
  }
}
