#!/usr/bin/env bash
# Fuzzes the extractor (or, with CASUALTIES_FUZZ_TARGET=numbers, the number
# recogniser; with CASUALTIES_FUZZ_TARGET=inputs, the JSON Lines and story
# readers; with CASUALTIES_FUZZ_TARGET=all, each in turn) with libFuzzer and
# AddressSanitizer for the given number of seconds per target (default 600).
# Seeds come from Fuzz/seeds; new interesting inputs go to
# .build-fuzz/corpus-TARGET and the fuzzer's output to
# .build-fuzz/fuzz-TARGET.log. Prints the coverage each target reached; exits
# non-zero on a crash, a leak or a slow input, which is written to
# Fuzz/crash-* (leak-*, timeout-*): copy it into Fuzz/regressions so the
# tests replay it.
#
#     Scripts/fuzz.sh 600
#     CASUALTIES_FUZZ_TARGET=numbers Scripts/fuzz.sh 600
#     CASUALTIES_FUZZ_TARGET=all Scripts/fuzz.sh 60     # what Scripts/test.sh runs
set -euo pipefail
cd "$(dirname "$0")/.."
Scripts/ensure-deps.sh
seconds="${1:-600}"
targets="${CASUALTIES_FUZZ_TARGET:-extractor}"
if [ "$targets" = all ]; then
  targets="extractor numbers inputs"
fi
# Coverage-instrumented with AddressSanitizer, linked with libFuzzer's
# no-main runtime: the target keeps its own main and starts the fuzzer
# through LLVMFuzzerRunDriver.
runtime="$(dirname "$(dirname "$(command -v swift)")")/lib/clang"
fuzzer="$(find "$runtime" -name 'libclang_rt.fuzzer_no_main-x86_64.a' | head -n 1)"
# --disable-build-manifest-caching: with these flags a second build reusing the
# cached build manifest fails ("unknown build description", Swift 6.3).
swift build -c release --product casualties-fuzz --scratch-path .build-fuzz --disable-build-manifest-caching \
  -Xswiftc -sanitize=address -Xswiftc -sanitize-coverage=edge,inline-8bit-counters,pc-table,trace-cmp \
  -Xswiftc -DFUZZING -Xlinker "$fuzzer" -Xlinker -lstdc++
for target in $targets; do
  corpus=".build-fuzz/corpus-$target"
  log=".build-fuzz/fuzz-$target.log"
  mkdir -p "$corpus"
  echo "fuzzing $target for $seconds s (output in $log)..." >&2
  if ! CASUALTIES_FUZZ_TARGET="$target" .build-fuzz/release/casualties-fuzz "$corpus" Fuzz/seeds \
    -max_total_time="$seconds" -max_len=4096 -timeout=10 -artifact_prefix=Fuzz/ -print_final_stats=1 >"$log" 2>&1; then
    tail -n 40 "$log" >&2
    echo "fuzz: the $target target failed; the input is in Fuzz/ (crash-*, leak-* or timeout-*), the output in $log" >&2
    exit 1
  fi
  # libFuzzer's last status line: inputs run, edges covered (cov), features (ft), corpus.
  echo "fuzz $target: $(grep -E '^#[0-9]+[[:space:]]+DONE' "$log" | tail -n 1 | tr -s ' \t' ' ')"
done
