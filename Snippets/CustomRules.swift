// Keep some categories, and add your own rules file to the bundled rules.

// snippet.hide
import CasualtiesKit
import Foundation

let rulesFile = FileManager.default.temporaryDirectory
  .appendingPathComponent("my-rules-\(ProcessInfo.processInfo.processIdentifier).json")
try Data(#"{"lexicons": {"triggers-after": [["perished at sea", "killed"]]}}"#.utf8).write(to: rulesFile)
// snippet.show
let rules = try RuleSet.bundled(adding: [rulesFile])
let extractor = try Extractor(rules: rules, categories: [.killed, .injured])
for record in extractor.extract(from: "Three fishermen perished at sea, and 40 were missing.") {
  print(record.category, record.count, record.subject)  // killed 3 fishermen; missing is not kept
}
// snippet.hide
try FileManager.default.removeItem(at: rulesFile)
