import CasualtiesData
import Foundation

extension Gazetteer {
  /// Loads the gazetteer of a data folder laid out like the bundled one:
  /// `gazetteer/*.tsv` and `lexicons/demonyms.tsv`.
  /// - Throws: ``RuleSetError`` naming the file that cannot be read.
  public init(dataDirectory: URL) throws(RuleSetError) {
    let demonymsFile = dataDirectory.appendingPathComponent("lexicons/demonyms.tsv")
    let demonyms = FileManager.default.fileExists(atPath: demonymsFile.path)
      ? Lexicon(name: "demonyms.tsv", text: try RuleSet.read(demonymsFile)) : nil
    try self.init(directory: dataDirectory.appendingPathComponent("gazetteer"), demonyms: demonyms)
  }

  /// The gazetteer that ships with the package, for place lookups without
  /// the rest of the rules (``RuleSet/bundled()`` loads it too).
  public static func bundled() throws(RuleSetError) -> Gazetteer {
    try Gazetteer(dataDirectory: BundledData.directory)
  }
}
