// Fuzz targets for the extractor, the number recogniser and the input
// readers (a JSON line's fields, a text's stories).
//
// Built with libFuzzer by `Scripts/fuzz.sh` (which passes -DFUZZING and
// -sanitize=fuzzer,address); built normally, this is a replay tool that runs
// the same checks on the files it is given, so a crash found by the fuzzer
// can be kept in Fuzz/regressions and replayed by the tests.
//
//     CASUALTIES_FUZZ_TARGET=numbers Scripts/fuzz.sh 600
//     CASUALTIES_FUZZ_TARGET=inputs Scripts/fuzz.sh 600
//     casualties-fuzz Fuzz/regressions/*

import CasualtiesKit
import Foundation

/// The checks each input goes through: no crash, and records that make sense.
enum FuzzChecks {
  static let extractor = try! Extractor()
  static let recognizer = try! NumberRecognizer()

  static func run(_ bytes: [UInt8], target: String) {
    switch target {
    case "numbers":
      let phrases = bytes.withUnsafeBufferPointer { recognizer.phrases(in: $0) }
      for phrase in phrases {
        precondition(phrase.range.lowerBound >= 0 && phrase.range.upperBound <= bytes.count, "phrase outside the input")
        precondition(phrase.count >= 0, "negative count")
        if let low = phrase.low, let high = phrase.high { precondition(low <= high, "low above high") }
      }
    case "inputs":
      // A JSON line is read or refused, never a crash.
      _ = JSONLinesDocuments().document(fromLine: bytes[...], input: "fuzz", lineNumber: 1)
      // Each story is its slice of the input, on its own line.
      for story in StoryReader.stories(in: InputDocument(name: "fuzz", bytes: bytes)) {
        precondition(story.offset >= 0 && story.offset + story.bytes.count <= bytes.count, "story outside the input")
        precondition(Array(bytes[story.offset..<(story.offset + story.bytes.count)]) == story.bytes, "story is not its slice")
        precondition(story.line == 1 + bytes[..<story.offset].filter { $0 == UInt8(ascii: "\n") }.count, "story on the wrong line")
      }
    default:
      let result = extractor.extract(utf8: bytes, doc: "fuzz")
      for record in result.records {
        precondition(record.start < record.end && record.end <= bytes.count, "evidence outside the input")
        precondition(record.count >= 0, "negative count")
        if let low = record.low, let high = record.high { precondition(low <= high, "low above high") }
        precondition(record.line >= 1, "line before the first")
        precondition(!record.text.isEmpty, "empty sentence")
      }
    }
  }

  static var target: String { ProcessInfo.processInfo.environment["CASUALTIES_FUZZ_TARGET"] ?? "extractor" }
}

#if FUZZING
// libFuzzer's entry for programs that keep their own main.
@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(
  _ argc: UnsafeMutablePointer<CInt>,
  _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
  _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt
#endif

@main
struct FuzzMain {
  static func main() {
    #if FUZZING
    var argc = CommandLine.argc
    var argv = CommandLine.unsafeArgv
    exit(runFuzzerDriver(&argc, &argv) { data, size in
      FuzzChecks.run(data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? [], target: FuzzChecks.target)
      return 0
    })
    #else
    let paths = CommandLine.arguments.dropFirst()
    for path in paths {
      guard let data = FileManager.default.contents(atPath: path) else {
        FileHandle.standardError.write(Data("casualties-fuzz: \(path): cannot be read\n".utf8))
        exit(1)
      }
      for target in ["extractor", "numbers", "inputs"] { FuzzChecks.run(Array(data), target: target) }
    }
    print("\(paths.count) inputs replayed through the extractor, the number recogniser and the input readers")
    #endif
  }
}
