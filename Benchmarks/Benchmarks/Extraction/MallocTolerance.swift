import Benchmark

/// How far the p90 malloc count may drift from the value stored in
/// `Thresholds/` before `swift package benchmark thresholds check` fails.
///
/// Counts are not exactly repeatable: the framework's sampling thread
/// allocates a few times while an iteration runs. Without a tolerance the
/// check would use `BenchmarkThresholds.strict` (no drift at all).
enum MallocTolerance {
  // Computed, not stored: `BenchmarkThresholds` is not `Sendable`.
  /// For benchmarks that allocate thousands of times per MiB: 5 % of the p90.
  static var percent: [BenchmarkMetric: BenchmarkThresholds] {
    [.mallocCountTotal: BenchmarkThresholds(relative: [.p90: 5.0])]
  }

  /// For benchmarks that allocate a few dozen times per MiB: 25 allocations.
  static var count: [BenchmarkMetric: BenchmarkThresholds] {
    [.mallocCountTotal: BenchmarkThresholds(absolute: [.p90: 25])]
  }
}
