import CasualtiesKit
import Testing

/// The grammar of casualty reporting: each form, in a real-looking sentence,
/// and what must not be read as a claim.
@Suite struct CategoryFormTests {
  static let extractor = try! Extractor()

  struct Form: Sendable, CustomTestStringConvertible {
    let text: String
    let expected: [(Category, Int)]
    var testDescription: String { text }
    init(_ text: String, _ expected: [(Category, Int)]) {
      self.text = text
      self.expected = expected
    }
  }

  static let forms: [Form] = [
    // killed
    Form("Gunmen shot dead three police officers at a checkpoint in Kandahar.", [(.killed, 3)]),
    Form("Two journalists were gunned down outside their office.", [(.killed, 2)]),
    Form("Four aid workers were assassinated in the north of the country.", [(.killed, 4)]),
    Form("Militants executed 12 prisoners on Sunday, the monitoring group said.", [(.killed, 12)]),
    Form("Five hostages were beheaded, the group said in a video.", [(.killed, 5)]),
    Form("A mob lynched two soldiers near the square.", [(.killed, 2)]),
    Form("Militiamen massacred 30 villagers overnight.", [(.killed, 30)]),
    Form("Seven fighters were slain in the ambush.", [(.killed, 7)]),
    Form("The death toll from the earthquake rose to 2,300 on Tuesday.", [(.killed, 2300)]),
    Form("Police reported 14 fatalities on the state's roads.", [(.killed, 14)]),
    Form("The floods left 25 dead and hundreds homeless.", [(.killed, 25), (.displaced, 200)]),
    Form("The fire claimed the lives of 11 people.", [(.killed, 11)]),
    Form("Rescuers said 40 bodies were recovered from the rubble.", [(.killed, 40)]),
    Form("Six children were among the dead.", [(.killed, 6)]),
    Form("Twenty miners are feared dead after the collapse.", [(.killed, 20)]),
    Form("The attack killed 30 people and 40 deaths were reported in all.", [(.killed, 30), (.killed, 40)]),
    Form("Police said three men were shot to death in Chicago.", [(.killed, 3)]),
    Form("A mob stoned to death two women accused of theft.", [(.killed, 2)]),
    Form("Five miners were buried alive when the shaft collapsed.", [(.killed, 5)]),
    Form("The number of dead rose to 80 on Friday.", [(.killed, 80)]),
    Form("The crash claimed the life of a 24-year-old motorcyclist.", [(.killed, 1)]),
    Form("A cyclist died after being struck by a lorry in Bristol.", [(.killed, 1)]),
    Form("The plane crash killed all 157 people on board.", [(.killed, 157)]),
    Form("Another three bodies were found in the rubble later.", [(.killed, 3)]),
    Form("The death count in the province stood at 112.", [(.killed, 112)]),
    // injured
    Form("Nine others were wounded in the blast.", [(.injured, 9)]),
    Form("At least 15 people were hurt when the bus overturned.", [(.injured, 15)]),
    Form("Hospital officials said 21 people were treated for injuries.", [(.injured, 21)]),
    // missing
    Form("Ten fishermen are still missing after the storm.", [(.missing, 10)]),
    Form("Dozens of residents remain unaccounted for.", [(.missing, 24)]),
    Form("About 50 people are trapped under the rubble.", [(.missing, 50)]),
    // displaced
    Form("The fighting has displaced 250,000 people since March.", [(.displaced, 250_000)]),
    Form("More than 3,000 families have fled their homes.", [(.displaced, 3000)]),
    Form("The offensive forced 12,000 people from their homes.", [(.displaced, 12000)]),
    Form("Some 400 villagers were uprooted by the floods.", [(.displaced, 400)]),
    // evacuated
    Form("Authorities evacuated 5,000 residents from the coast.", [(.evacuated, 5000)]),
    Form("The blaze forced 600 people to evacuate.", [(.evacuated, 600)]),
    Form("Two thousand residents were ordered to leave the town.", [(.evacuated, 2000)]),
    // detained
    Form("Police arrested 23 protesters in the capital.", [(.detained, 23)]),
    Form("Eight suspects were taken into custody.", [(.detained, 8)]),
    Form("Security forces rounded up 150 men in the raid.", [(.detained, 150)]),
    // abducted
    Form("Gunmen abducted 27 schoolgirls from their dormitory.", [(.abducted, 27)]),
    Form("Three engineers were kidnapped near the border.", [(.abducted, 3)]),
    Form("Pirates took hostage 18 crew members.", [(.abducted, 18)]),
    Form("The rebels are holding 40 hostages.", [(.abducted, 40)]),
    // strikes
    Form("Warplanes carried out more than 300 air strikes overnight.", [(.strikes, 300)]),
    Form("Militants fired 50 rockets at the city.", [(.strikes, 50)]),
    Form("The army said it shot down 12 drones.", [(.strikes, 12)]),
    Form("Troops dropped 20 barrel bombs on the town.", [(.strikes, 20)]),
    // sentence forms
    Form("Strike kills 5 in Gaza", [(.killed, 5)]),
    Form("Five killed, 12 wounded in market blast", [(.killed, 5), (.injured, 12)]),
    Form("Gunmen opened fire, killing two and injuring 10 others.", [(.killed, 2), (.injured, 10)]),
    Form("The raid left 30 people dead (including 12 children).", [(.killed, 30), (.killed, 12)]),
    Form("Five people, including two children, were killed in the strike.", [(.killed, 5), (.killed, 2)]),
    Form("Five more were killed on Monday.", [(.killed, 5)]),
    Form("Another person was killed in a strike in Hermel.", [(.killed, 1)]),
    Form("A 10-year-old boy was injured by shrapnel.", [(.injured, 1)]),
    Form("An unknown gunman shot and killed a farmer in the village of Issene.", [(.killed, 1)]),
    Form("Residents lynched and killed an alleged thief.", [(.killed, 1)]),
    Form("A shepherd was killed by a militant.", [(.killed, 1)]),
  ]

