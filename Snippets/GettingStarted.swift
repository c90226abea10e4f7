// The code of the getting-started article, one slice per section. It is one
// snippet, not four, so that `swift build` links one more program, not four.

// snippet.hide
import CasualtiesKit
import Foundation

let text = """
  An Israeli strike killed five people in the Lebanese village of Baalchmay, \
  Lebanon's health ministry said.
  """
let folder = FileManager.default.temporaryDirectory
  .appendingPathComponent("casualties-snippet-\(ProcessInfo.processInfo.processIdentifier)")
try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
let stories = [
  "a.txt": "Two people were killed in a strike on Gaza City, the civil defence said.",
  "b.txt": "Floods have displaced 4,000 families in Sindh province, officials said.",
]
let files = stories.keys.sorted().map { folder.appendingPathComponent($0).path }
for path in files {
  try Data(stories[(path as NSString).lastPathComponent, default: ""].utf8).write(to: URL(fileURLWithPath: path))
}
let rulesFile = folder.appendingPathComponent("my-rules.json")
try Data(#"{"lexicons": {"triggers-after": [["perished at sea", "killed"]]}}"#.utf8).write(to: rulesFile)

// snippet.show
// snippet.string
let extractor = try Extractor()
for record in extractor.extract(from: text, doc: "story.txt") {
  print(record.category, record.count, record.qualifier, record.location ?? "-")
}
// snippet.end

// snippet.documents
let documents = try files.map { InputDocument(name: $0, bytes: try InputReader.read($0)) }
let results = extractor.extract(documents, jobs: ProcessInfo.processInfo.activeProcessorCount)
// results[i] belongs to documents[i]
for (document, result) in zip(documents, results) {
  print(document.name, result.records.map { "\($0.category) \($0.count)" })
}
// snippet.end

// snippet.rules
let rules = try RuleSet.bundled(adding: [rulesFile])
let killedAndInjured = try Extractor(rules: rules, categories: [.killed, .injured])
for record in killedAndInjured.extract(from: "Three fishermen perished at sea, and 40 were missing.") {
  print(record.category, record.count, record.subject)  // killed 3 fishermen; missing is not kept
}
// snippet.end

// snippet.hide
let records = extractor.extract(from: """
  A strike killed five people in Baalchmay, the health ministry said. \
  The death toll in Lebanon has risen to 3,000 since October, the ministry said.
  """)
// snippet.show
// snippet.summary
let summary = Summary(records: records)
for row in summary.rows where row.category == .killed {
  print(row.location ?? "-", row.highestIncident?.count ?? 0, row.latestCumulative?.count ?? 0)
}
// snippet.end

// snippet.hide
try FileManager.default.removeItem(at: folder)
