/// The fields of a record that an example pins down.
///
/// A field left out is not checked. `source`, `source_type`, `location` and
/// `country` may also be given as `null`: the record must then have none
/// ("source": null says the claim is not attributed).
public struct ExpectedRecord: Decodable, Sendable, CustomStringConvertible {
  /// A record field that may be empty, and that an example may state `null`.
  public enum OptionalField: String, CaseIterable, Sendable, Hashable {
    case source
    case sourceType = "source_type"
    case location
    case country
  }

  /// The category expected.
  public var category: Category
  /// The count expected.
  public var count: Int
  /// The qualifier, when checked.
  public var qualifier: Qualifier?
  /// The subject, when checked.
  public var subject: String?
  /// The source, when checked.
  public var source: String?
  /// The source type, when checked.
  public var sourceType: SourceType?
  /// The location, when checked.
  public var location: String?
  /// The country, when checked.
  public var country: String?
  /// The scope, when checked.
  public var scope: Scope?
  /// The fields the example states `null`: the record must leave them empty.
  public var absent: Set<OptionalField> = []

  enum CodingKeys: String, CodingKey {
    case category, count, qualifier, subject, source, location, country, scope
    case sourceType = "source_type"
  }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    category = try container.decode(Category.self, forKey: .category)
    count = try container.decode(Int.self, forKey: .count)
    for key in [CodingKeys.qualifier, .subject, .scope] where try container.contains(key) && container.decodeNil(forKey: key) {
      throw DecodingError.dataCorruptedError(
        forKey: key, in: container,
        debugDescription: "'\(key.stringValue)' is never empty in a record, so it cannot be null; leave it out not to check it")
    }
    qualifier = try container.decodeIfPresent(Qualifier.self, forKey: .qualifier)
    subject = try container.decodeIfPresent(String.self, forKey: .subject)
    scope = try container.decodeIfPresent(Scope.self, forKey: .scope)
    source = try container.decodeIfPresent(String.self, forKey: .source)
    sourceType = try container.decodeIfPresent(SourceType.self, forKey: .sourceType)
    location = try container.decodeIfPresent(String.self, forKey: .location)
    country = try container.decodeIfPresent(String.self, forKey: .country)
    let keys: [OptionalField: CodingKeys] = [.source: .source, .sourceType: .sourceType, .location: .location, .country: .country]
    for (field, key) in keys where try container.contains(key) && container.decodeNil(forKey: key) {
      absent.insert(field)
    }
  }

  /// True when every field this expectation gives equals the record's, and
  /// every field it states `null` is empty in the record.
  public func isSatisfied(by record: EventRecord) -> Bool {
    record.category == category && record.count == count
      && (qualifier == nil || record.qualifier == qualifier)
      && (subject == nil || record.subject == subject)
      && (source == nil || record.source == source)
      && (sourceType == nil || record.sourceType == sourceType)
      && (location == nil || record.location == location)
      && (country == nil || record.country == country)
      && (scope == nil || record.scope == scope)
      && absent.allSatisfy { Self.value(of: $0, in: record) == nil }
  }

  static func value(of field: OptionalField, in record: EventRecord) -> String? {
    switch field {
    case .source: record.source
    case .sourceType: record.sourceType?.rawValue
    case .location: record.location
    case .country: record.country
    }
  }

  public var description: String {
    var parts = ["\(category.rawValue) \(count)"]
    if let qualifier { parts.append("qualifier=\(qualifier.rawValue)") }
    if let subject { parts.append("subject=\(subject)") }
    if let source { parts.append("source=\(source)") }
    if let sourceType { parts.append("source_type=\(sourceType.rawValue)") }
    if let location { parts.append("location=\(location)") }
    if let country { parts.append("country=\(country)") }
    if let scope { parts.append("scope=\(scope.rawValue)") }
    for field in OptionalField.allCases where absent.contains(field) { parts.append("\(field.rawValue)=null") }
    return parts.joined(separator: " ")
  }
}
