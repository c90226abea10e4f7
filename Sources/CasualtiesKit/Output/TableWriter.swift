import Foundation

/// Writes records as an aligned table for a terminal: the fields a reader
/// scans first, with the sentence cut to fit.
public struct TableWriter: RecordWriter {
  /// A writer.
  public init() {}

  static let columns = ["doc", "line", "category", "count", "qualifier", "subject", "source", "location", "scope", "text"]

  /// Nothing: each batch is its own table.

  public func header() -> String { "" }

  /// The records as an aligned table with a header.

  public mutating func write(_ records: [EventRecord]) -> String {
    guard !records.isEmpty else { return "" }
    let rows = records.map { record in
      [
        record.doc, String(record.line), record.category.rawValue, String(record.count), record.qualifier.rawValue,
        record.subject, record.source.map { "\($0) (\(record.sourceType?.rawValue ?? "other"))" } ?? "-",
        record.location.map { place in record.country.map { "\(place) (\($0))" } ?? place } ?? "-", record.scope.rawValue,
        Self.clip(record.text, to: 60),
      ]
    }
    return AlignedColumns.render([Self.columns] + rows)
  }

  static func clip(_ text: String, to width: Int) -> String {
    text.count <= width ? text : String(text.prefix(width - 1)) + "…"
  }
}
