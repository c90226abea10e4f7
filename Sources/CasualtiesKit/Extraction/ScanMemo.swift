/// Answers a document scan has already worked out, by the text they were
/// worked out from: a story names the same speakers, places and figures
/// again and again, and each answer depends only on its text and the rules.
final class ScanMemo {
  /// The source type of a speaker as written ("the army", "witnesses and police").
  var speakerTypes: [String: SourceType?] = [:]
  /// The gazetteer's reading of a place as written, by whether it must be known.
  var places: [Bool: [String: PlaceName?]] = [:]
  /// The value of a number phrase as written.
  var readings: [String: NumberReading?] = [:]

  /// How many answers it holds.
  var count: Int { speakerTypes.count + places.values.reduce(0) { $0 + $1.count } + readings.count }

  /// The memoized `make(key)`.
  static func value<Value>(_ key: String, in table: inout [String: Value], _ make: () -> Value) -> Value {
    if let known = table[key] { return known }
    let value = make()
    table[key] = value
    return value
  }
}

@available(*, unavailable, message: "a memo belongs to one document scan")
extension ScanMemo: Sendable {}
