#!/usr/bin/env bash
# Installs the Debian packages Field Guide needs to run and to be tested, when missing.
# Idempotent: does nothing when everything is there. Needs root or sudo to install;
# without either it says what is missing and carries on (the tests then say what they skip).
set -euo pipefail

packages=(
  # Qt's xcb platform and OpenGL/EGL, fonts: what PySide6 wheels expect from the system.
  libegl1 libgl1 libglib2.0-0 libfontconfig1 libfreetype6 libdbus-1-3 libxkbcommon0
  libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
  libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libxcb-xfixes0
  # A virtual screen for screenshots, and the PDF tools the report tests check with.
  xvfb xauth poppler-utils qpdf
  # The hub's tests (issue 17) run a real PostgreSQL from Debian's server binaries
  # (tests/pg_support.py: initdb in a temporary folder as the postgres system user).
  postgresql
)
for flag in "$@"; do
  case "$flag" in
  --dist)
    # Building the .deb (objdump finds the glibc it needs), checking its desktop entry, and the
    # Wayland client libraries Qt's wayland plugin links, so every library in the bundle resolves.
    packages+=(dpkg-dev fakeroot binutils desktop-file-utils libwayland-cursor0 libwayland-egl1)
    ;;
  --windows)
    # The Windows installer, built and tested on Linux (packaging/README.md (Windows)): Wine 8
    # (64-bit only: never add the i386 architecture, it breaks apt-get update here), NSIS for the
    # per-user setup, MinGW for the two stand-in DLLs Wine 8 lacks, osslsigncode to check the PSF
    # signatures of the embedded CPython, zip/unzip for the portable archive.
    packages+=(wine wine64 nsis gcc-mingw-w64-x86-64-win32 osslsigncode zip unzip ca-certificates
      xvfb xauth poppler-utils)
    ;;
  *)
    echo "system-deps: unknown option $flag (use --dist or --windows)" >&2
    exit 2
    ;;
  esac
done

missing=()
for package in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$package")
  fi
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

if [[ $(id -u) -eq 0 ]]; then
  run=()
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  run=(sudo)
else
  echo "system-deps: missing Debian packages (install them as root): ${missing[*]}" >&2
  exit 0
fi
echo "system-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${run[@]}" apt-get update -qq
"${run[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
