"""Search at 100 x a team's year (issue 21): a long prefix becomes exactly the words FTS5
would match, and a search's few matches rank as bm25 ranks them without bm25 reading the
whole list of rows of a common word."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import pairwise
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fieldguide.library.search import MATCH_END, MATCH_START
from tests.sql_statements import statements_issued
from tests.test_big_profile_queries import _import_documents, _notes


def _plain(text: str) -> str:
    return text.replace(MATCH_START, "").replace(MATCH_END, "")


@pytest.fixture
def ranked_here(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every few-match search ranked by library/ranking.py, as at 100 x (where bm25 would read
    a million rows), rather than by FTS5's bm25, as small profiles are."""
    from fieldguide.library import ranking

    monkeypatch.setattr(ranking, "ROWS_PER_MATCH", 0)


def _segments(app: Any) -> int:
    with app.db.raw() as conn:
        return int(conn.execute("SELECT count(DISTINCT segid) FROM search_fts_idx").fetchone()[0])


def _match_rows(execute: Any, match: str) -> set[int]:
    rows = execute("SELECT rowid FROM search_fts WHERE search_fts MATCH :m", {"m": match})
    return {int(row[0]) for row in rows}


def test_a_long_prefix_becomes_exactly_the_words_fts5_would_match(app) -> None:  # type: ignore[no-untyped-def]
    from fieldguide.db.engine import statements
    from fieldguide.db.models import Note
    from fieldguide.library.query import _expand_long_prefix
    from fieldguide.library.ranking import phrases

    _notes(app, ["Quillwort and quillworts by the river", "Quillbacks", "the quillon of a sword"])
    _notes(app, ["Quîllage"])
    while app.search.tidy_index():
        pass
    _notes(app, ["quillwright, newly written"])  # in a segment of its own, not merged
    with app.db.write() as session:
        gone = app.recorder.create(
            session, Note, {"target_kind": "section", "target_id": "x", "body": "quilliam"}
        )
    with app.db.write() as session:
        app.recorder.delete(session, session.get(Note, gone.id))  # its word's only row
    assert _segments(app) > 1

    with app.db.read() as session:
        execute = statements(session)
        words: dict[str, set[str]] = {}
        for prefix in ("quill", "quillw", "quillwo", "quillworts", "quilli", "quillo", "quilla", "quillz"):
            expanded = _expand_long_prefix(execute, f'"{prefix}"*')
            words[prefix] = {phrase[0][0] for phrase in phrases(expanded)}
            assert _match_rows(execute, expanded) == _match_rows(execute, f'"{prefix}"*'), prefix
    assert words["quill"] == {"quillwort", "quillworts", "quillbacks", "quillon", "quillage", "quillwright"}
    assert words["quillw"] == {"quillwort", "quillworts", "quillwright"}
    assert words["quillworts"] == {"quillworts"}
    assert words["quilli"] == {"quilli"}  # nothing begins so: the prefix is left to FTS5 (no rows)
    assert words["quilla"] == {"quillage"}  # folded, as the index holds it
    assert [_plain(h.snippet) for h in app.search.search("quillwr")] == ["quillwright, newly written"]


