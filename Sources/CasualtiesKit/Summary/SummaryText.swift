import Foundation

/// Renders a ``Summary`` as a table, CSV or JSON Lines.
public enum SummaryText {
  /// The columns of the CSV and JSON Lines forms.
  public static let fields = [
    "category", "location", "country", "claims", "highest_incident", "highest_incident_source", "highest_incident_doc",
    "latest_cumulative", "latest_cumulative_source", "latest_cumulative_doc",
  ]

  static func values(_ row: Summary.Row) -> [String?] {
    [
      row.category.rawValue, row.location, row.country, String(row.claims),
      row.highestIncident.map { figure($0) }, row.highestIncident?.source, row.highestIncident?.doc,
      row.latestCumulative.map { figure($0) }, row.latestCumulative?.source, row.latestCumulative?.doc,
    ]
  }

  /// "at least 3287", "about 100", "5".
  static func figure(_ record: EventRecord) -> String {
    switch record.qualifier {
    case .exact: "\(record.count)"
    case .approximate: "about \(record.count)"
    case .atLeast: "at least \(record.count)"
    case .moreThan: "more than \(record.count)"
    case .atMost: "up to \(record.count)"
    case .lessThan: "fewer than \(record.count)"
    case .range: "\(record.count)-\(record.high ?? record.count)"
    }
  }

  /// CSV with a header row.
  public static func csv(_ summary: Summary) -> String {
    ([fields.joined(separator: ",")] + summary.rows.map { values($0).map { CSVWriter.field($0 ?? "") }.joined(separator: ",") })
      .joined(separator: "\n") + "\n"
  }

  /// One JSON object per row, keys in column order, null for empty fields.
  public static func jsonLines(_ summary: Summary) -> String {
    summary.rows.map { row in
      "{" + zip(fields, values(row)).map { key, value in
        let encoded = key == "claims" ? (value ?? "0") : (value.map(JSONLinesWriter.string) ?? "null")
        return "\"\(key)\":\(encoded)"
      }.joined(separator: ",") + "}\n"
    }.joined()
  }

  /// A table for reading, then the claims per source type.
  public static func table(_ summary: Summary) -> String {
    let header = ["category", "location", "claims", "highest incident (source)", "latest running total (source)"]
    let rows = summary.rows.map { row in
      [
        row.category.rawValue, row.location.map { place in row.country.map { "\(place) (\($0))" } ?? place } ?? "-",
        String(row.claims),
        row.highestIncident.map { "\(figure($0)) (\($0.source ?? "no source"))" } ?? "-",
        row.latestCumulative.map { "\(figure($0)) (\($0.source ?? "no source"))" } ?? "-",
      ]
    }
    var out = AlignedColumns.render([header] + rows)
    out += "\nclaims by source type:\n"
    let counts = summary.claimsBySourceType.sorted { ($1.value, $0.key?.rawValue ?? "~") < ($0.value, $1.key?.rawValue ?? "~") }
    out += AlignedColumns.render(counts.map { ["  " + ($0.key?.rawValue ?? "no source"), String($0.value)] })
    return out
  }
}
