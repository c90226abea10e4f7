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
    var results = [ExtractionResult?](repeating: nil, count: documents.count)
    let work: @Sendable (Int) -> ExtractionResult = { index in
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
      return result
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
    return results.map { $0 ?? ExtractionResult(records: [], warnings: []) }
  }
}

/// Lets `concurrentPerform` write each result into its own slot.
private struct UnsafeSendableBuffer<Element>: @unchecked Sendable {
  // SAFETY: every iteration writes a distinct index, and the buffer outlives
  // `concurrentPerform`, which returns only when all iterations are done.
  let buffer: UnsafeMutableBufferPointer<Element>
  init(_ buffer: UnsafeMutableBufferPointer<Element>) { self.buffer = buffer }
}
