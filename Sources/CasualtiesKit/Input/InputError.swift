/// Why one input could not be read. The other inputs are still processed.
public struct InputError: Error, Sendable, Hashable, CustomStringConvertible {
  /// Why an input was refused.
  public enum Reason: Sendable, Hashable {
    /// No file at that path.
    case notFound
    /// The path is a directory.
    case isDirectory
    /// The file exists but cannot be read.
    case unreadable(String)
    /// NUL bytes in the first block: not text.
    case binary
  }

  /// The input as the user named it.
  public let input: String
  /// What went wrong.
  public let reason: Reason

  /// An error for `input`.

  public init(input: String, reason: Reason) {
    self.input = input
    self.reason = reason
  }

  public var description: String {
    switch reason {
    case .notFound: "\(input): no such file"
    case .isDirectory: "\(input): is a directory (name the files in it, e.g. \(input)/*.txt)"
    case .unreadable(let why): "\(input): cannot be read: \(why)"
    case .binary: "\(input): looks like a binary file (NUL bytes in its first 8 KiB); skipped"
    }
  }
}
