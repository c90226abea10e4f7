import CasualtiesKit
import Foundation

/// Gathers documents into batches, extracts each batch on all the jobs, and
/// writes the records in input order as each batch completes: output streams
/// and memory stays bounded by the batch.
final class ExtractionPipeline {
  private let extractor: Extractor
  private let jobs: Int
  private let onResults: ([InputDocument], [ExtractionResult]) -> Void
  private var pending: [InputDocument] = []
  private var pendingBytes = 0

  /// The most text held before a batch is extracted.
  static let batchBytes = 16 << 20
  /// The most documents held before a batch is extracted.
  static let batchDocuments = 2048

  init(extractor: Extractor, jobs: Int, onResults: @escaping ([InputDocument], [ExtractionResult]) -> Void) {
    self.extractor = extractor
    self.jobs = jobs
    self.onResults = onResults
  }

  func submit(_ document: InputDocument) {
    pending.append(document)
    pendingBytes += document.bytes.count
    if pendingBytes >= Self.batchBytes || pending.count >= Self.batchDocuments { flush() }
  }

  func flush() {
    guard !pending.isEmpty else { return }
    let batch = pending
    pending = []
    pendingBytes = 0
    onResults(batch, extractor.extract(batch, jobs: jobs))
  }
}
