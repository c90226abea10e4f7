import CasualtiesKit
import Testing

/// How counts are stated beyond "N people were killed": partitives, bodies,
/// nominalisations, "and N others", appositives, ranges, headlines and lists;
/// and the figures that are not counts of casualties (populations, "both ...
/// and", ages, lists without a numeral, subsets by condition).
@Suite struct CountFormTests {
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
    // among the dead, of the dead
    Form("Two nurses were among the dead.", [(.killed, 2)]),
    Form("Four journalists were among those killed in the strike.", [(.killed, 4)]),
    Form("Among those killed were six children.", [(.killed, 6)]),
    Form("Among the dead in the village was a 70-year-old farmer.", [(.killed, 1)]),
    Form("Among the injured were 12 students.", [(.injured, 12)]),
    Form("Three of the dead were police officers.", [(.killed, 3)]),
    Form("Two of the wounded are children, the hospital said.", [(.injured, 2)]),
    Form("Five of those arrested were students.", [(.detained, 5)]),
    // bodies found, recovered, received, brought, pulled out
    Form("Rescuers recovered 23 bodies from the rubble.", [(.killed, 23)]),
    Form("The hospital received 12 bodies and 30 wounded.", [(.killed, 12), (.injured, 30)]),
    Form("Divers pulled out 14 more bodies from the river.", [(.killed, 14)]),
    Form("Police found five bodies in a shallow grave.", [(.killed, 5)]),
    Form("About three dozen bodies were brought to the morgue.", [(.killed, 36)]),
    Form("Nine charred bodies have been pulled from the wreckage.", [(.killed, 9)]),
    Form("Soldiers recovered the bodies of five migrants near the border.", [(.killed, 5)]),
    // nominalised counts
    Form("The deaths of 31 soldiers shocked the nation.", [(.killed, 31)]),
    Form("Protests followed the killing of more than 40 villagers.", [(.killed, 40)]),
    Form("The abduction of five pupils was condemned.", [(.abducted, 5)]),
    Form("Rights groups condemned the arrest of 85 protesters.", [(.detained, 85)]),
    Form("The war has caused the displacement of 3 million people.", [(.displaced, 3_000_000)]),
    Form("The court ordered the release of the men after the detention of 14 activists.", [(.detained, 14)]),
    // "and N others" after a named person
    Form("The bomb killed the mayor and three other officials.", [(.killed, 3)]),
    Form("A suicide bomber blew himself up, killing the imam and nine other worshippers.", [(.killed, 9)]),
    Form("Police arrested the group's leader and 14 other members.", [(.detained, 14)]),
    // presumed dead, urged to evacuate, custody, injuries, treated, pronounced dead
    Form("Two climbers are presumed dead.", [(.killed, 2)]),
    Form("Forty sailors were feared dead after the ship went down.", [(.killed, 40)]),
    Form("Some 5,000 people were urged to evacuate their homes.", [(.evacuated, 5000)]),
    Form("Around 300 families were advised to evacuate.", [(.evacuated, 300)]),
    Form("About 2,000 residents were told to evacuate on Sunday.", [(.evacuated, 2000)]),
    Form("Police took 12 people into custody after the clashes.", [(.detained, 12)]),
    Form("Eight suspects were taken into custody.", [(.detained, 8)]),
    Form("Two officers suffered minor injuries.", [(.injured, 2)]),
    Form("Five passengers received head injuries in the crash.", [(.injured, 5)]),
    Form("Three soldiers sustained gunshot wounds.", [(.injured, 3)]),
    Form("Six people were treated at the scene.", [(.injured, 6)]),
    Form("Two men were pronounced dead at the scene.", [(.killed, 2)]),
    Form("A woman was declared dead in hospital.", [(.killed, 1)]),
    // headlines, lists, situation reports
    Form("3 dead, 8 missing after ferry sinks", [(.killed, 3), (.missing, 8)]),
    Form("Gunman held after killing 2, wounding 9", [(.killed, 2), (.injured, 9)]),
    Form("Khan Younis: 210 killed, 400 injured", [(.killed, 210), (.injured, 400)]),
    Form("Two more deaths were reported in the capital.", [(.killed, 2)]),
    Form("12 dead and 31 others wounded", [(.killed, 12), (.injured, 31)]),
    Form("Six people were shot, two fatally.", [(.killed, 2)]),
    Form("Nine worshippers were stabbed, one of them fatally.", [(.killed, 1)]),
    // drones and projectiles
    Form("40 drones were shot down.", [(.strikes, 40)]),
    Form("Three drone attacks hit the market.", [(.strikes, 3)]),
    Form("Some 30 projectiles crossed the border.", [(.strikes, 30)]),
    // relative clauses, hostages, jailed
    Form("Thirty taxi drivers who took part in the protest were arrested.", [(.detained, 30)]),
    Form("Two men suspected of planning the attack were detained on Friday.", [(.detained, 2)]),
    Form("The inmates took over 100 of their guards as hostages.", [(.abducted, 100)]),
    Form("Pirates have taken 17 sailors hostage off the coast.", [(.abducted, 17)]),
    Form("A court in Milan jailed two men for the bombing.", [(.detained, 2)]),
    // zeros of two categories, verbs joined before "to death", idioms, ranges, vague amounts
    Form("No one was injured or killed in the strikes.", [(.injured, 0), (.killed, 0)]),
    Form("Nobody was killed or hurt, the fire service said.", [(.killed, 0), (.injured, 0)]),
    Form("No injuries or deaths were reported.", [(.injured, 0), (.killed, 0)]),
    Form("There were no reports of casualties.", [(.killed, 0), (.injured, 0)]),
    Form("152 refugees were shot, hacked and burned to death.", [(.killed, 152)]),
    Form("Three villagers were beaten and hacked to death.", [(.killed, 3)]),
    Form("The fighting has cost over 1,200 people their lives.", [(.killed, 1200)]),
    Form("Two or three soldiers were killed.", [(.killed, 2)]),
    Form("Three to four people have been killed.", [(.killed, 3)]),
    Form("Several dozen more were injured.", [(.injured, 24)]),
    Form("Several hundred families were displaced.", [(.displaced, 200)]),
    Form("Police fatally shot one person.", [(.killed, 1)]),
    Form("Two men were fatally stabbed.", [(.killed, 2)]),
    Form("One 23-year old protester was shot dead.", [(.killed, 1)]),
    Form("A 30 year old man was killed.", [(.killed, 1)]),
    Form("Two Belgian soldiers, part of the UN force, were wounded.", [(.injured, 2)]),
    Form("Four workers, members of a local cooperative, were killed.", [(.killed, 4)]),
    Form("Two teenagers, 15 and 17 years of age, died.", [(.killed, 2)]),
    Form("Three men, aged 20 to 25, were arrested.", [(.detained, 3)]),
    Form("16 other rebels and one soldier were killed.", [(.killed, 16), (.killed, 1)]),
    Form("At least 18 prisoners and security officials have been wounded.", [(.injured, 18)]),
    Form("He admitted to killing eight women.", [(.killed, 8)]),
    Form("The army fired one shell at the village.", [(.strikes, 1)]),
    Form("A pair of bombs exploded on the train.", [(.strikes, 2)]),
    Form("Two 500lb bombs were dropped.", [(.strikes, 2)]),
    Form("The mass grave contained 25 bodies.", [(.killed, 25)]),
    Form("Thirty-four summary executions were carried out.", [(.killed, 34)]),
    Form("The city recorded 300 murders last year.", [(.killed, 300)]),
    Form("Eight people were treated in the local hospital.", [(.injured, 8)]),
    Form("Two soldiers appear to have suffered minor injuries.", [(.injured, 2)]),
    Form("Another soldier was severely injured.", [(.injured, 1)]),
    Form("Tsunami toll passes 80,000", [(.killed, 80_000)]),
    Form("The death toll nears 300.", [(.killed, 300)]),
    Form("The UN recorded some 1,500 civilian casualties.", [(.killed, 1500)]),
    Form("Five children were among the casualties.", [(.killed, 5)]),
    // "to have" is no hedge, an injured person who died, hedged figures in an aside
    Form("He is believed to have killed thousands of civilians during the war.", [(.killed, 2000)]),
    Form("The gang is suspected to have kidnapped four tourists.", [(.abducted, 4)]),
    Form("A man injured in the bus bombing died in hospital on Thursday.", [(.killed, 1)]),
    Form("Two soldiers wounded by the roadside bomb have died of their injuries.", [(.killed, 2)]),
    Form("At least 128 people were killed and over 220, possibly over 350, were injured.", [(.killed, 128), (.injured, 220)]),
    Form("Rebels freed 38 African Union (AU) personnel that were taken hostage on Sunday.", [(.abducted, 38)]),
    Form("Two of the dead were police shot by protesters.", [(.killed, 2)]),
    Form("A key al-Qaeda operative was killed in the strike.", [(.killed, 1)]),
    // a participle in apposition after the count
    Form("Fifteen foreign fighters, captured near the northern city, were flown to the base.", [(.detained, 15)]),
    Form("Three soldiers, wounded in the clash, were taken to Kabul.", [(.injured, 3)]),
    Form("Two journalists, kidnapped outside their hotel, were freed on Friday.", [(.abducted, 2)]),
    // a verb after "and" is no second subject ("claimed 23 lives and wounded more than 36")
    Form("The bombing claimed 23 lives and wounded more than 36 others.", [(.killed, 23), (.injured, 36)]),
    Form("Troops fired on the crowd, killing three people and injuring more than 100.", [(.killed, 3), (.injured, 100)]),
    Form("The army said one of the hostages had been killed.", [(.killed, 1)]),
    // a subset by condition is no claim of its own
    Form("Five people were hurt, including a boy in critical condition.", [(.injured, 5)]),
  ]

  @Test(arguments: forms)
  func readsTheForm(_ form: Form) {
    let records = Self.extractor.extract(from: form.text)
    let found = records.map { "\($0.category.rawValue) \($0.count)" }
    let expected = form.expected.map { "\($0.0.rawValue) \($0.1)" }
    #expect(found == expected, "\(form.text)")
  }

  static let notClaims: [String] = [
    "Most of the city's 400,000 residents fled.",
    "Half of Gaza's 2.3 million people have been displaced.",
    "The town, home to some 30,000 people, was evacuated.",
    "A man, his wife and their daughter were killed.",
    "The governing bodies of 12 schools met on Monday.",
    "Drugs were strapped to the bodies of the three men.",
    "Two men who said the soldiers were killed spoke to reporters.",
    "One of the kidnapped victims was identified as a teacher.",
    "The strike killed the commander and his deputy.",
    "Two of the dead were found in a ditch.",
    "The blasts killed both civilians and government officials.",
    "The storm could have killed thousands.",
    "Investigators found 546 images of dead detainees.",
    "Two men, 25 and 30, were seen leaving.",
  ]

  @Test(arguments: notClaims)
  func isNoClaim(_ text: String) {
    let records = Self.extractor.extract(from: text)
    #expect(records.isEmpty, "\(text) gave \(records.map { "\($0.category.rawValue) \($0.count)" })")
  }
}
