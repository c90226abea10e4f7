@testable import CasualtiesKit
import Foundation
import Testing

/// The byte reader of a JSON line's fields reads and refuses what
/// Foundation's JSON parser reads and refuses.
@Suite struct JSONObjectFieldsTests {
  let pieces = ["a", "Z", " ", "\"", "\\", "/", "\n", "\t", "\r", "\u{08}", "\u{0C}", "\u{01}", "\u{1F}", "é", "—", "“", "€", "😀", "{", "}", "[", "]", ":", ","]

  func randomText(_ generator: inout SplitMix64) -> String {
    (0..<generator.int(in: 0...12)).map { _ in generator.pick(pieces) }.joined()
  }

  func randomValue(_ generator: inout SplitMix64, depth: Int = 0) -> Any {
    switch generator.below(depth < 3 ? 7 : 5) {
    case 0: return randomText(&generator)
    case 1: return generator.int(in: -1_000_000...1_000_000)
    case 2: return Double(generator.int(in: -1_000_000_000...1_000_000_000)) / 1000
    case 3: return generator.percent(50)
    case 4: return NSNull()
    case 5: return (0..<generator.int(in: 0...3)).map { _ in randomValue(&generator, depth: depth + 1) }
    default:
      return Dictionary((0..<generator.int(in: 0...3)).map { ("k\($0)", randomValue(&generator, depth: depth + 1)) }) { a, _ in a }
    }
  }

  func foundationAccepts(_ line: [UInt8]) -> Bool {
    (try? JSONSerialization.jsonObject(with: Data(line))) is [String: Any]
  }

  @Test func readsTheFieldsFoundationWrites() throws {
    let seed = TestSeed.make()
    var generator = SplitMix64(seed: seed)
    for _ in 0..<3_000 {
      var object: [String: Any] = ["other": randomValue(&generator)]
      let text = randomText(&generator)
      object["text"] = text
      if generator.percent(50) { object["id"] = randomText(&generator) }
      let line = try JSONSerialization.data(withJSONObject: object)
      let values = try JSONObjectFields.values(of: ["text", "id"], in: Array(line)[...])
      #expect(values[0] == .string(Array(text.utf8)), "\(TestSeed.describe(seed)): \(String(decoding: line, as: UTF8.self))")
      let id = (object["id"] as? String).map { JSONObjectFields.Value.string(Array($0.utf8)) }
      #expect(values[1] == id, "\(TestSeed.describe(seed)): \(String(decoding: line, as: UTF8.self))")
    }
  }

  @Test func refusesWhatFoundationRefuses() throws {
    let seed = TestSeed.make()
    var generator = SplitMix64(seed: seed)
    // No exponent letters: Foundation refuses a number too large for a Double.
    let inserted = Array(#"{}[]":,\ 0-1.+tfnux"#.utf8)
    for _ in 0..<3_000 {
      var line = Array(try JSONSerialization.data(withJSONObject: ["text": randomText(&generator), "n": randomValue(&generator)]))
      // Delete or insert ASCII bytes only where no UTF-8 sequence is cut: the
      // reader, unlike Foundation, takes invalid UTF-8 as it is.
      for _ in 0..<generator.int(in: 1...2) {
        let ascii = line.indices.filter { line[$0] < 0x80 }
        guard !ascii.isEmpty else { continue }
        let index = generator.pick(ascii)
        if generator.percent(50) { line.remove(at: index) } else { line.insert(generator.pick(inserted), at: index) }
      }
      let accepted = (try? JSONObjectFields.values(of: ["text"], in: line[...])) != nil
      #expect(accepted == foundationAccepts(line), "\(TestSeed.describe(seed)): \(String(decoding: line, as: UTF8.self))")
    }
  }

  @Test func handWrittenLines() throws {
    let refused = [
      "{oops", "[1, 2]", "\"text\"", "", "{", "{\"a\": 1,,}", "{,}", "{\"a\" 1}", "{\"a\": 01}", "{\"a\": tru}", "{\"a\": \"x}",
      "{\"a\": [1,,]}", "{\"a\": [,]}", "{} x", "{\"a\": \"\\x\"}", "{\"a\": \"\t\"}", "{\"a\": -}", "{\"a\": 1.}", "{\"a\": 1e}", "{\"a\": {\"b\"}}",
      "{\"a\": [}", "{\"a\": \"\\u12G4\"}", "{a: 1}", "{\"a\": 1}}",
    ]
    for line in refused {
      #expect(throws: JSONObjectFields.Failure.self, "\(line)") { try JSONObjectFields.values(of: ["a"], in: Array(line.utf8)[...]) }
      #expect(!foundationAccepts(Array(line.utf8)), "\(line)")
    }
    let read = try JSONObjectFields.values(of: ["text", "id", "n"], in: Array(#" { "n": [1, {"x": [true, null]}], "id": -12.5e3, "text": "a\u2014b \ud83d\ude00 \"q\"\/" } "#.utf8)[...])
    #expect(read == [.string(Array("a—b 😀 \"q\"/".utf8)), .number("-12.5e3"), .other])
    // A trailing comma, as Foundation allows.
    #expect(try JSONObjectFields.values(of: ["a"], in: Array(#"{"a": [1, {"b": 2,},], }"#.utf8)[...]) == [.other])
    #expect(foundationAccepts(Array(#"{"a": [1, {"b": 2,},], }"#.utf8)))
    // A lone surrogate reads as U+FFFD, as decoders replace it.
    #expect(try JSONObjectFields.values(of: ["t"], in: Array(#"{"t": "x\ud800y\udc00"}"#.utf8)[...]) == [.string(Array("x\u{FFFD}y\u{FFFD}".utf8))])
    let failure = try #require(throws: JSONObjectFields.Failure.self) { try JSONObjectFields.values(of: ["a"], in: Array(#"{"a": [1,,]}"#.utf8)[...]) }
    #expect(failure.description == "expected a value at byte 10")
  }
}
