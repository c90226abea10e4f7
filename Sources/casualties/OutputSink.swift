import Foundation

/// Where output text goes: standard output, or a file written atomically (a
/// temporary file in the same folder, renamed over the target only when the
/// run completes, so a failed run never leaves half a file behind).
final class OutputSink {
  private let handle: FileHandle
  private let temporaryURL: URL?
  private let targetURL: URL?

  /// Standard output.
  init() {
    handle = .standardOutput
    temporaryURL = nil
    targetURL = nil
  }

  /// A file at `path`, replaced only on ``commit()``.
  init(path: String) throws {
    let target = URL(fileURLWithPath: path)
    let temporary = target.deletingLastPathComponent()
      .appendingPathComponent(".\(target.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
    guard FileManager.default.createFile(atPath: temporary.path, contents: nil),
      let handle = FileHandle(forWritingAtPath: temporary.path)
    else {
      throw OutputError(message: "\(path): cannot write the output file there")
    }
    self.handle = handle
    temporaryURL = temporary
    targetURL = target
    InterruptCleanup.remove(onInterrupt: temporary.path)
  }

  func write(_ text: String) {
    guard !text.isEmpty else { return }
    handle.write(Data(text.utf8))
  }

  /// Moves a file output into place.
  func commit() throws {
    guard let temporaryURL, let targetURL else { return }
    try handle.close()
    InterruptCleanup.remove(onInterrupt: nil)
    if rename(temporaryURL.path, targetURL.path) != 0 {
      let reason = String(cString: strerror(errno))
      try? FileManager.default.removeItem(at: temporaryURL)
      throw OutputError(message: "\(targetURL.path): cannot replace the output file: \(reason)")
    }
  }

  /// Removes a file output's temporary file, leaving any earlier output as it was.
  func discard() {
    guard let temporaryURL else { return }
    try? handle.close()
    try? FileManager.default.removeItem(at: temporaryURL)
  }

  /// True when writing to a terminal.
  var isTerminal: Bool { targetURL == nil && isatty(STDOUT_FILENO) == 1 }
}

/// Removes a half-written output file when the run is interrupted (Ctrl-C,
/// `kill`), so an interrupted run leaves the previous output as it was.
enum InterruptCleanup {
  // The path lives in C memory so that the signal handler only reads it.
  nonisolated(unsafe) private static var path: UnsafeMutablePointer<CChar>?

  static func remove(onInterrupt newPath: String?) {
    let old = path
    path = newPath.map { strdup($0) }
    free(old)
    guard newPath != nil else { return }
    for signalNumber in [SIGINT, SIGTERM, SIGHUP] {
      signal(signalNumber) { received in
        if let path = InterruptCleanup.path { unlink(path) }
        _exit(128 + received)
      }
    }
  }
}

struct OutputError: Error, CustomStringConvertible {
  let message: String
  var description: String { message }
}
