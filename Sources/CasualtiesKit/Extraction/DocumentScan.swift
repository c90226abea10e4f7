import Foundation
import PCRE2

/// The state of one pass over one document.
struct DocumentScan {
  let rules: RuleSet
  let document: Document
  /// Match data and the memo, perhaps from an earlier document.
  let scratch: ScanScratch
  let usesPrefilter: Bool
  var warnings: [ExtractionWarning] = []
  /// The place of the last claim in the current paragraph: a story's later
  /// sentences about the same event often name no place.
  var lastClaimPlace: PlaceMention?
  /// Speaker types, places and number readings already worked out.
  var memo: ScanMemo { scratch.memo }
  /// The sentence whose ``RuleWords`` were read last, and the offset of the
  /// last word of each group in it (``wordStarts(of:in:)``).
  private var ruleWordsSentence: Range<Int>?
  private var lastRuleWords: [Int] = []
  /// The last offset whose line was counted, and its line: records come in
  /// text order, so their lines are counted in one pass over the document.
  private var lineMark = (offset: 0, line: 1)

  init(rules: RuleSet, document: Document, usesPrefilter: Bool, scratch: ScanScratch? = nil) {
    self.rules = rules
    self.document = document
    self.usesPrefilter = usesPrefilter
    self.scratch = scratch ?? ScanScratch(ruleCount: rules.rules.count)
  }

  /// Reads the document paragraph by paragraph. A paragraph without a
  /// trigger word gives no claim and is skipped; in one with a trigger, the
  /// claim rules run on the sentences that hold a trigger, and sentences are
  /// read for speakers and places where a claim needs them (``ParagraphNames``).
  mutating func run() -> ExtractionResult {
    // The trigger and attribution words, in one pass over the words.
    var claimHits: [(offset: Int, groups: TriggerPrefilter.Groups)]?
    var attributionHits: [(offset: Int, groups: TriggerPrefilter.Groups)]?
    if usesPrefilter {
      document.bytes.withUnsafeBufferPointer { buffer in
        if let prefilter = rules.prefilter {
          (claimHits, attributionHits) = prefilter.groupedHits(in: buffer, and: rules.attributionPrefilter)
        } else {
          attributionHits = rules.attributionPrefilter.groupedHits(in: buffer)
        }
      }
    }
    // Most news holds no trigger word at all: nothing more to do.
    if let claimHits, claimHits.isEmpty { return ExtractionResult(records: [], warnings: []) }
    let sentences = rules.splitter.sentences(in: document.bytes)
    let claimSentences = marked(sentences, by: claimHits)
    let claimHitRanges = claimHits.map { hitRanges(sentences, $0) }
    let attributionSentences = marked(sentences, by: attributionHits).map { $0 != 0 }
    let lastAttributionWords = attributionHits.map { lastHits(sentences, $0) }
    var records: [EventRecord] = []
    var recordPlaces: [(place: PlaceMention?, sentence: Range<Int>)] = []
    var seen: Set<RecordKey> = []
    // The location rules' mentions of the sentences read for names, which
    // the article's places need again.
    var sentencePlaces = [[PlaceMention]?](repeating: nil, count: sentences.count)
    var start = 0
    while start < sentences.count {
      var end = start
      while end < sentences.count, sentences[end].paragraph == sentences[start].paragraph { end += 1 }
      // Sentences after the paragraph's last trigger give no claim, and what
      // they name (speakers, places) serves only later sentences of it.
      if let last = claimSentences[start..<end].lastIndex(where: { $0 != 0 }) {
        lastClaimPlace = nil
        // The whole paragraph: a quoted passage may close after its last claim.
        var paragraph = ParagraphNames(
          sentences: Array(sentences[start..<end]), readsSources: Array(attributionSentences[start..<end]),
          lastAttributionWords: lastAttributionWords.map { Array($0[start..<end]) })
        for index in start...last {
          let hits = claimHits.flatMap { hits in claimHitRanges.map { hits[$0[index]] } }
          let found = scan(index - start, in: &paragraph, claimGroups: claimSentences[index], claimHits: hits)
          guard let text = found.first?.record.text else { continue }
          let sentenceKey = text.hashValue
          for (record, place) in found where seen.insert(RecordKey(record, evidence: document.foldedText(record.start..<record.end), sentence: sentenceKey)).inserted {
            records.append(record)
            recordPlaces.append((place, sentences[index].range))
          }
        }
        for (offset, places) in paragraph.places.enumerated() where places != nil { sentencePlaces[start + offset] = places }
      }
      start = end
    }
    refinePlaces(of: &records, placedAt: recordPlaces, sentences: sentences, read: sentencePlaces)
    return ExtractionResult(records: records, warnings: warnings)
  }

