extension String {
  /// The name without a final possessive "'s" or "’s": "Lebanon's" is
  /// "Lebanon".
  var withoutPossessive: String {
    var name = self
    for suffix in ["'s", "’s"] where name.hasSuffix(suffix) { name.removeLast(suffix.count) }
    return name
  }
}
