#!/usr/bin/env bash
# set-url.sh: đổi địa chỉ máy chủ của phần bổ trợ Báo cáo TTHC trong gói triển khai.
# set-url.sh: sets the TTHC Reports add-in's server address throughout the deployment package.
#
#   bash set-url.sh https://tthc.tinh-x.gov.vn/addin/
#
# Chạy trong thư mục đã giải nén của gói (tthc-report-<phiên bản>/). Địa chỉ hiện có trong
# manifest.xml (lúc mới giải nén là một địa chỉ tạm, tên miền .invalid) được thay bằng địa chỉ mới
# trong manifest.xml và trong mọi tệp văn bản của gói có chứa nó (web/, hướng dẫn, README), ghi đè
# tại chỗ. Chạy lại với địa chỉ khác thì đổi tiếp từ địa chỉ đang có. Chỉ nhận https://.
# Mọi tệp mới được ghi ra tệp tạm trước; chỉ khi tất cả đều ghi xong mới thay tệp cũ, nên một lần
# chạy lỗi không để lại gói nửa cũ nửa mới.
#
# Run it inside the unpacked package folder (tthc-report-<version>/). The address now in
# manifest.xml (a placeholder on a .invalid domain when freshly unpacked) is replaced by the new one
# in manifest.xml and in every text file of the package that contains it (web/, the guide, the
# README), in place. Running it again with another address changes from the current one.
# https:// only. Every new file is written to a temporary file first and the old files are replaced
# only once all are written, so a failed run never leaves the package half changed.
#
# Exit codes: 0 done (or nothing to change), 2 bad address or usage, 1 anything else.
# PowerShell (Windows): set-url.ps1 does the same.
set -euo pipefail
export LC_ALL=C # byte-wise patterns: [a-z] is ASCII only, whatever the locale

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
MANIFEST="$HERE/manifest.xml"
# Text files that may carry the address (same list in set-url.ps1).
EXTENSIONS=(xml html htm js json txt md css svg config conf map)

say() { printf '%s\n' "$@"; }
die() {
  local code="$1"
  shift
  for line in "$@"; do printf 'set-url: %s\n' "$line" >&2; done
  exit "$code"
}

usage() {
  say "Cách dùng / Usage:  bash set-url.sh https://<máy-chủ>[:<cổng>]/<đường-dẫn>/" \
    "  Ví dụ / Example:  bash set-url.sh https://tthc.tinh-x.gov.vn/addin/"
}

if [ "$#" -eq 1 ] && { [ "$1" = "-h" ] || [ "$1" = "--help" ]; }; then
  usage
  exit 0
fi
if [ "$#" -ne 1 ]; then
  usage >&2
  die 2 "Cần đúng một đối số: địa chỉ https:// của thư mục web/ trên máy chủ." \
    "Exactly one argument is needed: the https:// address of the web/ folder on the server."
fi

# --- The new address: https only, host[:port], a plain path; normalised to end with one "/". ---
url="$1"
url="${url#"${url%%[![:space:]]*}"}" # trim leading and trailing white space
url="${url%"${url##*[![:space:]]}"}"
scheme="$(printf '%s' "${url%%://*}" | tr '[:upper:]' '[:lower:]')"
if [ "$scheme" = "http" ]; then
  die 2 "Địa chỉ phải dùng https:// (Excel chỉ nạp phần bổ trợ qua HTTPS), không phải http://: $url" \
    "The address must use https:// (Excel loads add-ins over HTTPS only), not http://: $url" \
    "Không thay đổi tệp nào. / No file was changed."
fi
if [ "$scheme" != "https" ] || [ "$scheme" = "$url" ]; then
  die 2 "Địa chỉ không hợp lệ, phải có dạng https://máy-chủ/đường-dẫn/: $url" \
    "Not a valid address; expected https://host/path/: $url" \
    "Không thay đổi tệp nào. / No file was changed."
fi
rest="${url#*://}"
hostport="${rest%%/*}"
urlpath="${rest:${#hostport}}"
hostport="$(printf '%s' "$hostport" | tr '[:upper:]' '[:lower:]')"
host_re='^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*(:[0-9]{1,5})?$'
path_re='^(/([A-Za-z0-9._~-]|%[0-9A-Fa-f]{2})*)*$'
port="${hostport##*:}"
if ! [[ $hostport =~ $host_re ]] || ! [[ $urlpath =~ $path_re ]] ||
  { [ "$port" != "$hostport" ] && { [ "$((10#$port))" -lt 1 ] || [ "$((10#$port))" -gt 65535 ]; }; } ||
  [[ /$urlpath/ == */./* ]] || [[ /$urlpath/ == */../* ]]; then
  die 2 "Địa chỉ không hợp lệ: $url" \
    "  Cần dạng https://máy-chủ[:cổng]/đường-dẫn/ ; tên máy chủ chỉ gồm chữ không dấu, số, dấu chấm, gạch ngang;" \
    "  đường dẫn chỉ gồm chữ không dấu, số và . _ ~ - / ; không có ?, #, khoảng trắng, dấu nháy, tên người dùng." \
    "Not a valid address: $url" \
    "  Expected https://host[:port]/path/ ; host of letters, digits, dots and hyphens; path of letters, digits" \
    "  and . _ ~ - / ; no ?query, #fragment, spaces, quotes or user name." \
    "Không thay đổi tệp nào. / No file was changed."
fi
[ "$port" = "443" ] && hostport="${hostport%:443}"
while [ "${urlpath%/}" != "$urlpath" ]; do urlpath="${urlpath%/}"; done
base="https://$hostport$urlpath/"

# --- The address the package has now: the start page in manifest.xml, minus taskpane.html. ---
[ -f "$MANIFEST" ] || die 1 "Không thấy manifest.xml cạnh set-url.sh ($MANIFEST): hãy chạy trong thư mục đã giải nén của gói." \
  "No manifest.xml next to set-url.sh ($MANIFEST): run it inside the unpacked package folder."
current="$(sed -n 's/.*<SourceLocation DefaultValue="\([^"]*\)taskpane\.html".*/\1/p' "$MANIFEST" | head -n 1)"
case "$current" in
  https://*/) ;;
  *) die 1 "Không đọc được địa chỉ hiện có trong manifest.xml (<SourceLocation DefaultValue=\"…taskpane.html\"/>)." \
    "Cannot read the current address from manifest.xml (<SourceLocation DefaultValue=\"…taskpane.html\"/>)." ;;
esac
if [ "$current" = "$base" ]; then
  say "set-url: manifest.xml đã dùng $base, không có gì để đổi." \
    "set-url: manifest.xml already uses $base; nothing to change."
  exit 0
fi

# --- Phase 1: every changed file written next to the old one as a temporary file. ---
names=()
for ext in "${EXTENSIONS[@]}"; do names+=(-o -name "*.$ext"); done
files=()
while IFS= read -r -d '' f; do
  if grep -qF -- "$current" "$f"; then files+=("$f"); fi
done < <(find "$HERE" -type f \( "${names[@]:1}" \) ! -name 'set-url.*' ! -name '*.set-url-tmp.*' -print0 | LC_ALL=C sort -z)

temps=()
cleanup() { [ "${#temps[@]}" -eq 0 ] || rm -f -- "${temps[@]}"; }
trap cleanup EXIT
trap 'exit 1' INT TERM HUP

counts=()
for f in "${files[@]}"; do
  tmp="$(mktemp "$f.set-url-tmp.XXXXXX")"
  temps+=("$tmp")
  cp -p -- "$f" "$tmp" # keeps the file's permissions (the web server must still read it)
  content="$(cat -- "$f" && printf x)"
  content="${content%x}"
  n="$(grep -oF -- "$current" "$f" | wc -l | tr -d '[:space:]')"
  printf '%s' "${content//"$current"/"$base"}" >"$tmp"
  counts+=("$n")
done

# The new manifest must still be XML, with the start page on the new address.
tmp_manifest=""
for i in "${!files[@]}"; do [ "${files[$i]}" = "$MANIFEST" ] && tmp_manifest="${temps[$i]}"; done
[ -n "$tmp_manifest" ] || die 1 "manifest.xml không chứa $current; không thay đổi tệp nào." "manifest.xml does not contain $current; no file was changed."
grep -qF -- "\"${base}taskpane.html\"" "$tmp_manifest" ||
  die 1 "Lỗi nội bộ: manifest mới không có ${base}taskpane.html; không thay đổi tệp nào." \
    "Internal error: the new manifest lacks ${base}taskpane.html; no file was changed."
if command -v xmllint >/dev/null 2>&1; then
  xmllint --noout --nonet "$tmp_manifest" ||
    die 1 "manifest mới không phải XML hợp lệ; không thay đổi tệp nào." "The new manifest is not well-formed XML; no file was changed."
fi

# --- Phase 2: each old file replaced by its new one (rename: atomic per file). ---
for i in "${!files[@]}"; do
  mv -f -- "${temps[$i]}" "${files[$i]}"
done
temps=()

say "set-url: địa chỉ cũ / old address: $current" "set-url: địa chỉ mới / new address: $base"
total=0
for i in "${!files[@]}"; do
  say "  ${files[$i]#"$HERE/"}: ${counts[$i]} chỗ / occurrences"
  total=$((total + counts[i]))
done
say "set-url: đã đổi $total chỗ trong ${#files[@]} tệp. / changed $total occurrences in ${#files[@]} files." \
  "Tiếp theo: chép thư mục web/ lên máy chủ tại ${base} và phân phối manifest.xml (xem HUONG-DAN-TRIEN-KHAI.md)." \
  "Next: copy the web/ folder to the server at ${base} and distribute manifest.xml (see HUONG-DAN-TRIEN-KHAI.md)."
