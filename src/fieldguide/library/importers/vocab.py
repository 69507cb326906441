"""The document's own vocabulary, used to repair what extraction damaged.

PDF extraction breaks words at line ends, glues footnote numbers to words and
mangles the capitalisation of headings set in small caps. None of that can be
repaired with a fixed word list that would work for every document, but the
document itself usually spells each word correctly somewhere else: this module
counts how the body text spells words and lets the engine ask it.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from functools import lru_cache
from itertools import pairwise

from fieldguide.courtesy import let_others_run

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
# Hyphenated compounds written inside a line (never at a line end), e.g. "post-conflict".
_COMPOUND = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)+")
_SENTENCE_END = re.compile(r"[.!?:]['’\")\]]*$")
# Addresses spell words in lowercase ("www.ohchr.org") without saying anything about them.
_MAYBE_ADDRESS = re.compile(r"www|http|@|\.(?:org|int|com|net|pdf|htm)")
_TOKEN_PUNCTUATION = ".,;:()[]\"'“”‘’"
_CLOSERS = "'’\")]”"
_ADDRESS = re.compile(r"\S*(?:https?://|www\.|@|\.(?:org|int|com|net|pdf|html?)\b)\S*")

# Prefixes that normally keep their hyphen ("post-conflict", "non-state"); only consulted
# when the document's own spelling does not settle the question.
HYPHEN_PREFIXES = frozenset(
    {
        "post", "non", "multi", "self", "anti", "ex", "semi", "cross", "counter", "well",
        "long", "short", "high", "low", "full", "part", "mid", "quasi", "ultra", "all",
        "gender", "state", "decision", "policy", "community", "country", "time", "cost",
    }
)
# Prefixes that also start ordinary words ("preferred", "record"): they keep the hyphen
# only before a word the document uses on its own ("pre-deployment").
WEAK_HYPHEN_PREFIXES = frozenset(
    {"pre", "re", "co", "inter", "intra", "extra", "sub", "socio", "macro", "micro", "pro",
     "over", "under", "one", "two", "three", "first", "second", "third"}
)
# A line ending in "policy-" followed by "and strategy-making" is a suspended hyphen.
_SUSPENDED_FOLLOWERS = frozenset({"and", "or", "to", "nor", "und", "et", "ou"})

SMALL_WORDS = frozenset(
    {
        "a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "of", "on", "or",
        "the", "to", "with", "within", "vs", "via", "per", "nor", "but", "its", "their",
        "between", "through", "across", "among", "beyond", "about", "over", "under", "is",
        "are", "be", "not", "do", "does",
    }
)


_LOWER_UPPER = re.compile(r"[a-z][A-Z]")
_NAME_PREFIX = re.compile(r"^(Mc|Mac|O|D)[A-Z]")
_UPPER_LOWER = re.compile(r"[A-Z]{2,}[a-z]")
_PLURAL_ACRONYM = re.compile(r"[A-Z]{2,}s")
_ANY_CAPS = re.compile(r"[A-Z]{2}|[a-z][A-Z]")


@lru_cache(maxsize=65536)
def _is_damaged_word(word: str) -> bool:
    """True for words like 'ScOPe' or 'PURPOSe' that a small-caps font turned into noise."""
    letters = "".join(ch for ch in word if ch.isalpha())
    if len(letters) < 2:
        return False
    if _LOWER_UPPER.search(letters) and not _NAME_PREFIX.match(letters):
        return True
    # "NGOs" and "ITGNs" are plural acronyms, not damage.
    return bool(_UPPER_LOWER.search(letters)) and not _PLURAL_ACRONYM.fullmatch(letters)


def _compound_part(part: str) -> str:
    # "UN-supported" says nothing about "un-supported": acronyms keep their case.
    return part if part.isupper() and len(part) > 1 else part.lower()


def is_caps_style(text: str) -> bool:
    """True if most words are capitals or damaged capitals (a heading set in caps)."""
    if not _ANY_CAPS.search(text):
        return False
    words = [w for w in _WORD.findall(text) if len(w) >= 2]
    if not words:
        return False
    capsish = sum(1 for w in words if w.isupper() or _is_damaged_word(w))
    long_capsish = any(len(w) >= 3 and (w.isupper() or _is_damaged_word(w)) for w in words)
    return long_capsish and capsish / len(words) >= 0.6


def has_damaged_case(text: str) -> bool:
    return any(_is_damaged_word(w) for w in _WORD.findall(text))


def is_mixed_case_heading(text: str) -> bool:
    """Some content words capitalised and others not, or a lowercase start: a damaged title."""
    words = _WORD.findall(text)
    if not words:
        return False
    if words[0][0].islower():
        return True
    content = [w for w in words[1:] if len(w) >= 4 and w.lower() not in SMALL_WORDS]
    upper = sum(1 for w in content if w[0].isupper())
    lower = sum(1 for w in content if w[0].islower())
    return upper > 0 and lower > 0


def is_title_case(text: str) -> bool:
    words = [w for w in _WORD.findall(text) if w.lower() not in SMALL_WORDS]
    if not words:
        return False
    return sum(1 for w in words if w[0].isupper()) / len(words) >= 0.75


class Vocabulary:
    """How the body text of one document spells its words."""

    def __init__(self, lines: list[str]) -> None:
        self.lower: Counter[str] = Counter()
        self.compounds: Counter[str] = Counter()
        self.tokens: Counter[str] = Counter()
        self.written_lower: Counter[str] = Counter()  # words seen in lowercase at least once
        # Spellings of each word away from sentence starts: "United" vs "united".
        self.forms: dict[str, Counter[str]] = defaultdict(Counter)
        broken = False
        for line in lines:
            self._add_line(line, skip_first=broken)
            stripped = line.rstrip()
            broken = bool(stripped) and stripped.endswith("-") and stripped[-2:-1].isalpha()

    def _add_line(self, line: str, *, skip_first: bool = False) -> None:
        let_others_run()
        stripped = _ADDRESS.sub(" ", line).strip() if _MAYBE_ADDRESS.search(line) else line.strip()
        if not stripped:
            return
        # A line ending in a hyphen would count "recon-" as a compound prefix.
        inner = stripped[:-1] if stripped.endswith("-") else stripped
        if "-" in inner:
            for compound in _COMPOUND.findall(inner):
                parts = [_compound_part(part) for part in compound.split("-")]
                self.compounds["-".join(parts)] += 1
                if len(parts) > 2:
                    # "rule-of-law" also vouches for "rule-of" broken at a line end.
                    for a, b in pairwise(parts):
                        self.compounds[f"{a}-{b}"] += 1
        caps_line = is_caps_style(stripped)
        previous_end = True
        tokens = stripped.split()
        # Halves of a word broken across lines ("differ-" / "ence") are not words.
        if tokens and tokens[-1].endswith("-") and tokens[-1][-2:-1].isalpha():
            tokens.pop()
        if skip_first and tokens:
            tokens.pop(0)
            previous_end = False
        for token in tokens:
            self.tokens[token.strip(_TOKEN_PUNCTUATION)] += 1
            for word in _WORD.findall(token):
                key = word.lower()
                self.lower[key] += 1
                if word.islower():
                    self.written_lower[key] += 1
                if not caps_line and not previous_end and not _is_damaged_word(word):
                    self.forms[key][word] += 1
            previous_end = token.rstrip(_CLOSERS)[-1:] in (".", "!", "?", ":")

    def count(self, word: str) -> int:
        return self.lower[word.lower()]

    # --- hyphenation -------------------------------------------------------------------

    def join_broken_word(self, left: str, right: str) -> str:
        """Join the end of one line ('reconcili-') with the start of the next ('ation')."""
        head = left[:-1]
        match = re.match(r"[^\W\d_]+", right)
        if not match or not head:
            return left + right
        first = match.group(0)
        head_word = re.search(r"[^\W\d_]+$", head)
        if head_word is None or re.search(r"\d", head[-3:]):
            # "A/62/659-" + "S/2008/39": a code, keep the hyphen and no space.
            return left + right
        stem = head_word.group(0)
        if first.lower() in _SUSPENDED_FOLLOWERS:
            return f"{left} {right}"
        joined = (stem + first).lower()
        hyphenated = f"{_compound_part(stem)}-{_compound_part(first)}"
        as_one = self.lower[joined]
        as_two = self.compounds[hyphenated]
        if as_one != as_two:
            return head + right if as_one > as_two else left + right
        if first[0].isupper() or (stem.isupper() and len(stem) > 1):
            return left + right  # "UN-" + "Women", "HIV-" + "related"
        if stem.lower() in HYPHEN_PREFIXES:
            return left + right
        if stem.lower() in WEAK_HYPHEN_PREFIXES and self.lower[first.lower()] >= 2:
            return left + right
        return head + right

    # --- footnote markers ----------------------------------------------------------------

    def is_known_word(self, word: str) -> bool:
        return self.lower[word.lower()] >= 2

    # --- capitalisation ------------------------------------------------------------------

    def is_acronym(self, word: str) -> bool:
        """'SSR', 'UNICEF': capitals that the document never writes in lowercase."""
        if not word.isupper() or len(word) < 2 or word.lower() in SMALL_WORDS:
            return False
        form = self.preferred_form(word)
        if form is not None and form.isupper():
            return True
        return len(word) <= 6 and not self.written_lower[word.lower()]

    def preferred_form(self, word: str) -> str | None:
        forms = self.forms.get(word.lower())
        if not forms:
            return None
        return forms.most_common(1)[0][0]

    def repair_heading_case(self, text: str) -> str:
        """Sentence case for headings whose capitals cannot be trusted.

        'nAtionAl ownership' and 'NATIONAL OWNERSHIP OF SSR' both become
        'National ownership of SSR': each word takes the spelling the body text
        uses for it, so acronyms and proper nouns keep their capitals.
        """
        caps = is_caps_style(text)
        if not (caps or has_damaged_case(text) or is_mixed_case_heading(text)):
            return text
        out: list[str] = []
        sentence_start = True
        for piece in re.split(r"(\s+)", text):
            if not piece or piece.isspace():
                out.append(piece)
                continue
            out.append(self._recase_token(piece, sentence_start, caps))
            if _WORD.search(piece):
                sentence_start = bool(_SENTENCE_END.search(piece))
        return "".join(out)

    def title_case(self, text: str) -> str:
        """'SECURITY SECTOR REFORM NOTES' → 'Security Sector Reform Notes' (acronyms kept)."""
        out: list[str] = []
        for i, word in enumerate(text.split()):
            letters = re.sub(r"[^\w]", "", word)
            form = self.preferred_form(letters) if letters else None
            if letters.isupper() and (
                (form is not None and form.isupper()) or not self.written_lower[letters.lower()]
            ):
                out.append(word)
            elif i and letters.lower() in SMALL_WORDS:
                out.append(word.lower())
            else:
                out.append(word[:1].upper() + word[1:].lower())
        return " ".join(out)

    def _recase_token(self, token: str, sentence_start: bool, caps_heading: bool) -> str:
        parts = re.split(r"([^\W\d_]+)", token)
        first_word = True
        for i in range(1, len(parts), 2):
            parts[i] = self._recase_word(parts[i], sentence_start and first_word, caps_heading)
            first_word = False
        return "".join(parts)

    def _recase_word(self, word: str, capitalise: bool, caps_heading: bool) -> str:
        form = self.preferred_form(word)
        if form is None:
            form = word if self.is_acronym(word) else word.lower()
        if capitalise and form[:1].islower():
            form = form[:1].upper() + form[1:]
        return form
