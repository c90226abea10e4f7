#!/usr/bin/env bash
# Quick start, part two, and what CI runs (.ci/run): installs what the tests
# need, then runs every check the README's Testing section lists, each part
# timed. Name parts to run only those:
#
#     Scripts/test.sh              # all of them
#     Scripts/test.sh fuzz         # one part
#
#   unit   swift test: every suite, the review page in headless Chromium too
#   fuzz   each libFuzzer target for 60 s from Fuzz/seeds (Scripts/fuzz.sh)
#   asan   swift test under AddressSanitizer and LeakSanitizer, the known
#          leaks of the Swift runtime libraries suppressed by
#          Scripts/lsan-suppressions.txt
#   tsan   the --jobs and batch tests under ThreadSanitizer
#
# `swift test` alone is the quick day-to-day loop.
set -euo pipefail
cd "$(dirname "$0")/.."
Scripts/ensure-deps.sh --test

parts=("$@")
if [ "${#parts[@]}" -eq 0 ]; then
  parts=(unit fuzz asan tsan)
fi

# The builds in their own scratch paths skip SwiftPM's build-manifest cache:
# with it, every second build there fails ("unknown build description").
run_part() {
  case "$1" in
    unit) swift test ;;
    fuzz) CASUALTIES_FUZZ_TARGET=all Scripts/fuzz.sh 60 ;;
    asan)
      # The options reach the test processes and the casualties processes
      # the command-line tests start: a leak or overflow in either fails.
      ASAN_OPTIONS=detect_leaks=1:abort_on_error=0 \
        LSAN_OPTIONS="suppressions=$PWD/Scripts/lsan-suppressions.txt:print_suppressions=0" \
        swift test --sanitize=address --scratch-path .build-asan --disable-build-manifest-caching
      ;;
    tsan)
      TSAN_OPTIONS=halt_on_error=1 swift test --sanitize=thread --scratch-path .build-tsan --disable-build-manifest-caching \
        --filter 'StreamingTests|jobsTwoGivesTheSameOutputAsJobsOne|onePatternIsSharedByConcurrentTasks'
      ;;
    *) echo "test.sh: unknown part '$1' (parts: unit fuzz asan tsan)" >&2; return 2 ;;
  esac
}

summary=()
for part in "${parts[@]}"; do
  echo "=== $part" >&2
  start=$SECONDS
  run_part "$part"
  summary+=("$part $((SECONDS - start)) s")
done
echo "=== passed" >&2
printf '  %s\n' "${summary[@]}" >&2
