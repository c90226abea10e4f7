#!/usr/bin/env bash
# Static malloc-count thresholds for the benchmark suite.
#
#   Scripts/thresholds.sh update   # run the suite, store each benchmark's p90 mallocCountTotal in Thresholds/
#   Scripts/thresholds.sh check    # run the suite, compare with Thresholds/ (tolerances: MallocTolerance.swift)
#
# Only mallocCountTotal is measured (`--metric mallocCountTotal`) for both: the
# other metrics' sampling thread allocates too, which would blur the counts.
# `check` exits 0 when equal, 2 on a regression, 4 when only improved.
#
# Why a script: benchmark 1.38.1 writes threshold files with '_' in place of
# the spaces in a benchmark's name but looks them up with the spaces
# so `check` reads a copy
# of Thresholds/ under .build/ with the spaces put back.
set -euo pipefail
cd "$(dirname "$0")/.."

case "${1:-}" in
  update)
    swift package --allow-writing-to-package-directory benchmark thresholds update \
      --metric mallocCountTotal --no-progress
    ;;
  check)
    copy="$PWD/.build/thresholds-check"
    rm -rf "$copy" && mkdir -p "$copy"
    for file in Thresholds/*.p90.json; do
      name=$(basename "$file")
      cp "$file" "$copy/${name//_/ }"
    done
    swift package benchmark thresholds check --metric mallocCountTotal --path "$copy" --no-progress
    ;;
  *)
    echo "usage: $0 update|check" >&2
    exit 64
    ;;
esac
