@testable import CasualtiesKit
import Testing

/// Which later sentences tell a claim's incident again.
@Suite struct IncidentToldAgainTests {
  static let words: Set<String> = ["bus", "attack", "crash"]

  @Test func theSubjectToldAgainWithTheIsTheIncident() {
    let incident = IncidentToldAgain(
      subject: "children", sentence: "Two children were killed during a botched assassination attempt.", incidentWords: Self.words)
    #expect(incident.isTold(in: "The children died when gunships fired on two cars in Hebron."))
    #expect(incident.isTold(in: "Doctors said the two children died at once."))
    #expect(!incident.isTold(in: "Children in Ramallah went back to school."))
    #expect(!incident.isTold(in: "The strike hit the home of three small children."))
  }

  @Test func anIncidentWordOfTheClaimsSentenceToldAgainIsTheIncident() {
    let incident = IncidentToldAgain(
      subject: "israelis", sentence: "Gunmen killed 10 Israelis in an attack on an Israeli bus.", incidentWords: Self.words)
    #expect(incident.isTold(in: "The bus was ambushed near the settlement of Immanuel."))
    #expect(incident.isTold(in: "Police closed the Israeli bus route."))
    #expect(!incident.isTold(in: "A crash closed the road."))
  }

  @Test func thePlainPeopleIsNoKey() {
    let incident = IncidentToldAgain(subject: "people", sentence: "Five people were killed.", incidentWords: Self.words)
    #expect(!incident.isTold(in: "The people of Gaza mourned."))
  }
}
