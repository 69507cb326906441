"""Check a frozen Windows bundle before it is packed: it would start on Windows 10 1903+.

    python packaging/windows/check_bundle.py build/windows/pyinstaller/fieldguide

Fails, with one line on stderr, when
- a bundled .exe, .dll or .pyd imports a DLL that is neither in the bundle nor part of Windows
  (system-dlls.txt, or an api-ms-win-*/ext-ms-* API set): the program would not start there;
- the bundle carries one of the stand-in DLLs the build puts in the Wine prefix (icuuc.dll,
  bcryptprimitives.dll): Windows has its own, and ours only fake them;
- the bundle carries Pillow, which the app never uses.
Imports are read with MinGW's objdump (Debian's binutils-mingw-w64), which needs no Windows.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
OBJDUMP = "x86_64-w64-mingw32-objdump"
STANDINS = {"icuuc.dll", "bcryptprimitives.dll"}
API_SET = re.compile(r"^(api|ext)-ms-win-", re.IGNORECASE)
LEFT_OUT = {"PIL": "Pillow"}


def system_dlls() -> set[str]:
    lines = (HERE / "system-dlls.txt").read_text(encoding="utf-8").splitlines()
    return {line.strip().lower() for line in lines if line.strip() and not line.startswith("#")}


def imports(binaries: list[Path]) -> dict[Path, list[str]]:
    found: dict[Path, list[str]] = {}
    for start in range(0, len(binaries), 50):
        batch = binaries[start : start + 50]
        output = subprocess.run(
            [OBJDUMP, "-p", *map(str, batch)], capture_output=True, text=True, errors="replace", check=False
        ).stdout
        current: Path | None = None
        names = {str(path): path for path in batch}
        for line in output.splitlines():
            header = re.match(r"^(.*):\s+file format ", line)
            if header and header.group(1) in names:
                current = names[header.group(1)]
                found[current] = []
            elif current is not None and (dll := re.match(r"^\s*DLL Name: (\S+)", line)):
                found[current].append(dll.group(1))
    return found


def problems(bundle: Path) -> list[str]:
    files = [path for path in bundle.rglob("*") if path.is_file()]
    bundled = {path.name.lower() for path in files}
    binaries = sorted(path for path in files if path.suffix.lower() in {".exe", ".dll", ".pyd"})
    found: list[str] = []
    for name in sorted(STANDINS & bundled):
        found.append(f"the bundle carries {name}, a Wine stand-in: Windows has its own")
    for folder, what in LEFT_OUT.items():
        if (bundle / "_internal" / folder).exists():
            found.append(f"the bundle carries {what} (_internal/{folder}), which the app never uses")
    known = system_dlls()
    for binary, dlls in imports(binaries).items():
        for dll in dlls:
            name = dll.lower()
            if name in bundled or name in known or API_SET.match(name):
                continue
            found.append(
                f"{binary.relative_to(bundle)} imports {dll}, which is neither in the bundle "
                "nor part of Windows 10 (packaging/windows/system-dlls.txt)"
            )
    return found


def main(argv: list[str]) -> int:
    if len(argv) != 1 or not Path(argv[0]).is_dir():
        sys.stderr.write("usage: check_bundle.py BUNDLE_FOLDER\n")
        return 2
    found = problems(Path(argv[0]))
    if found:
        more = f" (and {len(found) - 1} more)" if len(found) > 1 else ""
        sys.stderr.write(f"{found[0]}{more}\n")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
