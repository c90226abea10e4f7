import Foundation

/// A progress line on standard error for long runs: documents, megabytes,
/// throughput and, when the total size is known, the time left. Shown only
/// when standard error is a terminal and the run has lasted a second.
final class ProgressLine {
  private let totalBytes: Int?
  private let enabled: Bool
  private let start = Date()
  private var lastDraw = Date.distantPast
  private var documents = 0
  private var bytes = 0
  private var drawn = false

  init(totalBytes: Int?, quiet: Bool) {
    self.totalBytes = totalBytes
    self.enabled = !quiet && isatty(STDERR_FILENO) == 1
  }

  func advance(documents: Int, bytes: Int) {
    self.documents += documents
    self.bytes += bytes
    guard enabled else { return }
    let now = Date()
    guard now.timeIntervalSince(start) >= 1, now.timeIntervalSince(lastDraw) >= 0.25 else { return }
    lastDraw = now
    draw(now)
  }

  func finish() {
    guard enabled, drawn else { return }
    draw(Date())
    FileHandle.standardError.write(Data("\n".utf8))
  }

  private func draw(_ now: Date) {
    let seconds = max(now.timeIntervalSince(start), 0.001)
    let megabytes = Double(bytes) / 1_000_000
    var line = String(format: "\r%d documents, %.1f MB, %.1f MB/s", documents, megabytes, megabytes / seconds)
    if let totalBytes, totalBytes > 0, bytes > 0 {
      let left = Double(totalBytes - bytes) / (Double(bytes) / seconds)
      line += String(format: ", %.0f%%, ETA %.0f s", 100 * Double(bytes) / Double(totalBytes), max(0, left))
    }
    FileHandle.standardError.write(Data((line + "   ").utf8))
    drawn = true
  }
}
