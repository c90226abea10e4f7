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
    // A reporting verb and "that".
    Form("The ministry stated that 14 people were killed in the blast.", 14, "The ministry", .government),
    Form("Firefighters reported that nine residents were hurt.", 9, "Firefighters", .rescue),
    Form("The coastguard confirmed that six fishermen were missing.", 6, "The coastguard", .rescue),
    Form("The governor told reporters that 23 people were missing.", 23, "The governor", .government),
    // "According to X," opening the sentence.
    Form("According to the group, 41 people were killed in the raid.", 41, "the group", .other),
    Form("According to the Red Crescent, 17 people were wounded overnight.", 17, "the Red Crescent", .ngo),
    Form("According to local officials, 8 villagers drowned.", 8, "local officials", .government),
    // "In a statement, X said: "…"".
    Form("In a statement, the governor's office said: \"Seven people were killed in the fire.\"", 7, "the governor's office", .government),
    Form("In a statement, the president's office said that 12 soldiers were wounded.", 12, "the president's office", .government),
    Form("In a statement on Sunday, the army said: \"Four of our soldiers died.\"", 4, "the army", .military),
    // "quoted X as saying".
    Form("The agency quoted the provincial health chief as saying 18 people had died.", 18, "the provincial health chief", .healthMinistry),
    Form("State television quoted a police spokesman as saying that nine people were wounded.", 9, "a police spokesman", .police),
    Form("Reuters quoted a hospital doctor as saying 25 people had died.", 25, "a hospital doctor", .hospital),
    // Joint speakers, a day after the verb.
    Form("Gunmen stormed the village before dawn and shot dead at least 12 people, residents and a local official said on Friday.", 12, "residents and a local official", .witness),
    Form("Two people were wounded in the blast, witnesses and the police said on Tuesday.", 2, "witnesses and the police", .witness),
    Form("Militants abducted 30 students from the school, villagers and an army officer said late on Monday.", 30, "villagers and an army officer", .witness),
    // A speaker with a place.
    Form("At least 30 people were wounded in the shelling, hospital authorities in the territory said.", 30, "hospital authorities", .hospital),
    Form("The health ministry in Damascus said 33 people were killed.", 33, "The health ministry", .healthMinistry),
    Form("Police in Kano said 11 people were arrested after the riot.", 11, "Police", .police),
    // Back-references in the sentence's own reporting clause.
    Form("The interior ministry said the toll rose. He said 15 people were killed.", 15, "The interior ministry", .government),
    Form("The Red Crescent said the shelling continued. The group said 22 people were wounded.", 22, "The Red Crescent", .ngo),
    Form("Human Rights Watch said the raids went on. The organisation said 40 people were detained.", 40, "Human Rights Watch", .ngo),
    Form("The health ministry said the strikes continued. The ministry added that 31 people were killed.", 31, "The health ministry", .healthMinistry),
    // A quoted passage over several sentences keeps its speaker.
    Form("\"The strike killed five people,\" the commander said. \"Three more died in hospital later.\"", 3, "the commander", .military),
    Form("The mayor said: \"Nine people were killed. Four more are missing.\"", 4, "The mayor", .government),
    Form("\"Eleven people died in the fire. Twenty were hurt,\" the fire chief told reporters.", 11, "the fire chief", .rescue),
    Form("The mayor said: \u{201C}Nine people were killed. Six more are missing.\u{201D}", 6, "The mayor", .government),
    // A sentence without a reporting verb of its own has no source.
    Form("Two buses crashed near the town, rescue workers said. None were hurt.", 0, nil, nil),
    Form("A fire broke out in the market, police said. Three shops burned and 14 people were evacuated.", 14, nil, nil),
    Form("\"The roof fell in,\" he said. Nine people were injured.", 9, nil, nil),
    // Appositives and roles.
    Form("Aliyu Musa, the state police spokesman, said 17 people were arrested.", 17, "Aliyu Musa", .police),
    Form("The regional governor, Oleh Petrenko, said eight people were killed.", 8, "The regional governor", .government),
    Form("The head of the administration, Ivan Sokol, said 10 people were wounded.", 10, nil, .government),
    Form("A militia commander, Saw Htoo, told reporters that 11 fighters were killed.", 11, "A militia commander", .armedGroup),
    Form("A rebel commander said 16 government soldiers were captured.", 16, "A rebel commander", .armedGroup),
    Form("A shopkeeper who helped pull people out said 13 people were dead.", 13, "A shopkeeper", .witness),
    Form("A farmer who saw the crash said four people died.", 4, "A farmer", .witness),
    // Kinds of organisation the lexicon names by class.
    Form("The Nigeria Medical Association said 26 people died.", 26, "The Nigeria Medical Association", .ngo),
    Form("The Sudan Doctors Network said 44 civilians were killed.", 44, "The Sudan Doctors Network", .ngo),
    Form("The journalists' syndicate said three reporters were detained.", 3, nil, .ngo),
    Form("The Committee to Protect Journalists said 12 journalists were jailed.", 12, nil, .ngo),
    Form("The Syria Civil Defence said 37 people were killed.", 37, nil, .rescue),
    Form("Rescue teams said 19 people were pulled from the rubble alive, and six died.", 6, nil, .rescue),
    Form("The semi-official Tasnim news agency reported that 16 people were killed.", 16, "The semi-official Tasnim news agency", .media),
    Form("The state broadcaster said 21 people were injured.", 21, "The state broadcaster", .media),
    Form("The Red Cross put the death toll at 41.", 41, "The Red Cross", .ngo),
    Form("Floods kill 40, says Kenya", 40, "Kenya", .government),
    Form("Russia says 7 soldiers wounded in border attack", 7, "Russia", .government),
    // Names with "for" and "of".
    Form("The Syrian Observatory for Human Rights said 19 people were killed.", 19, "The Syrian Observatory for Human Rights", .ngo),
    Form("The Office of the UN High Commissioner for Human Rights said 27 civilians were killed.", 27, "The Office of the UN High Commissioner for Human Rights", .un),
    // A clause after "said" is what was said, not who.
    Form("The air force said Russia launched 39 drones overnight.", 39, "The air force", .military),
    // Progressive and participle reporting verbs.
    Form("ABC News is reporting that a strike killed 18 people last week.", 18, "ABC News", .media),
    Form("Local officials are saying that 35 homes burned and 6 people died.", 6, "Local officials", .government),
    Form("The figures are disputed, with the army claiming 9 militants were killed.", 9, "the army", .military),
    Form("Some aid agencies in the region claim that 60 people were abducted.", 60, "Some aid agencies", .ngo),
    // "reports from X": X says it.
    Form("According to reports from aid organisations, at least 10 people died in the floods.", 10, "aid organisations", .ngo),
    Form("According to reports from Russian press sources, 61 gunmen were killed.", 61, nil, .media),
    // A title stays with the role it names.
    Form("Defense Minister Juan Perez visited the base. Perez said that 16 rebels were killed in the clash.", 16, "Perez", .military),
    // The attribution's own description of a person comes first.
    Form("Colonel Ahmed Saleh, the police chief in Hilla, says that nine farmers were killed.", 9, "Colonel Ahmed Saleh", .police),
    Form("Dr Amina Yusuf, who runs the district hospital, said 14 villagers died.", 14, "Dr Amina Yusuf", .hospital),
    // The attribution right before a claim governs it.
    Form("The figures are disputed, with the army claiming 9 militants were killed, while residents said all were civilians.", 9, "the army", .military),
    // A possessive before the speaker's role; companies and plain "sources".
    Form("According to the plant's operator, three workers were injured in the explosion.", 3, "the plant's operator", .other),
    Form("According to the city's mayor, 12 people drowned.", 12, "the city's mayor", .government),
    Form("The company said two workers were killed in the blast.", 2, "The company", .other),
    Form("Sources said five people were killed at the checkpoint.", 5, "Sources", .other),
    Form("Local commanders said they had captured 40 fighters.", 40, "Local commanders", .military),
    Form("The minister wrote on social media that seven people were killed.", 7, "The minister", .government),
    // "An estimated" is how many, not who.
    Form("An estimated 500 residents have left their homes.", 500, nil, nil),
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
