import ArgumentParser
import CasualtiesKit
import Foundation

/// The `casualties` command: numeric claims about violence and disaster, from news text to records.
@main
struct Casualties: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "casualties",
    abstract: "Turn numeric claims about violence and disaster in news text into typed records.",
    discussion: """
      Every claim such as "an Israeli strike killed five people in Baalchmay, \
      Lebanon's health ministry said" becomes one record: category, count \
      and bounds, qualifier, subject, source, location, scope and the sentence.

      Exit status: 0 when every input was read, 1 when some input failed \
      (the others are still processed), 2 on a usage error.
      """,
    version: "\(packageVersion) (data \(RuleSet.bundledDataFingerprint))",
    subcommands: [Extract.self, Summarize.self, Eval.self, Check.self],
    defaultSubcommand: Extract.self
  )

  /// The package's version; `--version` adds the built-in data's fingerprint.
  static let packageVersion = "0.1.0"

  /// Parses and runs, mapping usage errors to exit status 2 as documented.
  static func main() {
    // Writing into a closed pipe (`casualties extract big.txt | head`) ends
    // the process quietly, whatever the parent left SIGPIPE set to.
    signal(SIGPIPE, SIG_DFL)
    // A parent may start us with signals blocked (Foundation's Process
    // does); interrupts must reach us so that a half-written -o file is removed.
    var unblocked = sigset_t()
    sigemptyset(&unblocked)
    for signalNumber in [SIGINT, SIGTERM, SIGHUP, SIGPIPE] { sigaddset(&unblocked, signalNumber) }
    sigprocmask(SIG_UNBLOCK, &unblocked, nil)
    do {
      var command = try parseAsRoot()
      try command.run()
    } catch {
      let code = exitCode(for: error)
      if code == .validationFailure {
        FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
        Foundation.exit(ExitCode.usage.rawValue)
      }
      exit(withError: error)
    }
  }
}

extension ExitCode {
  /// Some input could not be read or processed; the rest was.
  static let inputFailed = ExitCode(1)
  /// The command line was wrong.
  static let usage = ExitCode(2)
}
