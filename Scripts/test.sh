#!/usr/bin/env bash
# Quick start, part two: build and run the whole test suite (unit tests,
# every rule's examples, fixture regression, and the command-line tests).
set -euo pipefail
cd "$(dirname "$0")/.."
Scripts/ensure-deps.sh --test
swift test "$@"
