"""What the dist-tests (Linux and Windows) read back from an exported report, shared by both:

    python3 packaging/check_export.py pdf REPORT.pdf TEXT...   # pdftotext finds every TEXT
    python3 packaging/check_export.py docx REPORT.docx TEXT... # the Word document holds every TEXT

Exit 0 when all are found, 1 (with the missing ones on stderr) when not. Runs with the system's
python3 and needs nothing but pdftotext.
"""

from __future__ import annotations

import html
import re
import subprocess
import sys
import unicodedata
import zipfile


def normalised(text: str) -> str:
    # NFKC folds ligatures (ﬁ); collapsing whitespace undoes the line breaks of wrapped text.
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text))


def pdf_text(path: str) -> str:
    return subprocess.run(
        ["pdftotext", "-enc", "UTF-8", path, "-"], capture_output=True, check=True
    ).stdout.decode("utf-8")


def docx_text(path: str) -> str:
    with zipfile.ZipFile(path) as docx:
        return html.unescape(docx.read("word/document.xml").decode("utf-8"))


def main(argv: list[str]) -> int:
    if len(argv) < 3 or argv[0] not in ("pdf", "docx"):
        sys.stderr.write(__doc__ or "")
        return 2
    kind, path, wanted = argv[0], argv[1], argv[2:]
    try:
        text = normalised(pdf_text(path) if kind == "pdf" else docx_text(path))
    except (OSError, subprocess.CalledProcessError, zipfile.BadZipFile, KeyError, ValueError) as error:
        sys.stderr.write(f"cannot read {path} as {kind.upper()}: {error}\n")
        return 1
    missing = [item for item in wanted if normalised(item) not in text]
    if missing:
        sys.stderr.write(f"not in the {kind.upper()}'s text: {missing}\n")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
