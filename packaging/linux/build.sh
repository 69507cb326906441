#!/usr/bin/env bash
# Builds the Linux artefacts into dist/ from one PyInstaller bundle:
#   dist/fieldguide_<version>_<arch>.deb               installs to /opt/fieldguide, `fieldguide` on the PATH
#   dist/fieldguide-<version>-linux-<machine>.tar.gz   portable: runs from any folder, keeps its data beside it
# Run through `make dist`, which installs PyInstaller and the Debian build tools first.
# Everything it writes stays in build/linux/ and dist/ (both git-ignored); nothing is cached elsewhere.
set -euo pipefail
cd "$(dirname "$0")/../.."

PYTHON=${PYTHON:-.venv/bin/python}
VERSION=$("$PYTHON" packaging/project_version.py)
ARCH=$(dpkg --print-architecture)
MACHINE=$(uname -m)
BUILD=build/linux
DEB="dist/fieldguide_${VERSION}_${ARCH}.deb"
PORTABLE="fieldguide-${VERSION}-linux-${MACHINE}"
TARBALL="dist/${PORTABLE}.tar.gz"
# Archives carry this time on every file, so the same sources give the same archives.
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || date +%s)}
# PyInstaller caches binary analysis under the user's home by default; keep it in the tree.
export PYINSTALLER_CONFIG_DIR="$PWD/build/pyinstaller-cache"

say() { printf 'dist: %s\n' "$*"; }
die() { printf 'dist: FAILED: %s\n' "$*" >&2; exit 1; }
mb() { awk -v bytes="$(stat -c %s "$1")" 'BEGIN { printf "%.1f MB", bytes / 1000000 }'; }

started=$(date +%s)
rm -rf "$BUILD"
mkdir -p "$BUILD" dist
rm -f dist/fieldguide_*.deb dist/fieldguide-*-linux-*.tar.gz

# --- the program -------------------------------------------------------------------------------
say "freezing fieldguide $VERSION with PyInstaller"
"$PYTHON" -m PyInstaller --noconfirm --log-level WARN \
  --distpath "$BUILD/pyinstaller" --workpath "$BUILD/work" packaging/fieldguide.spec
BUNDLE="$BUILD/pyinstaller/fieldguide"
[[ -x "$BUNDLE/fieldguide" ]] || die "PyInstaller produced no $BUNDLE/fieldguide"
# Nothing in the bundle may be writable by others, whatever the builder's umask was.
chmod -R u+rwX,go+rX,go-w "$BUNDLE"