  /// The prefilter groups whose words each sentence holds (every group
  /// when there is no prefilter).
  func marked(_ sentences: [Sentence], by hits: [(offset: Int, groups: TriggerPrefilter.Groups)]?) -> [TriggerPrefilter.Groups] {
    guard let hits else { return [TriggerPrefilter.Groups](repeating: .max, count: sentences.count) }
    var marks = [TriggerPrefilter.Groups](repeating: 0, count: sentences.count)
    var sentence = 0
    for hit in hits {
      while sentence < sentences.count, sentences[sentence].range.upperBound <= hit.offset { sentence += 1 }
      if sentence < sentences.count, sentences[sentence].range.contains(hit.offset) { marks[sentence] |= hit.groups }
    }
    return marks
  }

  /// The offset of the last of `hits` in each sentence, nil for none.
  func lastHits(_ sentences: [Sentence], _ hits: [(offset: Int, groups: TriggerPrefilter.Groups)]) -> [Int?] {
    hitRanges(sentences, hits).map { $0.isEmpty ? nil : hits[$0.upperBound - 1].offset }
  }

  /// The prefilter hits (indices into `hits`) that fall in each sentence.
  func hitRanges(_ sentences: [Sentence], _ hits: [(offset: Int, groups: TriggerPrefilter.Groups)]) -> [Range<Int>] {
    var ranges: [Range<Int>] = []
    ranges.reserveCapacity(sentences.count)
    var next = 0
    for sentence in sentences {
      while next < hits.count, hits[next].offset < sentence.range.lowerBound { next += 1 }
      let first = next
      while next < hits.count, hits[next].offset < sentence.range.upperBound { next += 1 }
      ranges.append(first..<next)
    }
    return ranges
  }

  /// Identity of a record for dropping a sentence printed twice (a headline
  /// repeated as a caption, say): the same claim, evidence and sentence. The
  /// sentence enters as a hash of its text, so a long sentence with many
  /// claims is not hashed once per claim.
  private struct RecordKey: Hashable {
    let category: Category, count: Int, qualifier: Qualifier, evidence: String, sentence: Int
    init(_ record: EventRecord, evidence: String, sentence: Int) {
      (category, count, qualifier, self.evidence, self.sentence) = (record.category, record.count, record.qualifier, evidence, sentence)
    }
  }

