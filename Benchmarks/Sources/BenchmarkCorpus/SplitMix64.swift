/// A tiny, fast, seedable pseudo-random generator (Steele, Lea and Flood's
/// SplitMix64), so the corpus is byte-for-byte the same on every machine and
/// every Swift version, and a randomised test repeats from its seed.
///
/// The one seeded generator of the project: the main package's tests use
/// this file through a symbolic link (`Tests/CasualtiesKitTests/SplitMix64.swift`).
///
/// The helpers below do their own range reduction instead of calling the
/// standard library's `random(in:using:)`, whose algorithm is not promised
/// to stay the same between releases.
public struct SplitMix64: RandomNumberGenerator, Sendable {
  private var state: UInt64

  /// A generator that starts from `seed`; equal seeds give equal streams.
  public init(seed: UInt64) {
    state = seed
  }

  /// The next 64 random bits.
  public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// A number in `0..<bound` (multiply-high reduction; the bias is
  /// negligible for the small bounds used here). `bound` must be positive.
  public mutating func below(_ bound: Int) -> Int {
    precondition(bound > 0, "bound must be positive")
    return Int(truncatingIfNeeded: next().multipliedFullWidth(by: UInt64(bound)).high)
  }

  /// A number in `range`, both ends included.
  public mutating func int(in range: ClosedRange<Int>) -> Int {
    range.lowerBound + below(range.count)
  }

  /// One element of a non-empty array.
  public mutating func pick<Element>(_ items: [Element]) -> Element {
    items[below(items.count)]
  }

  /// True with probability `percent` / 100.
  public mutating func percent(_ percent: Int) -> Bool {
    below(100) < percent
  }
}
