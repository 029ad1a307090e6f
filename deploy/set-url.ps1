<#
  set-url.ps1: đổi địa chỉ máy chủ của phần bổ trợ Báo cáo TTHC trong gói triển khai.
  set-url.ps1: sets the TTHC Reports add-in's server address throughout the deployment package.

    powershell -ExecutionPolicy Bypass -File .\set-url.ps1 https://tthc.tinh-x.gov.vn/addin/

  Cùng cách làm với set-url.sh (xem chú thích ở đó). Chạy trong thư mục đã giải nén của gói. Địa chỉ
  hiện có trong manifest.xml được thay bằng địa chỉ mới trong manifest.xml và mọi tệp văn bản của
  gói có chứa nó, ghi đè tại chỗ; các tệp mới được ghi ra tệp tạm trước, chỉ khi tất cả đều ghi xong
  mới thay tệp cũ. Chỉ nhận https://.
  The same steps as set-url.sh (see its comments). Run it inside the unpacked package folder. The
  address now in manifest.xml is replaced by the new one in manifest.xml and every text file of the
  package that contains it, in place; every new file is written to a temporary file first and the
  old files are replaced only once all are written. https:// only.

  Exit codes: 0 done (or nothing to change), 2 bad address or usage, 1 anything else.
  Windows PowerShell 5.1 or PowerShell 7. This file is UTF-8 with a byte-order mark (needed by
  Windows PowerShell 5.1 for the Vietnamese text): keep it so when editing.
#>
param(
  [Parameter(Position = 0)][string]$BaseUrl,
  [Parameter(ValueFromRemainingArguments = $true)][string[]]$Rest
)

Set-StrictMode -Version 2.0
$ErrorActionPreference = 'Stop'
try { [Console]::OutputEncoding = New-Object System.Text.UTF8Encoding($false) } catch { }

$here = $PSScriptRoot
$manifest = Join-Path $here 'manifest.xml'
# Text files that may carry the address (same list in set-url.sh).
$extensions = @('.xml', '.html', '.htm', '.js', '.json', '.txt', '.md', '.css', '.svg', '.config', '.conf', '.map')
$utf8 = New-Object System.Text.UTF8Encoding($false)

function Fail([int]$code, [string[]]$lines) {
  foreach ($line in $lines) { [Console]::Error.WriteLine("set-url: $line") }
  exit $code
}

$usage = @(
  'Cách dùng / Usage:  powershell -ExecutionPolicy Bypass -File .\set-url.ps1 https://<máy-chủ>[:<cổng>]/<đường-dẫn>/',
  '  Ví dụ / Example:  powershell -ExecutionPolicy Bypass -File .\set-url.ps1 https://tthc.tinh-x.gov.vn/addin/'
)
$unchanged = 'Không thay đổi tệp nào. / No file was changed.'

if ($BaseUrl -eq '-h' -or $BaseUrl -eq '--help' -or $BaseUrl -eq '-?') {
  $usage | ForEach-Object { Write-Output $_ }
  exit 0
}
if ([string]::IsNullOrWhiteSpace($BaseUrl) -or ($Rest -and $Rest.Count -gt 0)) {
  Fail 2 ($usage + @(
      'Cần đúng một đối số: địa chỉ https:// của thư mục web/ trên máy chủ.',
      'Exactly one argument is needed: the https:// address of the web/ folder on the server.'))
}

# --- The new address: https only, host[:port], a plain path; normalised to end with one "/". ---
$url = $BaseUrl.Trim()
$schemeEnd = $url.IndexOf('://')
$scheme = if ($schemeEnd -ge 0) { $url.Substring(0, $schemeEnd).ToLowerInvariant() } else { '' }
if ($scheme -eq 'http') {
  Fail 2 @(
    "Địa chỉ phải dùng https:// (Excel chỉ nạp phần bổ trợ qua HTTPS), không phải http://: $url",
    "The address must use https:// (Excel loads add-ins over HTTPS only), not http://: $url",
    $unchanged)
}
if ($scheme -ne 'https') {
  Fail 2 @(
    "Địa chỉ không hợp lệ, phải có dạng https://máy-chủ/đường-dẫn/: $url",
    "Not a valid address; expected https://host/path/: $url",
    $unchanged)
}
$restOfUrl = $url.Substring($schemeEnd + 3)
$slash = $restOfUrl.IndexOf('/')
if ($slash -ge 0) { $hostPort = $restOfUrl.Substring(0, $slash); $urlPath = $restOfUrl.Substring($slash) }
else { $hostPort = $restOfUrl; $urlPath = '' }
$hostPort = $hostPort.ToLowerInvariant()
$hostRe = '^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*(:[0-9]{1,5})?$'
$pathRe = '^(/([A-Za-z0-9._~-]|%[0-9A-Fa-f]{2})*)*$'
$valid = ($hostPort -cmatch $hostRe) -and ($urlPath -cmatch $pathRe)
$port = $null
if ($valid -and $hostPort.Contains(':')) {
  $port = [int]$hostPort.Substring($hostPort.LastIndexOf(':') + 1)
  if ($port -lt 1 -or $port -gt 65535) { $valid = $false }
}
$segments = ('/' + $urlPath + '/')
if ($segments.Contains('/./') -or $segments.Contains('/../')) { $valid = $false }
if (-not $valid) {
  Fail 2 @(
    "Địa chỉ không hợp lệ: $url",
    '  Cần dạng https://máy-chủ[:cổng]/đường-dẫn/ ; tên máy chủ chỉ gồm chữ không dấu, số, dấu chấm, gạch ngang;',
    '  đường dẫn chỉ gồm chữ không dấu, số và . _ ~ - / ; không có ?, #, khoảng trắng, dấu nháy, tên người dùng.',
    "Not a valid address: $url",
    '  Expected https://host[:port]/path/ ; host of letters, digits, dots and hyphens; path of letters, digits',
    '  and . _ ~ - / ; no ?query, #fragment, spaces, quotes or user name.',
    $unchanged)
}
if ($port -eq 443) { $hostPort = $hostPort.Substring(0, $hostPort.LastIndexOf(':')) }
$base = 'https://' + $hostPort + $urlPath.TrimEnd('/') + '/'

