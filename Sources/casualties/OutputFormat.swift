import ArgumentParser
import CasualtiesKit

/// `--csv`, `--jsonl` or `--table`.
enum OutputFormat: String, EnumerableFlag {
  case csv, jsonl, table

  static func help(for value: OutputFormat) -> ArgumentHelp? {
    switch value {
    case .csv: "Write CSV with a header row."
    case .jsonl: "Write one JSON object per line."
    case .table: "Write an aligned table (the default on a terminal; JSON Lines otherwise)."
    }
  }

  var recordFormat: RecordFormat {
    switch self {
    case .csv: .csv
    case .jsonl: .jsonl
    case .table: .table
    }
  }
}
