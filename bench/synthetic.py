"""A synthetic library of 50,000 sections from a fixed seed, built once and cached."""

from __future__ import annotations

import os
import random
import shutil
from pathlib import Path

# Generated profiles live outside the repository (gigabytes at 10 x); FIELDGUIDE_BENCH_CACHE moves them.
CACHE = Path(os.environ.get("FIELDGUIDE_BENCH_CACHE") or Path.home() / ".cache" / "fieldguide-bench")
SECTIONS = 50_000
SEED = 20261123

VOCABULARY = (
    "security sector reform national ownership governance oversight parliament police justice "
    "corrections vetting disarmament demobilization reintegration ceasefire mediation dialogue "
    "constitution transition elections gender women participation youth community engagement "
    "civil society accountability budget defence intelligence border customs human rights "
    "protection displacement reconciliation peacebuilding sustaining peace inclusion "
    "consultation sécurité société réforme gouvernance الأمن المجتمع المشاركة الحوار "
).split()


def _lexicon(rng: random.Random, size: int = 30_000) -> list[str]:
    """Domain words first, then invented words: ranked for a Zipf-like frequency, as in real text."""
    syllables = ["ka", "lo", "mi", "ren", "sta", "vo", "tri", "del", "an", "su", "por", "gue", "ni", "zar"]
    invented = {
        "".join(rng.choice(syllables) for _ in range(rng.randint(2, 4))) for _ in range(size * 2)
    }
    return VOCABULARY + sorted(invented)[:size]


def _paragraph(rng: random.Random, words: int, lexicon: list[str], weights: list[float]) -> str:
    return " ".join(rng.choices(lexicon, weights, k=words)).capitalize() + "."


def build_content(sections: int = SECTIONS):  # type: ignore[no-untyped-def]
    from fieldguide.library.pack_format import PackContent, fingerprint, markdown_to_plain

    rng = random.Random(SEED)
    lexicon = _lexicon(rng)
    # Zipf's law with the domain words spread through the ranks, not all at the top.
    rng.shuffle(lexicon)
    weights = [1.0 / (rank + 1) for rank in range(len(lexicon))]
    content = PackContent(manifest={"id": "bench", "version": "1.0.0", "title": "Bench library", "files": []})
    per_document = 250
    for d in range(sections // per_document):
        doc_id = f"bench-doc-{d:04d}"
        content.documents.append(
            {
                "id": doc_id,
                "title": f"Guidance note {d}: {_paragraph(rng, 4, lexicon, weights)}",
                "practice_area": "ssr",
                "source": "synthetic",
                "summary": "",
                "introduction": "",
                "position": d,
            }
        )
        for s in range(per_document):
            body = "\n\n".join(_paragraph(rng, rng.randint(40, 90), lexicon, weights) for _ in range(3))
            title = _paragraph(rng, 5, lexicon, weights)
            content.sections.append(
                {
                    "id": f"{doc_id}/s{s:03d}",
                    "document_id": doc_id,
                    "parent_id": None,
                    "position": s,
                    "level": 1,
                    "number": str(s + 1),
                    "title": title,
                    "body": body,
                    "plain": markdown_to_plain(body),
                    "citation": "synthetic",
                    "fingerprint": fingerprint(title, body),
                }
            )
    return content


def bench_profile() -> Path:
    """A data directory holding the starter pack plus the 50,000-section library."""
    from fieldguide.app import open_app
    from fieldguide.paths import DataPaths

    root = CACHE / f"profile-{SECTIONS}-{SEED}-zipf"
    if (root / "ready").exists():
        return root
    shutil.rmtree(root, ignore_errors=True)
    app = open_app(DataPaths(root))
    app.packs.install_content(build_content())
    app.close()
    (root / "ready").write_text("ok")
    return root
