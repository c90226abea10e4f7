import ArgumentParser
import CasualtiesKit
import PCRE2
import Foundation

/// Options every subcommand that extracts shares.
struct GlobalOptions: ParsableArguments {
  @Option(name: .long, help: ArgumentHelp("Load rules, lexicons and gazetteer from this folder instead of the built-in ones.", valueName: "dir"),
          completion: .directory)
  var data: String?

  @Option(name: .customLong("rules"), help: ArgumentHelp("A rules file of your own (JSON) to add to the rules: trigger words, sources, places, patterns. Repeatable.", valueName: "file"),
          completion: .file(extensions: ["json"]))
  var ruleFiles: [String] = []

  @Flag(name: .shortAndLong, help: "Print no warnings or progress on standard error.")
  var quiet = false

  /// The extractor these options ask for.
  func makeExtractor(categories: Set<CasualtiesKit.Category>? = nil) throws -> Extractor {
    do {
      let added = ruleFiles.map { URL(fileURLWithPath: $0) }
      let rules = try data.map { try RuleSet(directory: URL(fileURLWithPath: $0), adding: added) } ?? RuleSet.bundled(adding: added)
      let extractor = try Extractor(rules: rules, categories: categories)
      if !extractor.rules.isJITCompiled {
        warn("PCRE2 cannot JIT-compile here (\(PCRE2Configuration.isJITAvailable ? "a pattern was refused" : "no JIT in this build of the library")): rules run in PCRE2's interpreter, with the same results, more slowly")
      }
      return extractor
    } catch let error as RuleSetError {
      throw ValidationError("cannot load the rules: \(error)")
    }
  }

  /// Writes a message to standard error unless `--quiet`.
  func warn(_ message: String) {
    if !quiet { Diagnostics.write(message) }
  }
}

/// Messages on standard error.
enum Diagnostics {
  static func write(_ message: String) {
    FileHandle.standardError.write(Data(("casualties: " + message + "\n").utf8))
  }
}
