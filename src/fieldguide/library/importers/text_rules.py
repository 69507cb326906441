"""Patterns, the line record and the small text helpers every stage of the text engine shares."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .vocab import Vocabulary

# --- patterns ---------------------------------------------------------------------------

_LIGATURES = {"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st"}
_SPACES = dict.fromkeys(map(ord, "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007"
                                 "\u2008\u2009\u200a\u202f\u205f\u3000\t"), " ")
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)

_BULLET_GLYPHS = "•●○◦▪▫■□‣⁃∙·◆◇►▸▹➢➤✓✔❖☐☑☒❑❒\uf0b7\uf0a7\uf0d8\uf076\uf0fc\uf0a8\uf02d"
_BULLET = re.compile(rf"^(?:[{_BULLET_GLYPHS}]|[-–—*+](?=\s))\s*(?P<text>\S.*)$")
_LONE_MARKER = re.compile(rf"^(?:[{_BULLET_GLYPHS}]|[-–*]|\d{{1,2}}[.)]|[a-z][.)]|\(\w\))$")
_TASK = re.compile(r"^\[(?P<mark>[ xX])\]\s+(?P<text>\S.*)$")
_NUMBERED = re.compile(r"^(?P<num>\d{1,3}(?:\.\d{1,3}){0,4})(?P<dot>\.?)(?:\s+|(?<=\.)\s*)(?P<text>\S.*)$")
_ROMAN_ITEM = re.compile(r"^\(?(?P<num>(?:i{1,3}|iv|vi{0,3}|ix|x))\)\s+(?P<text>\S.*)$")
_ROMAN_HEADING = re.compile(r"^(?P<num>[IVX]{1,5})\.\s+(?P<text>\S.*)$")
_LETTERED = re.compile(r"^\(?(?P<num>[a-zA-Z])[.)]\s+(?P<text>\S.*)$")
_ANNEX = re.compile(
    r"^(?P<word>annex|appendix|attachment)\b\s*(?P<num>[IVXLC]{1,6}|\d{1,2}|[A-Z])?\b"
    r"(?P<text>.*)$",
    re.IGNORECASE,
)
_CHAPTER = re.compile(
    r"^(?P<word>part|chapter|section)\s+(?P<num>[IVXLC]{1,6}|\d{1,2}|[A-Z]|one|two|three|"
    r"four|five|six|seven|eight|nine|ten)\b(?P<text>.*)$",
    re.IGNORECASE,
)
_BOX = re.compile(r"^(?P<word>box|figure|table|panel|exhibit)\s+(?P<num>\d{1,2}(?:\.\d{1,2})?)"
                  r"\s*[.:–—-]?\s*(?P<text>.*)$", re.IGNORECASE)
_FOOTNOTE = re.compile(r"^(?P<num>\d{1,2})\s{1,3}(?P<text>[\"“‘'(\[A-Z].*)$")
_MONTHS = re.compile(
    r"^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|^(per ?cent|%|percent|"
    r"million|billion|thousand|years?|days?|months?|weeks?|hours?|people|persons)\b",
    re.IGNORECASE,
)
_DATE_LINE = re.compile(
    r"^(\d{1,2}(\s*[–-]\s*\d{1,2})?\s+)?(january|february|march|april|may|june|july|august|september|october|"
    r"november|december)(\s+\d{1,2},?)?\s+\d{4}$|^\d{1,2}[./-]\d{1,2}[./-]\d{2,4}$",
    re.IGNORECASE,
)
_PAGE_NUMBER = re.compile(
    r"^(page\s+)?[-–—(\[]?\s*(\d{1,4}|[ivxlc]{1,7})\s*[-–—)\]]?(\s*(of|/)\s*\d{1,4})?$",
    re.IGNORECASE,
)
_NAVIGATION = re.compile(r"^(←|«|‹|<|↑|⇦)|^(back to|skip to|return to)\b", re.IGNORECASE)
# Sentence end, possibly followed by closing quotes and a footnote marker ("approach.2").
_TERMINAL = re.compile(r"(?:[.!?:;…]['’\"”)\]]*|(?<!\d)[.!?:;…]['’\"”)\]]*\d{1,2})$")
# Short documents give no reliable line width; below this, any line may be a heading.
_MIN_PAGE_WIDTH = 50.0
_ENDNOTE_TITLES = frozenset({"endnotes", "end notes", "notes", "footnotes", "foot notes"})
_FRONT_MATTER = frozenset(
    {
        "preface", "foreword", "introduction", "context", "background", "summary",
        "executive summary", "overview", "contents", "table of contents", "abstract",
        "acknowledgements", "acknowledgments", "glossary", "acronyms", "abbreviations",
        "purpose", "scope", "objective", "objectives", "endnotes", "notes", "references",
    }
)
_FOOTNOTE_MARKER = re.compile(r"(?<=[^\W\d_])(\d{1,3})(?=[\s,.;:)\]”’\"]|$)")
_FOOTNOTE_AFTER_PUNCT = re.compile(
    r"(?P<pre>[^\W\d_][.,;:]|[)\]”’\"][.,;:]?|(?<!\d)\d{4}[.,;:])\d{1,2}(?=\s|$)"
)

_CONTROL = re.compile(r"[\x00-\x09\x0b\x0d-\x1f\x7f-\x9f]")
_UNWRAPPED_LINE = 160
_SIDEBAR_MIN_RUN = 3


@dataclass
class _Line:
    text: str
    indent: int = 0
    blank_before: bool = False
    raw: str = ""  # as printed, spaces included (margin text marks word ends with them)
    page_start: bool = False
    page_end: bool = False  # among the last lines of a PDF page (where footnotes sit)
    label: bool = False  # side text collected from a vertical run
    width: float = 80.0  # typical length of the lines around this one
    double: bool = False  # inside double-spaced text
    heading: int = 0  # a heading of this level, known from the PDF's outline or layout



def _room(line: _Line) -> float:
    """The line width against which 'short enough to be a heading' is judged."""
    return max(line.width, _MIN_PAGE_WIDTH)


def _terminated(text: str) -> bool:
    return bool(_TERMINAL.search(text))


def _starts_lowercase(text: str) -> bool:
    match = re.match(r"[\"“‘'(\[]*(\w)", text)
    return match is not None and match.group(1).islower()


def strip_footnote_markers(text: str, vocab: Vocabulary) -> str:
    """'ownership12 of' → 'ownership of'; 'law.2 The' → 'law. The'; keeps 'OP8', 'G20'."""

    def glued(match: re.Match[str]) -> str:
        start = match.start()
        word = re.search(r"[^\W\d_]+$", text[:start])
        if word is None or len(word.group(0)) < 2:
            return match.group(0)
        token = word.group(0) + match.group(1)
        if vocab.is_known_word(word.group(0)) and vocab.tokens.get(token, 0) <= 2:
            return ""
        return match.group(0)

    text = _FOOTNOTE_MARKER.sub(glued, text)
    return _FOOTNOTE_AFTER_PUNCT.sub(lambda m: m.group("pre"), text)



def _top_number(number: str) -> int:
    head = number.split(".")[0]
    if head.isdigit():
        return int(head)
    return _roman_value(head)


def _roman_value(text: str) -> int:
    values = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
    total = 0
    previous = 0
    for ch in reversed(text.upper()):
        value = values.get(ch, 0)
        total = total - value if value < previous else total + value
        previous = max(previous, value)
    return total


def _is_enumerated(text: str) -> bool:
    match = _NUMBERED.match(text)
    if match and (match.group("dot") or "." in match.group("num")):
        return True
    return bool(_BULLET.match(text) or _ROMAN_ITEM.match(text))


def _join_lines(left: str, right: str, vocab: Vocabulary) -> str:
    left = left.rstrip()
    right = right.strip()
    if not left:
        return right
    tail = left[-3:]  # only the end matters; searching all of a long paragraph is quadratic
    if re.search(r"\d-$", tail) and not left.endswith(" -"):
        return left + right  # "A/62/659-" + "S/2008/39": a code or a range, not a word break
    if re.search(r"[^\W\d_]-$", tail):
        head, _, broken = left.rpartition(" ")
        first, _, rest = right.partition(" ")
        joined = vocab.join_broken_word(broken, first)
        combined = f"{head} {joined}" if head else joined
        return f"{combined} {rest}" if rest else combined
    return f"{left} {right}"


def _join_heading(parts: list[str], vocab: Vocabulary) -> str:
    text = parts[0].strip()
    for part in parts[1:]:
        text = _join_lines(text, part, vocab)
    return re.sub(r"\s+", " ", text).strip()



def layout_heading_number(text: str) -> tuple[str | None, str]:
    """Like heading_number, with the UN's 'IV. Observations' chapters too."""
    roman = re.match(r"^(?P<num>[IVXLC]{1,7})\.\s+(?P<text>\S.*)$", text)
    if roman and _roman_value(roman.group("num")) > 0:
        return roman.group("num"), roman.group("text").strip()
    number, title = heading_number(text)
    return (number, title) if title else (None, text)


