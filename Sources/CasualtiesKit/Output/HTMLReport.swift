/// A self-contained HTML page for a person checking the extraction: each
/// document's text with every claim's evidence highlighted by category (its
/// fields shown on hover), and a table of the records beside it.
///
///     var report = HTMLReport(title: "Claims")
///     report.add(document, records: result.records)
///     try report.render().write(to: url, atomically: true, encoding: .utf8)
///
/// The page holds the whole text: it is meant for reviewing a handful of
/// documents, not an archive.
public struct HTMLReport: Sendable {
  private let title: String
  private var sections: [(name: String, html: String)] = []
  /// Numbers the highlighted claims, for links from the table.
  private var claims = 0

  /// An empty report with a page title.

  public init(title: String) {
    self.title = title
  }

  /// Adds a document (or a piece of one) and the records found in it.
  public mutating func add(_ document: InputDocument, records: [EventRecord]) {
    var html = "<div class=\"text\">"
    var cursor = 0
    let bytes = document.bytes
    let spans = records.map { (($0.start - document.offset)..<($0.end - document.offset), $0) }
      .filter { $0.0.lowerBound >= 0 && $0.0.upperBound <= bytes.count }
      .sorted { $0.0.lowerBound < $1.0.lowerBound }
    let first = claims
    claims += spans.count
    for (index, (range, record)) in spans.enumerated() where range.lowerBound >= cursor {
      html += Self.escape(bytes[cursor..<range.lowerBound])
      html += "<mark class=\"claim \(record.category.rawValue)\" id=\"claim-\(first + index)\" data-category=\"\(record.category.rawValue)\" data-count=\"\(record.count)\" title=\"\(Self.escape(Self.tooltip(record)))\">"
      html += Self.escape(bytes[range]) + "</mark>"
      cursor = range.upperBound
    }
    html += Self.escape(bytes[cursor...]) + "</div>"
    html += "<table><thead><tr><th>line</th><th>category</th><th>count</th><th>qualifier</th><th>subject</th><th>source</th><th>location</th><th>scope</th></tr></thead><tbody>"
    for (index, (_, record)) in spans.enumerated() {
      let cells = [
        String(record.line), record.category.rawValue, String(record.count), record.qualifier.rawValue, record.subject,
        record.source.map { "\($0) (\(record.sourceType?.rawValue ?? "other"))" } ?? "–",
        record.location.map { place in record.country.map { "\(place) (\($0))" } ?? place } ?? "–", record.scope.rawValue,
      ]
      html += "<tr class=\"\(record.category.rawValue)\"><td><a href=\"#claim-\(first + index)\">\(cells[0])</a></td>"
      // Subject, source and location are phrases that may wrap; the other cells are single words.
      html += cells.enumerated().dropFirst().map { column, text in
        (4...6).contains(column) ? "<td class=\"phrase\">\(Self.escape(text))</td>" : "<td>\(Self.escape(text))</td>"
      }.joined() + "</tr>"
    }
    html += "</tbody></table>"
    if let last = sections.last, last.name == document.name {
      sections[sections.count - 1].html += html
    } else {
      sections.append((document.name, html))
    }
  }

  /// The whole page.
  public func render() -> String {
    var page = """
      <!DOCTYPE html>
      <html lang="en"><head><meta charset="utf-8"><title>\(Self.escape(title))</title>
      <style>
      body { font: 15px/1.5 system-ui, sans-serif; margin: 2em; color: #222; }
      section { display: grid; grid-template-columns: minmax(0, 2fr) minmax(0, 3fr); gap: 2em; border-top: 1px solid #ccc; padding: 1em 0; }
      h2 { grid-column: 1 / -1; margin: 0; font-size: 1.1em; }
      .text { white-space: pre-wrap; }
      mark { border-radius: 3px; padding: 0 2px; cursor: help; }
      table { border-collapse: collapse; font-size: 13px; align-self: start; width: 100%; position: sticky; top: 0; }
      th, td { text-align: left; vertical-align: top; padding: 2px 6px; border-bottom: 1px solid #eee; white-space: nowrap; }
      td.phrase { white-space: normal; min-width: 6em; overflow-wrap: break-word; }
      .legend span { margin-right: 1em; padding: 0 4px; border-radius: 3px; }
      \(Self.categoryStyles)
      </style></head><body>
      <h1>\(Self.escape(title))</h1>
      <p class="legend">\(Category.allCases.map { "<span class=\"\($0.rawValue)\">\($0.rawValue)</span>" }.joined())</p>

      """
    for section in sections {
      page += "<section><h2>\(Self.escape(section.name))</h2>\(section.html)</section>\n"
    }
    return page + "</body></html>\n"
  }

  static let categoryStyles = [
    (Category.killed, "#f4a3a3"), (.injured, "#f7d08a"), (.missing, "#c9b6f2"), (.displaced, "#a9d8f5"),
    (.evacuated, "#b5e8c2"), (.detained, "#d9d9d9"), (.abducted, "#f2b8e0"), (.strikes, "#f9e79f"),
  ].map { ".\($0.0.rawValue) { background: \($0.1); }" }.joined(separator: "\n")

  static func tooltip(_ record: EventRecord) -> String {
    var parts = ["\(record.category.rawValue) \(record.count) (\(record.qualifier.rawValue)) \(record.subject)"]
    parts.append("low \(record.low.map(String.init) ?? "–"), high \(record.high.map(String.init) ?? "–")")
    parts.append("source: \(record.source.map { "\($0) (\(record.sourceType?.rawValue ?? "other"))" } ?? "none")")
    parts.append("location: \(record.location.map { place in record.country.map { "\(place), \($0)" } ?? place } ?? "none")")
    parts.append("scope: \(record.scope.rawValue)")
    return parts.joined(separator: "\n")
  }

  static func escape(_ bytes: ArraySlice<UInt8>) -> String {
    escape(String(decoding: bytes, as: UTF8.self))
  }

  static func escape(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for character in text {
      switch character {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      default: out.append(character)
      }
    }
    return out
  }
}
