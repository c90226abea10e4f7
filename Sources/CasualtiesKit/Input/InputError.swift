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

  public var description: String { "\(input): \(reasonText)" }

  /// The reason alone, without the input's name.
  public var reasonText: String {
    switch reason {
    case .notFound: "no such file"
    case .isDirectory: "is a directory (name the files in it, e.g. \(input)/*.txt)"
    case .unreadable(let why): "cannot be read: \(why)"
    case .binary: "looks like a binary file (NUL bytes in its first 8 KiB); skipped"
    }
  }
}
