import PCRE2

/// What the sentences of one paragraph name (speakers and places), worked
/// out only when a claim needs it.
///
/// A sentence without a claim gives no record; what it names matters only
/// to later claims of its paragraph, through two values: the last speaker
/// named before a claim ("it said" refers back to them) and the last place
/// named before it (a claim with no place of its own). Most claims need
/// neither, so the source and location rules run on a sentence without a
/// claim only when a later claim asks for one of the two, and then give what
/// they would have given had they run in order.
struct ParagraphNames {
  /// The paragraph's sentences, in order.
  let sentences: [Sentence]
  /// Whether each sentence holds an attribution word (the source rules run on it).
  let readsSources: [Bool]
  /// The offset of each sentence's last attribution word (nil without the
  /// prefilter): a source rule's match holds one, so none starts after it.
  let lastAttributionWords: [Int?]?
  /// Each sentence's source mentions in rule order, before ``DocumentScan/resolve(_:previous:)``.
  var mentions: [[SourceMention]?]
  /// Each sentence's place mentions in rule order, before speakers' own places are dropped.
  var places: [[PlaceMention]?]
  /// Each sentence's speakers after resolving (pronouns pointed at the
  /// speaker before them), the same for every claim that asks.
  var resolvedSources: [[SourceMention]?]
  /// Each sentence's speakers after resolving, and its places without
  /// those inside an attribution.
  var resolved: [(sources: [SourceMention], places: [PlaceMention])?]
  /// Where each sentence stands towards quotation marks, read once when a
  /// claim without a speaker of its own asks.
  var quotes: [QuoteState]?

  init(sentences: [Sentence], readsSources: [Bool], lastAttributionWords: [Int?]?) {
    self.sentences = sentences
    self.readsSources = readsSources
    self.lastAttributionWords = lastAttributionWords
    mentions = Array(repeating: nil, count: sentences.count)
    places = Array(repeating: nil, count: sentences.count)
    resolvedSources = Array(repeating: nil, count: sentences.count)
    resolved = Array(repeating: nil, count: sentences.count)
  }
}

/// Where a sentence stands towards the quotation marks of its paragraph.
struct QuoteState {
  /// A quotation opened in an earlier sentence is still open at its start.
  var isInside = false
  /// The sentence where the quotation open at its start opened.
  var openedIn = 0
  /// It begins with an opening quotation mark.
  var opens = false
  /// A quotation is open at its end.
  var isOpenAtEnd = false
  /// It holds a quotation mark.
  var hasQuote = false
}

extension DocumentScan {
  /// The speakers of sentence `index` of the paragraph, resolved (pronouns
  /// point at the last speaker named before them), and its places, without
  /// those named inside an attribution.
  mutating func names(_ index: Int, in paragraph: inout ParagraphNames) -> (sources: [SourceMention], places: [PlaceMention]) {
    if let known = paragraph.resolved[index] { return known }
    let sources = resolvedSources(index, in: &paragraph)
    var places = rawPlaces(index, in: &paragraph)
    places.removeAll { place in sources.contains { $0.matchRange.contains(place.range.lowerBound) } }
    placeInCountries(&places)
    paragraph.resolved[index] = (sources, places)
    return (sources, places)
  }

  /// The last speaker named (not a pronoun) in the sentences before `index`.
  mutating func lastSource(before index: Int, in paragraph: inout ParagraphNames) -> SourceMention? {
    for earlier in stride(from: index - 1, through: 0, by: -1) {
      // Pronouns and back-references ("the ministry") depend on sentences
      // before that one.
      let named = resolvedSources(earlier, in: &paragraph)
      if let last = named.last(where: { !$0.isPronoun }) { return last }
    }
    return nil
  }

  /// The speakers of sentence `index` of the paragraph, resolved once.
  mutating func resolvedSources(_ index: Int, in paragraph: inout ParagraphNames) -> [SourceMention] {
    if let known = paragraph.resolvedSources[index] { return known }
    let sources = resolve(mentions(index, in: &paragraph)) { scan in scan.lastSource(before: index, in: &paragraph) }
    paragraph.resolvedSources[index] = sources
    return sources
  }

  /// The most specific place named (not weak, not a back-reference) in the
  /// last sentence before `index` that names one, the last of equals: "In
  /// Ramallah in the West Bank, ..." gives Ramallah to a later "there".
  /// Only the `reach` sentences before `index` are read.
  mutating func lastPlace(before index: Int, in paragraph: inout ParagraphNames, reach: Int = .max) -> PlaceMention? {
    for earlier in stride(from: index - 1, through: max(0, index - reach), by: -1) {
      let named = names(earlier, in: &paragraph).places.filter { !$0.isWeak && !$0.refersBack }
      if let specific = named.map(\.breadth).min() { return named.last { $0.breadth == specific } }
    }
    return nil
  }

  /// The source rules' mentions in sentence `index`, in rule order.
  mutating func mentions(_ index: Int, in paragraph: inout ParagraphNames) -> [SourceMention] {
    if let known = paragraph.mentions[index] { return known }
    var found: [SourceMention] = []
    if paragraph.readsSources[index] {
      let sentence = paragraph.sentences[index]
      let limit = paragraph.lastAttributionWords.map { ($0[index] ?? sentence.range.upperBound) - sentence.range.lowerBound }
      for ruleIndex in rules.sourceRules {
        let rule = rules.rules[ruleIndex]
        let starts = wordStarts(of: ruleIndex, in: sentence).narrowed(by: limit)
        if starts == .nowhere { continue }
        for match in matches(of: ruleIndex, in: sentence, startingBy: starts.limit) {
          if let mention = source(rule, ruleIndex, match) { found.append(mention) }
        }
      }
    }
    paragraph.mentions[index] = found
    return found
  }

  /// The location rules' mentions in sentence `index`, in rule order.
  mutating func rawPlaces(_ index: Int, in paragraph: inout ParagraphNames) -> [PlaceMention] {
    if let known = paragraph.places[index] { return known }
    var found: [PlaceMention] = []
    let headline = isTitleCase(paragraph.sentences[index])
    forEachMatch(of: rules.locationRules, in: paragraph.sentences[index]) { scan, ruleIndex, match in
      var previous: PlaceMention?
      if let anaphor = scan.group("anaphor", of: ruleIndex, in: match) {
        // "Alei Sinai was attacked when gunmen infiltrated the settlement":
        // the place named last before it in its own sentence, else earlier.
        previous = found.filter { !$0.isWeak && !$0.refersBack && $0.range.upperBound <= anaphor.lowerBound }.max { $0.range.lowerBound < $1.range.lowerBound }
          ?? scan.lastPlace(before: index, in: &paragraph)
      }
      if let mention = scan.place(scan.rules.rules[ruleIndex], ruleIndex, match, previous: previous, headline: headline) { found.append(mention) }
    }
    paragraph.places[index] = found
    return found
  }
}
