// Extract from many documents on all cores; results come in input order.

// snippet.hide
import CasualtiesKit
import Foundation

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
let extractor = try Extractor()
// snippet.show
let documents = try files.map { InputDocument(name: $0, bytes: try InputReader.read($0)) }
let results = extractor.extract(documents, jobs: ProcessInfo.processInfo.activeProcessorCount)
// results[i] belongs to documents[i]
for (document, result) in zip(documents, results) {
  print(document.name, result.records.map { "\($0.category) \($0.count)" })
}
// snippet.hide
try FileManager.default.removeItem(at: folder)
