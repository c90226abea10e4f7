#!/usr/bin/env bash
# Installs what building casualties needs and a fresh Debian or Ubuntu machine
# may lack: the PCRE2 headers and link library (libpcre2-dev). Idempotent.
set -euo pipefail

if ! command -v swift >/dev/null 2>&1; then
  echo "casualties needs a Swift 6.1 (or newer) toolchain on PATH: https://www.swift.org/install/" >&2
  exit 1
fi

if dpkg -s libpcre2-dev >/dev/null 2>&1; then
  exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "libpcre2-dev is missing and apt-get is not available: install PCRE2 (10.x, 8-bit, with JIT) with your package manager" >&2
  exit 1
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then
  sudo="sudo"
fi
echo "Installing libpcre2-dev (the PCRE2 regular-expression library) with apt-get..." >&2
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq libpcre2-dev >/dev/null
