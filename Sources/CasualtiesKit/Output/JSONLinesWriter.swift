/// Writes one JSON object per record and line, keys in contract order,
/// `null` for open fields. Written by hand: it is the hot output path, and
/// the order of keys is part of the contract.
public struct JSONLinesWriter: RecordWriter {
  /// A writer.
  public init() {}

  /// One line per record.

  public mutating func write(_ records: [EventRecord]) -> String {
    var out = ""
    for record in records {
      out += "{"
      out += "\"doc\":" + Self.string(record.doc)
      out += ",\"line\":\(record.line),\"start\":\(record.start),\"end\":\(record.end)"
      out += ",\"category\":\"\(record.category.rawValue)\",\"count\":\(record.count)"
      out += ",\"low\":" + (record.low.map(String.init) ?? "null")
      out += ",\"high\":" + (record.high.map(String.init) ?? "null")
      out += ",\"qualifier\":\"\(record.qualifier.rawValue)\""
      out += ",\"subject\":" + Self.string(record.subject)
      out += ",\"source\":" + (record.source.map(Self.string) ?? "null")
      out += ",\"source_type\":" + (record.sourceType.map { "\"\($0.rawValue)\"" } ?? "null")
      out += ",\"location\":" + (record.location.map(Self.string) ?? "null")
      out += ",\"country\":" + (record.country.map(Self.string) ?? "null")
      out += ",\"scope\":\"\(record.scope.rawValue)\""
      out += ",\"text\":" + Self.string(record.text)
      out += "}\n"
    }
    return out
  }

  /// A JSON string literal for `value`, escaping quotes, backslashes and control characters.
  static func string(_ value: String) -> String {
    var out = "\""
    for scalar in value.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      case _ where scalar.value < 0x20:
        let hex = String(scalar.value, radix: 16)
        out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out + "\""
  }
}
