/// The ways records can be written out.
public enum RecordFormat: String, Sendable, CaseIterable {
  /// RFC 4180 CSV with a header row; open bounds are empty fields.
  case csv
  /// One JSON object per line, fields in contract order; open bounds are `null`.
  case jsonl
  /// An aligned table for reading in a terminal.
  case table

  /// Makes a writer for this format.
  public func makeWriter() -> any RecordWriter {
    switch self {
    case .csv: CSVWriter()
    case .jsonl: JSONLinesWriter()
    case .table: TableWriter()
    }
  }
}

/// Turns records into text, a batch at a time, so that output streams.
/// Writers are values that can be copied to the threads that format records.
public protocol RecordWriter: Sendable {
  /// Text that opens the output (a CSV header), written once.
  func header() -> String
  /// The text for these records.
  mutating func write(_ records: [EventRecord]) -> String
  /// Text that closes the output (a table's rule), written once.
  mutating func footer() -> String
}

extension RecordWriter {
  /// No header by default.
  public func header() -> String { "" }
  /// No footer by default.
  public mutating func footer() -> String { "" }

  /// The whole output for `records`, header and footer included.
  public mutating func render(_ records: [EventRecord]) -> String {
    header() + write(records) + footer()
  }
}
