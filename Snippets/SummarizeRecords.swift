// Summarize records per place and category without adding up repeated reports.

// snippet.hide
import CasualtiesKit

let extractor = try Extractor()
let records = extractor.extract(from: """
  A strike killed five people in Baalchmay, the health ministry said. \
  The death toll in Lebanon has risen to 3,000 since October, the ministry said.
  """)
// snippet.show
let summary = Summary(records: records)
for row in summary.rows where row.category == .killed {
  print(row.location ?? "-", row.highestIncident?.count ?? 0, row.latestCumulative?.count ?? 0)
}
