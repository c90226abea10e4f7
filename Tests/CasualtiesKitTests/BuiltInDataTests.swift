import CasualtiesData
import CasualtiesKit
import Foundation
import Testing

/// The data built into the binary is `Data/` as it stands: every file of
/// its rules, lexicons and gazetteer, byte for byte, and nothing else.
@Suite struct BuiltInDataTests {
  @Test func builtInFilesAreTheDataFolders() throws {
    var onDisk: [String: String] = [:]
    for folder in ["gazetteer", "lexicons", "rules"] {
      let url = SourceTree.data.appendingPathComponent(folder)
      for name in try FileManager.default.contentsOfDirectory(atPath: url.path) where !name.hasPrefix(".") {
        onDisk["\(folder)/\(name)"] = try String(contentsOf: url.appendingPathComponent(name), encoding: .utf8)
      }
    }
    let builtIn = Dictionary(uniqueKeysWithValues: BundledData.files.map { ($0.path, $0.text) })
    #expect(builtIn.keys.sorted() == onDisk.keys.sorted())
    for (path, text) in onDisk { #expect(builtIn[path] == text, "Data/\(path) differs from its built-in copy") }
    #expect(BundledData.files.map(\.path) == BundledData.files.map(\.path).sorted())
  }

  @Test func fixturesAndSamplesStayOut() {
    #expect(!BundledData.files.contains { $0.path.hasPrefix("fixtures/") || $0.path.hasPrefix("samples/") })
  }

  @Test func fingerprintIsSixteenHexDigits() {
    #expect(BundledData.fingerprint.count == 16)
    #expect(BundledData.fingerprint.allSatisfy { $0.isHexDigit })
  }

  @Test func builtInRulesReadAsTheFolderDoes() throws {
    let text = "An Israeli strike killed five people in Baalchmay, Lebanon's health ministry said."
    let builtIn = try Extractor(rules: RuleSet.bundled()).extract(from: text)
    let folder = try Extractor(rules: RuleSet(directory: SourceTree.data)).extract(from: text)
    #expect(!builtIn.isEmpty)
    #expect(builtIn == folder)
  }
}