# --- Debian dependencies -----------------------------------------------------------------------
# What Qt's xcb (and wayland) platform needs from the system. PyInstaller bundles most of these
# libraries, but declaring them brings the configuration they come with (fontconfig's rules and
# fonts, the D-Bus and XKB data) and keeps the package installable on a minimal system.
depends=(
  libxcb1 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0
  libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libxcb-xfixes0 libx11-xcb1
  libxkbcommon0 libxkbcommon-x11-0 libegl1 libgl1 libfontconfig1 libfreetype6 libdbus-1-3
  libglib2.0-0 libwayland-client0 libwayland-cursor0 libwayland-egl1
)
# Plus the package of every system library the bundle links to but does not carry (PyInstaller
# leaves out libc, OpenGL/EGL and the X and Wayland client libraries, which must match the system).
mapfile -t elf_files < <(find "$BUNDLE" -type f \( -name '*.so' -o -name '*.so.*' -o -path "$BUNDLE/fieldguide" \))
system_libs=$(
  for file in "${elf_files[@]}"; do
    LD_LIBRARY_PATH="$PWD/$BUNDLE/_internal" ldd "$file" 2>/dev/null || true
  done | awk '/=>/ { print $1, $3 }' | sort -u
)
missing=$(awk '$2 == "not" { print $1 }' <<<"$system_libs" | sort -u | tr '\n' ' ')
[[ -z "$missing" ]] || die "libraries the bundle needs are not installed here (bash scripts/system-deps.sh --dist): $missing"
owner_of() {
  # usrmerge: dpkg may know the file under /lib or under /usr/lib.
  local path=$1 alt
  alt=${path#/usr}
  [[ "$alt" == "$path" ]] && alt="/usr$path"
  { dpkg -S "$path" 2>/dev/null || dpkg -S "$alt" 2>/dev/null || true; } | head -n1 | cut -d: -f1
}
while read -r _name path; do
  case "$path" in "$PWD/$BUNDLE"/* | "$BUNDLE"/* | "") continue ;; esac
  package=$(owner_of "$(readlink -f "$path")")
  [[ -n "$package" ]] || die "no Debian package owns $path"
  [[ "$package" == libc6 ]] || depends+=("$package")
done <<<"$system_libs"
# The newest glibc symbol version any binary uses is the oldest libc6 the package can run on.
glibc=$(for file in "${elf_files[@]}"; do objdump -T "$file" 2>/dev/null; done |
  grep -o 'GLIBC_[0-9][0-9.]*' | sed 's/GLIBC_//' | sort -uV | tail -n1)
depends_line="libc6 (>= ${glibc}), $(printf '%s\n' "${depends[@]}" | sort -u | paste -sd, - | sed 's/,/, /g')"

# --- the .deb ----------------------------------------------------------------------------------
say "building $DEB"
ROOT="$BUILD/deb"
mkdir -p "$ROOT/DEBIAN" "$ROOT/opt" "$ROOT/usr/bin" "$ROOT/usr/share/applications" \
  "$ROOT/usr/share/icons/hicolor/scalable/apps" "$ROOT/usr/share/icons/hicolor/256x256/apps" \
  "$ROOT/usr/share/doc/fieldguide"
cp -a "$BUNDLE" "$ROOT/opt/fieldguide"
# Relative, so the same link works inside a test root unpacked with dpkg-deb -x.
ln -s ../../opt/fieldguide/fieldguide "$ROOT/usr/bin/fieldguide"
install -m 644 packaging/linux/fieldguide.desktop "$ROOT/usr/share/applications/fieldguide.desktop"
install -m 644 resources/icons/fieldguide.svg "$ROOT/usr/share/icons/hicolor/scalable/apps/fieldguide.svg"
install -m 644 resources/icons/fieldguide.png "$ROOT/usr/share/icons/hicolor/256x256/apps/fieldguide.png"
install -m 644 packaging/linux/copyright "$ROOT/usr/share/doc/fieldguide/copyright"
installed_size=$(du -sk --exclude=DEBIAN "$ROOT" | cut -f1)
sed -e "s/@VERSION@/$VERSION/" -e "s/@ARCH@/$ARCH/" -e "s/@INSTALLED_SIZE@/$installed_size/" \
  -e "s/@DEPENDS@/$depends_line/" packaging/linux/control.in >"$ROOT/DEBIAN/control"
find "$ROOT" -type d -exec chmod 755 {} +
find "$ROOT" -exec touch --no-dereference --date="@$SOURCE_DATE_EPOCH" {} +
dpkg-deb --root-owner-group -Zxz --build "$ROOT" "$DEB" >/dev/null

# --- the portable tarball ----------------------------------------------------------------------
say "building $TARBALL"
STAGE="$BUILD/portable/$PORTABLE"
mkdir -p "$(dirname "$STAGE")"
cp -a "$BUNDLE" "$STAGE"
# The marker that makes the program keep its data in fieldguide-data/ beside itself.
install -m 644 packaging/portable-marker.txt "$STAGE/portable"
install -m 644 packaging/linux/README-portable.txt "$STAGE/README.txt"
# GNU tar keeps symbolic links as links (PyInstaller's bundle relies on them); -h would copy them.
tar --sort=name --owner=0 --group=0 --numeric-owner --mtime="@$SOURCE_DATE_EPOCH" \
  -C "$(dirname "$STAGE")" -cf - "$PORTABLE" | gzip -n -6 >"$TARBALL"

elapsed=$(($(date +%s) - started))
say "built in ${elapsed} s"
say "  $DEB  $(mb "$DEB")  (limit 80 MB)"
say "  $TARBALL  $(mb "$TARBALL")"
say "  Depends: $depends_line"
