"""Import of a 20 MB plain-text manual: time grows linearly with size, every heading found.

A generated manual (numbered chapters "12. …" with sub-sections "12.3 …", paragraphs
wrapped at 78 columns, bullet lists) is parsed at 2 MB and at 20 MB in the same run;
the larger must take at most 10 × 1.5 the time of the smaller (linear with a margin),
and the headings recovered are counted against those written.

    python bench/run.py bench_import_text
"""

from __future__ import annotations

import random
import textwrap
import time

from synthetic import _lexicon, _paragraph

LINEAR_MARGIN = 1.5


def manual(target_bytes: int, seed: int = 15) -> tuple[str, int]:
    """Text of about target_bytes and the number of headings written in it."""
    rng = random.Random(seed)
    lexicon = _lexicon(rng, 5_000)
    weights = [1.0 / (rank + 1) for rank in range(len(lexicon))]
    parts = ["Operations Manual", ""]
    size, headings, chapter = 0, 0, 0
    while size < target_bytes:
        chapter += 1
        for sub in range(0, 10):
            number = f"{chapter}." if sub == 0 else f"{chapter}.{sub}"
            title = _paragraph(rng, rng.randint(2, 5), lexicon, weights).rstrip(".")
            block = [f"{number} {title}", ""]
            headings += 1
            for _ in range(rng.randint(2, 4)):
                paragraph = _paragraph(rng, rng.randint(40, 90), lexicon, weights)
                block += [*textwrap.wrap(paragraph, 78), ""]
            if sub % 3 == 1:
                block += [f"- {_paragraph(rng, 3, lexicon, weights)}" for _ in range(3)]
                block.append("")
            text = "\n".join(block)
            size += len(text) + 1
            parts.append(text)
    return "\n".join(parts), headings


def _parse_seconds(text: str) -> tuple[float, int]:
    from fieldguide.library.importers import parse_text

    start = time.perf_counter()
    doc = parse_text(text, name="manual.txt")
    return time.perf_counter() - start, len(doc.sections)


def main() -> dict[str, float]:
    small_text, small_headings = manual(2_000_000)
    large_text, large_headings = manual(20_000_000)
    small_s, small_found = _parse_seconds(small_text)
    large_s, large_found = _parse_seconds(large_text)
    ratio = (large_s / small_s) / (len(large_text) / len(small_text))
    print(
        f"plain text, {len(small_text) / 1e6:.0f} MB: {small_s:.1f} s, {small_found} of "
        f"{small_headings} headings; {len(large_text) / 1e6:.0f} MB: {large_s:.1f} s, "
        f"{large_found} of {large_headings} headings"
    )
    print(
        f"time per byte, 20 MB against 2 MB: {ratio:.2f} x (linear ≤ {LINEAR_MARGIN} x) "
        f"{'OK' if ratio <= LINEAR_MARGIN else 'OVER'}"
    )
    return {"text_linear_ratio": ratio, "text_headings_found": large_found / large_headings}


if __name__ == "__main__":
    main()
