import CasualtiesKit
import Foundation

/// Gathers documents into batches, extracts each batch on all the jobs (and
/// turns each result into output on the same threads), and hands the outputs
/// on in input order as each batch completes: output streams and memory stays
/// bounded by the batch.
final class ExtractionPipeline<Output: Sendable>: DocumentSink {
  private let extractor: Extractor
  private let jobs: Int
  private let transform: @Sendable (InputDocument, ExtractionResult) -> Output
  private let onResults: ([InputDocument], [Output]) -> Void
  private var pending: [InputDocument] = []
  private var pendingBytes = 0


  init(
    extractor: Extractor, jobs: Int, transform: @escaping @Sendable (InputDocument, ExtractionResult) -> Output,
    onResults: @escaping ([InputDocument], [Output]) -> Void
  ) {
    self.extractor = extractor
    self.jobs = jobs
    self.transform = transform
    self.onResults = onResults
  }

  func submit(_ document: InputDocument) {
    pending.append(document)
    pendingBytes += document.bytes.count
    if pendingBytes >= BatchLimits.bytes || pending.count >= BatchLimits.documents { flush() }
  }

  func flush() {
    guard !pending.isEmpty else { return }
    let batch = pending
    pending = []
    pendingBytes = 0
    onResults(batch, extractor.extract(batch, jobs: jobs, then: transform))
  }
}

/// How much a pipeline holds before it extracts a batch.
enum BatchLimits {
  /// The most text held.
  static let bytes = 16 << 20
  /// The most documents held.
  static let documents = 2048
}

/// Where an ``InputFeeder`` puts the documents it reads.
protocol DocumentSink: AnyObject {
  func submit(_ document: InputDocument)
  func flush()
}
