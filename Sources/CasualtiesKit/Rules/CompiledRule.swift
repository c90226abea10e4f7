import PCRE2

/// A rule whose pattern is expanded and compiled, ready to match.
struct CompiledRule: Sendable {
  let definition: RuleDefinition
  let pattern: Pattern
  /// The file the rule came from, for messages.
  let file: String

  var id: String { definition.id }
  var role: RuleRole { definition.role }
}

extension RuleDefinition: @unchecked Sendable {}
