/// Writes each document's records as the Counts field of the GDELT Global
/// Knowledge Graph (V2.1 layout), so that GDELT workflows can read them: one
/// line per document, `DOC<TAB>COUNTS`, where COUNTS is a `;`-separated list
/// of `TYPE#NUMBER#OBJECT#LOCTYPE#LOCNAME#COUNTRY#ADM1#LAT#LONG#FEATUREID#OFFSET`.
///
/// Categories map to GDELT count types: killed → KILL, injured → WOUND,
/// displaced → DISPLACED, evacuated → EVACUATION, detained → ARREST,
/// abducted → KIDNAP. GDELT has no type for missing people or strikes; those
/// records are left out. The location type is 1 (country), 2 (US state),
/// 3 (US city), 4 (world city) or 5 (world state), from the gazetteer's kind
/// of place (a place it does not know counts as a city); ADM1 code,
/// latitude, longitude and feature id stay empty, and the offset is the
/// claim's byte offset in the input.
public struct GKGCountsWriter: RecordWriter {
  private let gazetteer: Gazetteer

  /// A writer that types places with the gazetteer of `rules`.
  public init(rules: RuleSet) {
    self.gazetteer = rules.gazetteer
  }

  /// The GDELT count type of a category, or nil when GDELT has none.
  public static func countType(_ category: Category) -> String? {
    switch category {
    case .killed: "KILL"
    case .injured: "WOUND"
    case .displaced: "DISPLACED"
    case .evacuated: "EVACUATION"
    case .detained: "ARREST"
    case .abducted: "KIDNAP"
    case .missing, .strikes: nil
    }
  }

  /// One line per document that has records GDELT can type.

  public mutating func write(_ records: [EventRecord]) -> String {
    var out = ""
    var start = records.startIndex
    while start < records.endIndex {
      let doc = records[start].doc
      var end = start
      while end < records.endIndex, records[end].doc == doc { end += 1 }
      let counts = records[start..<end].compactMap(count)
      if !counts.isEmpty { out += Self.clean(doc) + "\t" + counts.joined(separator: ";") + "\n" }
      start = end
    }
    return out
  }

  func count(_ record: EventRecord) -> String? {
    guard let type = Self.countType(record.category) else { return nil }
    var locationType = ""
    if let location = record.location {
      let inUS = record.country == "US"
      switch gazetteer.place(inName: location)?.kind {
      case "country": locationType = "1"
      case "region": locationType = inUS ? "2" : "5"
      default: locationType = inUS ? "3" : "4"
      }
    }
    let fields = [
      type, String(record.count), record.subject, locationType, record.location ?? "", record.country ?? "", "", "", "", "",
      String(record.start),
    ]
    return fields.map(Self.clean).joined(separator: "#")
  }

  /// Field text without the separators the layout uses.
  static func clean(_ text: String) -> String {
    String(text.map { "#;\t\n\r".contains($0) ? " " : $0 })
  }
}
