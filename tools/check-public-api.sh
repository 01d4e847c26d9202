#!/usr/bin/env bash
# TriglotText's public surface is its text concerns; support machinery is `package`. This lists
# the module's `public` declarations (one per line: file, then the declaration up to its body)
# and compares them with tools/public-api/TriglotText.txt, so a symbol cannot turn public
# unnoticed. After a deliberate change: tools/check-public-api.sh --record
set -euo pipefail
cd "$(dirname "$0")/.."

expected=tools/public-api/TriglotText.txt
actual=$(grep -rn --include='*.swift' -E '^\s*(@[A-Za-z_]+(\([^)]*\))?\s+)*public\b' Sources/TriglotText \
    | sed -E 's/^([^:]*):[0-9]+:\s*/\1: /; s/\s*\{.*$//; s/\s+$//' | LC_ALL=C sort)

if [ "${1:-}" = "--record" ]; then
    printf '%s\n' "$actual" > "$expected"
    echo "recorded $(wc -l < "$expected") public declarations in $expected"
    exit 0
fi
if ! diff -u "$expected" <(printf '%s\n' "$actual"); then
    echo "error: TriglotText's public declarations differ from $expected (above); make support code" \
         "\`package\`, or run tools/check-public-api.sh --record if the change is meant" >&2
    exit 1
fi
echo "TriglotText public API: $(wc -l < "$expected") declarations, as recorded"
