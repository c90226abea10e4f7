import CasualtiesKit

/// Prints extraction warnings on standard error (unless `--quiet`). A user's
/// rule vetoed by a built-in lexicon or never-a-count rule is said once per
/// run, for its first document, however many documents it recurs in.
final class WarningLog {
  private let options: GlobalOptions
  private var said: Set<Veto> = []

  private struct Veto: Hashable {
    let rule: String
    let kind: ExtractionWarning.Kind
  }

  init(options: GlobalOptions) {
    self.options = options
  }

  func report(_ warnings: [ExtractionWarning]) {
    for warning in warnings {
      if warning.isVeto {
        guard said.insert(Veto(rule: warning.rule, kind: warning.kind)).inserted else { continue }
        options.warn(warning.description + " (said once per run)")
      } else {
        options.warn(warning.description)
      }
    }
  }
}
