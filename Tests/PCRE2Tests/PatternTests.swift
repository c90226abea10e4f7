import PCRE2
import Testing

@Suite struct PatternTests {
  @Test func compilesWithJITWhenAvailable() throws {
    let pattern = try Pattern(#"\d+"#)
    #expect(pattern.isJITCompiled == PCRE2Configuration.isJITAvailable)
    if pattern.isJITCompiled { #expect(pattern.jitSize > 0) }
  }

  @Test func compileErrorCarriesMessageAndOffset() {
    let error = #expect(throws: PCRE2Error.self) { try Pattern("a(b") }
    #expect(error?.kind == .compile)
    #expect(error?.offset == 3)
    #expect(error?.message.contains("missing closing parenthesis") == true)
    #expect(error?.description.hasPrefix("PCRE2: error compiling pattern at offset 3") == true)
  }

  @Test func anOffsetLimitStopsWhereMatchesMayStart() throws {
    for options: CompileOptions in [[.useOffsetLimit], [.useOffsetLimit, .anchored]] {
      let pattern = try Pattern("ab(?=x)", options: options)
      #expect(pattern.isJITCompiled == PCRE2Configuration.isJITAvailable)
      let matcher = pattern.makeMatcher()
      let subject = Array("xxabxxabx".utf8)
      try subject.withUnsafeBufferPointer { (text) throws(PCRE2Error) in
        let from = options.contains(.anchored) ? 2 : 0
        #expect(try matcher.firstMatch(in: text, from: from, startingBy: 1) == nil)
        #expect(try matcher.firstMatch(in: text, from: from, startingBy: 2)?.range == 2..<4)
        #expect(try matcher.firstMatch(in: text, from: from)?.range == 2..<4)
      }
      if !options.contains(.anchored) {
        try subject.withUnsafeBufferPointer { (text) throws(PCRE2Error) in
          #expect(try matcher.matches(in: text, startingBy: 5).map(\.range) == [2..<4])
          #expect(try matcher.matches(in: text, startingBy: 6).map(\.range) == [2..<4, 6..<8])
          // The limit is only for the search it is given to.
          #expect(try matcher.matches(in: text).map(\.range) == [2..<4, 6..<8])
        }
      }
    }
  }

  @Test func aMatchStartIsTheStartOfTheFirstMatch() throws {
    let matcher = try Pattern(#"(?<n>\d+)(?= killed)"#, options: [.useOffsetLimit]).makeMatcher()
    let subject = Array("7 wounded, 12 killed, 3 killed".utf8)
    try subject.withUnsafeBufferPointer { (text) throws(PCRE2Error) in
      for offset in 0...text.count {
        for limit in [nil, 10, 11, 20, 22, 30] {
          let start = try matcher.firstMatchStart(in: text, from: offset, startingBy: limit)
          #expect(start == (try matcher.firstMatch(in: text, from: offset, startingBy: limit))?.range.lowerBound)
        }
      }
      #expect(try matcher.firstMatchStart(in: text) == 11)
      #expect(try matcher.firstMatchStart(in: text, from: 13) == 22)
      #expect(try matcher.firstMatchStart(in: text, from: 13, startingBy: 21) == nil)
      #expect(try matcher.firstMatchStart(in: text, from: text.count + 1) == nil)
    }
  }

  @Test func noMatchGivesNothing() throws {
    let matcher = try Pattern("killed").makeMatcher()
    #expect(try matcher.matches(in: "nothing to see").isEmpty)
  }

  @Test func groupsHaveByteRanges() throws {
    let pattern = try Pattern(#"(?<count>\d+) (?<verb>killed|wounded)(x)?"#)
    let matcher = pattern.makeMatcher()
    let found = try matcher.matches(in: "5 killed, 12 wounded")
    #expect(found.count == 2)
    #expect(found[0].range == 0..<8)
    #expect(matcher.range(of: "count", in: found[1]) == 10..<12)
    #expect(matcher.range(of: "verb", in: found[1]) == 13..<20)
    #expect(found[1][3] == nil, "an unset group reads as nil")
    #expect(pattern.groupNumbers == ["count": 1, "verb": 2])
  }

  @Test func offsetsAreUTF8BytesAfterCurlyQuotesAndAccents() throws {
    let matcher = try Pattern(#"\d+"#).makeMatcher()
    let text = "“Beyrouth” é — 42"
    let found = try matcher.matches(in: text)
    let bytes = Array(text.utf8)
    #expect(found.count == 1)
    #expect(String(decoding: bytes[found[0].range], as: UTF8.self) == "42")
    #expect(found[0].range == (bytes.count - 2)..<bytes.count)
  }

  @Test func byteModeAcceptsInvalidUTF8() throws {
    let matcher = try Pattern("killed").makeMatcher()
    let found = try matcher.matches(in: [0xFF, 0xFE] + Array(" killed".utf8))
    #expect(found.map(\.range) == [3..<9])
  }

  @Test func utfModeMatchesCharacters() throws {
    let matcher = try Pattern(#"\w+"#, options: .utf).makeMatcher()
    #expect(try matcher.matches(in: "Baalchmay été").map(\.range) == [0..<9, 10..<15])
  }

  @Test func emptyMatchesTerminate() throws {
    let matcher = try Pattern("x*").makeMatcher()
    #expect(try matcher.matches(in: "aé").count == 4)
    #expect(try matcher.matches(in: "").count == 1)
  }

  @Test func caselessOption() throws {
    let matcher = try Pattern("killed", options: .caseless).makeMatcher()
    #expect(try matcher.matches(in: "KILLED Killed").count == 2)
  }

  @Test func pathologicalPatternStopsAtTheMatchLimit() throws {
    let pattern = try Pattern("(a+)+$", limits: MatchLimits(match: 10_000, depth: 1_000))
    let subject = String(repeating: "a", count: 40) + "b"
    let error = #expect(throws: PCRE2Error.self) { try pattern.makeMatcher().matches(in: subject) }
    #expect(error?.kind == .match)
    #expect(error?.isResourceLimit == true)
  }

  @Test func onePatternIsSharedByConcurrentTasks() async throws {
    let pattern = try Pattern(#"\b\d+ killed\b"#)
    let subject = String(repeating: "3 killed and more. ", count: 200)
    let counts = await withTaskGroup(of: Int.self) { group in
      for _ in 0..<8 {
        group.addTask { (try? pattern.makeMatcher().matches(in: subject).count) ?? -1 }
      }
      return await group.reduce(into: []) { $0.append($1) }
    }
    #expect(counts == Array(repeating: 200, count: 8))
  }
}
