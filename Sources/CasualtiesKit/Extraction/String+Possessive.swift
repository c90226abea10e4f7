extension String {
  /// The name without a final possessive "'s" or "’s", or the bare
  /// apostrophe after an s: "Lebanon's" is "Lebanon", "Paris'" is "Paris".
  var withoutPossessive: String {
    var name = self
    for suffix in ["'s", "’s"] where name.hasSuffix(suffix) { name.removeLast(suffix.count) }
    for suffix in ["s'", "s’"] where name.hasSuffix(suffix) { name.removeLast() }
    return name
  }
}
