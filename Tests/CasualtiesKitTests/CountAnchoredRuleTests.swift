@testable import CasualtiesKit
import Foundation
import PCRE2
import Testing

/// Rules that start with a number phrase run only where one starts: a
/// shortcut, never a change of what they match.
@Suite struct CountAnchoredRuleTests {
  @Test func findsTheRulesThatStartWithANumberPhrase() throws {
    #expect(CompiledRule.startsWithCount("{count} \\s+ killed"))
    #expect(CompiledRule.startsWithCount(" (?<![\\w-]) (?<=[(\\]]) {count} x"))
    #expect(!CompiledRule.startsWithCount("(?: {count} )"))
    #expect(!CompiledRule.startsWithCount("(?<![\\w]) the \\s+ {count}"))
    #expect(!CompiledRule.startsWithCount("(?<! {count}"))
    let anchored = try RuleSet.bundled().rules.filter { $0.anchoredAtCount != nil }.map(\.id)
    #expect(anchored.contains("claim.count-then-verb"))
    #expect(anchored.contains("subset.list-item"))
    #expect(!anchored.contains("claim.verb-then-count"))
  }

  @Test func anchoredRulesMatchWhatTheirFullScanMatchesInEveryFixture() throws {
    let rules = try RuleSet.bundled()
    let anchored = rules.rules.indices.filter { rules.rules[$0].anchoredAtCount != nil }
    for fixture in try Fixture.all(in: SourceTree.fixtures) {
      let document = Document(name: fixture.name, bytes: Array(try Data(contentsOf: fixture.text)))
      var scan = DocumentScan(rules: rules, document: document, usesPrefilter: true)
      for sentence in rules.splitter.sentences(in: document.bytes) {
        let starts = scan.numberStarts(in: sentence)
        for index in anchored {
          #expect(scan.matches(of: index, in: sentence, at: starts) == scan.matches(of: index, in: sentence), "\(fixture.name) \(rules.rules[index].id)")
        }
      }
    }
  }
}
