/// Warnings for a user's claim rules that matched but whose claim a built-in
/// veto removed: the not-victims lexicon or a never-a-count (`ignore`) rule.
/// The bundled rules are blocked by design and are never warned about.
extension DocumentScan {
  /// Warns for each candidate of a user's rule that `candidates` says the
  /// not-victims lexicon vetoed itself (before any clash is settled).
  mutating func warnVetoedByLexicon(_ candidates: some Sequence<ClaimCandidate>) {
    for candidate in candidates where candidate.rule.isAdded {
      guard let entry = candidate.notVictimsEntry else { continue }
      warnVeto(of: candidate, kind: .notVictims(entry: entry))
    }
  }

  /// Warns for each candidate of a user's rule that `settle` dropped because a
  /// veto holds its number: a never-a-count span, or another rule's match that
  /// the not-victims lexicon vetoed.
  mutating func warnVetoedInSettling(_ candidates: [ClaimCandidate], accepted: [ClaimCandidate]) {
    for candidate in candidates where candidate.rule.isAdded && !candidate.isHedged {
      if accepted.contains(where: { $0.ruleIndex == candidate.ruleIndex && $0.span == candidate.span && $0.countRange == candidate.countRange }) { continue }
      guard let veto = candidates.first(where: { $0.isHedged && $0.countRange.overlaps(candidate.countRange) && ($0.rule.role == .ignore || $0.notVictimsEntry != nil) })
      else { continue }
      if let entry = veto.notVictimsEntry {
        warnVeto(of: candidate, kind: .notVictims(entry: entry))
      } else {
        warnVeto(of: candidate, kind: .neverACount(rule: veto.rule.id, span: document.foldedText(veto.span)))
      }
    }
  }

  private mutating func warnVeto(of candidate: ClaimCandidate, kind: ExtractionWarning.Kind) {
    let rule = candidate.rule
    if warnings.contains(where: { $0.rule == rule.id && $0.kind == kind }) { return }
    let message: String
    switch kind {
    case .notVictims(let entry):
      message = "its subject '\(entry)' is in the not-victims lexicon, so the claim is dropped; "
        + "to count it, run with --data and a copy of Data/ whose lexicons/not-victims.txt lacks '\(entry)'"
    case .neverACount(let ignore, let span):
      message = "its number lies in '\(span)', which the never-a-count rule '\(ignore)' holds, so the claim is dropped; "
        + "to count it, run with --data and a copy of Data/ whose rule '\(ignore)' does not match there"
    case .matchLimit:
      return
    }
    warnings.append(ExtractionWarning(
      doc: document.name, rule: rule.id, range: candidate.countRange, message: message, kind: kind))
  }
}