  /// The records of sentence `index` of the paragraph. `claimHits` are the
  /// prefilter's words in it (nil without the prefilter): a claim rule's
  /// match holds one of its own words, so it cannot start after the last of them.
  mutating func scan(
    _ index: Int, in paragraph: inout ParagraphNames, claimGroups: TriggerPrefilter.Groups,
    claimHits: ArraySlice<(offset: Int, groups: TriggerPrefilter.Groups)>?
  ) -> [(record: EventRecord, place: PlaceMention?)] {
    let sentence = paragraph.sentences[index]
    let sentenceIndex = index
    var claims: [ClaimCandidate] = []
    /// Whether a scope rule marks the sentence a running total; read only
    /// when a claim has no scope of its own.
    var cumulative: Bool?
    // Where number phrases start, found once for the rules that begin with one.
    var countStarts = NumberStarts()
    func find(_ index: Int) -> [Match] {
      // A claim rule's match holds one of its words: it starts at the last one at the latest.
      var limit: Int?
      if rules.roles[index] == .claim, let group = rules.prefilterGroup[index], let hits = claimHits {
        limit = hits.last { $0.groups & group != 0 }.map { $0.offset - sentence.range.lowerBound } ?? -1
      }
      // Another rule's match holds one of its own words, when it names some.
      let starts = wordStarts(of: index, in: sentence).narrowed(by: limit)
      if starts == .nowhere { return [] }
      limit = starts.limit
      if !rules.isAnchoredAtCount[index] { return matches(of: index, in: sentence, startingBy: limit) }
      return matches(of: index, in: sentence, at: numberStarts(in: sentence, through: limit ?? .max, &countStarts))
    }
    // The claim rules first: when none finds a claim, the sentence gives no
    // record, and the subset, scope and never-a-count rules need not run.
    var claimCandidates = [[ClaimCandidate]](repeating: [], count: rules.rules.count)
    var findsClaim = false
    for index in rules.roles.indices where rules.roles[index] == .claim && claimGroups & (rules.prefilterGroup[index] ?? .max) != 0 {
      let rule = rules.rules[index]
      claimCandidates[index] = find(index).flatMap { candidates(rule, index, $0) }
      findsClaim = findsClaim || claimCandidates[index].contains { !$0.isHedged && $0.category != nil }
    }
    if rules.hasAddedClaimRules { warnVetoedByLexicon(claimCandidates.joined()) }
    // A sentence without a claim gives no record: what it names is read
    // only if a later claim asks (``ParagraphNames``).
    guard findsClaim else { return [] }
    for (index, role) in rules.roles.enumerated() {
      switch role {
      case .source, .location, .scope: continue
      case .claim:
        claims.append(contentsOf: claimCandidates[index])
        continue
      case .subset, .ignore: break
      }
      let rule = rules.rules[index]
      for match in find(index) {
        switch role {
        case .claim, .source, .location, .scope:
          break
        case .subset:
          claims.append(contentsOf: candidates(rule, index, match))
        case .ignore:
          claims.append(blocker(rule, index, match.range))
        }
      }
    }
    var accepted = settle(claims, in: sentence.range)
    if rules.hasAddedClaimRules {
      warnVetoedByLexicon(claims.filter { $0.rule.role == .subset })
      warnVetoedInSettling(claims, accepted: accepted)
    }
    if accepted.isEmpty { return [] }
    let (sources, places) = names(sentenceIndex, in: &paragraph)
    // "said Ahmed Khalil, a local council member": a figure that describes
    // the speaker is not a claim.
    accepted.removeAll { claim in sources.contains { $0.matchRange.contains(claim.countRange.lowerBound) && !$0.range.contains(claim.countRange.lowerBound) } }
    let text = document.foldedText(sentence.range)
    var claimPlaces: [PlaceMention] = []
    let strongPlaces = places.filter { !$0.isWeak }
    let claimCounts = accepted.map(\.countRange.lowerBound).sorted()
    var records: [(record: EventRecord, place: PlaceMention?)] = []
    // A sentence of a quoted passage without a speaker of its own is its speaker's.
    let quoted = sources.isEmpty ? quotedSpeaker(sentenceIndex, in: &paragraph) : nil
    for claim in accepted {
      let source = nearest(sources, to: claim.span) ?? quoted
      if claim.scope == nil && cumulative == nil {
        // A marker inside a claim that has its own scope belongs to it:
        // "Two people were killed, bringing the toll to 45" is an incident.
        let ownScopes = accepted.filter { $0.scope != nil }.map(\.span)
        cumulative = rules.cumulativeScopeRules.contains { rule in
          find(rule).contains { marker in !ownScopes.contains { $0.contains(marker.range.lowerBound) } }
        }
      }
      let scope = claim.scope ?? (cumulative == true ? .cumulative : .incident)
      let clause = clause(of: claim.countRange, among: claimCounts, in: sentence.range)
      // The places of the claim's own clause, when it names any; a running
      // total takes a place only from the sentence just before it.
      let clausePlaces = strongPlaces.filter { clause.contains($0.range.lowerBound) }
      let inSentence = placeFor(claim.span, in: places, strong: clausePlaces.isEmpty ? strongPlaces : clausePlaces)
      let place = (scope == .cumulative ? inSentence ?? lastPlace(before: sentenceIndex, in: &paragraph, reach: 1) : inSentence ?? lastClaimPlace ?? lastPlace(before: sentenceIndex, in: &paragraph))
        .map { narrowed($0, in: clause, of: strongPlaces, count: claim.countRange) }
      if let place { claimPlaces.append(place) }
      let bounds = claim.reading.bounds
      let record = EventRecord(
        doc: document.name, line: line(at: claim.span.lowerBound),
        start: claim.span.lowerBound, end: claim.span.upperBound,
        category: claim.category ?? .killed, count: claim.reading.count, low: bounds.low, high: bounds.high,
        qualifier: claim.reading.qualifier, subject: claim.subject,
        source: source?.text, sourceType: source?.text == nil ? nil : source?.type ?? .other,
        location: place?.name, country: place?.country,
        scope: scope, text: text)
      records.append((record, place))
    }
    if let last = claimPlaces.last { lastClaimPlace = last }
    return records
  }

  /// The 1-based line that holds byte `offset`, counted on from the last
  /// offset asked for when it lies before this one.
  mutating func line(at offset: Int) -> Int {
    if offset < lineMark.offset { lineMark = (0, 1) }
    lineMark = (offset, lineMark.line + document.lineBreaks(in: lineMark.offset..<offset))
    return lineMark.line
  }

  // MARK: Matching

