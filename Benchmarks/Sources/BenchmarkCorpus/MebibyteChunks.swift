extension CorpusBuilder {
  /// One mebibyte: the size of one benchmark iteration.
  public static let mebibyte = 1 << 20

  /// The smallest padding document a chunk ends with.
  static let minimumFiller = 64

  /// The next `count` chunks of whole documents, each of whose joined text
  /// (documents separated by a blank line) is exactly `chunkBytes` long.
  ///
  /// Documents are taken from the stream in order; the last document of
  /// each chunk is an ASCII ``CorpusDocument/Kind/filler`` that makes up the
  /// bytes the next whole document would overshoot, and that document opens
  /// the following chunk instead.
  public mutating func chunks(count: Int, chunkBytes: Int = CorpusBuilder.mebibyte) -> [[CorpusDocument]] {
    let separator = Self.separator.utf8.count
    var pending: CorpusDocument?
    var chunks: [[CorpusDocument]] = []
    for _ in 0..<count {
      var chunk: [CorpusDocument] = []
      var size = 0
      while true {
        let document = pending ?? next()
        let added = (chunk.isEmpty ? 0 : separator) + document.text.utf8.count
        guard size + added + separator + Self.minimumFiller <= chunkBytes else {
          pending = document
          break
        }
        chunk.append(document)
        size += added
        pending = nil
      }
      chunk.append(filler(length: chunkBytes - size - (chunk.isEmpty ? 0 : separator)))
      chunks.append(chunk)
    }
    return chunks
  }

  /// The first `count` one-mebibyte chunks of the stream from `seed`.
  public static func mebibyteChunks(_ count: Int, seed: UInt64 = CorpusBuilder.defaultSeed) throws -> [[CorpusDocument]] {
    var builder = try CorpusBuilder(seed: seed)
    return builder.chunks(count: count)
  }
}