  @Test(arguments: forms)
  func readsTheForm(_ form: Form) {
    let records = Self.extractor.extract(from: form.text)
    let found = records.map { "\($0.category.rawValue) \($0.count)" }
    let expected = form.expected.map { "\($0.0.rawValue) \($0.1)" }
    #expect(found == expected, "\(form.text)")
  }

  static let notClaims: [String] = [
    "The storm could kill thousands if it makes landfall.",
    "The group threatened to kill 100 hostages.",
    "A new dam would displace 20,000 people.",
    "How many people were killed?",
    "The team won 3-1 after two goals in the second half.",
    "The company cut 4,000 jobs and its shares fell 12 per cent.",
    "The army deployed 5,000 troops to the border.",
    "Officials said 300 houses were damaged.",
    "Protesters blocked the road after 32 sheep were killed by a speeding truck.",
    "The merger killed 300 jobs at the plant.",
  ]

  @Test(arguments: notClaims)
  func isNoClaim(_ text: String) {
    let records = Self.extractor.extract(from: text)
    #expect(records.isEmpty, "\(text) gave \(records.map { "\($0.category.rawValue) \($0.count)" })")
  }

  @Test func scopeFromRunningTotalMarkers() {
    let cumulative = [
      "So far, 120 people have been killed in the fighting.",
      "In total, 56 soldiers were wounded.",
      "To date, 9,000 people have been displaced.",
      "Since October, 400 people have been arrested.",
      "Over the last year, 2,000 civilians were killed.",
      "Nearly 100 civilians have been killed in three nights of US airstrikes.",
      "There have been no fatalities reported on the roads for two days.",
      "New South Wales has recorded 18 holiday deaths.",
    ]
    for text in cumulative {
      #expect(Self.extractor.extract(from: text).first?.scope == .cumulative, "\(text)")
    }
    #expect(Self.extractor.extract(from: "Two people were killed in the blast.").first?.scope == .incident)
    // A running-total marker inside a toll belongs to the toll, not to the incident beside it.
    let bringing = Self.extractor.extract(from: "Two people were killed on Monday, bringing the toll to 45.")
    #expect(bringing.map { "\($0.count) \($0.scope.rawValue)" } == ["2 incident", "45 cumulative"])
    let after = Self.extractor.extract(from: "The death toll rose to 45 after two more people died.")
    #expect(after.map { "\($0.count) \($0.scope.rawValue)" } == ["45 cumulative", "2 incident"])
    #expect(Self.extractor.extract(from: "Peru began two days of mourning for the 220 people killed in a fire.").first?.scope == .incident)
  }
}
