import CasualtiesKit
import Testing

/// Every rule's own examples and counterexamples, run through the whole engine.
@Suite struct RuleExampleTests {
  static let rules = try! RuleSet.bundled()
  static let extractor = try! Extractor(rules: rules)

  @Test func bundledRulesHaveExamples() {
    #expect(Self.rules.examples.count >= 20)
    #expect(Self.rules.counterexamples.count >= 5)
  }

  @Test(arguments: rules.examples.map { ExampleCase(rule: $0.rule, example: $0.example) })
  func example(_ test: ExampleCase) {
    let records = Self.extractor.extract(from: test.example.text)
    for expected in test.example.expect {
      #expect(
        records.contains { expected.isSatisfied(by: $0) },
        "rule \(test.rule): expected \(expected) in \"\(test.example.text)\", got \(records.map { "\($0.category.rawValue) \($0.count) \($0.qualifier.rawValue) \($0.subject) src=\($0.source ?? "-") loc=\($0.location ?? "-")/\($0.country ?? "-") \($0.scope.rawValue)" })")
    }
  }

  @Test(arguments: rules.counterexamples.map { "\($0.rule): \($0.text)" })
  func counterexample(_ labelled: String) {
    let text = String(labelled.split(separator: ":", maxSplits: 1)[1].dropFirst())
    let records = Self.extractor.extract(from: text)
    #expect(records.isEmpty, "\(labelled) gave \(records.map { "\($0.category.rawValue) \($0.count)" })")
  }
}

struct ExampleCase: CustomTestStringConvertible, Sendable {
  let rule: String
  let example: RuleExample
  var testDescription: String { "\(rule): \(example.text)" }
}
