import CasualtiesKit
import Testing

/// Where: each location form, the gazetteer's countries and the article's
/// most specific place for an incident.
@Suite struct LocationFormTests {
  static let extractor = try! Extractor()

  struct Form: Sendable, CustomTestStringConvertible {
    let text: String
    let count: Int
    let location: String?
    let country: String?
    var testDescription: String { text }
    init(_ text: String, _ count: Int, _ location: String?, _ country: String?) {
      (self.text, self.count, self.location, self.country) = (text, count, location, country)
    }
  }

  static let forms: [Form] = [
    // Place nouns, demonyms and prepositions.
    Form("Two people were killed in the town of Nabatieh, the health ministry said.", 2, "Nabatieh", "LB"),
    Form("An Israeli strike killed five people in the Lebanese village of Baalchmay.", 5, "Baalchmay", "LB"),
    Form("Three people were killed in the district of Nad Ali.", 3, "Nad Ali", nil),
    Form("Six soldiers were killed in the province of Helmand.", 6, "Helmand", "AF"),
    // An Arabic article joined by a hyphen is part of the name.
    Form("Four people were killed in an air strike on a house in Deir al-Balah.", 4, "Deir al-Balah", "PS"),
    Form("Nine people were wounded in Maarat al-Numan on Monday.", 9, "Maarat al-Numan", nil),
    // A country whose name is also its demonym is still a place.
    Form("Soldiers killed 11 people in Myanmar, witnesses said.", 11, "Myanmar", "MM"),
    // Names with accents, in the gazetteer's unaccented spelling; joining words of other languages.
    Form("Two people died in São Paulo on Monday.", 2, "São Paulo", "BR"),
    Form("Three people were hurt in Kraków, police said.", 3, "Kraków", "PL"),
    Form("Twelve people were killed in Île-à-Vache.", 12, "Île-à-Vache", nil),
    Form("Four people were killed in Dar es Salaam.", 4, "Dar es Salaam", "TZ"),
    Form("Five people were killed in Côte d'Ivoire.", 5, "Côte d'Ivoire", "CI"),
    Form("Five people were killed in Côte d’Ivoire.", 5, "Côte d’Ivoire", "CI"),
    Form("Six soldiers were killed in Chechnya.", 6, "Chechnya", "RU"),
    // A dash glued to a name ends it (a byte-mode class holding ’ used to take two of the dash's bytes).
    Form("Five people were killed in Gaza\u{2014}the health ministry said.", 5, "Gaza", "PS"),
    // A platform is not a place.
    Form("Drones struck the city of Kharkiv overnight, wounding 12 people, the governor said on Telegram.", 12, "Kharkiv", "UA"),
    Form("Five people were killed in the governorate of Idlib.", 5, "Idlib", "SY"),
    Form("Two children were killed in the refugee camp of Jabalia.", 2, "Jabalia", "PS"),
    Form("Four people were wounded in the neighbourhood of Shejaiya.", 4, "Shejaiya", nil),
    Form("Three people were killed near Kharkiv.", 3, "Kharkiv", "UA"),
    Form("Four soldiers were wounded in Bakhmut, southeast of Kramatorsk.", 4, "Bakhmut", "UA"),
    Form("Rockets injured 12 people across northern Israel.", 12, "northern Israel", "IL"),
    Form("Israeli attacks have killed at least 3,287 people in southern Lebanon since the war began.", 3287, "southern Lebanon", "LB"),
    Form("Three people died on Monday in Paris.", 3, "Paris", "FR"),
    Form("Two US soldiers were killed north of Kandahar.", 2, "Kandahar", "AF"),
    Form("Four people were killed in a fire at a Kabul market.", 4, "Kabul", "AF"),
    Form("Families of the victims of the Interlaken tragedy, which killed 21 people, welcomed the verdicts.", 21, "Interlaken", nil),
    Form("Three people have been injured after a suicide bombing in west Jerusalem.", 3, "west Jerusalem", nil),
    Form("Peru mourned the 220 people killed in a fire that destroyed part of downtown Lima.", 220, "downtown Lima", "PE"),
    Form("Eight militants were shot dead in a night-long encounter at Dora village, south of Srinagar.", 8, "Dora", "IN"),
    // The claim's own clause: "five" is in Victoria, the boy at Baccus Marsh.
    Form("In Victoria, where five people have died, a teenage boy was hurt at Baccus Marsh.", 5, "Victoria", "AU"),
    Form(
      "Hezbollah attacks have killed about 100 people in northern Israel, the Israeli-occupied Golan Heights, and southern Lebanon.",
      100, "northern Israel, the Israeli-occupied Golan Heights, and southern Lebanon", nil),
    Form("He led a hostage siege in the neighbouring republic of Dagestan in which 200 people died.", 200, "Dagestan", nil),
    Form("One person died when a plane crashed near Mt Gambier.", 1, "Mt Gambier", nil),
    Form("The ACT and Tasmania remain fatality free.", 0, "ACT and Tasmania", "AU"),
    Form("Two militia members were killed in Almar district centre, Faryab.", 2, "Almar district", nil),
    Form("Fourteen militants were killed in raids in the limits of Tarinkot city.", 14, "Tarinkot", nil),
    Form("Two men were killed in clashes in the commune of Materi.", 2, "Materi", nil),
    Form("Three people were kidnapped by gunmen between Riba and Konton.", 3, "Riba and Konton", nil),
    // A place frame introduces a name the gazetteer lacks.
    Form("Three people were killed in the village of Tal Hamra on Monday.", 3, "Tal Hamra", nil),
    Form("Gunmen killed four farmers at Kuri village on Sunday.", 4, "Kuri", nil),
    Form("Two children died in the Al-Nasr neighbourhood after a strike.", 2, "Al-Nasr", nil),
    Form("Six soldiers were killed in the 14-Mile area on Friday.", 6, "14-Mile", nil),
    Form("Militants ambushed a convoy near the 40-Kilo junction, killing seven policemen.", 7, "40-Kilo", nil),
    Form("Five people were killed in a strike on Birket in the Marj district.", 5, "Birket", nil),
    Form("A drone strike on Wadi Sir in the Tayba district killed two men.", 2, "Wadi Sir", nil),
    // A list of divisions keeps its names as written; a district named
    // before it stays the more specific place.
    Form("Floods killed 30 people in the Galle and Matara districts.", 30, "Galle and Matara districts", nil),
    Form("Police arrested 14 protesters across the Kabul, Laghman and Kapisa provinces.", 14, "Kabul, Laghman and Kapisa provinces", "AF"),
    Form(
      "The raid in Mehtar Lam District targeted a commander active in the Kabul, Laghman and Kapisa provinces.\n\nNine fighters were killed by small-arms fire.",
      9, "Mehtar Lam District", nil),
    // A distance from a town names the town only when nothing nearer is named.
    Form("Nine fighters were killed in the raid, about 60km northeast of Kabul.", 9, "Kabul", "AF"),
    Form("Troops killed six militants in the village of Tal Hamra, 30 miles south of Mosul.", 6, "Tal Hamra", "IQ"),
    Form(
      "A helicopter crashed in western Iraq, killing 31.\n\nIt went down near Rutbah, 300 km west of Baghdad.\n\nAnother was shot down near Fallujah.",
      31, "Rutbah", "IQ"),
    // A headline in Title Case: its capitals are no names, the known place is.
    Form("Gunmen Kill 12 In Attack On Market Outside Kano\n\nThe gunmen fled on motorbikes.", 12, "Kano", "NG"),
    Form("Explosion At Kabul Market Kills Five Shoppers\n\nA bomb went off on Friday.", 5, "Kabul", "AF"),
    Form("Floods Leave 30 Dead In Villages Near Lilongwe\n\nRivers burst their banks.", 30, "Lilongwe", "MW"),
    // A claim the article places nowhere takes its headline's place, else
    // (an incident) the country of the headline's last demonym.
    Form("Ninety tourists stranded in Lebanon\n\nA ship will take 90 tourists off on Monday.\n\nHundreds of civilians have already died.", 200, "Lebanon", "LB"),
    Form("Oil workers kidnapped off Nigerian oil rig\n\nEight oil workers have been kidnapped by gunmen.", 8, "Nigeria", "NG"),
    Form("Fugitive Cuban soldiers in failed hijacking\n\nOne soldier was killed in a shootout.", 1, "Cuba", "CU"),
    Form("Israeli woman killed by rocket\n\nThe rockets have killed 10 people since 2002.", 10, nil, nil),
    // Organisations and platforms are not places.
    Form("Two people were killed in the shelling, Smith said on X.", 2, nil, nil),
    Form("Hizbollah said two of its fighters were killed in Naqoura.", 2, "Naqoura", nil),
    // A dateline or a briefing city is where the report was made, not the event.
    Form("BEIRUT (Reuters) - Two people were killed in an air strike on Tuesday.", 2, nil, nil),
    Form("GENEVA — Three aid workers were killed in an ambush in Darfur, the UN said.", 3, "Darfur", nil),
    Form("Four soldiers were killed in the ambush, a spokesman told reporters in Geneva.", 4, nil, nil),
    Form("Seven civilians died in the attack, the minister told journalists in Nairobi on Monday.", 7, nil, nil),
    Form("Twelve people were killed, the UN envoy said at a news conference in Geneva.", 12, nil, nil),
    // Divisions, lists and qualifying names.
    Form("Eight civilians were killed in Basra province.", 8, "Basra province", "IQ"),
    Form("Hunan province remained on high alert, with 108 already dead.", 108, "Hunan province", "CN"),
    Form("At least 24 civilians were killed in Afghanistan's south-eastern Paktika province.", 24, "Paktika province", nil),
    Form("Nine people were killed in Goshen, Indiana.", 9, "Goshen", "US"),
    Form("Two people were killed in Elkhart County on Friday.", 2, "Elkhart County", "US"),
    Form("Around a dozen strikes hit Beirut's southern suburbs on Sunday.", 12, "Beirut's southern suburbs", "LB"),
    Form("Up to 50 people were trapped and 20 injured at a South African shopping centre.", 20, nil, nil),
    Form("Hijacked airliners left around 3,500 people dead in New York, Washington and Pennsylvania.", 3500, "New York, Washington and Pennsylvania", "US"),
    Form("There have been no deaths recorded in Tasmania or the ACT.", 0, "Tasmania or the ACT", "AU"),
    // Not places: demonyms, organisations, facilities without a town.
    Form("Two were killed in northern Israeli towns.", 2, nil, nil),
    Form("Up to 50 people were injured at the Kolonnade shopping centre.", 50, nil, nil),
    // The nearest place named earlier in the paragraph.
    Form("Fighting raged in Kandahar. Three civilians were killed overnight.", 3, "Kandahar", "AF"),
    // Back-references: "there", "the town" are the place named last before.
    Form(
      "In Ramallah in the West Bank, rockets hit a police station. A mob lynched two soldiers there last year.",
      2, "Ramallah", "PS"),
    Form(
      "The latest attack was in the coastal city of Haifa. A bomber boarded a bus in the northern Israeli town and killed 15 passengers.",
      15, "Haifa", "IL"),
    Form("Fighting raged in Kandahar. There were 12 people killed overnight.", 12, "Kandahar", "AF"),
    // The article's most specific place for an incident placed in a country
    // or a region, or nowhere.
    Form(
      "A U.S.-British air raid in southern Iraq left eight civilians dead. The warplanes bombed areas in Basra province.",
      8, "Basra province", "IQ"),
    Form(
      "At least four people have been killed during an attempted coup in Haiti.\n\nThe President was at another home in the capital Port-au-Prince.",
      4, "Port-au-Prince", "HT"),
    Form(
      "Two children were killed in a botched assassination attempt.\n\nThe car exploded in Hebron on Sunday.",
      2, "Hebron", "PS"),
    // A country's abbreviation before a noun is who acted, not where.
    Form("In Kandahar, 12 civilians were killed in the US bombing.", 12, "Kandahar", "AF"),
    Form("Two soldiers were killed in a crash in the US last year.", 2, "US", "US"),
    Form("Six people were wounded in a stabbing in the UK on Friday.", 6, "UK", "GB"),
    // Peoples and faiths are not places, singular or plural.
    Form(
      "Clashes in Poso between Christians and Muslims have killed eight people.", 8, "Poso", "ID"),
    Form("Air strikes on Kurdish villages killed 12 people.", 12, nil, nil),
    // A place named by its facility: "Kandahar airport" is in Kandahar.
    Form("Fighters captured half of Kandahar airport and killed 11 guards.", 11, "Kandahar", "AF"),
    // A claim spread over several places keeps the area that holds them.
    Form(
      "Israeli soldiers have shot dead five Palestinians in two West Bank towns. Four were shot near Jenin.",
      5, "West Bank", "PS"),
    Form(
      "Gunmen wounded three settlers in two separate shootings in the West Bank. Troops later raided a house in Hebron.",
      3, "West Bank", "PS"),
    // "Goshen, Indiana": the name after the comma gives the country, so a
    // base in Kentucky is not a place in Afghanistan.
    Form(
      "The three soldiers killed by a bomb in Afghanistan were from a unit based at Fort Campbell, Kentucky. The bomb landed north of Kandahar.",
      3, "Kandahar", "AF"),
    // A later sentence that tells the incident again gives its place.
    Form(
      "Two children were killed during a botched assassination attempt. The children died when gunships fired on two cars in the West Bank city of Hebron. A man was killed in Ramallah. Talks went on in Ramallah.",
      2, "Hebron", "PS"),
    Form(
      "Gunmen opened fire in Gaza City. Hamas mourned a gunman who killed a settler. Two men shot the settler dead on Sunday in Beit Lahia.",
      1, "Beit Lahia", "PS"),
    // A claim with no place takes the place the article names most, here
    // the area of several incidents.
    Form(
      "Israel was accused of killing three Palestinians. Gunmen wounded two settlers in two separate shootings in the West Bank. Troops raided a house in Hebron. Soldiers in the West Bank shot a man near Nablus.",
      3, "West Bank", "PS"),
    // "the town" refers back to the place named last before it in its own
    // sentence first.
    Form("Troops moved into Gaza on Monday. Gunmen opened fire in Hebron and killed two people in the town.", 2, "Hebron", "PS"),
    // "those suburbs" refers back to the suburbs named before.
    Form(
      "The major areas of concern are the southern Sydney suburbs of Heathcote and Engadine. Thousands of residents in those suburbs were evacuated overnight.",
      2000, "Heathcote and Engadine", "AU"),
    // A list of places is no town to narrow a region to.
    Form(
      "Troops shot dead five men in the northern Gaza Strip. The men had fired at a vehicle between the settlements of Alei Sinai and Nitzanit.",
      5, "northern Gaza Strip", "PS"),
    // "a Haifa suburb": a name and a division word after "a".
    Form("Two people were killed in Nahariya.\n\nA drone hit a kindergarten in a Haifa suburb. None were hurt.", 0, "Haifa suburb", "IL"),
    // A site is named after its place, known or not; a shop or hotel is not.
    Form("Six detention officers were injured at the Woomera Detention Centre.", 6, "Woomera", nil),
    Form("Forty people were arrested at the Lucas Heights nuclear reactor.", 40, "Lucas Heights", nil),
    Form("Four people were injured at the Kolonnade shopping centre.", 4, nil, nil),
    Form("Four people were hurt in a fire at the Hilton Hotel.", 4, nil, nil),
    Form("Three guards were hurt in a riot at Prison.", 3, nil, nil),
    // A known town before a local office: "Kabul police chief".
    Form("Five people were killed in a blast on Sunday, Kabul police chief Ahmad Zia said.", 5, "Kabul", "AF"),
    Form("Five people were killed in a blast on Sunday, Hamas police spokesman Ayman said.", 5, nil, nil),
    // A town's part named with its possessive elsewhere in the article.
    Form(
      "Four people were killed when a fire broke out at a hotel in central Paris. The fire began next to the theatre in Paris' first arrondissement.",
      4, "Paris' first arrondissement", "FR"),
    Form("Four people were killed in Paris. Paris's mayor visited the scene.", 4, "Paris", "FR"),
    // A running total takes a place from the sentence just before it only.
    Form(
      "Troops have started arriving in central Sulawesi. Violence in the last week has claimed at least eight lives.",
      8, "central Sulawesi", "ID"),
    Form(
      "Gunmen attacked a bus in Hebron. Police questioned witnesses. The uprising's death toll has risen to 1,121.",
      1121, nil, nil),
    // A running total keeps its national name.
    Form(
      "Israeli attacks have killed 3,287 people in Lebanon since the war began. Strikes hit Tyre on Monday.",
      3287, "Lebanon", "LB"),
  ]

  @Test(arguments: forms)
  func form(_ form: Form) throws {
    let records = Self.extractor.extract(from: form.text)
    let record = try #require(records.first { $0.count == form.count }, "no claim of \(form.count) in \(records.map(\.count))")
    #expect(record.location == form.location)
    if form.country != nil || form.location == nil { #expect(record.country == form.country) }
  }

  /// A region is refined only when it is the one region of its country the
  /// article names: Melbourne is in Australia, not in Queensland.
  @Test func regionIsNotRefinedToAPlaceOfAnotherRegion() throws {
    let text = "Five people have died in Queensland. In Victoria, a boy was hurt at Baccus Marsh, west of Melbourne."
    let records = Self.extractor.extract(from: text)
    #expect(records.first { $0.count == 5 }?.location == "Queensland")
  }
}
