import Foundation

/// Writes records as RFC 4180 CSV: a header row of ``EventRecord/fieldNames``,
/// fields quoted when they hold a comma, quote or line break.
public struct CSVWriter: RecordWriter {
  /// A writer.
  public init() {}

  /// The header row.

  public func header() -> String {
    EventRecord.fieldNames.joined(separator: ",") + "\n"
  }

  /// One row per record.

  public mutating func write(_ records: [EventRecord]) -> String {
    var out = ""
    for record in records {
      out += record.fieldValues.map { Self.field($0 ?? "") }.joined(separator: ",")
      out += "\n"
    }
    return out
  }

  static func field(_ value: String) -> String {
    guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
    return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }
}
