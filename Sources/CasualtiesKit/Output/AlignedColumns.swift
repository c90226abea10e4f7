/// Lays out rows of cells in columns padded to their widest cell; the last
/// column is left unpadded.
enum AlignedColumns {
  static func render(_ rows: [[String]]) -> String {
    guard let columns = rows.first?.count else { return "" }
    let widths = (0..<columns).map { column in rows.map { $0[column].count }.max() ?? 0 }
    return rows.map { row in
      row.enumerated().map { $0 == columns - 1 ? $1 : $1.padding(toLength: widths[$0], withPad: " ", startingAt: 0) }
        .joined(separator: "  ")
    }.joined(separator: "\n") + "\n"
  }
}
