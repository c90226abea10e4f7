/// The word lists the templates draw from. Place and person names are a
/// mix of real and made-up ones; nothing here is meant as a fact.
enum Vocabulary {
  /// Towns and villages for "in the village of X".
  static let places = [
    "Kfar Kila", "Nabatieh", "Khiam", "Bint Jbeil", "Jenin", "Tulkarm", "Khan Younis",
    "Rafah", "Beit Hanoun", "Deir al-Balah", "Kherson", "Pokrovsk", "Kupiansk", "Zaporizhzhia",
    "Goma", "Bunia", "Beni", "Kidal", "Gao", "Menaka", "Marib", "Taiz", "Hodeidah", "Idlib",
    "Maarat al-Numan", "Deir ez-Zor", "Kandahar", "Lashkar Gah", "Maiduguri", "Bama",
    "El Fasher", "Nyala", "Tawila", "Sittwe", "Myitkyina", "Tal Afar", "Sinjar", "Baidoa",
    "Beledweyne", "Djibo", "Kaya", "Mopti", "Cabo Delgado", "Palma", "Mocimboa da Praia",
  ]

  /// Regions, for "in the north of X" and datelines.
  static let regions = [
    "southern Lebanon", "the West Bank", "Gaza", "eastern Ukraine", "North Kivu", "Ituri",
    "northern Mali", "Yemen", "northwest Syria", "Helmand", "Borno state", "Darfur",
    "Rakhine state", "Nineveh province", "Somalia", "Burkina Faso",
  ]

  /// Capitals for datelines ("BEIRUT —").
  static let datelines = [
    "BEIRUT", "JERUSALEM", "KYIV", "KINSHASA", "BAMAKO", "ADEN", "DAMASCUS", "KABUL",
    "ABUJA", "KHARTOUM", "YANGON", "BAGHDAD", "MOGADISHU", "OUAGADOUGOU", "MAPUTO",
  ]

  /// Who is counted.
  static let victims = [
    "people", "civilians", "soldiers", "children", "women", "fighters", "militants",
    "police officers", "villagers", "aid workers", "residents", "students", "miners",
  ]

  /// Who is moved, held or taken.
  static let displacedGroups = ["people", "families", "residents", "villagers", "civilians", "patients"]
  static let detainedGroups = ["suspects", "people", "protesters", "students", "workers", "farmers"]

  /// Who does the attacking or arresting.
  static let armedActors = [
    "gunmen", "militants", "security forces", "the army", "rebel fighters", "unidentified attackers",
    "armed men on motorcycles", "soldiers",
  ]

  /// Attributions that end a sentence: ", the health ministry said."
  static let sourcesAfter = [
    "the health ministry said", "police said", "the army said", "hospital officials said",
    "the civil defence agency said", "a U.N. spokesperson said", "local officials said",
    "the Red Crescent said", "witnesses said", "the governor’s office said",
    "a military spokesman said", "medics told reporters",
  ]

  /// Attributions that open a sentence: "According to police, ..."
  static let sourcesBefore = [
    "According to police", "According to the health ministry", "According to the United Nations",
    "According to local officials", "According to a hospital director", "According to witnesses",
    "According to the interior ministry", "According to rescue workers",
  ]

  /// Weapons that are counted in strike claims.
  static let munitions = ["rockets", "missiles", "drones", "mortar rounds", "artillery shells", "air strikes"]

  /// Names for quoted witnesses.
  static let givenNames = [
    "Maryam", "Ahmad", "Olena", "Jean-Paul", "Amina", "Yusuf", "Fatima", "Dmytro", "Aisha",
    "Ibrahim", "Grace", "Moussa", "Layla", "Hassan", "Nadia", "Samuel",
  ]
  static let familyNames = [
    "Haddad", "Khalil", "Kovalenko", "Mukendi", "Traoré", "Saleh", "Nasser", "Bondarenko",
    "Okafor", "Diallo", "Mansour", "Abubakar", "Farah", "Ouédraogo", "Tun", "Rahimi",
  ]
  static let occupations = [
    "a teacher", "a shopkeeper", "a nurse", "a farmer", "a taxi driver", "a student",
    "a local council member", "a mother of four", "a retired engineer",
  ]

  /// Companies, teams, parties and cities for the non-claim stories.
  static let companies = [
    "Northwind Holdings", "Meridian Bank", "Atlas Logistics", "Solara Energy", "Kestrel Motors",
    "Bluewater Foods", "Harbour Telecom", "Orion Pharmaceuticals", "Granite Mining", "Vela Airlines",
  ]
  static let teams = [
    "Riverside United", "the Harbour Eagles", "City Rovers", "the Northern Stars", "Eastfield Athletic",
    "the Valley Kings", "Port Wanderers", "the Capital Tigers",
  ]
  static let parties = ["the Labour Party", "the Liberal Alliance", "the Green Union", "the National Front", "the Progressive Bloc"]
  static let cities = ["Sydney", "Melbourne", "London", "Toronto", "Lagos", "Nairobi", "Mumbai", "Berlin", "Madrid", "Jakarta"]
  static let months = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
  ]
  static let weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

  /// "Ahmad Khalil"
  static func person(_ rng: inout SplitMix64) -> String {
    rng.pick(givenNames) + " " + rng.pick(familyNames)
  }

  /// "14 March 2024"
  static func date(_ rng: inout SplitMix64) -> String {
    "\(rng.int(in: 1...28)) \(rng.pick(months)) \(rng.int(in: 1995...2025))"
  }
}
