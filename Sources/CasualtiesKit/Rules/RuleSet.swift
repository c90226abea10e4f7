import Foundation
import PCRE2

/// The rules, lexicons and gazetteer the extractor runs on, loaded from a
/// data folder and compiled once.
///
/// ``RuleSet/bundled()`` gives the set that ships with the package; a
/// custom folder with the same layout (`rules/*.json`, `lexicons/*.tsv|txt`,
/// `gazetteer/*.tsv`) can be loaded with ``init(directory:)``.
public final class RuleSet: Sendable {
  /// Rules in load order: files sorted by name, rules in file order. Earlier
  /// rules win when two claim the same number.
  let rules: [CompiledRule]
  /// Lexicons by name.
  let lexicons: [String: Lexicon]
  /// Number words, qualifiers and vague amounts, for reading counts.
  let numbers: NumberReader
  /// Places and demonyms.
  let gazetteer: Gazetteer
  /// The `{count}` fragment on its own, for ``NumberRecognizer``.
  let numberPattern: Pattern
  /// Sentence boundaries, with the abbreviations lexicon.
  let splitter: SentenceSplitter
  /// The trigger-word pass that picks the sentences worth the claim rules,
  /// with one group per claim rule; nil when some claim rule names no words.
  let prefilter: TriggerPrefilter?
  /// The prefilter group of each claim rule, by rule index (nil for the
  /// other rules).
  let prefilterGroup: [TriggerPrefilter.Groups?]
  /// The pass that picks the sentences worth the source rules.
  let attributionPrefilter: TriggerPrefilter
  /// The role of each rule, by rule index: the scan's loops read these
  /// instead of each rule object.
  let roles: [RuleRole]
  /// True when a user's rules file adds claim or subset rules, whose vetoed
  /// matches are warned about.
  let hasAddedClaimRules: Bool
  /// Whether each rule, by rule index, has a form anchored at number
  /// phrases (``CompiledRule/anchoredAtCount``).
  let isAnchoredAtCount: [Bool]
  /// The source rules, in rule order.
  let sourceRules: [Int]
  /// The scope rules that mark a running total, in rule order.
  let cumulativeScopeRules: [Int]
  /// The words the rules other than claim rules name, which narrow where they run.
  let ruleWords: RuleWords
  /// The location rules, in rule order.
  let locationRules: [Int]
  /// The location rules that name places (back-references left out), in
  /// rule order.
  let namingPlaceRules: [Int]
  /// The rules that read an article's places (``ArticlePlaces``): the
  /// strong location rules, back-references left out, in rule order.
  let articlePlaceRules: [Int]
  /// The gazetteer and word lists that turn a location match into a place.
  let placeVocabulary: PlaceName.Vocabulary
  /// Words that name an incident (``IncidentToldAgain``), lowercased.
  let incidentWords: Set<String>
  /// Every word of the sources lexicon's phrases, as its lookups fold them.
  let sourceWords: Set<String>

  /// Options every rule pattern is compiled with. The offset limit changes
  /// no match: it lets a scan stop where no match can start any more.
  static let compileOptions: CompileOptions = [.caseless, .extended, .useOffsetLimit]

  /// Loads and compiles every rule under `directory`.
  /// - Throws: ``RuleSetError`` naming the file, the rule and the reason.
  public convenience init(directory: URL) throws(RuleSetError) {
    try self.init(directory: directory, adding: [])
  }

  /// Loads the rules under `directory` plus a user's rules files, which may
  /// add fragments, rules, lexicon entries (trigger words, sources and their
  /// types) and places; see `Data/README.md`.
  /// - Throws: ``RuleSetError`` naming the file, the line, the rule and the reason.
  public convenience init(directory: URL, adding extraFiles: [URL]) throws(RuleSetError) {
    try self.init(data: .folder(directory), adding: extraFiles)
  }

