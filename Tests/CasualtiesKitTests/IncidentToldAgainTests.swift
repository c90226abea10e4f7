@testable import CasualtiesKit
import Testing

/// Which later sentences tell a claim's incident again.
@Suite struct IncidentToldAgainTests {
  static let incidentWords: Set<String> = ["bus", "attack", "crash"]

  static func words(_ text: String) -> [String] { IncidentToldAgain.words(in: text.utf8) }

  @Test func theSubjectToldAgainWithTheIsTheIncident() {
    let incident = IncidentToldAgain(
      subject: "children", sentence: Self.words("Two children were killed during a botched assassination attempt."), incidentWords: Self.incidentWords)
    #expect(incident.isTold(in: Self.words("The children died when gunships fired on two cars in Hebron.")))
    #expect(incident.isTold(in: Self.words("Doctors said the two children died at once.")))
    #expect(!incident.isTold(in: Self.words("Children in Ramallah went back to school.")))
    #expect(!incident.isTold(in: Self.words("The strike hit the home of three small children.")))
  }

  @Test func anIncidentWordOfTheClaimsSentenceToldAgainIsTheIncident() {
    let incident = IncidentToldAgain(
      subject: "israelis", sentence: Self.words("Gunmen killed 10 Israelis in an attack on an Israeli bus."), incidentWords: Self.incidentWords)
    #expect(incident.isTold(in: Self.words("The bus was ambushed near the settlement of Immanuel.")))
    #expect(incident.isTold(in: Self.words("Police closed the Israeli bus route.")))
    #expect(!incident.isTold(in: Self.words("A crash closed the road.")))
  }

  @Test func thePlainPeopleIsNoKey() {
    let incident = IncidentToldAgain(subject: "people", sentence: Self.words("Five people were killed."), incidentWords: Self.incidentWords)
    #expect(!incident.isTold(in: Self.words("The people of Gaza mourned.")))
  }

  @Test func wordsAreLowercasedRunsOfLetters() {
    #expect(Self.words("The children’s bus, hit at 9am — “The Bus” re-routed; Ürümqi")
      == ["the", "children", "s", "bus", "hit", "at", "am", "the", "bus", "re-routed", "Ürümqi"])
  }
}
