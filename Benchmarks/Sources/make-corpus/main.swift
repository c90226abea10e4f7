// make-corpus: writes the benchmark corpus to disk for command-line
// comparisons (grep, the casualties tool), plus the trigger alternation the
// raw-regex benchmarks use, so a shell `grep -c -P` runs the same pattern.
//
//     swift run -c release make-corpus /tmp/corpus.txt [--megabytes 50] [--seed 42] [--jsonl] [--without-claims]
//
// Writes OUTPUT (documents separated by a blank line, or one JSON object per
// line with --jsonl) and trigger-pattern.txt in the same folder. With
// --without-claims only the documents made to carry no claims are written
// (about two thirds of the corpus's bytes): everyday news.
import BenchmarkCorpus
import Foundation

/// The command line, parsed by hand (a few options do not need a library).
struct Options {
  var output = "corpus.txt"
  var megabytes = CorpusBuilder.defaultTotalBytes / 1_000_000
  var seed = CorpusBuilder.defaultSeed
  var jsonLines = false
  var withoutClaims = false

  static let usage = "usage: make-corpus [OUTPUT] [--megabytes N (default 50)] [--seed N] [--jsonl] [--without-claims]"

  init(_ arguments: [String]) throws {
    var rest = arguments[...]
    while let argument = rest.popFirst() {
      switch argument {
      case "-h", "--help":
        print(Self.usage)
        exit(0)
      case "--megabytes", "--mb":
        guard let value = rest.popFirst().flatMap(Int.init), value > 0 else { throw UsageError() }
        megabytes = value
      case "--seed":
        guard let value = rest.popFirst().flatMap(UInt64.init) else { throw UsageError() }
        seed = value
      case "--jsonl":
        jsonLines = true
      case "--without-claims":
        withoutClaims = true
      default:
        guard !argument.hasPrefix("-") else { throw UsageError() }
        output = argument
      }
    }
  }
}

struct UsageError: Error {}

do {
  let options = try Options(Array(CommandLine.arguments.dropFirst()))
  var builder = try CorpusBuilder(seed: options.seed)
  let built = builder.documents(totalBytes: options.megabytes * 1_000_000)
  let documents = options.withoutClaims ? built.filter { !$0.kind.carriesClaims } : built
  let text = options.jsonLines
    ? documents.map { JSONLine.line(id: $0.name, text: $0.text) + "\n" }.joined()
    : documents.joinedText() + "\n"
  let output = URL(fileURLWithPath: options.output)
  try Data(text.utf8).write(to: output, options: .atomic)
  let patternFile = output.deletingLastPathComponent().appendingPathComponent("trigger-pattern.txt")
  try Data((TriggerPattern.source + "\n").utf8).write(to: patternFile, options: .atomic)

  let withClaims = documents.filter(\.kind.carriesClaims).count
  print("wrote \(output.path): \(text.utf8.count) bytes, \(documents.count) documents, \(withClaims) with claims")
  print("wrote \(patternFile.path): the \(TriggerPattern.words.count)-word trigger alternation")
} catch is UsageError {
  FileHandle.standardError.write(Data((Options.usage + "\n").utf8))
  exit(2)
} catch {
  FileHandle.standardError.write(Data("make-corpus: \(error)\n".utf8))
  exit(1)
}
