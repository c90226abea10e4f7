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
#
# `swift test` alone is the quick day-to-day loop.
set -euo pipefail
cd "$(dirname "$0")/.."
Scripts/ensure-deps.sh --test

parts=("$@")
if [ "${#parts[@]}" -eq 0 ]; then
  parts=(unit fuzz)
fi

run_part() {
  case "$1" in
    unit) swift test ;;
    fuzz) CASUALTIES_FUZZ_TARGET=all Scripts/fuzz.sh 60 ;;
    *) echo "test.sh: unknown part '$1' (parts: unit fuzz)" >&2; return 2 ;;
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
