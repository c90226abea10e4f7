import PCRE2

/// A rule whose pattern is expanded and compiled, ready to match.
///
/// A class, so that the scan and every candidate share one copy.
final class CompiledRule: Sendable {
  let definition: RuleDefinition
  let pattern: Pattern
  /// The same pattern compiled anchored, when every match of the rule
  /// starts with a number phrase (the `{count}` fragment, perhaps after
  /// lookbehinds): the scan then tries the rule only where a number phrase
  /// starts instead of at every byte.
  let anchoredAtCount: Pattern?
  /// The file the rule came from, for messages.
  let file: String
  /// True for a rule of a user's rules file (`RuleSet.bundled(adding:)`,
  /// `--rules`): a veto of its match by a built-in lexicon is warned about.
  let isAdded: Bool
  /// The pattern's named groups and their numbers: a rule has a few, so a
  /// look-up compares short names instead of hashing one.
  private let namedGroups: [(name: String, number: Int)]

  init(definition: RuleDefinition, pattern: Pattern, anchoredAtCount: Pattern?, file: String, isAdded: Bool = false) {
    self.definition = definition
    self.pattern = pattern
    self.anchoredAtCount = anchoredAtCount
    self.file = file
    self.isAdded = isAdded
    self.namedGroups = pattern.groupNumbers.map { ($0.key, $0.value) }
  }

  /// The number of the group called `name`, nil when the pattern has none
  /// (the same as the pattern's `groupNumbers` gives).
  func groupNumber(_ name: String) -> Int? {
    for group in namedGroups where group.name == name { return group.number }
    return nil
  }

  var id: String { definition.id }
  var role: RuleRole { definition.role }

  /// True when `pattern` (unexpanded) is zero-width lookbehinds, if any,
  /// then `{count}`: every match then starts where a number phrase does.
  static func startsWithCount(_ pattern: String) -> Bool {
    var rest = Substring(pattern)
    while true {
      rest = rest.drop { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
      guard rest.hasPrefix("(?<!") || rest.hasPrefix("(?<=") else { break }
      guard let end = closingParenthesis(of: rest) else { return false }
      rest = rest[rest.index(after: end)...]
    }
    return rest.hasPrefix("{count}")
  }

  /// The parenthesis that closes the group `text` opens, past escapes and
  /// character classes; nil when there is none.
  private static func closingParenthesis(of text: Substring) -> Substring.Index? {
    var depth = 0
    var inClass = false
    var index = text.startIndex
    while index < text.endIndex {
      let character = text[index]
      if character == "\\" {
        index = text.index(after: index)
        if index == text.endIndex { return nil }
      } else if inClass {
        if character == "]" { inClass = false }
      } else if character == "[" {
        inClass = true
        // A "]" right after "[" or "[^" is a member, not the end.
        let next = text.index(after: index)
        if next < text.endIndex, text[next] == "^" { index = next }
        let member = text.index(after: index)
        if member < text.endIndex, text[member] == "]" { index = member }
      } else if character == "(" {
        depth += 1
      } else if character == ")" {
        depth -= 1
        if depth == 0 { return index }
      }
      index = text.index(after: index)
    }
    return nil
  }
}

extension RuleDefinition: @unchecked Sendable {}
