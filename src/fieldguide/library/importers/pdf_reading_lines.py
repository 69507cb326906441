"""The lines handed to the text engine: each printed line with its spacing, indent,
page edges and, for a heading, its level."""

from __future__ import annotations

from dataclasses import dataclass

from .pdf_lines import PdfLine


@dataclass
class LaidOutLine:
    """One line for the text engine: its text, spacing and, for a heading, its level."""

    text: str
    page: int
    indent: int = 0
    blank_before: bool = False
    page_start: bool = False
    page_end: bool = False
    heading: int = 0  # level of the heading that starts here (0: not a heading)


def _laid(
    line: PdfLine,
    previous: PdfLine | None,
    gap: float,
    body: float,
    *,
    text: str | None = None,
    heading: int = 0,
) -> LaidOutLine:
    blank = previous is None or (line.top - previous.top) > 1.45 * gap or (
        line.top < previous.top - gap  # a new column or a block placed higher up
    )
    indent = 0
    if previous is not None and line.x - previous.x > 1.5 * body and not heading:
        indent = 2
    if text is None:
        text = line.text + "-" if line.hyphen_after and not line.text.endswith("-") else line.text
    return LaidOutLine(
        text,
        line.page,
        indent=indent,
        blank_before=blank,
        heading=heading,
    )


def _mark_page_edges(page: list[LaidOutLine]) -> None:
    if not page:
        return
    page[0].page_start = True
    for line in page[-6:]:
        line.page_end = True


def _page_texts(pages: list[list[PdfLine]], gap: float) -> list[str]:
    texts: list[str] = []
    for page in pages:
        rows: list[str] = []
        previous: PdfLine | None = None
        for line in page:
            if previous is not None and line.top - previous.top > 1.45 * gap:
                rows.append("")
            rows.append(line.text + ("-" if line.hyphen_after else ""))
            previous = line
        texts.append("\n".join(rows))
    return texts
