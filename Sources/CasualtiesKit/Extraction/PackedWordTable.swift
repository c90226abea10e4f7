/// A fixed table from packed words (``TriggerPrefilter/key(_:)``) to their
/// prefilter groups: open addressing with a multiplicative hash, so that the
/// lookup for each word of a document is a few instructions, not a
/// `Dictionary` lookup with a seeded hasher.
struct PackedWordTable: Sendable {
  /// Keys by slot; 0 marks an empty slot (a packed word is never 0: its
  /// length sits in the top byte).
  private let keys: [UInt64]
  private let values: [TriggerPrefilter.Groups]
  private let shift: UInt64

  init(_ entries: [UInt64: TriggerPrefilter.Groups]) {
    var bits: UInt64 = 4
    while (1 << bits) < entries.count * 2 { bits += 1 }
    var keys = [UInt64](repeating: 0, count: 1 << bits)
    var values = [TriggerPrefilter.Groups](repeating: 0, count: 1 << bits)
    let shift = 64 - bits
    for (key, groups) in entries where key != 0 {
      var slot = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
      while keys[slot] != 0 { slot = (slot + 1) & (keys.count - 1) }
      keys[slot] = key
      values[slot] = groups
    }
    self.keys = keys
    self.values = values
    self.shift = shift
  }

  /// The groups of `key`, or nil when it is not in the table.
  @inline(__always) func groups(_ key: UInt64) -> TriggerPrefilter.Groups? {
    var slot = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
    while true {
      let found = keys[slot]
      if found == key { return values[slot] }
      if found == 0 { return nil }
      slot = (slot + 1) & (keys.count - 1)
    }
  }
}
