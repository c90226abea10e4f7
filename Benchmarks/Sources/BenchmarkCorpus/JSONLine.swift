/// A document as one line of JSON Lines, `{"id": …, "text": …}`, written as
/// Python's `json.dumps` writes it by default: every character outside
/// printable ASCII escaped (`\u2014`, surrogate pairs for the rest).
public enum JSONLine {
  /// The line for a document, without its line break.
  public static func line(id: String, text: String) -> String {
    #"{"id": "# + quoted(id) + #", "text": "# + quoted(text) + "}"
  }

  /// A JSON string literal in printable ASCII.
  public static func quoted(_ text: String) -> String {
    var out = "\""
    for unit in text.utf16 {
      switch unit {
      case 0x22: out += "\\\""
      case 0x5C: out += "\\\\"
      case 0x0A: out += "\\n"
      case 0x20..<0x7F: out.unicodeScalars.append(Unicode.Scalar(unit)!)
      default:
        let hex = String(unit, radix: 16)
        out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      }
    }
    return out + "\""
  }
}
