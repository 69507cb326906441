"""The PDF report, checked the way a reader would: with poppler and qpdf on the file."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import dataclasses
import datetime as dt
import re
import shutil
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

from fieldguide.reports.model import (
    Report,
    ReportAction,
    ReportChecklist,
    ReportItem,
    ReportOptions,
)

POPPLER = all(shutil.which(tool) for tool in ("pdftotext", "pdffonts", "pdfinfo"))
needs_poppler = pytest.mark.skipif(
    not POPPLER, reason="poppler-utils (pdftotext, pdffonts, pdfinfo) not installed; `make system-deps`"
)
needs_qpdf = pytest.mark.skipif(
    not shutil.which("qpdf"), reason="qpdf not installed; `make system-deps` installs it"
)

ENGLISH_NOTE = (
    "The defence committee has **never** reviewed the draft strategy.\n\n"
    "- Parliamentary staff asked for a technical briefing\n"
    "- Budget lines for oversight remain unfunded"
)
FRENCH_NOTE = "Sécurité, société civile, élections à venir : le préfet reste prudent."
ARABIC_NOTE = "الأمن الوطني والمصالحة"
ARABIC_LONG = "الأمن الوطني والمصالحة من أولويات الحكومة"
EVIDENCE = "Minutes of the steering committee, 3 April, signed copy"
UNASSESSED_TEXT = "Is the vetting database maintained by an independent body?"
MARKING = "STRICTLY CONFIDENTIAL"


def _report(options: ReportOptions | None = None) -> Report:
    items = [
        ReportItem(
            item_id="OWN-1",
            text="Do national authorities lead the design of the reform?",
            kind="question",
            status="partly-met",
            group="Leadership",
            confidence="medium",
            note=ENGLISH_NOTE,
            evidence=EVIDENCE,
            citation="ITGN vol. 1, National Ownership, annex",
        ),
        ReportItem(
            item_id="OWN-2",
            text="Were civil society organisations consulted?",
            kind="question",
            status="not-met",
            group="Inclusion",
            confidence="high",
            note=FRENCH_NOTE,
            citation="ITGN vol. 2, Gender and SSR, p. 4",
        ),
        ReportItem(
            item_id="OWN-3",
            text="Is reconciliation part of the national security strategy?",
            kind="question",
            status="met",
            group="Inclusion",
            confidence="low",
            note=f"{ARABIC_NOTE}\n\n{ARABIC_LONG}",
            citation="UN SSR Policy 2012, para. 18",
        ),
        ReportItem(
            item_id="OWN-4",
            text=UNASSESSED_TEXT,
            kind="question",
            status="not-assessed",
            citation="ITGN vol. 1, Vetting, p. 3",
        ),
    ]
    return Report(
        assessment_id="a-1",
        title="Northern provinces SSR assessment",
        classification="strictly-confidential",
        country="Mali",
        mission="MINUSMA follow-on",
        assessors=["Amina Diallo", "Sarah Whitfield"],
        start_date=dt.date(2025, 3, 3),
        end_date=dt.date(2025, 3, 14),
        exported_at=dt.datetime(2025, 3, 20, 9, 30, tzinfo=dt.UTC),
        checklists=[ReportChecklist(id="own", title="National ownership", items=items)],
        actions=[
            ReportAction(
                text="Brief the defence committee",
                owner="Amina Diallo",
                due=dt.date(2025, 4, 1),
                item_id="OWN-1",
            )
        ],
        options=options or ReportOptions(),
    )


def _normalise(text: str) -> str:
    # Presentation forms and ligatures (ﬁ, Arabic contextual glyphs) back to
    # plain letters; bidi marks pdftotext adds dropped; whitespace folded.
    text = unicodedata.normalize("NFKC", text)
    text = re.sub("[\u200e\u200f\u202a-\u202e\u2066-\u2069]", "", text)
    return " ".join(text.split())


def _words(text: str) -> set[str]:
    return set(re.findall(r"\w+", _normalise(text)))


def _pdftotext(path: Path, page: int | None = None) -> str:
    args = ["pdftotext", "-enc", "UTF-8"]
    if page is not None:
        args += ["-f", str(page), "-l", str(page)]
    return subprocess.run([*args, str(path), "-"], check=True, capture_output=True, text=True).stdout


def _pdfinfo(path: Path) -> dict[str, str]:
    output = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True, text=True).stdout
    info = {}
    for line in output.splitlines():
        key, _, value = line.partition(":")
        info[key.strip()] = value.strip()
    return info


def _render(tmp_path: Path, name: str, report: Report) -> tuple[Path, int]:
    from fieldguide.reports.render_pdf import render_pdf

    path = tmp_path / name
    return path, render_pdf(report, path)


@pytest.fixture(scope="module")
def full_pdf(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int]:
    return _render(tmp_path_factory.mktemp("pdf"), "full.pdf", _report())


@needs_poppler
def test_every_note_is_in_the_text(full_pdf: tuple[Path, int]) -> None:
    path, _ = full_pdf
    text = _normalise(_pdftotext(path))
    # Markdown is rendered, not printed raw.
    assert "**" not in text
    assert "The defence committee has never reviewed the draft strategy." in text
    assert "Parliamentary staff asked for a technical briefing" in text
    assert _normalise(FRENCH_NOTE) in text
    assert _normalise(EVIDENCE) in text
    # pdftotext may give right-to-left words in visual order: compare as sets.
    words = _words(text)
    for arabic in (ARABIC_NOTE, ARABIC_LONG):
        missing = _words(arabic) - words
        assert not missing, f"Arabic words missing from the PDF text: {missing}"


@needs_poppler
def test_items_show_status_confidence_citation_and_groups(full_pdf: tuple[Path, int]) -> None:
    text = _normalise(_pdftotext(full_pdf[0]))
    for expected in (
        "Do national authorities lead the design of the reform?",
        "PARTLY MET",
        "NOT MET",
        "Confidence: Medium",
        "Source: ITGN vol. 1, National Ownership, annex",
        "Leadership",
        "Inclusion",
        "Executive summary",
        "Follow-up actions",
        "Brief the defence committee",
        UNASSESSED_TEXT,
    ):
        assert expected in text, expected


@needs_poppler
def test_cover_page_has_the_assessment_details(full_pdf: tuple[Path, int]) -> None:
    cover = _normalise(_pdftotext(full_pdf[0], page=1))
    for expected in (
        "Northern provinces SSR assessment",
        "Mali",
        "MINUSMA follow-on",
        "3 March 2025 – 14 March 2025",
        "Amina Diallo, Sarah Whitfield",
        MARKING,
        "Draft",
        "20 March 2025, 09:30 UTC",
    ):
        assert expected in cover, expected


@needs_poppler
def test_every_page_has_marking_and_page_number(full_pdf: tuple[Path, int]) -> None:
    path, pages = full_pdf
    assert pages >= 3
    assert _pdfinfo(path)["Pages"] == str(pages)
    for page in range(1, pages + 1):
        text = _pdftotext(path, page=page)
        assert f"Page {page} of {pages}" in text
        # Header and footer both carry the marking.
        assert text.count(MARKING) >= 2, f"page {page} lacks the classification twice"


@needs_poppler
def test_metadata(full_pdf: tuple[Path, int]) -> None:
    info = _pdfinfo(full_pdf[0])
    assert info["Title"] == "Northern provinces SSR assessment"
    assert info["Author"] == "Amina Diallo, Sarah Whitfield"
    assert info["Subject"] == "Assessment report — Mali"
    assert info["CreationDate"].startswith("Thu Mar 20 09:30:00 2025")
    assert "A4" in info["Page size"]


@needs_poppler
def test_every_font_is_embedded(full_pdf: tuple[Path, int]) -> None:
    output = subprocess.run(["pdffonts", str(full_pdf[0])], check=True, capture_output=True, text=True).stdout
    rows = output.splitlines()[2:]
    assert rows, "no fonts listed"
    names = " ".join(row.split()[0] for row in rows)
    assert "NotoSans-Regular" in names
    assert "NotoSansArabic" in names
    for row in rows:
        # Columns: name type... encoding emb sub uni object-id generation.
        assert row.split()[-5] == "yes", f"font not embedded: {row}"


@needs_qpdf
def test_qpdf_check_passes(full_pdf: tuple[Path, int]) -> None:
    result = subprocess.run(["qpdf", "--check", str(full_pdf[0])], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


@needs_poppler
def test_arabic_note_is_right_aligned(full_pdf: tuple[Path, int]) -> None:
    """Arabic paragraphs hug the right margin, as right-to-left text should."""
    html = subprocess.run(
        ["pdftotext", "-bbox", str(full_pdf[0]), "-"], check=True, capture_output=True, text=True
    ).stdout
    page_width = float(re.search(r'<page width="([\d.]+)"', html).group(1))
    lines: dict[str, list[tuple[float, float]]] = {}
    for match in re.finditer(
        r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)</word>', html
    ):
        if re.search("[\u0600-\u06ff\ufb50-\ufdff\ufe70-\ufeff]", match.group(4)):
            lines.setdefault(match.group(2), []).append((float(match.group(1)), float(match.group(3))))
    assert len(lines) == 2, "expected the two Arabic paragraphs on a line each"
    for boxes in lines.values():
        assert max(x_max for _, x_max in boxes) > page_width * 0.85
    # The short paragraph ("الأمن الوطني والمصالحة") starts past the middle.
    shortest = min(lines.values(), key=len)
    assert min(x_min for x_min, _ in shortest) > page_width * 0.5


@needs_poppler
def test_summary_without_notes_leaks_nothing(tmp_path: Path) -> None:
    path, _ = _render(tmp_path, "shareable.pdf", _report(ReportOptions(include_notes=False)))
    text = _normalise(_pdftotext(path))
    assert "Do national authorities lead the design of the reform?" in text
    assert "PARTLY MET" in text
    for secret in (
        "defence committee has",
        "never reviewed",
        "Parliamentary staff",
        "Budget lines for oversight",
        "préfet reste prudent",
        "élections à venir",
        EVIDENCE,
        "steering committee",
    ):
        assert secret not in text, secret
    assert not (_words(ARABIC_LONG) & _words(text))
    # Nor in the metadata or anywhere in the raw bytes.
    raw = path.read_bytes()
    for secret in ("reviewed", "prudent", "steering"):
        assert secret.encode() not in raw
    assert "NOTE" not in _pdftotext(path).split()
    assert "Shareable summary" in text


@needs_poppler
def test_skip_unassessed_leaves_those_items_out(tmp_path: Path) -> None:
    path, _ = _render(tmp_path, "assessed.pdf", _report(ReportOptions(skip_unassessed=True)))
    text = _normalise(_pdftotext(path))
    assert UNASSESSED_TEXT not in text
    assert "Were civil society organisations consulted?" in text


@needs_poppler
def test_letter_paper(tmp_path: Path) -> None:
    path, pages = _render(tmp_path, "letter.pdf", _report(ReportOptions(paper="letter")))
    info = _pdfinfo(path)
    assert info["Page size"].startswith("612 x 792 pts")
    assert f"Page {pages} of {pages}" in _pdftotext(path, page=pages)


@needs_poppler
def test_unclassified_and_empty_report(tmp_path: Path) -> None:
    report = dataclasses.replace(
        _report(), classification="unclassified", checklists=[], actions=[], assessors=[]
    )
    path, pages = _render(tmp_path, "empty.pdf", report)
    assert pages >= 2
    text = _pdftotext(path)
    assert "UNCLASSIFIED" in text
    assert "No follow-up actions were recorded." in _normalise(text)
    assert _pdfinfo(path)["Author"] == "Field Guide"


def test_two_hundred_items_render_into_a_long_report(tmp_path: Path) -> None:
    """The bench's worst case renders whole; its time is measured in bench/bench_report.py."""
    from fieldguide.reports.render_pdf import render_pdf
    from fieldguide.reports.sample import sample_report

    pages = render_pdf(sample_report(items=200), tmp_path / "big.pdf")
    assert pages > 20