# --- The address the package has now: the start page in manifest.xml, minus taskpane.html. ---
if (-not (Test-Path -LiteralPath $manifest -PathType Leaf)) {
  Fail 1 @(
    "Không thấy manifest.xml cạnh set-url.ps1 ($manifest): hãy chạy trong thư mục đã giải nén của gói.",
    "No manifest.xml next to set-url.ps1 ($manifest): run it inside the unpacked package folder.")
}
$manifestText = [System.IO.File]::ReadAllText($manifest, $utf8)
$m = [regex]::Match($manifestText, '<SourceLocation DefaultValue="([^"]*)taskpane\.html"')
$current = if ($m.Success) { $m.Groups[1].Value } else { '' }
if (-not ($current.StartsWith('https://') -and $current.EndsWith('/'))) {
  Fail 1 @(
    'Không đọc được địa chỉ hiện có trong manifest.xml (<SourceLocation DefaultValue="…taskpane.html"/>).',
    'Cannot read the current address from manifest.xml (<SourceLocation DefaultValue="…taskpane.html"/>).')
}
if ($current -ceq $base) {
  Write-Output "set-url: manifest.xml đã dùng $base, không có gì để đổi."
  Write-Output "set-url: manifest.xml already uses $base; nothing to change."
  exit 0
}

# --- Phase 1: every changed file written next to the old one as a temporary file. ---
$files = @(Get-ChildItem -LiteralPath $here -Recurse -File |
    Where-Object { ($extensions -contains $_.Extension.ToLowerInvariant()) -and -not $_.Name.StartsWith('set-url.') -and -not $_.Name.Contains('.set-url-tmp.') } |
    Sort-Object FullName |
    Where-Object { [System.IO.File]::ReadAllText($_.FullName, $utf8).Contains($current) })
$changes = @()
$ok = $false
try {
  foreach ($file in $files) {
    $text = [System.IO.File]::ReadAllText($file.FullName, $utf8)
    $count = [regex]::Matches($text, [regex]::Escape($current)).Count
    $tmp = $file.FullName + '.set-url-tmp.' + [System.IO.Path]::GetRandomFileName()
    $changes += New-Object PSObject -Property @{ Path = $file.FullName; Temp = $tmp; Count = $count }
    [System.IO.File]::WriteAllText($tmp, $text.Replace($current, $base), $utf8)
  }

  # The new manifest must still be XML, with the start page on the new address.
  $newManifest = @($changes | Where-Object { $_.Path -eq (Get-Item -LiteralPath $manifest).FullName })
  if ($newManifest.Count -ne 1) { Fail 1 @("manifest.xml không chứa $current. $unchanged", "manifest.xml does not contain $current. $unchanged") }
  $newText = [System.IO.File]::ReadAllText($newManifest[0].Temp, $utf8)
  if (-not $newText.Contains('"' + $base + 'taskpane.html"')) {
    Fail 1 @("Lỗi nội bộ: manifest mới không có ${base}taskpane.html. $unchanged", "Internal error: the new manifest lacks ${base}taskpane.html. $unchanged")
  }
  try { [void]([xml]$newText) } catch { Fail 1 @("manifest mới không phải XML hợp lệ: $($_.Exception.Message). $unchanged", "The new manifest is not well-formed XML. $unchanged") }

  # --- Phase 2: each old file replaced by its new one (File.Replace keeps the file's permissions). ---
  foreach ($c in $changes) {
    $backup = $c.Temp + '.bak'
    try {
      [System.IO.File]::Replace($c.Temp, $c.Path, $backup)
      Remove-Item -LiteralPath $backup -Force -ErrorAction SilentlyContinue
    } catch {
      Move-Item -LiteralPath $c.Temp -Destination $c.Path -Force
    }
  }
  $ok = $true
} finally {
  if (-not $ok) {
    foreach ($c in $changes) { Remove-Item -LiteralPath $c.Temp -Force -ErrorAction SilentlyContinue }
  }
}

Write-Output "set-url: địa chỉ cũ / old address: $current"
Write-Output "set-url: địa chỉ mới / new address: $base"
$total = 0
foreach ($c in $changes) {
  $relative = $c.Path.Substring($here.TrimEnd('\', '/').Length + 1)
  Write-Output ("  {0}: {1} chỗ / occurrences" -f $relative, $c.Count)
  $total += $c.Count
}
Write-Output "set-url: đã đổi $total chỗ trong $($changes.Count) tệp. / changed $total occurrences in $($changes.Count) files."
Write-Output "Tiếp theo: chép thư mục web\ lên máy chủ tại $base và phân phối manifest.xml (xem HUONG-DAN-TRIEN-KHAI.md)."
Write-Output "Next: copy the web\ folder to the server at $base and distribute manifest.xml (see HUONG-DAN-TRIEN-KHAI.md)."
