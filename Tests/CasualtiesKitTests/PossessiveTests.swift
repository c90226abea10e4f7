@testable import CasualtiesKit
import Testing

/// The possessive of a place name.
@Suite struct PossessiveTests {
  @Test(arguments: [
    ("Lebanon's", "Lebanon"), ("Lebanon’s", "Lebanon"), ("Paris'", "Paris"), ("Wales’", "Wales"),
    ("Paris", "Paris"), ("O'Brien", "O'Brien"), ("Gaza'", "Gaza'"),
  ])
  func possessiveIsDropped(_ written: String, _ name: String) {
    #expect(written.withoutPossessive == name)
  }
}
