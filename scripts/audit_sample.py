"""Draw the reproducible random sample for the second content audit of the starter pack.

    .venv/bin/python scripts/audit_sample.py            # the sample of docs/content-audit-2.md
    .venv/bin/python scripts/audit_sample.py --seed 7   # another auditor's sample

The pack is read as it stood at a fixed commit (``--commit``), so the same seed draws the
same ids even after the pack has been fixed. The ids that the first audit
(``../shared/notes/content-audit.md``) looked at are left out. That audit did not record
its whole sample, only its findings, so every section and item it names is excluded
(its "doc L…" line numbers were mapped to section ids at commit 71adcfe, the pack it read).
"""

from __future__ import annotations

import argparse
import random
import subprocess
import sys
from pathlib import Path

from fieldguide.library.pack_format import parse_pack

ROOT = Path(__file__).resolve().parent.parent
PACK = "resources/packs/starter"
# The pack 1.1.0 as landed (03e1824 on main), before any fix of the second audit.
DEFAULT_COMMIT = "03e1824"
DEFAULT_SEED = 20261201

FIRST_AUDIT_SECTIONS = frozenset(
    {
        "ssr-national-ownership/buy-in",
        "ssr-national-ownership/actors-beyond-state",
        "ssr-national-ownership/challenges",
        "ssr-national-ownership/financing",
        "ssr-national-ownership/language-knowledge",
        "ssr-overview/definitions",
        "ssr-overview/language",
        "ssr-overview/un-role",
        "ssr-overview/principles-basis",
        "ssr-democratic-governance/foundations",
        "ssr-gender-responsive/challenges",
        "ssr-gender-responsive/opportunities",
        "ssr-national-security-policy/linkages",
        "ssr-national-security-policy/policy-elements",
        "ssr-national-security-policy/process",
        "gender-inclusive-peace-processes/advisory-mechanisms",
        "gender-inclusive-peace-processes/context",
        "gender-inclusive-peace-processes/digital",
        "gender-inclusive-peace-processes/meaningful-participation",
        "gender-inclusive-peace-processes/media",
        "gender-inclusive-peace-processes/political-civil-links",
        "gender-inclusive-peace-processes/prevention",
        "gender-inclusive-peace-processes/safety",
        "gender-inclusive-peace-processes/security-sector",
        "gender-inclusive-peace-processes/sequencing",
        "gender-inclusive-peace-processes/track-transfer",
        "mediation-support/capacities",
        "mediation-support/confidentiality",
        "mediation-support/msu",
        "mediation-support/scoping",
        "constitutional-assistance/capacity-institutions",
        "constitutional-assistance/coordination",
        "constitutional-assistance/implementation",
        "constitutional-assistance/inclusion",
        "constitutional-assistance/principles",
        "constitutional-assistance/process",
        "constitutional-assistance/related-priorities",
        "constitutional-assistance/security-provisions",
        "constitutional-assistance/substance",
        "constitutional-assistance/technical-advice",
        "community-engagement/consultation",
        "community-engagement/mandate",
        "community-engagement/planning",
        "community-engagement/principles",
        "community-engagement/working-group",
    }
)

