import Dispatch
import Synchronization

extension Extractor {
  /// Extracts from many documents on `jobs` threads at once; results come
  /// back in the order of `documents`, with offsets and line numbers moved to
  /// where each document stands in its input.
  ///
  /// - Parameters:
  ///   - documents: Documents or pieces of inputs.
  ///   - jobs: Threads to use; 1 runs on the caller's thread.
  public func extract(_ documents: [InputDocument], jobs: Int) -> [ExtractionResult] {
    extract(documents, jobs: jobs) { _, result in result }
  }

  /// Extracts from many documents on `jobs` threads at once and hands each
  /// result to `transform` on the same thread (to format records in
  /// parallel, say); the transformed values come back in input order.
  public func extract<Output: Sendable>(
    _ documents: [InputDocument], jobs: Int, then transform: @escaping @Sendable (InputDocument, ExtractionResult) -> Output
  ) -> [Output] {
    var results = [Output?](repeating: nil, count: documents.count)
    let work: @Sendable (Int) -> Output = { index in
      let document = documents[index]
      var result = self.extract(utf8: document.bytes, doc: document.name)
      if document.offset != 0 || document.line != 1 {
        for index in result.records.indices {
          result.records[index].start += document.offset
          result.records[index].end += document.offset
          result.records[index].line += document.line - 1
        }
        for index in result.warnings.indices {
          let range = result.warnings[index].range
          result.warnings[index].range = (range.lowerBound + document.offset)..<(range.upperBound + document.offset)
        }
      }
      return transform(document, result)
    }
    if jobs <= 1 || documents.count <= 1 {
      return documents.indices.map(work)
    }
    // Each worker takes the next document as it finishes one, so a long
    // document does not hold up the rest.
    let next = Atomic<Int>(0)
    results.withUnsafeMutableBufferPointer { slots in
      let slots = UnsafeSendableBuffer(slots)
      DispatchQueue.concurrentPerform(iterations: min(jobs, documents.count)) { _ in
        while case let index = next.wrappingAdd(1, ordering: .relaxed).oldValue, index < documents.count {
          slots.buffer[index] = work(index)
        }
      }
    }
    // Every slot was filled: concurrentPerform returns when all workers are done.
    return results.compactMap { $0 }
  }
}

/// Lets `concurrentPerform` write each result into its own slot.
private struct UnsafeSendableBuffer<Element>: @unchecked Sendable {
  // SAFETY: every iteration writes a distinct index, and the buffer outlives
  // `concurrentPerform`, which returns only when all iterations are done.
  let buffer: UnsafeMutableBufferPointer<Element>
  init(_ buffer: UnsafeMutableBufferPointer<Element>) { self.buffer = buffer }
}