  /// Every match of rule `ruleIndex` in `sentence`, none starting after
  /// `limit` (an offset in the sentence) when one is given.
  mutating func matches(of ruleIndex: Int, in sentence: Sentence, startingBy limit: Int? = nil) -> [Match] {
    let matcher: Matcher
    if let made = scratch.matchers[ruleIndex] {
      matcher = made
    } else {
      matcher = rules.rules[ruleIndex].pattern.makeMatcher()
      scratch.matchers[ruleIndex] = matcher
    }
    do {
      return try document.bytes.withUnsafeBufferPointer { (buffer) throws(PCRE2Error) -> [Match] in
        try matcher.matches(in: UnsafeBufferPointer(rebasing: buffer[sentence.range]), shiftedBy: sentence.range.lowerBound, startingBy: limit)
      }
    } catch {
      warnings.append(ExtractionWarning(doc: document.name, rule: rules.rules[ruleIndex].id, range: sentence.range, message: error.description))
      return []
    }
  }

  /// The offsets in `sentence` (from its start) where a number phrase
  /// starts: every place the `{count}` fragment matches from, overlapping
  /// ones too ("between 5 and 10" starts at "between", "5" and "10").
  mutating func numberStarts(in sentence: Sentence) -> [Int] {
    var starts = NumberStarts()
    return Array(numberStarts(in: sentence, through: .max, &starts))
  }

  /// The number phrase starts up to `limit`, finding in `starts` those not
  /// found yet.
  mutating func numberStarts(in sentence: Sentence, through limit: Int, _ starts: inout NumberStarts) -> ArraySlice<Int> {
    let matcher = scratch.countMatcher ?? rules.numberPattern.makeMatcher()
    scratch.countMatcher = matcher
    var failure: PCRE2Error?
    let found = document.bytes.withUnsafeBufferPointer { buffer in
      let subject = UnsafeBufferPointer(rebasing: buffer[sentence.range])
      return starts.starts(through: limit) { offset, last in
        guard failure == nil, offset < subject.count else { return nil }
        do throws(PCRE2Error) { return try matcher.firstMatchStart(in: subject, from: offset, startingBy: last) } catch {
          failure = error
          return nil
        }
      }
    }
    guard failure != nil else { return found }
    // The rules then run everywhere, as without this shortcut.
    starts.assumeEveryOffset(through: sentence.range.count)
    return starts.found.prefix { $0 <= limit }
  }

  /// The matches of a rule that starts with a number phrase: the same as
  /// ``matches(of:in:)`` finds, since a scan takes the first start from which
  /// the pattern matches and every match starts with a number phrase, but
  /// tried only at `starts` (offsets in the sentence, ascending).
  mutating func matches(of ruleIndex: Int, in sentence: Sentence, at starts: some Collection<Int>) -> [Match] {
    guard let pattern = rules.rules[ruleIndex].anchoredAtCount else { return matches(of: ruleIndex, in: sentence) }
    if starts.isEmpty { return [] }
    let matcher: Matcher
    if let made = scratch.anchoredMatchers[ruleIndex] {
      matcher = made
    } else {
      matcher = pattern.makeMatcher()
      scratch.anchoredMatchers[ruleIndex] = matcher
    }
    do {
      return try document.bytes.withUnsafeBufferPointer { (buffer) throws(PCRE2Error) -> [Match] in
        let subject = UnsafeBufferPointer(rebasing: buffer[sentence.range])
        let base = sentence.range.lowerBound
        var found: [Match] = []
        var offset = 0
        for start in starts where start >= offset {
          guard let match = try matcher.firstMatch(in: subject, from: start, shiftedBy: base) else { continue }
          found.append(match)
          // A scan steps one byte past an empty match.
          offset = (match.range.isEmpty ? match.range.upperBound + 1 : match.range.upperBound) - base
        }
        return found
      }
    } catch {
      warnings.append(ExtractionWarning(doc: document.name, rule: rules.rules[ruleIndex].id, range: sentence.range, message: error.description))
      return []
    }
  }

  /// Where a match of rule `ruleIndex` may start in `sentence` by the
  /// words the rule names (``RuleWords``): anywhere for a rule that names
  /// none, and without the prefilter.
  mutating func wordStarts(of ruleIndex: Int, in sentence: Sentence) -> MatchStarts {
    guard usesPrefilter, rules.ruleWords.namesWords(ruleIndex) else { return .anywhere }
    if ruleWordsSentence != sentence.range {
      var last = lastRuleWords.isEmpty ? [Int](repeating: -1, count: 64) : lastRuleWords
      lastRuleWords = []
      document.bytes.withUnsafeBufferPointer { rules.ruleWords.lastWords(in: UnsafeBufferPointer(rebasing: $0[sentence.range]), into: &last) }
      lastRuleWords = last
      ruleWordsSentence = sentence.range
    }
    return rules.ruleWords.starts(of: ruleIndex, lastWords: lastRuleWords)
  }

  func group(_ name: String, of ruleIndex: Int, in match: Match) -> Range<Int>? {
    rules.rules[ruleIndex].groupNumber(name).flatMap { match[$0] }.flatMap { $0.isEmpty ? nil : $0 }
  }
}
