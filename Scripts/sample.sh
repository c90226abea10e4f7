#!/usr/bin/env bash
# Quick start, part one: build casualties and extract the claims of the
# bundled sample article (Israel–Hezbollah strikes, November 2024).
set -euo pipefail
cd "$(dirname "$0")/.."
Scripts/ensure-deps.sh
swift build --product casualties
.build/debug/casualties extract Data/samples/beirut-strikes-2024.txt --table "$@"
