import CasualtiesKit
import Foundation

/// Reads every input in turn and hands its documents to a pipeline: a text
/// file in pieces that end at line breaks, a JSON Lines file a line at a time.
/// Inputs that cannot be read are reported on standard error and skipped.
struct InputFeeder {
  let options: InputOptions
  let quiet: Bool

  /// Feeds `inputs` to `pipeline`; returns false when some input failed.
  func feed(_ inputs: [String], to pipeline: some DocumentSink, progress: ProgressLine?) -> Bool {
    var failed = false
    let files = options.expand(inputs) { error in
      Diagnostics.write(error.description)
      failed = true
    }
    for input in files {
      do {
        let handle = try InputReader.open(input, allowBinary: options.binary)
        defer { if input != "-" { try? handle.close() } }
        switch options.format {
        case .text:
          try ChunkedReader.read(handle, name: input) { piece in
            pipeline.submit(piece)
            progress?.advance(documents: piece.offset == 0 ? 1 : 0, bytes: piece.bytes.count)
          }
        case .jsonl:
          let reader = JSONLinesDocuments(textField: options.textField, idField: options.idField)
          try reader.read(handle, input: input) { result in
            switch result {
            case .success(let document):
              pipeline.submit(document)
              progress?.advance(documents: 1, bytes: document.bytes.count)
            case .failure(let error):
              if !quiet { Diagnostics.write(error.description) }
              failed = true
            }
          }
        }
      } catch let error as InputError {
        Diagnostics.write(error.description)
        failed = true
      } catch {
        Diagnostics.write("\(input): cannot be read: \(error.localizedDescription)")
        failed = true
      }
    }
    pipeline.flush()
    return !failed
  }

  /// The total size of the named files, for the progress line's ETA; nil
  /// when standard input is among them.
  func totalBytes(of inputs: [String]) -> Int? {
    let files = options.expand(inputs) { _ in }
    if files.contains("-") { return nil }
    return files.reduce(0) { total, file in
      total + ((try? FileManager.default.attributesOfItem(atPath: file)[.size] as? Int) ?? 0)
    }
  }
}
