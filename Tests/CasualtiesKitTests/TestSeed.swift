import Foundation

/// The seed of a randomised test: `CASUALTIES_TEST_SEED` when it is set, so
/// that a failure repeats, and a new one on every other run, so that runs
/// try different inputs. Tests name it in every failure message:
///
///     let seed = TestSeed.make()
///     var generator = SplitMix64(seed: seed)
///     #expect(..., "\(TestSeed.describe(seed)): \(input)")
enum TestSeed {
  static func make() -> UInt64 {
    if let given = ProcessInfo.processInfo.environment["CASUALTIES_TEST_SEED"], let seed = UInt64(given) { return seed }
    var system = SystemRandomNumberGenerator()
    return system.next()
  }

  /// How to repeat the run: "seed 42 (CASUALTIES_TEST_SEED=42 swift test to repeat)".
  static func describe(_ seed: UInt64) -> String {
    "seed \(seed) (CASUALTIES_TEST_SEED=\(seed) swift test to repeat)"
  }
}
