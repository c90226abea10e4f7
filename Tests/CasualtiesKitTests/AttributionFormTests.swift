import CasualtiesKit
import Testing

/// Who says so: each attribution form, back-reference and source type, in a
/// real-looking sentence.
@Suite struct AttributionFormTests {
  static let extractor = try! Extractor()

  struct Form: Sendable, CustomTestStringConvertible {
    let text: String
    let count: Int
    let source: String?
    let type: SourceType?
    var testDescription: String { text }
    init(_ text: String, _ count: Int, _ source: String?, _ type: SourceType?) {
      (self.text, self.count, self.source, self.type) = (text, count, source, type)
    }
  }

  static let forms: [Form] = [
    // The forms of attribution.
    Form("Five people were killed in the attack, the health ministry said.", 5, "the health ministry", .healthMinistry),
    Form("Three soldiers were wounded, said the army.", 3, "the army", .military),
    Form("Five people were killed in the attack, said Ahmed Khalil, a local council member.", 5, "Ahmed Khalil", .government),
    Form("According to the Red Cross, 12 people died in the fighting.", 12, "the Red Cross", .ngo),
    Form("The army said in a statement that three soldiers were killed.", 3, "The army", .military),
    Form("Citing hospital sources, the agency said 14 people were wounded.", 14, "the agency", .media),
    Form("Ten people died, according to the ministry's figures.", 10, "the ministry", .government),
    Form("The health ministry's figures show 45 people were killed.", 45, "The health ministry", .healthMinistry),
    Form("Figures from the UN refugee agency show 200 people were displaced.", 200, nil, .un),
    Form("\"Four of our men were killed,\" the commander told reporters.", 4, "the commander", .military),
    Form("Police reported that two people were arrested.", 2, "Police", .police),
    Form("At least 24 civilians were killed, the Afghan Islamic Press (AIP) said late Sunday.", 24, "the Afghan Islamic Press", .media),
    Form("Local media reports say four more people died this morning.", 4, "Local media reports", .media),
    Form("The Pentagon had earlier confirmed that 20 soldiers were wounded.", 20, "The Pentagon", .military),
    Form("Pretoria emergency spokesman Johan Pieterse said 21 people were taken to hospital.", 21, nil, .rescue),
    // An acronym speaker takes the type of the name it abbreviates.
    Form("The Afghan Islamic Press (AIP) reported raids. The dead were five children, AIP said.", 5, "AIP", .media),
    Form("Three people were killed, the interior ministry announced.", 3, "the interior ministry", .government),
    Form("The health ministry says 40 people have died.", 40, "The health ministry", .healthMinistry),
    Form("Police stated that two men were arrested.", 2, "Police", .police),
    Form("The army confirmed that four soldiers were killed.", 4, "The army", .military),
    Form("\"Four of our men were killed,\" said the commander.", 4, "the commander", .military),
    // Back-references resolve to the last named source.
    Form("The Lebanese health ministry said the toll rose. Officials said 30 people were killed overnight.", 30, "The Lebanese health ministry", .healthMinistry),
    Form("The state news agency SANA said the toll rose. The agency added that 12 people were wounded.", 12, "The state news agency SANA", .media),
    Form("Lebanon's health ministry said an Israeli strike killed five people. It said another 12 were wounded.", 12, "Lebanon's health ministry", .healthMinistry),
    Form("The Gaza health ministry said the toll rose. The ministry added that 30 people were killed overnight.", 30, "The Gaza health ministry", .healthMinistry),
    // Several attributions: the nearest that governs the claim.
    Form("Police said two people were injured, while witnesses said seven were hurt.", 7, "witnesses", .witness),
    Form("Police said two people were injured, while witnesses said seven were hurt.", 2, "Police", .police),
    // Source types from the lexicon.
    Form("The Palestine Red Crescent said 9 people were wounded.", 9, "The Palestine Red Crescent", .ngo),
    Form("OCHA reported that 5,000 people were displaced.", 5000, "OCHA", .un),
    Form("Residents said four people were killed by shelling.", 4, "Residents", .witness),
    Form("Hamas said 15 fighters were killed.", 15, "Hamas", .armedGroup),
    Form("State media reported 20 people were killed.", 20, "State media", .media),
    Form("The governor said six people were killed.", 6, "The governor", .government),
    Form("Firefighters said two people were injured.", 2, "Firefighters", .rescue),
    Form("Nearly 100 civilians have been killed near Jalalabad, the provincial military chief said.", 100, "the provincial military chief", .military),
    // No reporting verb, no source.
    Form("Illawarra police have arrested three teenagers.", 3, nil, nil),
    Form("Four migrants drowned when their boat sank, the Greek coastguard said.", 4, "the Greek coastguard", .rescue),
    Form("Two people were killed in a strike, Lebanon\u{2019}s health ministry said.", 2, "Lebanon\u{2019}s health ministry", .healthMinistry),
    // A weekday after "said" is when, not who.
    Form("Gunmen killed at least 40 people in an attack on the village, residents said Monday.", 40, "residents", .witness),
  ]

  @Test(arguments: forms)
  func form(_ form: Form) throws {
    let records = Self.extractor.extract(from: form.text)
    let record = try #require(records.first { $0.count == form.count }, "no claim of \(form.count) in \(records.map(\.count))")
    if let source = form.source { #expect(record.source == source) }
    #expect(record.sourceType == form.type)
  }
}
