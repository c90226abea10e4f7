import ArgumentParser
import CasualtiesKit

/// `--csv`, `--jsonl` or `--table`.
enum OutputFormat: String, EnumerableFlag {
  case csv, jsonl, table, gkg

  static func help(for value: OutputFormat) -> ArgumentHelp? {
    switch value {
    case .csv: "Write CSV with a header row."
    case .jsonl: "Write one JSON object per line."
    case .table: "Write an aligned table (the default on a terminal; JSON Lines otherwise)."
    case .gkg: "Write each document's counts in the layout of the GDELT GKG Counts field."
    }
  }

  /// A writer for this format; a table fits `width` columns when given.
  func makeWriter(rules: RuleSet, width: Int? = nil) -> any RecordWriter {
    switch self {
    case .csv: CSVWriter()
    case .jsonl: JSONLinesWriter()
    case .table: TableWriter(width: width)
    case .gkg: GKGCountsWriter(rules: rules)
    }
  }

}
