// The casualties benchmark suite. One iteration reads the same 1 MiB of
// news-like text (see `OneMebibyte`), so the throughput column reads MiB/s.
//
//     cd Benchmarks && swift package benchmark
//
// The last three benchmarks run one 40-word trigger alternation
// (`TriggerPattern.source`) through three regex engines over the same text;
// all three find the same 3,237 matches in it.
import Benchmark
import BenchmarkCorpus
import CasualtiesKit
import Foundation
import PCRE2

let benchmarks: @Sendable () -> Void = {
  Benchmark.defaultConfiguration = .init(
    metrics: [.throughput, .wallClock, .mallocCountTotal, .peakMemoryResident],
    warmupIterations: 1,
    maxDuration: .seconds(3),
    maxIterations: 200
  )

  // What `casualties extract --jsonl` does per document: every rule, then JSON Lines.
  Benchmark(
    "End-to-end extraction (1 MiB)",
    configuration: .init(thresholds: MallocTolerance.percent)
  ) { (benchmark: Benchmark, extractor: Extractor) in
    let input = OneMebibyte.shared
    for _ in benchmark.scaledIterations {
      for document in input.documents {
        let result = extractor.extract(utf8: document.bytes, doc: document.name)
        var writer = JSONLinesWriter()
        blackHole(writer.write(result.records))
      }
    }
  } setup: {
    _ = OneMebibyte.shared
    return try Extractor()
  }

  // The single pass that picks the sentences the claim rules read.
  Benchmark(
    "Prefilter (1 MiB)",
    configuration: .init(thresholds: MallocTolerance.count)
  ) { (benchmark: Benchmark, rules: RuleSet) in
    let input = OneMebibyte.shared
    for _ in benchmark.scaledIterations {
      blackHole(input.bytes.withUnsafeBufferPointer { rules.triggerWordOffsets(in: $0) })
    }
  } setup: {
    _ = OneMebibyte.shared
    return try RuleSet.bundled()
  }

  // Reading a news dump: the same documents as JSON Lines, as Python's
  // json.dumps writes them (non-ASCII as \u escapes), each line's text and
  // id taken out as `--input-format jsonl` does.
  Benchmark(
    "JSON Lines input (1 MiB of text)",
    configuration: .init(thresholds: MallocTolerance.percent)
  ) { (benchmark: Benchmark, lines: [ArraySlice<UInt8>]) in
    let reader = JSONLinesDocuments()
    for _ in benchmark.scaledIterations {
      for (number, line) in lines.enumerated() {
        blackHole(reader.document(fromLine: line, input: "dump.jsonl", lineNumber: number + 1))
      }
    }
  } setup: {
    OneMebibyte.shared.jsonLines
  }

  // Every number phrase and its value, document by document as the extractor reads them.
  Benchmark(
    "Number recogniser (1 MiB)",
    configuration: .init(thresholds: MallocTolerance.percent)
  ) { (benchmark: Benchmark, recognizer: NumberRecognizer) in
    let input = OneMebibyte.shared
    for _ in benchmark.scaledIterations {
      for document in input.documents {
        blackHole(document.bytes.withUnsafeBufferPointer { recognizer.phrases(in: $0) })
      }
    }
  } setup: {
    _ = OneMebibyte.shared
    return try NumberRecognizer()
  }

  // The engine's regex layer alone: JIT-compiled PCRE2 over bytes.
  Benchmark(
    "Raw PCRE2 scan, 40-word trigger alternation (1 MiB)",
    configuration: .init(thresholds: MallocTolerance.count)
  ) { (benchmark: Benchmark, pattern: Pattern) in
    let input = OneMebibyte.shared
    let matcher = pattern.makeMatcher()
    for _ in benchmark.scaledIterations {
      let matches = try input.bytes.withUnsafeBufferPointer { (buffer) throws(PCRE2Error) in
        try matcher.matches(in: buffer)
      }
      blackHole(matches.count)
    }
  } setup: {
    _ = OneMebibyte.shared
    return try Pattern(TriggerPattern.source, options: [.caseless])
  }

  // The same pattern with Foundation's ICU-based engine, over a String.
  Benchmark(
    "Foundation NSRegularExpression, same trigger pattern (1 MiB)",
    configuration: .init(thresholds: MallocTolerance.count)
  ) { (benchmark: Benchmark, regex: NSRegularExpression) in
    let input = OneMebibyte.shared
    let range = NSRange(input.text.startIndex..., in: input.text)
    for _ in benchmark.scaledIterations {
      blackHole(regex.numberOfMatches(in: input.text, options: [], range: range))
    }
  } setup: {
    _ = OneMebibyte.shared
    return try NSRegularExpression(pattern: TriggerPattern.source, options: [.caseInsensitive])
  }

  // The same pattern with the standard library's Regex, over a String.
  Benchmark(
    "Swift Regex, same trigger pattern (1 MiB)",
    configuration: .init(thresholds: MallocTolerance.percent)
  ) { (benchmark: Benchmark, regex: Regex<AnyRegexOutput>) in
    let input = OneMebibyte.shared
    for _ in benchmark.scaledIterations {
      blackHole(input.text.matches(of: regex).count)
    }
  } setup: {
    _ = OneMebibyte.shared
    return try Regex(TriggerPattern.source).ignoresCase()
  }

  // Loading the bundled gazetteer (GeoNames places, curated places,
  // not-places, demonyms) on its own: its load time and the memory it
  // allocates.
  Benchmark(
    "Gazetteer load",
    configuration: .init(
      metrics: [.wallClock, .mallocCountTotal, .mallocBytesCount, .peakMemoryResidentDelta],
      maxIterations: 20, thresholds: MallocTolerance.percent)
  ) { benchmark in
    for _ in benchmark.scaledIterations {
      blackHole(try Gazetteer.bundled())
    }
  }
}
