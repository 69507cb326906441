"""Finding words in displayed text the way search finds them: ignoring case and accents.

The index folds `sécurité` to `securite` and Arabic harakat away
(unicode61 remove_diacritics); highlighting in the reader must find the same
words, so text is folded here character by character while remembering where
each folded character came from in the original.
"""

from __future__ import annotations

from dataclasses import dataclass

# The snippet marks, folding and the tokenizer's idea of a word live with the search statements.
from fieldguide.library.query import MATCH_END as MATCH_END
from fieldguide.library.query import MATCH_START as MATCH_START
from fieldguide.library.query import fold as fold
from fieldguide.library.query import fold_char as fold_char
from fieldguide.library.query import is_word_char as is_word_char
from fieldguide.library.query import words as words


def _folded_with_map(text: str) -> tuple[str, list[int]]:
    """The folded text and, for each folded character, the index of its source character."""
    parts: list[str] = []
    origin: list[int] = []
    for index, char in enumerate(text):
        folded = fold_char(char)
        parts.append(folded)
        origin.extend([index] * len(folded))
    return "".join(parts), origin


@dataclass(frozen=True)
class Term:
    text: str  # folded
    prefix: bool  # matches the start of a longer word (the word still being typed)


def query_terms(query: str) -> list[Term]:
    """The words of a search query as the index matches them: whole words, the last one as a prefix."""
    folded = [f for f in (fold(w) for w in words(query)) if f]
    open_last = bool(folded) and not query[-1].isspace() and not query.endswith('"')
    if open_last and len(folded[-1]) == 1:
        # As the index does: a one-letter word being typed is not a prefix of everything;
        # it waits for its second letter, or is the query's only word.
        if len(folded) > 1:
            folded.pop()
        open_last = False
    return [Term(word, prefix=open_last and i == len(folded) - 1) for i, word in enumerate(folded)]


def find_terms(text: str, terms: list[Term]) -> list[tuple[int, int]]:
    """Spans (start, end) in `text` of every whole-word occurrence of the terms, in order.

    A prefix term's span covers the whole word it starts, so the reader shows
    `vetting` highlighted while the query is still `vett`.
    """
    if not terms or not text:
        return []
    folded, origin = _folded_with_map(text)
    spans: list[tuple[int, int]] = []
    for term in terms:
        start = 0
        while True:
            at = folded.find(term.text, start)
            if at < 0:
                break
            start = at + 1
            end = at + len(term.text)
            if at > 0 and is_word_char(folded[at - 1]):
                continue
            if end < len(folded) and is_word_char(folded[end]):
                if not term.prefix:
                    continue
                while end < len(folded) and is_word_char(folded[end]):
                    end += 1
            spans.append((origin[at], origin[end - 1] + 1))
    return _merge(spans)


def find_substring(text: str, needle: str) -> list[tuple[int, int]]:
    """Spans of every occurrence of `needle` anywhere in `text` (find in page), case and accent blind."""
    target = fold(needle)
    if not target or not text:
        return []
    folded, origin = _folded_with_map(text)
    spans: list[tuple[int, int]] = []
    start = 0
    while True:
        at = folded.find(target, start)
        if at < 0:
            break
        end = at + len(target)
        spans.append((origin[at], origin[end - 1] + 1))
        start = end
    return spans


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged
