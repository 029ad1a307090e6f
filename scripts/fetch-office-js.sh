#!/usr/bin/env bash
# Downloads the current office.js, and the files it loads for Excel, from Microsoft's CDN into
# vendor/office-js/, which `OFFICE_JS=bundled npm run build` copies into dist/ (for networks whose
# users cannot reach the CDN). Run it on a machine that can reach the CDN, then build there or copy
# vendor/office-js/ to the build machine. The folder is git-ignored (it carries its own .gitignore).
#
#   bash scripts/fetch-office-js.sh
#   OFFICE_JS_CDN_BASE=https://mirror.example.vn/office-js bash scripts/fetch-office-js.sh   # a mirror
#
# The file list is scripts/office-js-files.txt ("!" = must be there). Everything is downloaded into
# a temporary folder first: a failed run leaves an existing vendor/office-js/ as it was.
# PowerShell users: see README, "Building the add-in".
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

BASE="${OFFICE_JS_CDN_BASE:-https://appsforoffice.microsoft.com/lib/1/hosted}"
BASE="${BASE%/}"
LIST="scripts/office-js-files.txt"
DEST="vendor/office-js"

if ! command -v curl >/dev/null 2>&1; then
  echo "fetch-office-js: curl is needed (apt-get install curl)" >&2
  exit 1
fi

mkdir -p vendor
TMP="$(mktemp -d vendor/.office-js.XXXXXX)"
trap 'rm -rf "$TMP"' EXIT

fetched=0
missing=()
while IFS= read -r line || [ -n "$line" ]; do
  line="${line%%$'\r'}"
  case "$line" in '' | '#'*) continue ;; esac
  required=0
  file="$line"
  if [ "${file:0:1}" = "!" ]; then
    required=1
    file="${file:1}"
  fi
  mkdir -p "$TMP/$(dirname "$file")"
  if curl --fail --silent --show-error --location --retry 2 --connect-timeout 20 --max-time 300 \
    -o "$TMP/$file" "$BASE/$file"; then
    fetched=$((fetched + 1))
  else
    rm -f "$TMP/$file"
    if [ "$required" = 1 ]; then
      echo "fetch-office-js: could not download $BASE/$file, which the add-in needs; $DEST/ left as it was" >&2
      exit 1
    fi
    missing+=("$file")
    echo "fetch-office-js: warning: $BASE/$file not downloaded (optional)" >&2
  fi
done <"$LIST"

# office.js must be Microsoft's script, not an error page a proxy answered with.
if [ "$(head -c 1 "$TMP/office.js")" = "<" ] || ! grep -q 'OSF' "$TMP/office.js"; then
  echo "fetch-office-js: $BASE/office.js does not look like office.js; $DEST/ left as it was" >&2
  exit 1
fi

{
  echo "$BASE $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "Downloaded by scripts/fetch-office-js.sh: $fetched files from $LIST."
  if [ "${#missing[@]}" -gt 0 ]; then
    echo "Not on the CDN (optional): ${missing[*]}"
  fi
} >"$TMP/FETCHED.txt"
printf '*\n' >"$TMP/.gitignore"

chmod 755 "$TMP"
rm -rf "$DEST"
mv "$TMP" "$DEST"
trap - EXIT
echo "fetch-office-js: $fetched files from $BASE into $DEST/ (${#missing[@]} optional files missing)."
echo "Build with them: OFFICE_JS=bundled npm run build"
