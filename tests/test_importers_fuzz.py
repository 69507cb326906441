"""Whatever the input, import ends in a ParsedDocument or ImportFailed: no crash, no hang."""

from __future__ import annotations

import contextlib
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fieldguide.library.importers import ImportFailed, ParsedDocument, parse_file, parse_text

# Generous deadlines: a slow CI machine must not turn a fast parser into a flaky test, but
# a pathological slowdown (e.g. regex backtracking) still fails.
FUZZ = settings(
    max_examples=60,
    deadline=2000,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)

# Lines that look like what the engine reacts to, so the fuzzing reaches its rules.
_STRUCTURAL = st.sampled_from(
    [
        "1. Introduction",
        "4.2.3 National ownership extends",
        "ANNEX III (CHECKLIST). POTENTIAL STEPS",
        "aNNex. PRacTIcaL hINTS",
        "Box 1. Definitions",
        " Consider your role in a given context.",
        "• Register with the focal point.",
        "a) the need for the process;",
        "ii)  implementation and capacity;",
        "12 Report of the Secretary-General.",
        "ENDNOTES",
        "Key questions:",
        "reconcili-",
        "ation takes time.",
        "policy-",
        "and strategy-making",
        "ownership12 of the process",
        "N",
        "AT",
        "21",
        "Phase 1 Preparation",
        "- [ ] task",
        "## Heading",
        "```",
        "---",
        "",
        " ",
    ]
)
_LINE = st.one_of(_STRUCTURAL, st.text(max_size=90))
_DOCUMENT = st.lists(_LINE, max_size=60).map("\n".join)


def _check(result: object) -> None:
    assert isinstance(result, ParsedDocument)
    assert isinstance(result.title, str) and result.title
    for section in result.sections:
        assert section.level >= 1
    for checklist in result.checklists:
        assert 0 <= checklist.section_index < len(result.sections)


@FUZZ
@given(_DOCUMENT)
def test_parse_text_never_crashes(text: str) -> None:
    try:
        result = parse_text(text, name="fuzz.txt")
    except ImportFailed as failure:
        assert "\n" not in str(failure)
        return
    _check(result)


@FUZZ
@given(st.text(max_size=2000))
def test_parse_text_on_arbitrary_unicode(text: str) -> None:
    with contextlib.suppress(ImportFailed):
        _check(parse_text(text, name="fuzz.txt"))


@FUZZ
@given(
    st.sampled_from([".txt", ".md", ".markdown", ".pdf", ".docx"]),
    st.one_of(
        st.binary(max_size=4000),
        _DOCUMENT.map(lambda text: text.encode("utf-8")),
        st.binary(max_size=2000).map(lambda data: b"%PDF-1.4\n" + data),
        st.binary(max_size=2000).map(lambda data: b"PK\x03\x04" + data),
    ),
)
def test_parse_file_on_random_bytes_ends_in_a_document_or_import_failed(
    suffix: str, data: bytes
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"random{suffix}"
        path.write_bytes(data)
        try:
            result = parse_file(path)
        except ImportFailed as failure:
            assert "\n" not in str(failure)
            return
        _check(result)
