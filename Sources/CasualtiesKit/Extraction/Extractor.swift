import Foundation
import PCRE2
import Synchronization

/// Turns text into ``EventRecord``s with a ``RuleSet``.
///
/// An extractor may be shared by threads; each call borrows PCRE2 match data
/// that no other call uses meanwhile.
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
  /// Match data and memos that no scan is using, for the next scans.
  private let idleScratch = Mutex<[ScanScratch]>([])

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

  /// The PCRE2 searches this extractor's scans have run and the bytes they
  /// spanned, summed over its idle scratch (all of it when no scan runs).
  var work: (searches: Int, bytes: Int) {
    idleScratch.withLock { scratch in
      scratch.map(\.work).reduce((0, 0)) { ($0.0 + $1.searches, $0.1 + $1.bytes) }
    }
  }

  /// The records and warnings for one document.
  public func extract(from document: Document) -> ExtractionResult {
    let scratch = idleScratch.withLock { $0.popLast() } ?? ScanScratch(ruleCount: rules.rules.count)
    // Text with no-break spaces, zero-width characters or HTML references
    // is scanned as it reads, and the records point into the original.
    let folded = FoldedDocument(document)
    var scan = DocumentScan(rules: rules, document: folded?.document ?? document, usesPrefilter: usesPrefilter, scratch: scratch)
    var result = scan.run()
    if let folded { result = folded.inOriginal(result) }
    scratch.trimMemo()
    idleScratch.withLock { $0.append(scratch) }
    if let categories { result.records.removeAll { !categories.contains($0.category) } }
    return result
  }
}
