import CasualtiesData
import Foundation

/// Where a rule set's data comes from: a folder laid out like `Data/`
/// (`--data DIR`), or the copy built into the binary.
enum DataFiles {
  case folder(URL)
  case builtIn

  /// One data file: its name ("places.tsv"), the name messages give it, its text.
  struct File {
    let name: String
    let path: String
    let text: String

    /// The name without its extension: a lexicon's name.
    var stem: String { name.lastIndex(of: ".").map { String(name[..<$0]) } ?? name }
  }

  /// The files of `subfolder` ending in one of `extensions`, sorted by name.
  /// - Throws: ``RuleSetError`` when the folder cannot be listed, unless
  ///   `optional` and it does not exist.
  func files(in subfolder: String, extensions: Set<String>, optional: Bool = false) throws(RuleSetError) -> [File] {
    switch self {
    case .builtIn:
      return BundledData.files.compactMap { file in
        let parts = file.path.split(separator: "/", maxSplits: 1).map(String.init)
        guard parts.count == 2, parts[0] == subfolder, extensions.contains(Self.pathExtension(parts[1])) else { return nil }
        return File(name: parts[1], path: "built-in Data/\(file.path)", text: file.text)
      }
    case .folder(let root):
      let folder = root.appendingPathComponent(subfolder)
      if optional && !FileManager.default.fileExists(atPath: folder.path) { return [] }
      return try RuleSet.files(in: folder, extensions: extensions).map { url throws(RuleSetError) in
        File(name: url.lastPathComponent, path: url.path, text: try RuleSet.read(url))
      }
    }
  }

  /// The file at `path` under the data folder, nil when there is none.
  func file(_ path: String) throws(RuleSetError) -> File? {
    switch self {
    case .builtIn:
      return BundledData.files.first { $0.path == path }.map {
        File(name: String($0.path.split(separator: "/").last ?? ""), path: "built-in Data/\($0.path)", text: $0.text)
      }
    case .folder(let root):
      let url = root.appendingPathComponent(path)
      guard FileManager.default.fileExists(atPath: url.path) else { return nil }
      return File(name: url.lastPathComponent, path: url.path, text: try RuleSet.read(url))
    }
  }

  private static func pathExtension(_ name: String) -> String {
    guard let dot = name.lastIndex(of: ".") else { return "" }
    return String(name[name.index(after: dot)...])
  }
}

extension RuleSet {
  /// A fingerprint of the data built into the binary (`Data/rules`,
  /// `Data/lexicons`, `Data/gazetteer`): 16 hexadecimal digits that change
  /// whenever those files do.
  public static var bundledDataFingerprint: String { BundledData.fingerprint }
}
