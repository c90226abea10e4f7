import Foundation

/// One hand-annotated claim, in the dev set's gold format (one JSON object
/// per line; see `Data/fixtures/README.md`).
public struct GoldClaim: Decodable, Sendable, Hashable {
  /// The document's file name.
  public var doc: String
  /// What is counted.
  public var category: Category
  /// The number as stated.
  public var count: Int
  /// The lower bound, or nil when open.
  public var low: Int?
  /// The upper bound, or nil when open.
  public var high: Int?
  /// How the count is hedged.
  public var qualifier: Qualifier
  /// The head noun of what is counted.
  public var subject: String?
  /// The kind of source, or nil.
  public var sourceType: SourceType?
  /// The attributed speaker as written, or nil.
  public var source: String?
  /// The place as written, or nil.
  public var location: String?
  /// Incident toll or running total.
  public var scope: Scope
  /// An exact substring of the document that holds the claim.
  public var quote: String
  /// True for a later mention of a figure already annotated for the same event.
  public var restatement: Bool?

  enum CodingKeys: String, CodingKey {
    case doc, category, count, low, high, qualifier, subject, source, location, scope, quote, restatement
    case sourceType = "source_type"
  }

  /// True for a restatement of an earlier claim.
  public var isRestatement: Bool { restatement ?? false }
}

/// Reads JSON Lines files of gold claims or records.
public enum JSONLinesReader {
  /// Decodes every non-blank line of `url` as a `T`.
  /// - Throws: ``JSONLinesError`` naming the file, and the line of a bad line
  ///   with the field at fault.
  public static func read<T: Decodable>(_ type: T.Type, from url: URL) throws -> [T] {
    let bytes: [UInt8]
    do { bytes = try InputReader.read(url.path) } catch {
      throw JSONLinesError(file: url.path, line: nil, reason: error.reasonText)
    }
    guard let text = String(validating: bytes, as: UTF8.self) else {
      throw JSONLinesError(file: url.path, line: nil, reason: "not UTF-8 text")
    }
    let decoder = JSONDecoder()
    var values: [T] = []
    for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      if line.allSatisfy(\.isWhitespace) { continue }
      do { values.append(try decoder.decode(T.self, from: Data(line.utf8))) } catch {
        throw JSONLinesError(file: url.path, line: index + 1, reason: describe(error))
      }
    }
    return values
  }

  /// A decoding failure in words a user can act on: which field, and what is wrong with it.
  static func describe(_ error: any Error) -> String {
    guard let error = error as? DecodingError else { return "\(error)" }
    func path(_ context: DecodingError.Context, adding key: (any CodingKey)? = nil) -> String {
      (context.codingPath + (key.map { [$0] } ?? [])).map(\.stringValue).joined(separator: ".")
    }
    switch error {
    case .keyNotFound(let key, let context):
      return "the field \"\(path(context, adding: key))\" is missing"
    case .valueNotFound(_, let context):
      return "the field \"\(path(context))\" is null, and it needs a value"
    case .typeMismatch(let type, let context):
      return "the field \"\(path(context))\" is not \(typeName(type))"
    case .dataCorrupted(let context):
      if context.codingPath.isEmpty { return "not a JSON object" }
      return "the field \"\(path(context))\" has a value that is not allowed (\(context.debugDescription))"
    @unknown default:
      return "\(error)"
    }
  }

  private static func typeName(_ type: Any.Type) -> String {
    switch type {
    case is Int.Type: "a whole number"
    case is String.Type: "a string"
    case is Bool.Type: "true or false"
    case is Double.Type: "a number"
    default: "of the expected type"
    }
  }
}

/// A line of a JSON Lines file that could not be read.
public struct JSONLinesError: Error, CustomStringConvertible {
  /// The file that could not be read.
  public var file: String
  /// The 1-based line at fault, when known.
  public var line: Int?
  /// What is wrong.
  public var reason: String
  public var description: String { "\(file)\(line.map { ":\($0)" } ?? ""): \(reason)" }
}
