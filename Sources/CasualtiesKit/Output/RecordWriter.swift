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
