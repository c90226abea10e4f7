import Foundation

extension Gazetteer {
  /// Loads the gazetteer of a data folder laid out like the bundled one:
  /// `gazetteer/*.tsv` and `lexicons/demonyms.tsv`.
  /// - Throws: ``RuleSetError`` naming the file that cannot be read.
  public init(dataDirectory: URL) throws(RuleSetError) {
    try self.init(data: .folder(dataDirectory))
  }

  init(data: DataFiles) throws(RuleSetError) {
    let demonyms = try data.file("lexicons/demonyms.tsv").map { Lexicon(name: $0.name, text: $0.text) }
    try self.init(files: try data.files(in: "gazetteer", extensions: ["tsv", "txt"], optional: true), demonyms: demonyms)
  }

  /// The gazetteer that ships with the package, for place lookups without
  /// the rest of the rules (``RuleSet/bundled()`` loads it too).
  public static func bundled() throws(RuleSetError) -> Gazetteer {
    try Gazetteer(data: .builtIn)
  }
}