FIRST_AUDIT_ITEMS = frozenset(
    {
        "mediation-support-request-scoping/practicalities",
        "mediation-support-request-scoping/parties-consent",
        "mediation-support-request-scoping/political-lead",
        "mediation-support-request-scoping/internal-record",
        "mediation-support-request-scoping/requester",
        "mediation-support-request-scoping/deployment-type",
        "mediation-support-request-scoping/urgency",
        "mediation-support-request-scoping/duration-followup",
        "constitutional-inclusion-ownership/feedback-loop",
        "constitutional-inclusion-ownership/crsv-links",
        "constitutional-inclusion-ownership/context-sensitive",
        "constitutional-process-substance/process-bodies",
        "constitutional-process-substance/process-rules",
        "constitutional-process-substance/process-public-input",
        "constitutional-process-substance/implementation-plan",
        "constitutional-process-substance/implementation-funding",
        "constitutional-process-substance/implementation-awareness",
        "constitutional-process-substance/political-support-first",
        "constitutional-process-substance/capacity-targets",
        "constitutional-process-substance/substance-options",
        "community-engagement-civil-society/purpose-defined",
        "community-engagement-civil-society/meaningful-not-token",
        "community-engagement-civil-society/report-back",
        "gender-conference-recommendations/r1-measure-link",
        "gender-conference-recommendations/r5-earmarked-funding",
        "gender-conference-recommendations/r5-beyond-rounds",
        "gender-conference-recommendations/r3-local-base",
        "gender-conference-recommendations/r3-alliances",
        "gender-conference-recommendations/r4-commitments-to-action",
        "gender-constituency-building/leadership-roles",
        "gender-constituency-building/funding-liaison",
        "gender-constituency-building/continuous-support",
        "gender-constituency-building/local-first",
        "gender-constituency-building/deliberate-effort",
        "ssr-gender-responsive-me/sgbv-response-capacity",
        "ssr-ten-principles/p2-basis",
        "ssr-ten-principles/p8-integrity",
        "ssr-mediation-hints/short-vs-long-term",
        "ssr-democratic-governance-review/context-rationale",
        "ssr-democratic-governance-review/legal-roles-clear",
        "ssr-national-ownership-tips/patience-listen",
    }
)


def pack_files(commit: str) -> dict[str, bytes]:
    """The starter pack's files as they stood at `commit`."""
    listing = subprocess.run(
        ["git", "ls-tree", "-r", "--name-only", commit, PACK],
        cwd=ROOT, capture_output=True, text=True, check=True,
    ).stdout.split()
    files: dict[str, bytes] = {}
    for path in listing:
        blob = subprocess.run(["git", "show", f"{commit}:{path}"], cwd=ROOT, capture_output=True, check=True)
        files[path[len(PACK) + 1:]] = blob.stdout
    return files


def section_lines(files: dict[str, bytes], section_id: str) -> str:
    """`documents/x.md Lstart-end` of a section's own text (to its next heading)."""
    doc, local = section_id.split("/", 1)
    lines = files[f"documents/{doc}.md"].decode("utf-8").splitlines()
    start = next(n for n, line in enumerate(lines, 1) if line.startswith("#") and f"{{#{local}}}" in line)
    headings = ("## ", "### ", "#### ")
    following = (n - 1 for n, line in enumerate(lines, 1) if n > start and line.startswith(headings))
    end = next(following, len(lines))
    return f"documents/{doc}.md L{start}-{end}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--commit", default=DEFAULT_COMMIT)
    parser.add_argument("--sections", type=int, default=40)
    parser.add_argument("--items", type=int, default=100)
    args = parser.parse_args(argv)
    files = pack_files(args.commit)
    content = parse_pack(files)
    sections = sorted(s["id"] for s in content.sections if s["id"] not in FIRST_AUDIT_SECTIONS)
    items = sorted(i["id"] for i in content.items if i["id"] not in FIRST_AUDIT_ITEMS)
    rng = random.Random(args.seed)
    picked_sections = sorted(rng.sample(sections, args.sections))
    picked_items = sorted(rng.sample(items, args.items))
    print(f"# pack {content.version} at {args.commit}, seed {args.seed}: "
          f"{args.sections} of {len(sections)} sections, {args.items} of {len(items)} items")
    by_id = {s["id"]: s for s in content.sections}
    for section_id in picked_sections:
        s = by_id[section_id]
        mark = "synthesis" if s["synthesis"] else "source"
        print(f"S\t{section_id}\t{section_lines(files, section_id)}\t{mark}: {s['citation']}")
    items_by_id = {i["id"]: i for i in content.items}
    for item_id in picked_items:
        i = items_by_id[item_id]
        mark = "synthesis" if i["synthesis"] else "source"
        print(f"I\t{item_id}\t{i['kind']}\t{mark}: {i['source']}\t{i['text']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
