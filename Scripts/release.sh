#!/usr/bin/env bash
# Builds the binary to copy onto your PATH: .build/release/casualties. The
# rules, lexicons and gazetteer are built into it, and the Swift runtime,
# Foundation and the C++ runtime are linked statically, so the machine it is
# copied to needs only glibc and libpcre2-8 (Debian's libpcre2-8-0).
set -euo pipefail
cd "$(dirname "$0")/.."
Scripts/ensure-deps.sh

# SwiftPM links the C++ runtime (which Foundation's ICU needs) as -lstdc++,
# and clang adds -lgcc_s: a folder searched first that holds only their
# static archives links both statically.
static="$PWD/.build/static-runtime"
mkdir -p "$static"
flags=()
stdcxx="$(clang -print-file-name=libstdc++.a 2>/dev/null || true)"
gcc_eh="$(clang -print-file-name=libgcc_eh.a 2>/dev/null || true)"
if [[ -f "$stdcxx" && -f "$gcc_eh" ]]; then
  ln -sf "$stdcxx" "$static/libstdc++.a"
  ln -sf "$gcc_eh" "$static/libgcc_s.a"
  flags=(-Xlinker -L"$static")
else
  echo "release.sh: no static libstdc++.a or libgcc_eh.a found: the binary will also need libstdc++6 and libgcc-s1" >&2
fi

swift build -c release --product casualties --static-swift-stdlib "${flags[@]}"
binary=.build/release/casualties
if command -v strip >/dev/null 2>&1; then strip "$binary"; fi

echo "built $binary: $(du -m "$binary" | cut -f1) MB, $("$binary" --version)" >&2
if command -v ldd >/dev/null 2>&1; then
  echo "it loads:" >&2
  ldd "$binary" | sed 's/^/  /' >&2
fi
