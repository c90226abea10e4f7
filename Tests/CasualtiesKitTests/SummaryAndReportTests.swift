import CasualtiesKit
import Foundation
import Testing

@Suite struct SummaryAndReportTests {
  let extractor = try! Extractor()

  func records(_ text: String, doc: String = "story.txt") -> [EventRecord] { extractor.extract(from: text, doc: doc) }

  @Test func summaryKeepsTheHighestIncidentAndTheLatestTotalWithoutAdding() throws {
    let text = """
      Five people were killed in Gaza, police said. In a second attack seven people were killed in Gaza, the health ministry said.
      The death toll in Gaza has risen to 300. Since the war began, at least 320 people have been killed in Gaza, officials said.
      """
    let summary = Summary(records: records(text))
    let gaza = try #require(summary.rows.first { $0.category == .killed && $0.location == "Gaza" })
    #expect(gaza.claims == 4)
    #expect(gaza.highestIncident?.count == 7)
    #expect(gaza.highestIncident?.source == "the health ministry")
    #expect(gaza.latestCumulative?.count == 320)
    #expect(summary.claimsBySourceType[.police] == 1)
    let csv = SummaryText.csv(summary).split(separator: "\n")
    #expect(csv.first == Substring(SummaryText.fields.joined(separator: ",")))
    #expect(csv.contains { $0.hasPrefix("killed,Gaza,PS,4,7,the health ministry,story.txt,at least 320,officials,story.txt") })
  }

  @Test func gkgCountsMapCategoriesAndTypePlaces() throws {
    var writer = GKGCountsWriter(rules: try RuleSet.bundled())
    let text = "Two people were killed in Lebanon and 12 were wounded in Beirut. Four men were arrested. Two missiles hit the town."
    let line = writer.write(records(text, doc: "a.txt"))
    #expect(line.hasPrefix("a.txt\t"))
    let counts = line.dropFirst("a.txt\t".count).dropLast().split(separator: ";").map(String.init)
    #expect(counts.map { $0.split(separator: "#", omittingEmptySubsequences: false).first ?? "" } == ["KILL", "WOUND", "ARREST"])
    #expect(counts[0].hasPrefix("KILL#2#people#1#Lebanon#LB#"))
    #expect(counts[1].hasPrefix("WOUND#12#people#4#Beirut#LB#"))
    #expect(counts.allSatisfy { $0.split(separator: "#", omittingEmptySubsequences: false).count == 11 })
  }

  @Test func htmlReportHighlightsEveryClaim() {
    let text = "Two people were killed in <Gaza> & five were hurt."
    let document = InputDocument(name: "a.txt", bytes: Array(text.utf8))
    var report = HTMLReport(title: "Review")
    report.add(document, records: extractor.extract(utf8: document.bytes, doc: "a.txt").records)
    let page = report.render()
    #expect(page.hasPrefix("<!DOCTYPE html>"))
    #expect(page.contains("<mark class=\"claim killed\" id=\"claim-0\" data-category=\"killed\" data-count=\"2\""))
    #expect(page.contains("<mark class=\"claim injured\" id=\"claim-1\""))
    #expect(page.contains("&lt;Gaza&gt; &amp;"))
    #expect(page.contains("<a href=\"#claim-1\">"))
  }
}
