import Foundation

/// A dev set: documents to extract from and the gold claims to score them
/// against. A dev-set folder holds its documents as `*.txt` and their gold
/// claims in `gold.jsonl` (as `Data/fixtures` and `Data/fixtures/wikinews` do).
public struct DevSet: Sendable {
  /// What reports call the set: its folder, or its gold file.
  public var name: String
  /// The documents, as paths; gold claims name them by file name.
  public var documents: [String]
  /// The gold claims of these documents (and maybe of others, which are ignored).
  public var gold: [GoldClaim]

  /// A set of `documents` scored against `gold`.
  public init(name: String, documents: [String], gold: [GoldClaim]) {
    (self.name, self.documents, self.gold) = (name, documents, gold)
  }

  /// The set in `folder`: its `gold.jsonl` and every `*.txt` in it, sorted by name.
  /// - Throws: ``JSONLinesError`` when `gold.jsonl` is missing or has a bad line.
  public static func folder(_ folder: String) throws -> DevSet {
    let url = URL(fileURLWithPath: folder)
    let gold = try JSONLinesReader.read(GoldClaim.self, from: url.appendingPathComponent("gold.jsonl"))
    let names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".txt") }.sorted()
    return DevSet(name: folder, documents: names.map { url.appendingPathComponent($0).path }, gold: gold)
  }

  /// True when `path` is a folder that holds a `gold.jsonl`.
  public static func isFolder(_ path: String) -> Bool {
    var isDirectory: ObjCBool = false
    return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
      && FileManager.default.fileExists(atPath: URL(fileURLWithPath: path).appendingPathComponent("gold.jsonl").path)
  }

  /// Extracts every document with `extractor` and scores the records.
  /// - Returns: the report, and the documents that could not be read (they are not scored).
  public func score(with extractor: Extractor) -> (report: EvaluationReport, failures: [InputError]) {
    var records: [EventRecord] = []
    var scored: Set<String> = []
    var failures: [InputError] = []
    for document in documents {
      do {
        records += extractor.extract(utf8: try InputReader.read(document), doc: document).records
        scored.insert(Scorer.fileName(document))
      } catch {
        failures.append(error)
      }
    }
    return (Scorer.score(records: records, gold: gold, documents: scored), failures)
  }

  /// The union of `sets`: their documents and gold claims together.
  public static func union(_ sets: [DevSet], name: String = "all sets") -> DevSet {
    DevSet(name: name, documents: sets.flatMap(\.documents), gold: sets.flatMap(\.gold))
  }
}
