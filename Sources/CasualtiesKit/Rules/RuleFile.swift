/// The decoded contents of one rules file (`Data/rules/*.json`).
///
/// A rules file names regex fragments, which patterns use as `{name}`, and
/// lists rules. A pattern may be a string or an array of strings that are
/// joined; patterns compile in PCRE2's extended, caseless mode, so spaces in
/// them are for reading only. `{lexicon:NAME}` stands for the phrases of
/// `Data/lexicons/NAME.tsv` (or `.txt`), longest first.
struct RuleFile: Decodable {
  var fragments: [String: PatternText] = [:]
  var rules: [RuleDefinition] = []
  /// Entries added to lexicons by name: `{"triggers-after": [["slain", "killed"]]}`.
  var lexicons: [String: [TableRow]] = [:]
  /// Places added to the gazetteer: `[["Baalchmay", "LB", "city"]]`.
  var places: [TableRow] = []

  enum CodingKeys: String, CodingKey { case fragments, rules, lexicons, places }

  init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    fragments = try container.decodeIfPresent([String: PatternText].self, forKey: .fragments) ?? [:]
    rules = try container.decodeIfPresent([RuleDefinition].self, forKey: .rules) ?? []
    lexicons = try container.decodeIfPresent([String: [TableRow]].self, forKey: .lexicons) ?? [:]
    places = try container.decodeIfPresent([TableRow].self, forKey: .places) ?? []
  }
}

/// A lexicon or gazetteer row in a rules file: a phrase, or a list of columns.
struct TableRow: Decodable {
  var fields: [String]

  init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    if let columns = try? container.decode([String].self) {
      fields = columns
    } else {
      fields = [try container.decode(String.self)]
    }
    if fields.first?.isEmpty ?? true {
      throw DecodingError.dataCorruptedError(in: container, debugDescription: "a row needs a phrase in its first column")
    }
  }
}

/// Pattern text written as one string or as a list of strings to join.
struct PatternText: Decodable {
  var text: String

  init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    if let parts = try? container.decode([String].self) {
      text = parts.joined(separator: " ")
    } else {
      text = try container.decode(String.self)
    }
  }
}

/// One rule as written in a rules file.
struct RuleDefinition: Decodable {
  /// A unique name, used in error messages and tests.
  var id: String
  /// What a match means (see ``RuleRole``).
  var role: RuleRole = .claim
  /// The regular expression, with `{fragment}` references.
  var pattern: PatternText
  /// Fixed categories for every match, when the pattern has no trigger group.
  var categories: [Category]?
  /// The lexicon that maps the `trigger` group to a category (column 2) and
  /// an optional qualifier override (column 3).
  var triggers: String?
  /// True when the trigger is itself the counted noun ("no deaths",
  /// "another death"), so that "a", "another" or "no" may count with it.
  var triggerIsNoun = false
  /// For a claim rule, the words one of which must stand in a sentence for
  /// the rule to match there: plain words, or `lexicon:NAME` for the last
  /// content word of every phrase of a lexicon. The extractor reads only
  /// sentences with such a word; a claim rule without this list turns that
  /// shortcut off, so a custom rule is never skipped.
  var prefilter: [String]?
  /// For a location rule, a mention that only counts when the sentence names
  /// no place more directly ("Argentina's government").
  var weak = false
  /// For a location rule, that only names the gazetteer knows are places
  /// ("Pretoria emergency spokesman" names Pretoria, "Hamas police
  /// spokesman" no place), though the mention is not weak.
  var known = false
  /// For a location rule, that an unknown name it finds is a settlement
  /// ("the village of X"), specific enough to place an incident in.
  var namesSettlement = false
  /// For a location rule, the capital letter every match holds (see
  /// ``CapitalLetter``): a sentence without one skips the rule. A rule
  /// without it runs on every sentence.
  var capital: CapitalLetter?
  /// For a subset rule, where it must stand relative to its claim.
  var follows: SubsetPlacement = .after
  /// A fixed count, when the pattern has no `count` group ("no casualties").
  var count: Int?
  /// The subject when the pattern captures none.
  var subject: String?
  /// A fixed scope; otherwise the sentence decides.
  var scope: Scope?
  /// A fixed source type (attribution rules); otherwise the sources lexicon decides.
  var sourceType: SourceType?
  /// Texts with the records the whole engine must find in them.
  var examples: [RuleExample] = []
  /// Texts in which the whole engine must find no record.
  var counterexamples: [String] = []

  enum CodingKeys: String, CodingKey {
    case id, role, pattern, categories, triggers, count, subject, scope, examples, counterexamples
    case sourceType = "source_type"
    case triggerIsNoun = "trigger_is_noun"
    case follows, weak, known, prefilter, capital
    case namesSettlement = "names_settlement"
  }

  init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    triggerIsNoun = try container.decodeIfPresent(Bool.self, forKey: .triggerIsNoun) ?? false
    follows = try container.decodeIfPresent(SubsetPlacement.self, forKey: .follows) ?? .after
    weak = try container.decodeIfPresent(Bool.self, forKey: .weak) ?? false
    known = try container.decodeIfPresent(Bool.self, forKey: .known) ?? false
    namesSettlement = try container.decodeIfPresent(Bool.self, forKey: .namesSettlement) ?? false
    prefilter = try container.decodeIfPresent([String].self, forKey: .prefilter)
    capital = try container.decodeIfPresent(CapitalLetter.self, forKey: .capital)
    id = try container.decode(String.self, forKey: .id)
    role = try container.decodeIfPresent(RuleRole.self, forKey: .role) ?? .claim
    pattern = try container.decode(PatternText.self, forKey: .pattern)
    categories = try container.decodeIfPresent([Category].self, forKey: .categories)
    triggers = try container.decodeIfPresent(String.self, forKey: .triggers)
    count = try container.decodeIfPresent(Int.self, forKey: .count)
    subject = try container.decodeIfPresent(String.self, forKey: .subject)
    scope = try container.decodeIfPresent(Scope.self, forKey: .scope)
    sourceType = try container.decodeIfPresent(SourceType.self, forKey: .sourceType)
    examples = try container.decodeIfPresent([RuleExample].self, forKey: .examples) ?? []
    counterexamples = try container.decodeIfPresent([String].self, forKey: .counterexamples) ?? []
  }
}

/// What a rule's matches mean.
public enum RuleRole: String, Codable, Sendable {
  /// A numeric claim: needs a `count` group (or a fixed count) and a category.
  case claim
  /// A subset of the claim before it in the sentence ("including two
  /// children"): takes that claim's category.
  case subset
  /// An attribution: a `source` group (or a `pronoun` group that refers back).
  case source
  /// A place: a `place` group, with an optional `demonym` group for its country.
  case location
  /// A scope marker: claims in a sentence it matches take the rule's scope.
  case scope
  /// A span that is never a count ("aged three and 13"): no claim may read
  /// a number inside it.
  case ignore
}

/// Where a subset rule's match must stand relative to the claim it belongs to.
public enum SubsetPlacement: String, Codable, Sendable {
  /// Anywhere after the claim in the sentence ("including two children").
  case after
  /// As the next item of a list that the claim opens: only a comma or "and"
  /// and a few words without numbers between them ("seven died on Queensland
  /// roads, five in Victoria, three in ...").
  case list
}

/// A rule's own test: the engine run on `text` must emit these records.
public struct RuleExample: Decodable, Sendable {
  /// The text to extract from.
  public var text: String
  /// The records expected; only the fields given are compared.
  public var expect: [ExpectedRecord]
}
