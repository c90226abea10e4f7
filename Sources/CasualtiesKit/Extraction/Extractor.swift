import Foundation
import PCRE2

/// Turns text into ``EventRecord``s with a ``RuleSet``.
///
/// An extractor is immutable and may be shared by threads; each call makes
/// its own PCRE2 match data.
///
///     let extractor = try Extractor()
///     let records = extractor.extract(from: "Two people were killed in Nahariya, police said.")
///     // killed 2 (people), source "police" (police), location "Nahariya" (IL)
public final class Extractor: Sendable {
  /// The rules this extractor runs.
  public let rules: RuleSet
  /// Which categories to keep; `nil` keeps all.
  public let categories: Set<Category>?

  /// True when the trigger-word prefilter picks the sentences the claim
  /// rules read; off only in tests that prove it changes nothing.
  let usesPrefilter: Bool

  /// Makes an extractor over `rules` (the bundled set by default).
  public convenience init(rules: RuleSet? = nil, categories: Set<Category>? = nil) throws(RuleSetError) {
    try self.init(rules: rules, categories: categories, usesPrefilter: true)
  }

  init(rules: RuleSet?, categories: Set<Category>?, usesPrefilter: Bool) throws(RuleSetError) {
    if let rules { self.rules = rules } else { self.rules = try RuleSet.bundled() }
    self.categories = categories
    self.usesPrefilter = usesPrefilter
  }

  /// The records in `text`, which is named `doc` in them.
  public func extract(from text: String, doc: String = "-") -> [EventRecord] {
    extract(from: Document(name: doc, text: text)).records
  }

  /// The records in UTF-8 bytes (which need not be valid UTF-8).
  public func extract(utf8 bytes: [UInt8], doc: String = "-") -> ExtractionResult {
    extract(from: Document(name: doc, bytes: bytes))
  }

  /// The records and warnings for one document.
  public func extract(from document: Document) -> ExtractionResult {
    var scan = DocumentScan(rules: rules, document: document, usesPrefilter: usesPrefilter)
    var result = scan.run()
    if let categories { result.records.removeAll { !categories.contains($0.category) } }
    return result
  }
}