def heading_number(text: str) -> tuple[str | None, str]:
    """'4.2.3 Capacity' → ('4.2.3', 'Capacity'); 'Annex III: Steps' → ('Annex III', 'Steps')."""
    annex = _ANNEX.match(text) or _CHAPTER.match(text)
    dotted = re.match(r"^(?:section|sec\.|§)\s*(\d{1,3}(?:\.\d{1,3}){1,4})\b[.:–—-]?\s*(.*)$",
                      text, re.IGNORECASE)
    if dotted:
        # Word's "Section 1.1 Purpose": the number is 1.1, the title what follows.
        return dotted.group(1), dotted.group(2).strip() or text
    if annex and annex.group("num") and re.match(r"\s+[A-Z]", annex.group("text")) and (
        annex.group("word").lower() in ("section", "chapter", "part")
    ):
        return f"{annex.group('word').capitalize()} {annex.group('num').upper()}", annex.group(
            "text").strip()
    if annex and annex.group("num") and re.match(r"\s*([.:–—)(-]|$)", annex.group("text")):
        number = f"{annex.group('word').capitalize()} {annex.group('num').upper()}"
        return number, re.sub(r"^\s*[.:–—-]\s*", "", annex.group("text")).strip()
    numbered = re.match(r"^(\d{1,3}(?:\.\d{1,3}){0,4})\.?\s+(\S.*)$", text)
    if numbered:
        return numbered.group(1), numbered.group(2).strip()
    lettered = re.match(r"^([A-Za-z])[.)]\s+(\S.*)$", text)
    if lettered and len(text.split()) > 1:
        return lettered.group(1), lettered.group(2).strip()
    return None, text
