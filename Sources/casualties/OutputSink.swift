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
    // Registered before the file exists, so that an interrupt never finds
    // it made and not yet known to the cleanup.
    InterruptCleanup.register(temporary.path)
    let descriptor = open(temporary.path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else {
      let error = errno
      InterruptCleanup.unregister(temporary.path)
      throw OutputError(cannotCreate: path, errno: error)
    }
    self.handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
    temporaryURL = temporary
    targetURL = target
  }

  func write(_ text: String) {
    guard !text.isEmpty else { return }
    handle.write(Data(text.utf8))
  }

  /// Moves a file output into place.
  func commit() throws {
    guard let temporaryURL, let targetURL else { return }
    try handle.close()
    InterruptCleanup.unregister(temporaryURL.path)
    if rename(temporaryURL.path, targetURL.path) != 0 {
      let reason = String(cString: strerror(errno))
      try? FileManager.default.removeItem(at: temporaryURL)
      throw OutputError(message: "\(targetURL.path): cannot replace the output file: \(reason)")
    }
  }

  /// Removes a file output's temporary file, leaving any earlier output as it was.
  func discard() {
    guard let temporaryURL else { return }
    InterruptCleanup.unregister(temporaryURL.path)
    try? handle.close()
    try? FileManager.default.removeItem(at: temporaryURL)
  }

  /// True when writing to a terminal.
  var isTerminal: Bool { targetURL == nil && isatty(STDOUT_FILENO) == 1 }

  /// The terminal's width in columns when writing to one: what the terminal
  /// says (TIOCGWINSZ), or else `COLUMNS`; nil otherwise.
  var terminalWidth: Int? {
    guard isTerminal else { return nil }
    var size = winsize()
    if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
    return ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init).flatMap { $0 > 0 ? $0 : nil }
  }
}

/// Removes half-written output files when the run is interrupted (Ctrl-C,
/// `kill`), so an interrupted run leaves the previous outputs as they were.
enum InterruptCleanup {
  // Paths live in C memory, in a fixed table, so that the signal handler
  // only reads memory that is never freed while it may run.
  nonisolated(unsafe) private static var paths = [UnsafeMutablePointer<CChar>?](repeating: nil, count: 8)
  nonisolated(unsafe) private static var installed = false

  static func register(_ path: String) {
    guard let slot = paths.firstIndex(where: { $0 == nil }) else { return }
    paths[slot] = strdup(path)
    guard !installed else { return }
    installed = true
    for signalNumber in [SIGINT, SIGTERM, SIGHUP] {
      signal(signalNumber) { received in
        for case let path? in InterruptCleanup.paths { unlink(path) }
        _exit(128 + received)
      }
    }
  }

  static func unregister(_ path: String) {
    guard let slot = paths.firstIndex(where: { $0.map { String(cString: $0) == path } ?? false }) else { return }
    let old = paths[slot]
    paths[slot] = nil
    free(old)
  }
}

struct OutputError: Error, CustomStringConvertible {
  let message: String
  var description: String { message }
}

extension OutputError {
  /// The output file `path` cannot be created: which folder, and why.
  init(cannotCreate path: String, errno code: Int32) {
    let given = (path as NSString).deletingLastPathComponent
    let folder = given.isEmpty ? "." : given
    let reason = switch code {
    case ENOENT: "the folder \(folder) does not exist"
    case ENOTDIR: "\(folder) is not a folder"
    case EACCES, EPERM: "no permission to create files in the folder \(folder)"
    case EROFS: "the folder \(folder) is on a read-only file system"
    case EISDIR: "it is a folder"
    default: "in the folder \(folder): \(String(cString: strerror(code)))"
    }
    self.init(message: "\(path): cannot write the output file: \(reason)")
  }
}
