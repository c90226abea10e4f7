import ArgumentParser
import CasualtiesKit
import Foundation

/// How inputs are named and read: shared by `extract`, `eval` and `summarize`.
struct InputOptions: ParsableArguments {
  @Argument(help: ArgumentHelp("Files (or folders with --recursive) to read; none or '-' reads standard input.", valueName: "file"),
            completion: .file())
  var inputs: [String] = []

  @Option(name: [.customShort("j"), .customLong("jobs")], help: ArgumentHelp("Documents extracted at once (default: all cores).", valueName: "n"))
  var jobsOption: Int?

  /// `--jobs`, or else one per core. (An optional, so that help says the
  /// default once, in words, rather than this machine's count too.)
  var jobs: Int { jobsOption ?? ProcessInfo.processInfo.activeProcessorCount }

  /// `text`, `stories` or `jsonl`.
  enum Format: String, ExpressibleByArgument, CaseIterable {
    case text, stories, jsonl
  }

  @Option(
    name: .customLong("input-format"),
    help: "How inputs are read: 'text' (each file a document), 'stories' (text, a blank line between documents) or 'jsonl' (one JSON object per line).")
  var format: Format = .text

  @Option(name: .customLong("text-field"), help: ArgumentHelp("With --input-format jsonl, the field that holds the text.", valueName: "name"))
  var textField = "text"

  @Option(name: .customLong("id-field"), help: ArgumentHelp("With --input-format jsonl, the field that names the document.", valueName: "name"))
  var idField = "id"

  @Flag(name: .shortAndLong, help: "Read the .txt files (.jsonl with --input-format jsonl) in folders, and in their subfolders.")
  var recursive = false

  @Flag(help: "Read files that look binary (NUL bytes in their first 8 KiB) instead of skipping them.")
  var binary = false

  func validate() throws {
    if jobs < 1 { throw ValidationError("--jobs must be at least 1") }
  }

  /// The files a command line names, folders expanded with `--recursive`.
  /// Inputs that cannot be used are reported through `failed`.
  func expand(_ inputs: [String], failed: (InputError) -> Void) -> [String] {
    var files: [String] = []
    let wanted = format == .jsonl ? "jsonl" : "txt"
    for input in inputs.isEmpty ? ["-"] : inputs {
      var isDirectory: ObjCBool = false
      guard input != "-", FileManager.default.fileExists(atPath: input, isDirectory: &isDirectory), isDirectory.boolValue else {
        files.append(input)
        continue
      }
      guard recursive else {
        failed(InputError(input: input, reason: .isDirectory))
        continue
      }
      let root = URL(fileURLWithPath: input)
      let found = (FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)?.allObjects as? [URL] ?? [])
        .filter { $0.pathExtension == wanted }
        .map { input.hasSuffix("/") ? input + $0.path.dropFirst(root.path.count + 1) : input + "/" + $0.path.dropFirst(root.path.count + 1) }
        .sorted()
      files += found
    }
    return files
  }
}
