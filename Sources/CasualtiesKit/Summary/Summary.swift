/// What a set of records says, without adding up repeated reports of one
/// event: per category and place, the highest figure given for an incident
/// and the latest running total, each with its source; and how many claims
/// each kind of source made.
///
/// Reports repeat: the same toll appears in a headline, a lead and a quote,
/// and a running total is restated as it grows. Summing records would count
/// each death several times, so a summary keeps the highest incident figure
/// and the last cumulative figure instead.
public struct Summary: Sendable {
  /// One category at one place.
  public struct Row: Sendable, Hashable {
    /// What is counted.
    public var category: Category
    /// The place as written, or nil for claims without one.
    public var location: String?
    /// The place's country, where known.
    public var country: String?
    /// How many records fell here.
    public var claims: Int
    /// The incident record with the highest count.
    public var highestIncident: EventRecord?
    /// The last cumulative record in input order.
    public var latestCumulative: EventRecord?
  }

  /// Rows sorted by category, then by place.
  public var rows: [Row]
  /// Claims per source type; nil is "no source".
  public var claimsBySourceType: [SourceType?: Int]

  /// Summarizes `records`, which must be in input order.
  public init(records: [EventRecord]) {
    var rows: [String: Row] = [:]
    var bySource: [SourceType?: Int] = [:]
    for record in records {
      bySource[record.sourceType, default: 0] += 1
      let place = record.location.map { Lexicon.normalize($0) } ?? ""
      let key = "\(record.category.rawValue)\u{0}\(place)"
      var row = rows[key] ?? Row(category: record.category, location: record.location, country: record.country, claims: 0)
      row.claims += 1
      if row.country == nil { row.country = record.country }
      switch record.scope {
      case .incident:
        if (row.highestIncident?.count ?? -1) < record.count { row.highestIncident = record }
      case .cumulative:
        row.latestCumulative = record
      }
      rows[key] = row
    }
    self.rows = rows.values.sorted {
      ($0.category, $0.location?.lowercased() ?? "\u{10FFFF}") < ($1.category, $1.location?.lowercased() ?? "\u{10FFFF}")
    }
    self.claimsBySourceType = bySource
  }
}
