/// One numeric claim found in a document: what was counted, how many, who
/// says so, where, and the evidence.
///
/// The stored properties are the record contract shared with other tools; CSV
/// and JSON Lines carry exactly these fields in this order (see
/// ``EventRecord/fieldNames``). New fields may only be added, optional, at the end.
public struct EventRecord: Codable, Sendable, Hashable {
  /// The input's name as given (`-` for standard input).
  public var doc: String
  /// The 1-based line where the claim's evidence starts.
  public var line: Int
  /// UTF-8 byte offset of the evidence span's start in the input.
  public var start: Int
  /// UTF-8 byte offset just past the evidence span.
  public var end: Int
  /// What is counted.
  public var category: Category
  /// The number as stated (the lower figure of a range); may be 0.
  public var count: Int
  /// The lower bound the qualifier gives, or `nil` when open.
  public var low: Int?
  /// The upper bound the qualifier gives, or `nil` when open.
  public var high: Int?
  /// How the count is hedged.
  public var qualifier: Qualifier
  /// Who or what is counted, as a lowercase head noun ("people", "missiles").
  public var subject: String
  /// The attribution as written ("Lebanon's health ministry"), or `nil`.
  public var source: String?
  /// The kind of source, or `nil` when there is none.
  public var sourceType: SourceType?
  /// The most specific place named for the claim, as written, or `nil`.
  public var location: String?
  /// ISO 3166-1 alpha-2 code of the location's country, where known.
  public var country: String?
  /// Incident toll or running total.
  public var scope: Scope
  /// The sentence that holds the claim, white space folded.
  public var text: String

  /// The field names in contract order, as CSV headers and JSON keys.
  public static let fieldNames = [
    "doc", "line", "start", "end", "category", "count", "low", "high", "qualifier", "subject",
    "source", "source_type", "location", "country", "scope", "text",
  ]

  enum CodingKeys: String, CodingKey {
    case doc, line, start, end, category, count, low, high, qualifier, subject, source
    case sourceType = "source_type"
    case location, country, scope, text
  }

  /// A record with every field given.

  public init(
    doc: String, line: Int, start: Int, end: Int, category: Category, count: Int, low: Int?,
    high: Int?, qualifier: Qualifier, subject: String, source: String?, sourceType: SourceType?,
    location: String?, country: String?, scope: Scope, text: String
  ) {
    self.doc = doc
    self.line = line
    self.start = start
    self.end = end
    self.category = category
    self.count = count
    self.low = low
    self.high = high
    self.qualifier = qualifier
    self.subject = subject
    self.source = source
    self.sourceType = sourceType
    self.location = location
    self.country = country
    self.scope = scope
    self.text = text
  }

  /// The fields as text in contract order; `nil` for an empty (open) field.
  public var fieldValues: [String?] {
    [
      doc, String(line), String(start), String(end), category.rawValue, String(count),
      low.map(String.init), high.map(String.init), qualifier.rawValue, subject, source,
      sourceType?.rawValue, location, country, scope.rawValue, text,
    ]
  }
}

extension EventRecord {
  /// Encodes every field, writing `null` for open ones rather than leaving them out.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(doc, forKey: .doc)
    try container.encode(line, forKey: .line)
    try container.encode(start, forKey: .start)
    try container.encode(end, forKey: .end)
    try container.encode(category, forKey: .category)
    try container.encode(count, forKey: .count)
    try container.encode(low, forKey: .low)
    try container.encode(high, forKey: .high)
    try container.encode(qualifier, forKey: .qualifier)
    try container.encode(subject, forKey: .subject)
    try container.encode(source, forKey: .source)
    try container.encode(sourceType, forKey: .sourceType)
    try container.encode(location, forKey: .location)
    try container.encode(country, forKey: .country)
    try container.encode(scope, forKey: .scope)
    try container.encode(text, forKey: .text)
  }
}
