import Foundation

/// Writes records as an aligned table for a terminal: the fields a reader
/// scans first, with the sentence cut to fit.
public struct TableWriter: RecordWriter {
  /// The width to fit, in characters (a terminal's columns): the sentence
  /// is cut first, then the longest of the document, subject, source and
  /// place columns; where even that does not fit, the line, scope and
  /// document columns are left out, in that order. Nil cuts only the
  /// sentence, at 60 characters.
  public var width: Int?

  /// A writer; `width` as above.
  public init(width: Int? = nil) {
    self.width = width
  }

  static let columns = ["doc", "line", "category", "count", "qualifier", "subject", "source", "location", "scope", "text"]
  /// The columns cut to fit a width, besides the sentence (the last).
  static let cuttable: Set<String> = ["doc", "subject", "source", "location"]
  /// The columns left out, in this order, where cutting cannot fit a width.
  static let droppable = ["line", "scope", "doc"]
  static let shortestText = 20
  static let shortestCut = 7

  /// Nothing: each batch is its own table.

  public func header() -> String { "" }

  /// The records as an aligned table with a header.

  public mutating func write(_ records: [EventRecord]) -> String {
    guard !records.isEmpty else { return "" }
    let rows = [Self.columns] + records.map { record in
      [
        record.doc, String(record.line), record.category.rawValue, String(record.count), record.qualifier.rawValue,
        record.subject, record.source.map { "\($0) (\(record.sourceType?.rawValue ?? "other"))" } ?? "-",
        record.location.map { place in record.country.map { "\(place) (\($0))" } ?? place } ?? "-", record.scope.rawValue,
        record.text,
      ]
    }
    guard let width else {
      return AlignedColumns.render(rows.map { row in row.indices.map { $0 == row.count - 1 ? Self.clip(row[$0], to: 60) : row[$0] } })
    }
    var kept = Array(Self.columns.indices)
    for name in Self.droppable where Self.shortest(rows, kept) > width {
      kept.removeAll { Self.columns[$0] == name }
    }
    let fitted = rows.map { row in kept.map { row[$0] } }
    let widths = Self.columnWidths(of: fitted, fitting: width)
    return AlignedColumns.render(fitted.map { row in row.indices.map { Self.clip(row[$0], to: widths[$0]) } })
  }

  /// The natural width of each column of `rows`.
  static func naturalWidths(of rows: [[String]]) -> [Int] {
    rows[0].indices.map { column in rows.map { $0[column].count }.max() ?? 0 }
  }

  /// The width of a line of the `kept` columns of `rows` cut as far as they go.
  static func shortest(_ rows: [[String]], _ kept: [Int]) -> Int {
    let widths = naturalWidths(of: rows)
    return kept.reduce(2 * (kept.count - 1)) { total, column in
      let name = columns[column]
      let shortest = name == "text" ? shortestText : cuttable.contains(name) ? shortestCut : Int.max
      return total + min(widths[column], shortest)
    }
  }

  /// Each column's width, cut until a line fits `width` or nothing more
  /// can be cut: the sentence to 40 characters, then the other cuttable
  /// columns to 12, then the sentence to its shortest, then the others to
  /// theirs. The sentence is the last column.
  static func columnWidths(of rows: [[String]], fitting width: Int) -> [Int] {
    var widths = naturalWidths(of: rows)
    let text = widths.count - 1
    var over = widths.reduce(0, +) + 2 * text - width
    let others = widths.indices.filter { Self.cuttable.contains(rows[0][$0]) }
    for (columns, shortest) in [([text], 40), (others, 12), ([text], shortestText), (others, shortestCut)] {
      while over > 0, let widest = columns.filter({ widths[$0] > shortest }).max(by: { widths[$0] < widths[$1] }) {
        widths[widest] -= 1
        over -= 1
      }
    }
    return widths
  }

  static func clip(_ text: String, to width: Int) -> String {
    text.count <= width ? text : String(text.prefix(width - 1)) + "…"
  }
}
