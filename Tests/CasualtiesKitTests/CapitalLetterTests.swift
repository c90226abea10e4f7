import CasualtiesData
@testable import CasualtiesKit
import Foundation
import Testing

/// Location rules that need a capital letter skip sentences without one:
/// a shortcut, never a change of what they match.
@Suite struct CapitalLetterTests {
  private func found(_ text: String) -> CapitalLetter? {
    Array(text.utf8).withUnsafeBufferPointer { CapitalLetter.found(in: $0) }
  }

  @Test func readsWhereACapitalStands() {
    #expect(found("killed in gaza") == nil)
    #expect(found("") == nil)
    #expect(found("Killed in gaza") == .anywhere)
    #expect(found("killed in \"Gaza\"") == .anywhere)
    #expect(found("killed in Gaza") == .afterSpace)
    #expect(found("killed in\tGaza") == .afterSpace)
    #expect(found("killed in\u{0B}Gaza") == .afterSpace)
    #expect(found("killed in\u{A0}Gaza") == .anywhere)
    let none: CapitalLetter? = nil, anywhere: CapitalLetter? = .anywhere, afterSpace: CapitalLetter? = .afterSpace
    #expect(none.isMet(by: nil))
    #expect(anywhere.isMet(by: .afterSpace))
    #expect(!afterSpace.isMet(by: .anywhere))
    #expect(!anywhere.isMet(by: nil))
  }

  @Test func rulesFindNothingWhereTheirCapitalIsMissing() throws {
    let rules = try RuleSet.bundled()
    let needing = rules.rules.indices.filter { rules.rules[$0].definition.capital != nil }
    #expect(needing.count >= 6)
    var texts = try Fixture.all(in: BundledData.directory.appendingPathComponent("fixtures")).map { try Data(contentsOf: $0.text) }
    texts += rules.examples.map { Data($0.example.text.utf8) } + rules.counterexamples.map { Data($0.text.utf8) }
    // Lower-cased copies hold places the rules would find, were case ignored.
    texts += texts.map { Data(String(decoding: $0, as: UTF8.self).lowercased().utf8) }
    for text in texts {
      let document = Document(name: "test", bytes: Array(text))
      var scan = DocumentScan(rules: rules, document: document, usesPrefilter: true)
      for sentence in rules.splitter.sentences(in: document.bytes) {
        let capital = scan.capitalLetter(in: sentence)
        for index in needing where !rules.rules[index].definition.capital.isMet(by: capital) {
          #expect(scan.matches(of: index, in: sentence).isEmpty, "\(rules.rules[index].id): \(document.text(sentence.range))")
        }
      }
    }
  }
}
