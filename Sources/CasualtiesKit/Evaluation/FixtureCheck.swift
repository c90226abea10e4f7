import Foundation

/// A regression fixture: a text and the records the engine should emit for
/// it, reviewed by a person (`NAME.txt` beside `NAME.expected.jsonl`).
public struct Fixture: Sendable {
  /// The fixture's name: the text file's name, which is also the records' `doc`.
  public var name: String
  /// The text file.
  public var text: URL
  /// The expected records' file (it may not exist yet).
  public var expected: URL

  /// Every `*.txt` in `folder`, sorted by name.
  public static func all(in folder: URL) throws -> [Fixture] {
    try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
      .filter { $0.pathExtension == "txt" }
      .sorted { $0.lastPathComponent < $1.lastPathComponent }
      .map { url in
        Fixture(
          name: url.lastPathComponent, text: url,
          expected: url.deletingPathExtension().appendingPathExtension("expected.jsonl"))
      }
  }
}

/// How a fixture's records now differ from the reviewed ones.
public struct FixtureDiff: Sendable {
  /// A record whose identity stayed but whose fields changed.
  public struct Change: Sendable {
    /// The reviewed record.
    public var before: EventRecord
    /// The record the engine gives now.
    public var after: EventRecord
    /// The names of the fields that differ, in contract order.
    public var fields: [String]
  }

  /// The fixture's name.

  public var fixture: String
  /// True when there is no expected file yet.
  public var isNew: Bool
  /// Records the engine gives now that were not reviewed.
  public var added: [EventRecord] = []
  /// Reviewed records the engine no longer gives.
  public var removed: [EventRecord] = []
  /// Records whose fields changed.
  public var changed: [Change] = []
  /// Records per category, expected and now.
  public var countsBefore: [Category: Int] = [:]
  /// Records per category now.
  public var countsAfter: [Category: Int] = [:]

  /// True when the records are exactly the expected ones.
  public var isClean: Bool { !isNew && added.isEmpty && removed.isEmpty && changed.isEmpty }
}

/// Compares fixtures' records with what the engine extracts now.
public enum FixtureCheck {
  /// Extracts `fixture` again and compares with its expected records.
  public static func run(_ fixture: Fixture, with extractor: Extractor) throws -> (diff: FixtureDiff, records: [EventRecord]) {
    let bytes = Array(try Data(contentsOf: fixture.text))
    let records = extractor.extract(utf8: bytes, doc: fixture.name).records
    let exists = FileManager.default.fileExists(atPath: fixture.expected.path)
    let expected = exists ? try JSONLinesReader.read(EventRecord.self, from: fixture.expected) : []
    var diff = compare(expected: expected, actual: records, fixture: fixture.name)
    diff.isNew = !exists
    return (diff, records)
  }

  /// The differences between two lists of records. Records pair up when
  /// equal, else by category and evidence start, else by category and count.
  public static func compare(expected: [EventRecord], actual: [EventRecord], fixture: String) -> FixtureDiff {
    var diff = FixtureDiff(fixture: fixture, isNew: false)
    for record in expected { diff.countsBefore[record.category, default: 0] += 1 }
    for record in actual { diff.countsAfter[record.category, default: 0] += 1 }
    var left = expected
    var right = actual
    right.removeAll { record in
      guard let index = left.firstIndex(of: record) else { return false }
      left.remove(at: index)
      return true
    }
    for key in [{ (r: EventRecord) in "\(r.category) \(r.start)" }, { (r: EventRecord) in "\(r.category) \(r.count)" }] {
      var unpaired: [EventRecord] = []
      for record in right {
        if let index = left.firstIndex(where: { key($0) == key(record) }) {
          let before = left.remove(at: index)
          let fields = zip(EventRecord.fieldNames, zip(before.fieldValues, record.fieldValues)).filter { $0.1.0 != $0.1.1 }.map(\.0)
          diff.changed.append(.init(before: before, after: record, fields: fields))
        } else {
          unpaired.append(record)
        }
      }
      right = unpaired
    }
    diff.added = right
    diff.removed = left
    return diff
  }

  /// Writes `records` as the fixture's expected file.
  public static func update(_ fixture: Fixture, records: [EventRecord]) throws {
    var writer = JSONLinesWriter()
    try Data(writer.write(records).utf8).write(to: fixture.expected, options: .atomic)
  }
}
