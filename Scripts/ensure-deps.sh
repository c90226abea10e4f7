#!/usr/bin/env bash
# Installs what casualties needs and a fresh Debian or Ubuntu machine may lack.
# Building needs the PCRE2 headers and link library (libpcre2-dev); with
# `--test`, the test suite also needs Debian's `chromium` (the review page is
# opened in headless Chromium). Idempotent: installs only what is missing,
# with one `apt-get update`, as root or through sudo.
#
#     Scripts/ensure-deps.sh           # to build
#     Scripts/ensure-deps.sh --test    # to build and run Scripts/test.sh
set -euo pipefail

if ! command -v swift >/dev/null 2>&1; then
  echo "casualties needs a Swift 6.1 (or newer) toolchain on PATH: https://www.swift.org/install/" >&2
  exit 1
fi

wanted=(libpcre2-dev)
if [ "${1:-}" = "--test" ]; then
  wanted+=(chromium)
fi

missing=()
for package in "${wanted[@]}"; do
  if ! dpkg -s "$package" >/dev/null 2>&1; then
    missing+=("$package")
  fi
done
if [ "${#missing[@]}" -eq 0 ]; then
  exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "missing ${missing[*]} and apt-get is not available: install PCRE2 (10.x, 8-bit, with JIT)" \
    "and, for the tests, Chromium with your package manager" >&2
  exit 1
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then
  sudo="sudo"
fi
echo "Installing ${missing[*]} with apt-get..." >&2
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