def test_a_prefix_of_too_many_words_is_left_to_fts5(app, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from fieldguide.library import query

    monkeypatch.setattr(query, "MAX_EXPANSION", 3)
    _notes(app, [f"marsupial{letter} sighting" for letter in "abcd"])
    assert len(app.search.search("marsupia")) == 4
    monkeypatch.setattr(query, "MAX_EXPANSION", 4)
    assert len(app.search.search("marsupia")) == 4


QUERIES = (
    "national ownership", "vetting", "gender", "dialogue mediation", "security sector reform", "sécurité",
    "civil society", "ownersh", "process",
)


@pytest.mark.parametrize("sample", [1000, 3])
def test_few_matches_rank_as_fts5s_bm25_ranks_them(  # type: ignore[no-untyped-def]
    app, monkeypatch, sample: int
) -> None:
    """On the starter library every phrase's rows are counted exactly (or, with a sample of 3,
    estimated): the ranking here gives bm25's order, and with exact counts its scores."""
    from fieldguide.library import query, ranking

    monkeypatch.setattr(ranking, "SAMPLE", sample)
    exact = 0
    for text in QUERIES:
        monkeypatch.setattr(ranking, "ROWS_PER_MATCH", 10**12)
        with statements_issued(app) as issued:
            bm25 = app.search.search(text, limit=query.WINDOW)
        exact += any("ORDER BY rank" in s for s in issued)
        monkeypatch.setattr(ranking, "ROWS_PER_MATCH", 0)
        with statements_issued(app) as issued:
            ours = app.search.search(text, limit=query.WINDOW)
        assert not any("ORDER BY rank" in s for s in issued)
        assert {h.id for h in ours} == {h.id for h in bm25}, text
        by_bm25 = {h.id: h.score for h in bm25}
        in_our_order = [by_bm25[h.id] for h in ours]
        if sample == 1000:  # bm25's scores, so its order (matches scoring alike in either order)
            assert [h.score for h in ours] == pytest.approx([h.score for h in bm25], rel=1e-9), text
            assert all(a >= b * (1 - 1e-9) for a, b in pairwise(in_our_order)), text
        else:  # estimated counts: the best matches still lead
            assert ours[0].id in [h.id for h in bm25[:3]], text
            assert len({h.id for h in ours[:5]} & {h.id for h in bm25[:5]}) >= min(4, len(bm25)), text
    assert exact >= 5  # most of these have few enough matches to be ranked exactly


@pytest.fixture
def rankings(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """Both ways of ranking few matches: FTS5's bm25, and library/ranking.py's."""
    from fieldguide.library import ranking

    if request.param == "here":
        monkeypatch.setattr(ranking, "ROWS_PER_MATCH", 0)
    yield request.param


@pytest.mark.parametrize("rankings", ["bm25", "here"], indirect=True)
def test_a_title_match_comes_before_body_matches(app, rankings: str) -> None:  # type: ignore[no-untyped-def]
    from fieldguide.db.models import Section

    _notes(app, [f"Quartermaster visit number {n} to the depot, quartermaster again." for n in range(8)])
    _import_documents(app, 0, 1)
    with app.db.write() as session:
        session.get(Section, "imp-test-000/s1").title = "Quartermaster stores"
    hits = app.search.search("quartermaster")
    assert hits[0].id == "imp-test-000/s1"
    assert len(hits) == 9


@pytest.mark.parametrize("rankings", ["bm25", "here"], indirect=True)
def test_more_occurrences_come_before_fewer(app, rankings: str) -> None:  # type: ignore[no-untyped-def]
    _notes(app, ["zanzibarian ferry at the port", "zanzibarian zanzibarian ferry port", "zanzibarian ferry"])
    hits = [_plain(h.snippet) for h in app.search.search("zanzibarian ferr")]
    assert hits[0] == "zanzibarian zanzibarian ferry port"
    assert hits[-1] == "zanzibarian ferry at the port"  # the longest note, with as many matches


@pytest.mark.parametrize("rankings", ["bm25", "here"], indirect=True)
@pytest.mark.parametrize("sample", [1000, 2])
def test_a_rare_word_weighs_more_than_a_common_one(app, monkeypatch, rankings: str, sample: int) -> None:  # type: ignore[no-untyped-def]
    from fieldguide.library import ranking

    monkeypatch.setattr(ranking, "SAMPLE", sample)
    _notes(app, [f"kestrel count {n} at the ridge" for n in range(60)])
    _notes(app, ["kestrel kestrel kestrel osprey", "kestrel osprey osprey osprey", "osprey nest"])
    hits = [_plain(h.snippet) for h in app.search.search("kestrel osprey")]
    assert hits == ["kestrel osprey osprey osprey", "kestrel kestrel kestrel osprey"]


def test_the_command_line_ranks_few_matches_as_the_window_does(app, data_dir, ranked_here) -> None:  # type: ignore[no-untyped-def]
    from fieldguide.library.ready import search_ready

    _notes(app, ["kestrel kestrel osprey", "kestrel osprey osprey", "Osprey and kestrel over the ridge"])
    window = [(h.id, h.snippet, h.score) for h in app.search.search("kestrel ospr")]
    line = [(row[0], row[5], row[6]) for row in search_ready(str(data_dir), "kestrel ospr", limit=20) or []]
    assert len(window) == 3
    assert line == window


def test_bm25_ranks_while_the_phrases_are_in_few_rows(app, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """FTS5's bm25 reads every row of each phrase: cheap for rare words, a million rows for a
    common word at 100 x; then the few matches are ranked by highlighting them instead."""
    from fieldguide.library import ranking

    monkeypatch.setattr(ranking, "ROWS_PER_MATCH", 2)  # bm25 while its phrases hold <= 40 rows
    _notes(app, [f"kestrel count {n} at the ridge" for n in range(60)])
    _notes(app, ["kestrel and osprey"])
    for text, by_bm25 in (("osprey", True), ("kestrel osprey", False)):
        with statements_issued(app) as issued:
            hits = app.search.search(text)
        assert [_plain(h.snippet) for h in hits] == ["kestrel and osprey"]
        assert any("ORDER BY rank" in s for s in issued) == by_bm25, text


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(query=st.text(max_size=40))
def test_any_text_is_ranked_here_without_raising(app, ranked_here, query: str) -> None:  # type: ignore[no-untyped-def]
    hits = app.search.search(f"ownership {query}", limit=5)
    assert len(hits) <= 5
    assert hits == sorted(hits, key=lambda h: -h.score)


def test_a_query_of_hundreds_of_words_is_still_answered(app, ranked_here) -> None:  # type: ignore[no-untyped-def]
    _notes(app, ["kestrel osprey"])
    text = " ".join(["kestrel"] * 600 + ["osprey"])
    assert [_plain(h.snippet) for h in app.search.search(text)] == ["kestrel osprey"]


@settings(max_examples=300, deadline=None)
@given(text=st.text(max_size=30))
def test_words_and_fold_are_as_character_by_character(text: str) -> None:
    """Fast forms of what the index's tokenizer sees: the same words, folded the same way."""
    from fieldguide.library.query import fold, fold_char, is_word_char, words

    found: list[str] = []
    current = ""
    for char in text:
        if is_word_char(char):
            current += char
        elif current:
            found, current = [*found, current], ""
    assert words(text) == ([*found, current] if current else found)
    assert fold(text) == "".join(fold_char(char) for char in text)


def _index_in_memory(bodies: list[str]) -> Any:
    import sqlcipher3

    from fieldguide.db.fts import TABLES

    conn = sqlcipher3.connect(":memory:", isolation_level=None)
    for statement in TABLES:
        conn.execute(statement)
    conn.execute("BEGIN")
    conn.executemany("INSERT INTO search_fts(title, body) VALUES ('', ?)", [(body,) for body in bodies])
    conn.execute("COMMIT")
    return conn


def test_the_words_a_prefix_begins_are_found_however_the_index_lies() -> None:
    """Every word each long prefix begins, and only those, whether the index is one merged
    segment (where the walk skips the pages of a word in thousands of rows) or several, with
    rows deleted: neighbouring words in one row, two, or thousands."""
    from fieldguide.library.query import MAX_EXPANSION, _expand_long_prefix, fold
    from fieldguide.library.ranking import phrases

    sizes = [3000, 1, 1500, 2, 50, 1400, 5, 1399]
    vocabulary: list[str] = []
    for stem in ("quill", "quilt", "quip"):
        suffixes = ["", "a", "ab", "ac", "ad", "b", "ba", "bz", "c", "wort", "worts", "é"]
        for index, suffix in enumerate(suffixes):
            vocabulary += [stem + suffix] * sizes[(index + len(stem)) % len(sizes)]
    vocabulary.sort(key=lambda word: sum(map(ord, word)) % 7)  # words of neighbouring rows vary
    conn = _index_in_memory([f"{word} filler" for word in vocabulary])  # a word's size: its rows

    def execute(sql: str, params: dict[str, Any]) -> list[Any]:
        return list(conn.execute(sql, params).fetchall())

    def check(state: str) -> None:
        rows = conn.execute("SELECT body FROM search_fts").fetchall()
        live = {fold(word) for (body,) in rows for word in body.split()}
        prefixes = {word[:end] for word in live for end in range(5, len(word) + 1)} | {"quilz", "quillaz"}
        for prefix in sorted(prefixes):
            expanded = _expand_long_prefix(execute, f'"{prefix}"*')
            truth = {word for word in live if word.startswith(prefix)}
            assert len(truth) <= MAX_EXPANSION
            found = {phrase[0][0] for phrase in phrases(expanded)} if truth else set()
            assert found == truth, (state, prefix)

    conn.execute("INSERT INTO search_fts(search_fts) VALUES('optimize')")
    assert conn.execute("SELECT count(DISTINCT segid) FROM search_fts_idx").fetchone()[0] == 1
    check("merged")
    conn.execute("INSERT INTO search_fts(title, body) VALUES ('', 'quillacz quiltzz')")  # its own segment
    check("two segments")
    conn.execute("DELETE FROM search_fts WHERE body LIKE '%quipab %' OR body LIKE '%quillac %'")
    check("rows deleted")
    conn.execute("INSERT INTO search_fts(search_fts) VALUES('optimize')")
    check("merged again")