  init(data: DataFiles, adding extraFiles: [URL]) throws(RuleSetError) {
    var files: [LoadedRuleFile] = []
    for file in try data.files(in: "rules", extensions: ["json"]) {
      files.append(try LoadedRuleFile(text: file.text, name: file.name, path: file.path))
    }
    let builtInFiles = files.count
    for url in extraFiles { files.append(try LoadedRuleFile(text: try Self.read(url), name: url.path, path: url.path)) }

    var lexicons = try Self.loadLexicons(in: data)
    for file in files {
      for (name, entries) in file.content.lexicons {
        lexicons[name] = (lexicons[name] ?? Lexicon(name: name, text: "")).adding(entries.map(\.fields))
      }
    }
    self.lexicons = lexicons
    self.sourceWords = Set((lexicons["sources"]?.phrases ?? []).flatMap { Lexicon.normalize($0).split(separator: " ").map(String.init) })
    self.numbers = try NumberReader(lexicons: lexicons)
    self.attributionPrefilter = TriggerPrefilter(entries: ["lexicon:reporting-verbs", "lexicon:attribution-words"], lexicons: lexicons)
    self.splitter = SentenceSplitter(abbreviations: Set((lexicons["abbreviations"]?.phrases ?? []).map { Array($0.lowercased().utf8) }))
    self.gazetteer = try Gazetteer(
      files: try data.files(in: "gazetteer", extensions: ["tsv", "txt"], optional: true), demonyms: lexicons["demonyms"],
      addedPlaces: files.flatMap { $0.content.places.map(\.fields) })
    self.incidentWords = Set((lexicons["incident-words"]?.phrases ?? []).map { $0.lowercased() })
    self.placeVocabulary = PlaceName.Vocabulary(
      gazetteer: gazetteer, facilityWords: lexicons["facility-words"], siteWords: lexicons["site-words"],
      divisionWords: lexicons["division-words"])

    var fragments: [String: String] = [:]
    for file in files {
      for (name, body) in file.content.fragments {
        if fragments[name] != nil {
          throw RuleSetError(file: file.name, line: Self.line(containing: "\"\(name)\"", in: file.text), rule: name, reason: "fragment '\(name)' is defined twice")
        }
        fragments[name] = body.text
      }
    }
    let expander = FragmentExpander(fragments: fragments, lexicons: lexicons)
    do {
      self.numberPattern = try Pattern(expander.expand("{count}"), options: Self.compileOptions)
    } catch {
      throw RuleSetError(file: "rules", rule: "count", reason: "the {count} fragment, which every claim rule reads numbers with, does not compile: \(error)")
    }
    var rules: [CompiledRule] = []
    var seen: Set<String> = []
    for (fileIndex, file) in files.enumerated() {
      for definition in file.content.rules {
        let line = Self.line(containing: "\"\(definition.id)\"", in: file.text)
        guard seen.insert(definition.id).inserted else {
          throw RuleSetError(file: file.name, line: line, rule: definition.id, reason: "rule id is used twice")
        }
        let expanded: String
        do { expanded = try expander.expand(definition.pattern.text) } catch {
          throw RuleSetError(file: file.name, line: line, rule: definition.id, reason: error.description)
        }
        if let character = Self.nonASCIIInClass(expanded) {
          throw RuleSetError(
            file: file.name, line: line, rule: definition.id,
            reason: "a character class holds '\(character)', which PCRE2's byte mode reads as its UTF-8 bytes one by one; write it as an alternative, as in (?: [\\w'] | \(character) )")
        }
        let pattern: Pattern
        do { pattern = try Pattern(expanded, options: Self.compileOptions) } catch {
          throw RuleSetError(file: file.name, line: line, rule: definition.id, reason: "\(error) (in the expanded pattern: …\(Self.excerpt(expanded, around: error.offset ?? 0))…)")
        }
        try Self.validate(definition, pattern: pattern, file: file.name, line: line)
        for entry in definition.prefilter ?? [] where entry.hasPrefix("lexicon:") && lexicons[String(entry.dropFirst(8))] == nil {
          throw RuleSetError(file: file.name, line: line, rule: definition.id, reason: "prefilter names an unknown lexicon '\(entry)'")
        }
        // Compiles as the pattern did; only the option differs.
        let anchored = CompiledRule.startsWithCount(definition.pattern.text)
          ? try? Pattern(expanded, options: Self.compileOptions.union(.anchored)) : nil
        rules.append(CompiledRule(definition: definition, pattern: pattern, anchoredAtCount: anchored, file: file.name, isAdded: fileIndex >= builtInFiles))
      }
    }
    self.rules = rules
    self.roles = rules.map(\.role)
    self.hasAddedClaimRules = rules.contains { $0.isAdded && ($0.role == .claim || $0.role == .subset) }
    self.isAnchoredAtCount = rules.map { $0.anchoredAtCount != nil }
    self.sourceRules = rules.indices.filter { rules[$0].role == .source }
    self.cumulativeScopeRules = rules.indices.filter { rules[$0].role == .scope && rules[$0].definition.scope == .cumulative }
    self.ruleWords = RuleWords(rules: rules, lexicons: lexicons)
    self.locationRules = rules.indices.filter { rules[$0].role == .location }
    self.namingPlaceRules = locationRules.filter { rules[$0].pattern.groupNumbers["anaphor"] == nil }
    self.articlePlaceRules = namingPlaceRules.filter { !rules[$0].definition.weak }
    let claimRules = rules.indices.filter { rules[$0].role == .claim }
    self.prefilter = claimRules.allSatisfy { rules[$0].definition.prefilter != nil }
      ? TriggerPrefilter(groups: claimRules.map { rules[$0].definition.prefilter ?? [] }, lexicons: lexicons) : nil
    var groups = [TriggerPrefilter.Groups?](repeating: nil, count: rules.count)
    for (group, index) in claimRules.enumerated() { groups[index] = TriggerPrefilter.bit(group) }
    self.prefilterGroup = groups
  }

  /// The rule set that ships with the package, loaded once.
  public static func bundled() throws(RuleSetError) -> RuleSet {
    try bundledResult.get()
  }

  private static let bundledResult: Result<RuleSet, RuleSetError> = Result { () throws(RuleSetError) in
    try RuleSet(data: .builtIn, adding: [])
  }

