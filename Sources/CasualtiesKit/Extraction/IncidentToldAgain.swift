/// The sentence that tells a claim's incident again, for its place: "Two
/// children were killed during a botched assassination attempt. The children
/// died when gunships fired on two cars in the West Bank city of Hebron."
///
/// A later sentence tells it again when it speaks with "the" (and at most one
/// word between) of the claim's subject ("the children") or of an incident
/// word of the claim's sentence ("a bus" … "the bus", from
/// `lexicons/incident-words.txt`).
struct IncidentToldAgain {
  /// How many sentences after the claim's are read.
  static let reach = 2

  private let keys: Set<String>

  /// `subject` is the claim's subject ("people", its default, is no key);
  /// `sentence` its sentence's text.
  init(subject: String, sentence: String, incidentWords: Set<String>) {
    var keys = Set(Self.words(sentence).filter(incidentWords.contains))
    if !subject.isEmpty, subject != "people" { keys.insert(subject) }
    self.keys = keys
  }

  /// Whether `sentence` (a later sentence's text) speaks of the incident.
  func isTold(in sentence: String) -> Bool {
    guard !keys.isEmpty else { return false }
    let words = Self.words(sentence)
    for (index, word) in words.enumerated() where word == "the" {
      if words[(index + 1)..<min(index + 3, words.count)].contains(where: keys.contains) { return true }
    }
    return false
  }

  /// The lowercased words of a text.
  private static func words(_ text: String) -> [String] {
    text.lowercased().split { !$0.isLetter && $0 != "-" }.map(String.init)
  }
}