def test_notes_cannot_pull_in_local_files(tmp_path: Path) -> None:
    """An image or HTML tag in a note is shown as text, never loaded from disk."""
    secret = tmp_path / "secret.png"
    secret.write_bytes(b"not really a png")
    report = _report()
    report.checklists[0].items[0].note = f"![x]({secret})\n\n<img src='{secret}'>"
    path, _ = _render(tmp_path, "images.pdf", report)
    assert path.stat().st_size > 0
    if POPPLER:
        assert str(secret.name) in _pdftotext(path)


def _run_python(code: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120)


def test_renders_headless_without_qtwidgets(tmp_path: Path) -> None:
    result = _run_python(
        "import sys\n"
        "from pathlib import Path\n"
        "from fieldguide.reports.render_pdf import render_pdf\n"
        "from fieldguide.reports.sample import sample_report\n"
        f"print(render_pdf(sample_report(), Path({str(tmp_path / 'a.pdf')!r})))\n"
        "assert 'PySide6.QtWidgets' not in sys.modules\n"
    )
    assert result.returncode == 0, result.stderr
    assert int(result.stdout.strip()) > 2


def test_renders_inside_a_running_qapplication(tmp_path: Path) -> None:
    result = _run_python(
        "from pathlib import Path\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from fieldguide.reports.render_pdf import render_pdf\n"
        "from fieldguide.reports.sample import sample_report\n"
        f"print(render_pdf(sample_report(items=60), Path({str(tmp_path / 'b.pdf')!r})))\n"
        "assert QApplication.instance() is app\n"
    )
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "b.pdf").stat().st_size > 10_000


def test_a_heading_moved_to_the_next_page_is_not_also_on_the_page_before(full_pdf: tuple[Path, int]) -> None:
    """A line laid out exactly at a page break used to be painted, clipped out of sight, at the
    foot of the page before too: invisible, but there for pdftotext, a search or a screen reader."""
    assert _pdftotext(full_pdf[0]).count("Executive summary") == 1
