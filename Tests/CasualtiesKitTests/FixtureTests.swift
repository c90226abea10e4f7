import CasualtiesKit
import Foundation
import Testing

/// The fixture regression: a rule change that moves any record of any
/// fixture fails here until the expected files are reviewed and updated
/// (`casualties check Data/fixtures --update`).
@Suite struct FixtureTests {
  static let extractor = try! Extractor()
  static let fixtures = (try? Fixture.all(in: SourceTree.fixtures)) ?? []

  @Test func everyDevSetArticleIsAFixture() {
    #expect(Self.fixtures.count >= 72)
    #expect(Self.fixtures.contains { $0.name == "seed.txt" })
  }

  @Test(arguments: fixtures.map(\.name))
  func fixtureMatchesItsExpectedRecords(_ name: String) throws {
    let fixture = try #require(Self.fixtures.first { $0.name == name })
    let (diff, _) = try FixtureCheck.run(fixture, with: Self.extractor)
    let clean = diff.isClean
    #expect(clean, "\(FixtureText.describe(diff))")
  }

  @Test func compareReportsAddedRemovedAndChanged() {
    let base = EventRecord(
      doc: "a.txt", line: 1, start: 0, end: 10, category: .killed, count: 5, low: 5, high: 5, qualifier: .exact,
      subject: "people", source: nil, sourceType: nil, location: nil, country: nil, scope: .incident, text: "t")
    var moved = base
    moved.location = "Gaza"
    var other = base
    other.category = .injured
    other.start = 40
    let diff = FixtureCheck.compare(expected: [base, other], actual: [moved], fixture: "a.txt")
    #expect(diff.changed.map(\.fields) == [["location"]])
    #expect(diff.removed == [other])
    #expect(diff.added.isEmpty)
    #expect(diff.countsBefore == [.killed: 1, .injured: 1])
    #expect(diff.countsAfter == [.killed: 1])
    #expect(!diff.isClean)
  }
}
