/// The sentence that tells a claim's incident again, for its place: "Two
/// children were killed during a botched assassination attempt. The children
/// died when gunships fired on two cars in the West Bank city of Hebron."
///
/// A later sentence tells it again when it speaks with "the" (and at most one
/// word between) of the claim's subject ("the children") or of an incident
/// word of the claim's sentence ("a bus" … "the bus", from
/// `lexicons/incident-words.txt`). Sentences are compared as their
/// lowercased words (``words(in:)``).
struct IncidentToldAgain {
  /// How many sentences after the claim's are read.
  static let reach = 2

  private let keys: Set<String>

  /// `subject` is the claim's subject ("people", its default, is no key);
  /// `sentence` its sentence's words.
  init(subject: String, sentence: [String], incidentWords: Set<String>) {
    var keys = Set(sentence.filter(incidentWords.contains))
    if !subject.isEmpty, subject != "people" { keys.insert(subject) }
    self.keys = keys
  }

  /// Whether a later sentence, given as its words, speaks of the incident.
  func isTold(in words: [String]) -> Bool {
    guard !keys.isEmpty else { return false }
    for (index, word) in words.enumerated() where word == "the" {
      if words[(index + 1)..<min(index + 3, words.count)].contains(where: keys.contains) { return true }
    }
    return false
  }

  /// The lowercased words of UTF-8 text: runs of letters, hyphens and
  /// non-ASCII characters, read on the bytes; digits, ASCII punctuation and
  /// the characters of U+2000–U+2FFF (quotes, dashes, symbols) end a word.
  static func words(in bytes: some Collection<UInt8>) -> [String] {
    var words: [String] = []
    words.reserveCapacity(bytes.count / 5)
    var word: [UInt8] = []
    word.reserveCapacity(32)
    var punctuation = 0
    for byte in bytes {
      if punctuation > 0 {
        punctuation -= 1
        continue
      }
      switch byte {
      case UInt8(ascii: "A")...UInt8(ascii: "Z"): word.append(byte | 0x20)
      case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "-"): word.append(byte)
      case 0xE2:
        // U+2000–U+2FFF: three bytes starting with E2.
        punctuation = 2
        if !word.isEmpty { words.append(String(decoding: word, as: UTF8.self)) }
        word.removeAll(keepingCapacity: true)
      case 0x80...: word.append(byte)
      default:
        if !word.isEmpty { words.append(String(decoding: word, as: UTF8.self)) }
        word.removeAll(keepingCapacity: true)
      }
    }
    if !word.isEmpty { words.append(String(decoding: word, as: UTF8.self)) }
    return words
  }
}
