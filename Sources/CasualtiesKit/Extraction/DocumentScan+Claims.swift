import Foundation
import PCRE2

/// Claims: candidates from the claim and subset rules, and how conflicts
/// between them are settled.
extension DocumentScan {
  func candidates(_ rule: CompiledRule, _ index: Int, _ match: Match) -> [ClaimCandidate] {
    let definition = rule.definition
    let countRange = group("count", of: index, in: match) ?? match.range
    guard var reading = definition.count.map({ NumberReading(count: $0, qualifier: .exact) })
      ?? reading(countRange) else { return [] }
    let subjectRange = group("subject", of: index, in: match)
    let subject = subjectRange.map { document.foldedText($0).lowercased() } ?? definition.subject
    func candidate(_ category: Category?) -> ClaimCandidate {
      ClaimCandidate(
        rule: rule, ruleIndex: index, span: match.range, countRange: countRange, category: category,
        reading: reading, subject: subject ?? (category == .strikes ? "strikes" : "people"), scope: definition.scope)
    }
    if group("hedge", of: index, in: match) != nil { return [blocker(rule, index, countRange)] }
    // "a", "another" or "no" count only a noun that names people ("a man",
    // "no detainees"), not "a number of" or "a meeting".
    if reading.needsNoun && !definition.triggerIsNoun && !(subjectRange.map(namesVictims) ?? false) { return [] }
    if reading.looksLikeYear && subjectRange == nil { return [] }
    // "32 sheep were killed", "killed 300 jobs": not people, under any rule.
    if let subjectRange, namesNonVictims(subjectRange) {
      var vetoed = blocker(rule, index, countRange)
      vetoed.notVictimsEntry = headNoun(of: subjectRange)
      return [vetoed]
    }
    // A subset takes its category from the claim before it, in `settle`.
    if definition.role == .subset { return [candidate(nil)] }
    var categories = definition.categories ?? []
    if let triggers = definition.triggers, let range = group("trigger", of: index, in: match),
      let row = rules.lexicons[triggers]?.row(for: document.text(range)), row.count > 1,
      let category = Category(rawValue: row[1])
    {
      categories = [category]
      if row.count > 2, let qualifier = Qualifier(rawValue: row[2]) { reading.qualifier = qualifier }
    }
    // Strikes need a stated figure: never "a strike" or "no strikes".
    return categories.filter { $0 != .strikes || (!reading.needsNoun && reading.count > 0) }.map(candidate)
  }

  /// The value of the number phrase in `range`, read once per document for
  /// each way of writing it.
  func reading(_ range: Range<Int>) -> NumberReading? {
    let phrase = document.text(range)
    return ScanMemo.value(phrase, in: &memo.readings) { rules.numbers.read(phrase) }
  }

  /// True when the subject's head noun is in the victims lexicon.
  func namesVictims(_ subject: Range<Int>) -> Bool {
    headNoun(of: subject).map { rules.lexicons["victims"]?.row(forNormalized: $0) != nil } ?? false
  }

  /// True when the subject's head noun is in the not-victims lexicon
  /// (animals, jobs, points): a count of them is no casualty figure.
  func namesNonVictims(_ subject: Range<Int>) -> Bool {
    headNoun(of: subject).map { rules.lexicons["not-victims"]?.row(forNormalized: $0) != nil } ?? false
  }

  /// The last word of a subject, lowercased: the bytes after its last white
  /// space (a rule's `\s` is ASCII white space).
  func headNoun(of subject: Range<Int>) -> String? {
    let bytes = document.bytes
    var start = subject.upperBound
    while start > subject.lowerBound, !WhiteSpaceFolding.isSpace(bytes[start - 1]) { start -= 1 }
    guard start < subject.upperBound else { return nil }
    return Lexicon.normalize(String(decoding: bytes[start..<subject.upperBound], as: UTF8.self))
  }

  /// A candidate that gives no record but keeps other rules off `range`.
  func blocker(_ rule: CompiledRule, _ index: Int, _ range: Range<Int>) -> ClaimCandidate {
    var blocker = ClaimCandidate(
      rule: rule, ruleIndex: index, span: range, countRange: range, category: nil,
      reading: NumberReading(count: 0, qualifier: .exact), subject: "", scope: nil)
    blocker.isHedged = true
    return blocker
  }

  /// Keeps one claim per number: earlier rules win, and a subset takes the
  /// category of the claim before it.
  func settle(_ candidates: [ClaimCandidate], in sentence: Range<Int>) -> [ClaimCandidate] {
    // Spans that are never counts first, then claims, then subsets (which
    // need their claim); within each, earlier rules and earlier text first.
    func stage(_ candidate: ClaimCandidate) -> Int {
      candidate.isHedged ? 0 : candidate.rule.role == .subset ? 2 : 1
    }
    let ordered = candidates.sorted {
      (stage($0), $0.ruleIndex, $0.span.lowerBound) < (stage($1), $1.ruleIndex, $1.span.lowerBound)
    }
    // Which accepted candidate holds each byte of the sentence, so that a
    // clash is found in the length of a number, not the number of claims.
    var owner = [Int32](repeating: -1, count: sentence.count)
    var accepted: [ClaimCandidate] = []
    var claimsByStart: [ClaimCandidate] = []
    for var candidate in ordered {
      let bytes = (candidate.countRange.lowerBound - sentence.lowerBound)..<(candidate.countRange.upperBound - sentence.lowerBound)
      let clashes = owner[bytes].contains { holder in
        holder >= 0 && (accepted[Int(holder)].span != candidate.span || accepted[Int(holder)].ruleIndex != candidate.ruleIndex)
      }
      if clashes { continue }
      if candidate.category == nil && !candidate.isHedged {
        if claimsByStart.isEmpty {
          claimsByStart = accepted.filter { $0.category != nil && !$0.isHedged }.sorted { $0.span.lowerBound < $1.span.lowerBound }
        }
        guard let parent = parent(of: candidate, among: claimsByStart) else { continue }
        candidate.category = parent.category
        candidate.scope = candidate.scope ?? parent.scope
        // A subset can be what the next list item follows.
        let index = claimsByStart.partitioningIndex { $0.span.lowerBound > candidate.span.lowerBound }
        claimsByStart.insert(candidate, at: index)
      }
      for byte in bytes { owner[byte] = Int32(accepted.count) }
      accepted.append(candidate)
    }
    return accepted.filter { !$0.isHedged }.sorted { ($0.span.lowerBound, $0.countRange.lowerBound) < ($1.span.lowerBound, $1.countRange.lowerBound) }
  }

  /// The claim a subset belongs to: the nearest that starts before it, and
  /// for a list item the nearest that ends before it, across only a comma or
  /// "and" and a few words without figures. `claims` is sorted by start.
  func parent(of subset: ClaimCandidate, among claims: [ClaimCandidate]) -> ClaimCandidate? {
    let before = claims[..<claims.partitioningIndex { $0.span.lowerBound >= subset.span.lowerBound }]
    guard subset.rule.definition.follows == .list else { return before.last }
    // The nearest end before the item is among the last few starts.
    guard let parent = before.suffix(8).filter({ $0.span.upperBound <= subset.span.lowerBound })
      .max(by: { $0.span.upperBound < $1.span.upperBound }) else { return nil }
    let gap = document.bytes[parent.span.upperBound..<subset.span.lowerBound]
    let words = Lexicon.normalize(String(decoding: gap, as: UTF8.self))
    let joins = words.hasSuffix(",") || words.hasSuffix(" and") || words == "and"
    let plain = gap.count <= 80 && !gap.contains { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: ";") || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
    return joins && plain ? parent : nil
  }
}
