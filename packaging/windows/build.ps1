# Builds the Windows artefacts into dist\ from the same PyInstaller spec as Linux:
#   dist\fieldguide-<version>-windows-x64-setup.exe      per-user installer, no administrator rights
#   dist\fieldguide-<version>-windows-x64-portable.zip   unzip anywhere (a USB stick); data stays beside it
#
# The native twin of build.sh, which builds the same artefacts on Linux under Wine (`make
# dist-windows`, what CI runs). Needs, on a Windows machine: Python 3.11 with the project
# installed (`pip install -e .[dist]`), and NSIS 3 (makensis.exe on the PATH or in its default
# folder). Same spec, same installer script (fieldguide.nsi), same checks.
# The GitHub workflow .github/workflows/desktop-installers.yml runs it on windows-latest.
#
#   pwsh packaging\windows\build.ps1 [-Python python]

param(
    [string]$Python = "python"
)

$ErrorActionPreference = "Stop"
# fieldguide-cli.exe writes UTF-8 into pipes; PowerShell must read it as such (Arabic titles).
[Console]::OutputEncoding = [System.Text.Encoding]::UTF8
Set-StrictMode -Version Latest
$Root = Resolve-Path (Join-Path $PSScriptRoot "..\..")
Set-Location $Root

function Fail([string]$Message) {
    Write-Host "dist: FAILED: $Message"
    exit 1
}

function Invoke-Checked([string]$What, [scriptblock]$Command) {
    & $Command
    if ($LASTEXITCODE -ne 0) { Fail "$What exited $LASTEXITCODE" }
}

$Version = (& $Python packaging\project_version.py).Trim()
if (-not $Version) { Fail "cannot read the version from pyproject.toml" }
$Build = "build\windows"
$Bundle = "$Build\pyinstaller\fieldguide"
$Setup = "fieldguide-$Version-windows-x64-setup"
$Portable = "fieldguide-$Version-windows-x64-portable"
# PyInstaller's cache stays in the tree, as on Linux.
$env:PYINSTALLER_CONFIG_DIR = Join-Path $Root "build\pyinstaller-cache"

if (Test-Path $Build) { Remove-Item -Recurse -Force $Build }
New-Item -ItemType Directory -Force -Path dist | Out-Null
Get-ChildItem dist -Filter "fieldguide-*-windows-*" -ErrorAction SilentlyContinue | Remove-Item -Force

Write-Host "dist: freezing fieldguide $Version with PyInstaller"
Invoke-Checked "PyInstaller" {
    & $Python -m PyInstaller --noconfirm --log-level WARN `
        --distpath "$Build\pyinstaller" --workpath "$Build\work" packaging\fieldguide.spec
}
# fieldguide.exe is windowed (no console); fieldguide-cli.exe is the same program for a terminal.
foreach ($exe in "fieldguide.exe", "fieldguide-cli.exe") {
    if (-not (Test-Path "$Bundle\$exe")) { Fail "PyInstaller produced no $Bundle\$exe" }
}

# The same checks as Linux's dist-test, on the built folder, with a fresh data folder.
$Cli = "$Bundle\fieldguide-cli.exe"
$Data = Join-Path ([System.IO.Path]::GetTempPath()) ("fieldguide-dist-" + [guid]::NewGuid())
$env:QT_QPA_PLATFORM = "offscreen"
$reported = (& $Cli --version).Trim()
if ($reported -ne "fieldguide $Version") { Fail "--version says '$reported', expected 'fieldguide $Version'" }
$library = (& $Cli --data-dir $Data library --json) -join "`n" | ConvertFrom-Json
$items = ($library.checklists | Measure-Object -Property items -Sum).Sum
if ($items -lt 150) { Fail "library --json lists $items checklist items, expected at least 150" }
$search = (& $Cli --data-dir $Data search "national ownership" --json) -join "`n" | ConvertFrom-Json
if ($search.hits.Count -lt 1) { Fail "search 'national ownership' found nothing" }
$smoke = & $Cli --data-dir $Data --smoke-test
if ($LASTEXITCODE -ne 0 -or -not ($smoke -match "^smoke-test: ok")) { Fail "--smoke-test failed: $smoke" }
Remove-Item Env:\QT_QPA_PLATFORM
Remove-Item -Recurse -Force $Data
Write-Host "dist: the frozen program reports $Version, lists $items items, searches and opens its window"

Write-Host "dist: building dist\$Portable.zip"
$Stage = "$Build\portable\$Portable"
New-Item -ItemType Directory -Force -Path (Split-Path $Stage) | Out-Null
Copy-Item -Recurse $Bundle $Stage
Copy-Item packaging\portable-marker.txt "$Stage\portable"
Copy-Item packaging\windows\README-portable.txt "$Stage\README.txt"
Compress-Archive -Path $Stage -DestinationPath "dist\$Portable.zip" -CompressionLevel Optimal

Write-Host "dist: building dist\$Setup.exe"
$Makensis = (Get-Command makensis.exe -ErrorAction SilentlyContinue).Source
if (-not $Makensis) { $Makensis = Join-Path ${env:ProgramFiles(x86)} "NSIS\makensis.exe" }
if (-not (Test-Path $Makensis)) { Fail "NSIS 3 is not installed (makensis.exe not found)" }
Invoke-Checked "windows_icon.py" { & $Python packaging\windows_icon.py resources\icons\fieldguide.png "$Build\fieldguide.ico" }
$ViVersion = ($Version -replace '^(\d+(\.\d+){0,3}).*', '$1')
while (($ViVersion.ToCharArray() | Where-Object { $_ -eq '.' }).Count -lt 3) { $ViVersion += ".0" }
$InstalledKb = [int]((Get-ChildItem -Recurse -File $Bundle | Measure-Object -Property Length -Sum).Sum / 1KB)
Invoke-Checked "makensis" {
    & $Makensis /V2 /INPUTCHARSET UTF8 "/DVERSION=$Version" "/DVIVERSION=$ViVersion" "/DSOURCE_DIR=$Root\$Bundle" `
        "/DICON=$Root\$Build\fieldguide.ico" "/DOUTFILE=$Root\dist\$Setup.exe" "/DINSTALLED_KB=$InstalledKb" `
        packaging\windows\fieldguide.nsi
}

foreach ($file in "dist\$Setup.exe", "dist\$Portable.zip") {
    $size = (Get-Item $file).Length / 1MB
    Write-Host ("dist:   {0}  {1:N1} MB" -f $file, $size)
}
