import CasualtiesKit
import Foundation

/// Reads every input in turn and hands its documents to a pipeline: a text
/// file in pieces that end at line breaks, a file of stories a story at a
/// time, a JSON Lines file a line at a time.
/// Inputs that cannot be read are reported on standard error and skipped.
struct InputFeeder {
  let options: InputOptions
  let quiet: Bool
  /// The files the command line names, folders expanded once.
  let files: [String]
  /// Inputs refused while expanding (a folder without --recursive).
  let refused: [InputError]

  init(options: InputOptions, quiet: Bool) {
    var refused: [InputError] = []
    self.options = options
    self.quiet = quiet
    self.files = options.expand(options.inputs) { refused.append($0) }
    self.refused = refused
  }

  /// Feeds every input to `pipeline`; returns false when some input failed.
  func feed(to pipeline: some DocumentSink, progress: ProgressLine?) -> Bool {
    for error in refused { Diagnostics.write(error.description) }
    var failed = !refused.isEmpty
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
        case .stories:
          try StoryReader.read(handle, name: input) { story in
            pipeline.submit(story)
            progress?.advance(documents: 1, bytes: story.bytes.count)
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
        Diagnostics.write(InputError(input: input, reason: .unreadable(InputReader.reason(error))).description)
        failed = true
      }
    }
    pipeline.flush()
    return !failed
  }

  /// The total size of the named files, for the progress line's ETA; nil
  /// when standard input is among them.
  var totalBytes: Int? {
    if files.contains("-") { return nil }
    return files.reduce(0) { total, file in
      total + ((try? FileManager.default.attributesOfItem(atPath: file)[.size] as? Int) ?? 0)
    }
  }
}
