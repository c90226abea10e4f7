import Foundation

/// Reads the inputs named on a command line: files, or `-` for standard input.
public enum InputReader {
  /// Opens `input` for reading (`-` is standard input), refusing a missing
  /// file, a folder, an unreadable file and, unless `allowBinary`, a file
  /// with NUL bytes in its first 8 KiB.
  /// - Throws: ``InputError`` naming the input and why it was refused.
  public static func open(_ input: String, allowBinary: Bool = false) throws(InputError) -> FileHandle {
    if input == "-" { return .standardInput }
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: input, isDirectory: &isDirectory) else {
      throw InputError(input: input, reason: .notFound)
    }
    if isDirectory.boolValue { throw InputError(input: input, reason: .isDirectory) }
    guard let handle = FileHandle(forReadingAtPath: input) else {
      throw InputError(input: input, reason: .unreadable("permission denied"))
    }
    if !allowBinary {
      do {
        let head = try handle.read(upToCount: sniffLength) ?? Data()
        try handle.seek(toOffset: 0)
        if head.contains(0) {
          try? handle.close()
          throw InputError(input: input, reason: .binary)
        }
      } catch let error as InputError {
        throw error
      } catch {
        try? handle.close()
        throw InputError(input: input, reason: .unreadable(Self.reason(error)))
      }
    }
    return handle
  }

  /// How many leading bytes are checked for NUL to tell binary from text.
  public static let sniffLength = 8192

  /// The bytes of `input` (`-` reads standard input to its end), refused
  /// like ``open(_:allowBinary:)`` refuses them.
  /// - Throws: ``InputError`` naming the input and why it was refused.
  public static func read(_ input: String, allowBinary: Bool = false) throws(InputError) -> [UInt8] {
    let handle = try open(input, allowBinary: allowBinary)
    defer { if input != "-" { try? handle.close() } }
    let bytes: [UInt8]
    do {
      bytes = Array(try handle.readToEnd() ?? Data())
    } catch {
      throw InputError(input: input, reason: .unreadable(Self.reason(error)))
    }
    // Standard input cannot be sniffed before it is read.
    if input == "-", !allowBinary, bytes.prefix(sniffLength).contains(0) { throw InputError(input: input, reason: .binary) }
    return bytes
  }

  /// The system's words for a read error ("Input/output error"), not
  /// Foundation's "The operation could not be completed".
  public static func reason(_ error: any Error) -> String {
    let nsError = error as NSError
    if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
      return String(cString: strerror(Int32(underlying.code))).lowercased()
    }
    if nsError.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(nsError.code))).lowercased() }
    return nsError.localizedDescription
  }
}
