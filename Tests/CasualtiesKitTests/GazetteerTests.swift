import CasualtiesKit
import Testing

/// The bundled gazetteer, loaded on its own as an analysis tool would.
@Suite struct GazetteerTests {
  static let gazetteer = try! Gazetteer.bundled()

  @Test func loadsGeoNamesAndCuratedPlaces() {
    #expect(Self.gazetteer.count > 60_000)
    #expect(Self.gazetteer.place(named: "Kandahar")?.country == "AF")
    #expect(Self.gazetteer.place(named: "the West Bank")?.kind == "region")
    // A city of its own name outranks the province around it; the larger of
    // two same-named towns wins.
    #expect(Self.gazetteer.place(named: "Kunduz")?.kind == "city")
    #expect(Self.gazetteer.place(named: "Homs")?.country == "SY")
    #expect(Self.gazetteer.place(named: "Victoria")?.kind == "region")
    #expect(Self.gazetteer.place(named: "Hunan")?.country == "CN")
  }

  @Test func knowsDemonymsAndWordsThatAreNotPlaces() {
    #expect(Self.gazetteer.country(ofDemonym: "Lebanese") == "LB")
    #expect(Self.gazetteer.isNotPlace("Monday"))
    #expect(Self.gazetteer.isNotPlace("Israeli"))
    #expect(!Self.gazetteer.isNotPlace("Beirut"))
    #expect(!Self.gazetteer.isNotPlace("Myanmar"), "a country named like its demonym")
    #expect(Self.gazetteer.isNotPlace("Burmese"))
    #expect(Self.gazetteer.countryName(ofDemonym: "Pakistani") == "Pakistan")
    // Plurals of peoples and faiths are not places; a plural that is a place is.
    #expect(Self.gazetteer.isNotPlace("Palestinians"))
    #expect(Self.gazetteer.isNotPlace("Christians"))
    #expect(!Self.gazetteer.isNotPlace("Philippines"))
    // Short names of countries.
    #expect(Self.gazetteer.place(named: "US")?.kind == "country")
    #expect(Self.gazetteer.place(named: "Britain")?.country == "GB")
  }
}
