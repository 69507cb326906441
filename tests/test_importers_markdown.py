"""Markdown import: ATX and underlined headings, lists, task lists, front matter."""

from __future__ import annotations

from pathlib import Path

from fieldguide.library.importers import parse_file

GUIDE = """---
title: Dialogue facilitation notes
---

Short notes for facilitators.

## 1. Before the session {#before}

Read the context analysis.
It is two pages long.

### Checklist

- [ ] Book the room
- [x] Invite the parties
- Is interpretation needed?

## 2. During the session

1. Open with the ground rules.
2. Give each party time.
   - Keep to the agenda.

Closing remarks
---------------

```
keep   this   as   is
```

Thank the parties.[^1]

[^1]: Thanking them builds trust.
"""


def test_markdown_structure(tmp_path: Path) -> None:
    path = tmp_path / "notes.md"
    path.write_text(GUIDE, encoding="utf-8")
    doc = parse_file(path)
    assert doc.title == "Dialogue facilitation notes"
    assert doc.introduction == "Short notes for facilitators."
    assert [(s.level, s.number, s.title) for s in doc.sections] == [
        (1, "1", "Before the session"),
        (2, None, "Checklist"),
        (1, "2", "During the session"),
        (1, None, "Closing remarks"),
    ]
    assert doc.sections[0].body == "Read the context analysis. It is two pages long."
    assert doc.sections[2].body == (
        "1. Open with the ground rules.\n2. Give each party time.\n  - Keep to the agenda."
    )
    assert "```\nkeep   this   as   is\n```" in doc.sections[3].body
    assert doc.sections[3].footnotes == ["Thanking them builds trust."]


def test_markdown_task_list_is_a_checklist(tmp_path: Path) -> None:
    path = tmp_path / "notes.markdown"
    path.write_text(GUIDE, encoding="utf-8")
    doc = parse_file(path)
    checklist = doc.checklists[0]
    assert doc.sections[checklist.section_index].title == "Checklist"
    assert [(i.kind, i.text) for i in checklist.items] == [
        ("tip", "Book the room"),
        ("tip", "Invite the parties"),
        ("question", "Is interpretation needed?"),
    ]


def test_markdown_single_h1_is_the_title(tmp_path: Path) -> None:
    path = tmp_path / "guide.md"
    path.write_text(
        "# Ceasefire guide\n\n## Key questions\n\n* Who monitors?\n* Who reports?\n",
        encoding="utf-8",
    )
    doc = parse_file(path)
    assert doc.title == "Ceasefire guide"
    assert [(s.level, s.title) for s in doc.sections] == [(1, "Key questions")]
    assert doc.checklists[0].items[0].kind == "question"
