#!/usr/bin/env bash
# Fuzzes the extractor (or, with CASUALTIES_FUZZ_TARGET=numbers, the number
# recogniser; with CASUALTIES_FUZZ_TARGET=inputs, the JSON Lines and story
# readers) with libFuzzer and AddressSanitizer for the given number of
# seconds (default 600). Seeds come from Fuzz/seeds and the fixtures; new
# interesting inputs go to .build-fuzz/corpus-TARGET. A crash is written to
# Fuzz/crash-* : copy it into Fuzz/regressions so the tests replay it.
#
#     Scripts/fuzz.sh 600
#     CASUALTIES_FUZZ_TARGET=numbers Scripts/fuzz.sh 600
set -euo pipefail
cd "$(dirname "$0")/.."
Scripts/ensure-deps.sh
seconds="${1:-600}"
target="${CASUALTIES_FUZZ_TARGET:-extractor}"
# Coverage-instrumented with AddressSanitizer, linked with libFuzzer's
# no-main runtime: the target keeps its own main and starts the fuzzer
# through LLVMFuzzerRunDriver.
runtime="$(dirname "$(dirname "$(command -v swift)")")/lib/clang"
fuzzer="$(find "$runtime" -name 'libclang_rt.fuzzer_no_main-x86_64.a' | head -n 1)"
swift build -c release --product casualties-fuzz --scratch-path .build-fuzz \
  -Xswiftc -sanitize=address -Xswiftc -sanitize-coverage=edge,inline-8bit-counters,pc-table,trace-cmp \
  -Xswiftc -DFUZZING -Xlinker "$fuzzer" -Xlinker -lstdc++
corpus=".build-fuzz/corpus-$target"
mkdir -p "$corpus"
export CASUALTIES_FUZZ_TARGET="$target"
.build-fuzz/release/casualties-fuzz "$corpus" Fuzz/seeds \
  -max_total_time="$seconds" -max_len=4096 -timeout=10 -artifact_prefix=Fuzz/ -print_final_stats=1
