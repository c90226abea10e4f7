/// Writes one JSON object per record and line, keys in contract order,
/// `null` for open fields. Written by hand: it is the hot output path, and
/// the order of keys is part of the contract. Each batch is appended to one
/// string, without a temporary string per field.
public struct JSONLinesWriter: RecordWriter {
  /// A writer.
  public init() {}

  /// One line per record.
  public mutating func write(_ records: [EventRecord]) -> String {
    var out = ""
    out.reserveCapacity(records.count * 512)
    for record in records {
      out += "{\"doc\":"
      Self.append(record.doc, to: &out)
      out += ",\"line\":"
      out += String(record.line)
      out += ",\"start\":"
      out += String(record.start)
      out += ",\"end\":"
      out += String(record.end)
      out += ",\"category\":\""
      out += record.category.rawValue
      out += "\",\"count\":"
      out += String(record.count)
      out += ",\"low\":"
      out += record.low.map(String.init) ?? "null"
      out += ",\"high\":"
      out += record.high.map(String.init) ?? "null"
      out += ",\"qualifier\":\""
      out += record.qualifier.rawValue
      out += "\",\"subject\":"
      Self.append(record.subject, to: &out)
      out += ",\"source\":"
      Self.append(record.source, to: &out)
      out += ",\"source_type\":"
      if let type = record.sourceType {
        out += "\""
        out += type.rawValue
        out += "\""
      } else {
        out += "null"
      }
      out += ",\"location\":"
      Self.append(record.location, to: &out)
      out += ",\"country\":"
      Self.append(record.country, to: &out)
      out += ",\"scope\":\""
      out += record.scope.rawValue
      out += "\",\"text\":"
      Self.append(record.text, to: &out)
      out += "}\n"
    }
    return out
  }

  /// A JSON string literal for `value`, escaping quotes, backslashes and control characters.
  static func string(_ value: String) -> String {
    var out = ""
    append(value, to: &out)
    return out
  }

  /// Appends ``string(_:)`` of `value`, or `null`.
  static func append(_ value: String?, to out: inout String) {
    guard let value else {
      out += "null"
      return
    }
    out += "\""
    // Most values need no escape: copy them whole.
    if !value.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) {
      out += value
      out += "\""
      return
    }
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
    out += "\""
  }
}
