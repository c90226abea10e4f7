/// A regex alternation of literal phrases factored on their common prefixes
/// (a trie written as nested groups), so that PCRE2 compares a few bytes at
/// each start position instead of trying every phrase in turn.
///
///     ["shot dead", "shot", "shelled"]   // tried longest first
///     (?:sh(?:ot(?:\s+dead|)|elled))    // the same matches, in the same order
///
/// The factored form must match exactly what the plain alternation
/// `(?:shot\s+dead|shelled|shot)` matches, trying the same phrases in the
/// same order. The phrases that match at one position are prefixes of one
/// another (ignoring case under the caseless option), so it is enough that
/// for every such chain both forms try the same lengths in the same order;
/// ``pattern(for:)`` checks that for every chain, with and without case, and
/// returns nil when it fails (or when a phrase has doubled spaces or
/// characters other than printable ASCII and ’), and the caller keeps the
/// plain alternation.
struct PrefixAlternation {
  /// A trie node: children by their unit (one regex atom), in first-listed order.
  private final class Node {
    var children: [(unit: [UInt8], node: Node)] = []
    var endsPhrase = false

    func child(_ unit: [UInt8]) -> Node? {
      children.first { $0.unit == unit }?.node
    }
  }

  /// The factored alternation of `phrases`, which are in the order the plain
  /// alternation tries them; each phrase is its list of regex atoms
  /// (``units(of:)``). Nil when the factored form might match differently.
  static func pattern(for phrases: [[String]]) -> String? {
    let phrases = phrases.map { $0.map { Array($0.utf8) } }
    let root = Node()
    var nodes: [ObjectIdentifier] = []
    for units in phrases {
      guard !units.isEmpty else { return nil }
      var node = root
      for unit in units {
        if let next = node.child(unit) {
          node = next
        } else {
          let next = Node()
          node.children.append((unit, next))
          node = next
        }
      }
      node.endsPhrase = true
      nodes.append(ObjectIdentifier(node))
    }
    // The order in which the factored form tries the phrases: depth first,
    // longer continuations before the phrase that ends at a node.
    var rankOfNode: [ObjectIdentifier: Int] = [:]
    func visit(_ node: Node) {
      for child in node.children { visit(child.node) }
      if node.endsPhrase { rankOfNode[ObjectIdentifier(node)] = rankOfNode.count }
    }
    visit(root)
    let ranks = nodes.map { rankOfNode[$0] ?? 0 }
    for folds in [false, true] {
      let keys = phrases.map { units in units.map { folds ? $0.map(lowercasedASCII) : $0 } }
      for longest in keys {
        // The phrases that match wherever `longest` does.
        let chain = keys.indices.filter { keys[$0].count <= longest.count && keys[$0].elementsEqual(longest.prefix(keys[$0].count)) }
        if lengths(chain, keys) != lengths(chain.sorted { ranks[$0] < ranks[$1] }, keys) { return nil }
      }
    }
    return "(?:" + write(root) + ")"
  }

  /// The lengths in the order `chain` tries them, each once: trying a length
  /// again only repeats a failure.
  private static func lengths(_ chain: [Int], _ keys: [[[UInt8]]]) -> [Int] {
    var seen: Set<Int> = []
    return chain.map { keys[$0].count }.filter { seen.insert($0).inserted }
  }

  private static func lowercasedASCII(_ byte: UInt8) -> UInt8 {
    byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
  }

  /// The atoms of `phrase` for ``pattern(for:)``, or nil when a character is
  /// one the proof does not cover.
  static func units(of phrase: String) -> [String]? {
    var units: [String] = []
    var previousWasSpace = true  // no leading space either
    for character in phrase {
      guard character.unicodeScalars.count == 1, let scalar = character.unicodeScalars.first else { return nil }
      let isSpace = scalar == " "
      if isSpace && previousWasSpace { return nil }
      // Printable ASCII and ’ only: extended mode ignores other white space
      // in a pattern, and other bytes are not shown to be prefix-free.
      guard (0x21...0x7E).contains(scalar.value) || isSpace || scalar == "’" else { return nil }
      previousWasSpace = isSpace
      units.append(Lexicon.regexLiteral(String(character)))
    }
    return previousWasSpace ? nil : units
  }

  /// The regex for the phrases below `node`: longer continuations first,
  /// then the empty one when a phrase ends here.
  private static func write(_ node: Node) -> String {
    var branches = node.children.map { String(decoding: $0.unit, as: UTF8.self) + write($0.node) }
    if node.endsPhrase && !branches.isEmpty { branches.append("") }
    return branches.count <= 1 ? (branches.first ?? "") : "(?:" + branches.joined(separator: "|") + ")"
  }
}
