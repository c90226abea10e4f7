// Extract records from a string with the bundled rules.

// snippet.hide
import CasualtiesKit

let text = """
  An Israeli strike killed five people in the Lebanese village of Baalchmay, \
  Lebanon's health ministry said.
  """
// snippet.show
let extractor = try Extractor()
for record in extractor.extract(from: text, doc: "story.txt") {
  print(record.category, record.count, record.qualifier, record.location ?? "-")
}
