/// Expands `{name}` fragment references and `{lexicon:NAME}` word lists in
/// rule patterns. Quantifiers such as `{2}` or `{0,3}` start with a digit and
/// are left alone.
final class FragmentExpander {
  let fragments: [String: String]
  let lexicons: [String: Lexicon]
  /// Expanded fragments and lexicon alternations, each made once.
  private var cache: [String: String] = [:]

  init(fragments: [String: String], lexicons: [String: Lexicon]) {
    self.fragments = fragments
    self.lexicons = lexicons
  }

  enum Failure: Error, CustomStringConvertible {
    case unknownFragment(String)
    case unknownLexicon(String)
    case cycle([String])

    var description: String {
      switch self {
      case .unknownFragment(let name): "unknown fragment '{\(name)}'"
      case .unknownLexicon(let name): "unknown lexicon '{lexicon:\(name)}' (no Data/lexicons/\(name).tsv or .txt)"
      case .cycle(let path): "fragments refer to each other in a cycle: \(path.joined(separator: " -> "))"
      }
    }
  }

  func expand(_ pattern: String) throws(Failure) -> String {
    try expand(pattern, path: [])
  }

  private func expand(_ pattern: String, path: [String]) throws(Failure) -> String {
    var output = ""
    var index = pattern.startIndex
    while index < pattern.endIndex {
      let character = pattern[index]
      if character == "\\" {
        // Keep escapes whole, so `\{` never starts a reference.
        let next = pattern.index(after: index)
        output.append(character)
        if next < pattern.endIndex { output.append(pattern[next]); index = pattern.index(after: next) } else { index = next }
        continue
      }
      if character == "{", let close = pattern[index...].firstIndex(of: "}") {
        let name = String(pattern[pattern.index(after: index)..<close])
        if let first = name.first, first.isLetter, name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" || $0 == ":" }) {
          output += try resolve(name, path: path)
          index = pattern.index(after: close)
          continue
        }
      }
      output.append(character)
      index = pattern.index(after: index)
    }
    return output
  }

  private func resolve(_ name: String, path: [String]) throws(Failure) -> String {
    if let cached = cache[name] { return cached }
    let resolved = try resolveUncached(name, path: path)
    cache[name] = resolved
    return resolved
  }

  private func resolveUncached(_ name: String, path: [String]) throws(Failure) -> String {
    if name.hasPrefix("lexicon:") {
      let lexiconName = String(name.dropFirst("lexicon:".count))
      guard let lexicon = lexicons[lexiconName] else { throw .unknownLexicon(lexiconName) }
      return lexicon.alternation
    }
    guard let body = fragments[name] else { throw .unknownFragment(name) }
    if path.contains(name) { throw .cycle(path + [name]) }
    return "(?:" + (try expand(body, path: path + [name])) + ")"
  }
}
