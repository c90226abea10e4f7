import BenchmarkCorpus

/// The text one benchmark iteration reads: the corpus's first 1 MiB chunk of
/// whole documents (exactly 1,048,576 bytes when joined by blank lines),
/// built once, outside any measurement, and shared by every benchmark.
///
/// Every iteration reads the same chunk, so the malloc counts of two
/// iterations (and of two runs) are the same and thresholds can be exact.
struct OneMebibyte: Sendable {
  /// One document of the chunk, already in the form the engine takes.
  struct Document: Sendable {
    var name: String
    var bytes: [UInt8]
  }

  /// The documents, in corpus order.
  let documents: [Document]
  /// The documents joined by blank lines: exactly one MiB.
  let bytes: [UInt8]
  /// The same text as a `String`, for the Foundation and Swift Regex benchmarks.
  let text: String

  /// The documents as JSON Lines (without their line breaks), one
  /// `{"id": …, "text": …}` object each, as Python's `json.dumps` writes them.
  var jsonLines: [ArraySlice<UInt8>] {
    documents.map { Array(JSONLine.line(id: $0.name, text: String(decoding: $0.bytes, as: UTF8.self)).utf8)[...] }
  }

  /// The chunk, built on first use (Swift globals are lazy and thread-safe).
  static let shared: OneMebibyte = {
    do {
      let chunk = try CorpusBuilder.mebibyteChunks(1)[0]
      let text = chunk.joinedText()
      precondition(text.utf8.count == CorpusBuilder.mebibyte, "a chunk is exactly one MiB")
      return OneMebibyte(
        documents: chunk.map { Document(name: $0.name, bytes: $0.utf8) },
        bytes: Array(text.utf8),
        text: text
      )
    } catch {
      fatalError("cannot build the benchmark corpus: \(error)")
    }
  }()
}
