import Foundation

/// A rules file read from disk and decoded, with its text kept for messages
/// that name a line.
struct LoadedRuleFile {
  /// The name used in messages: the file name for bundled rules, the path for a user's.
  let name: String
  let text: String
  let content: RuleFile

  /// Parses `text`, the rules file that messages call `name` (and, for a
  /// file that is not JSON, `path`).
  init(text: String, name: String, path: String) throws(RuleSetError) {
    self.name = name
    self.text = text
    do {
      self.content = try JSONDecoder().decode(RuleFile.self, from: Data(text.utf8))
    } catch {
      throw RuleSetError(file: path, line: Self.line(of: error, in: text), reason: "not a valid rules file: \(Self.describe(error))")
    }
  }

  /// The line of a JSON syntax error: Foundation's JSONSerialization says
  /// "around character N"; JSONDecoder on Linux gives no position.
  static func line(of error: any Error, in text: String) -> Int? {
    let data = Data(text.utf8)
    var debug = ""
    do { _ = try JSONSerialization.jsonObject(with: data) } catch {
      debug = ((error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String) ?? ""
    }
    guard let range = debug.range(of: #"character (\d+)"#, options: .regularExpression),
      let offset = Int(debug[range].dropFirst("character ".count))
    else { return nil }
    return data.prefix(offset).reduce(1) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
  }

  static func describe(_ error: any Error) -> String {
    switch error {
    case DecodingError.dataCorrupted(let context):
      return (context.underlyingError as NSError?)?.userInfo[NSDebugDescriptionErrorKey] as? String ?? context.debugDescription
    case DecodingError.keyNotFound(let key, let context):
      return "missing field '\(key.stringValue)' at \(path(context.codingPath))"
    case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
      return "\(context.debugDescription) at \(path(context.codingPath))"
    default:
      return "\(error)"
    }
  }

  static func path(_ keys: [any CodingKey]) -> String {
    keys.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
  }

}