  /// The bundled rules plus a user's rules files.
  public static func bundled(adding files: [URL]) throws(RuleSetError) -> RuleSet {
    files.isEmpty ? try bundled() : try RuleSet(data: .builtIn, adding: files)
  }

  /// Every rule's own examples and counterexamples, for tests.
  public var examples: [(rule: String, example: RuleExample)] {
    rules.flatMap { rule in rule.definition.examples.map { (rule.id, $0) } }
  }

  /// Every rule's counterexamples, for tests.
  public var counterexamples: [(rule: String, text: String)] {
    rules.flatMap { rule in rule.definition.counterexamples.map { (rule.id, $0) } }
  }

  /// The byte offsets of the prefilter's trigger words in `bytes`: the one
  /// pass that picks the sentences the claim rules read. Empty when the
  /// prefilter is off (a custom claim rule that names no words).
  public func triggerWordOffsets(in bytes: UnsafeBufferPointer<UInt8>) -> [Int] {
    prefilter?.hits(in: bytes) ?? []
  }

  /// True when every rule runs as JIT-compiled code.
  public var isJITCompiled: Bool { rules.allSatisfy(\.pattern.isJITCompiled) }

  private static func validate(_ rule: RuleDefinition, pattern: Pattern, file: String, line: Int?) throws(RuleSetError) {
    let groups = pattern.groupNumbers
    func require(_ condition: Bool, _ reason: String) throws(RuleSetError) {
      if !condition { throw RuleSetError(file: file, line: line, rule: rule.id, reason: reason) }
    }
    switch rule.role {
    case .claim, .subset:
      try require(groups["count"] != nil || rule.count != nil, "a claim rule needs a (?<count>…) group or a fixed \"count\"")
      if rule.role == .claim {
        try require(rule.categories != nil || (rule.triggers != nil && groups["trigger"] != nil),
                     "a claim rule needs \"categories\" or \"triggers\" with a (?<trigger>…) group")
      }
    case .source:
      try require(groups["source"] != nil || groups["pronoun"] != nil, "a source rule needs a (?<source>…) or (?<pronoun>…) group")
    case .location:
      try require(
        groups["place"] != nil || groups["anaphor"] != nil || groups["demonym"] != nil,
        "a location rule needs a (?<place>…), (?<anaphor>…) or (?<demonym>…) group")
    case .scope:
      try require(rule.scope != nil, "a scope rule needs a \"scope\"")
    case .ignore:
      break
    }
  }

  /// The first non-ASCII character inside a character class of `pattern`,
  /// if any: in byte mode a class matches single bytes, so "[\\w’]" matches
  /// each byte of "’" alone, and of every character sharing them ("—").
  static func nonASCIIInClass(_ pattern: String) -> Character? {
    // Read on the bytes: the pattern syntax is ASCII, and expanded
    // patterns run to hundreds of kilobytes at start-up.
    let bytes = Array(pattern.utf8)
    var inClass = false
    var classStart = false
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      index += 1
      switch byte {
      case UInt8(ascii: "\\"):
        // The escaped character, all of its bytes.
        if index < bytes.count { index += 1 }
        while index < bytes.count, bytes[index] & 0xC0 == 0x80 { index += 1 }
      case UInt8(ascii: "[") where !inClass:
        inClass = true
        classStart = true
        continue
      case UInt8(ascii: "^") where classStart:
        continue
      case UInt8(ascii: "]") where inClass && !classStart:
        inClass = false
      default:
        if inClass && byte >= 0x80 { return String(decoding: bytes[(index - 1)..<min(index + 3, bytes.count)], as: UTF8.self).first }
      }
      classStart = false
    }
    return nil
  }

  static func loadLexicons(in data: DataFiles) throws(RuleSetError) -> [String: Lexicon] {
    var lexicons: [String: Lexicon] = [:]
    for file in try data.files(in: "lexicons", extensions: ["tsv", "txt"]) {
      lexicons[file.stem] = Lexicon(name: file.stem, text: file.text)
    }
    return lexicons
  }

  static func files(in folder: URL, extensions: Set<String>) throws(RuleSetError) -> [URL] {
    do {
      return try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
        .filter { extensions.contains($0.pathExtension) }
        .sorted { $0.lastPathComponent < $1.lastPathComponent }
    } catch {
      throw RuleSetError(file: folder.path, reason: "cannot list the folder: \(error.localizedDescription)")
    }
  }

  static func read(_ url: URL) throws(RuleSetError) -> String {
    do { return try String(contentsOf: url, encoding: .utf8) } catch {
      throw RuleSetError(file: url.path, reason: "cannot read the file as UTF-8 text")
    }
  }

  static func line(containing needle: String, in text: String) -> Int? {
    guard let range = text.range(of: needle) else { return nil }
    return text[..<range.lowerBound].reduce(1) { $1 == "\n" ? $0 + 1 : $0 }
  }

  private static func excerpt(_ text: String, around offset: Int) -> String {
    let bytes = Array(text.utf8)
    let lower = max(0, offset - 30)
    let upper = min(bytes.count, offset + 10)
    return String(decoding: bytes[lower..<upper], as: UTF8.self)
  }
}
