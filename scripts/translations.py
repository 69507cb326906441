"""Translation catalogues: refresh the .ts sources, compile them to .qm, list what is left to translate.

    python scripts/translations.py update   # `make translations`: strings from src/ into the .ts files
    python scripts/translations.py build    # .ts -> .qm (make setup, the installers)
    python scripts/translations.py check    # exit 1 and list every unfinished or broken entry

Why our own extraction in front of `lupdate`: PySide's `self.tr()` looks a text up
under the class of the object at run time, so a string in a base class must be
in the catalogue under each subclass too; module helpers such as
`def tr(text): return QCoreApplication.translate("MainWindow", text)` give their
context to their callers; and the command line's `_()`/`n_()` live in the context
`fieldguide`. This script reads the sources with `ast`, writes every message as a
plain `QCoreApplication.translate(...)` call into a generated file, and lets
`lupdate` merge that into the catalogues (keeping translations, adding new
entries as unfinished, with each language's plural forms).

After the merge, an unfinished entry whose exact text (and comment) is
translated in another context of the same catalogue takes that translation:
code moving between classes must not undo the translators' work.
"""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "src" / "fieldguide"
CATALOGUES = ROOT / "resources" / "translations"
GENERATED = ROOT / "build" / "translations" / "messages.py"
LANGUAGES = ("fr", "ar")
CLI_CONTEXT = "fieldguide"

# How each marker finds its context and its arguments.
TRANSLATE_NAMES = {"translate"}  # QCoreApplication.translate(ctx, text, disambiguation, n)
NOOP_CONTEXT_NAMES = {"QT_TRANSLATE_NOOP", "QT_TRANSLATE_NOOP3"}  # (ctx, text[, comment])
CLI_NAMES = {"_": False, "N_": False, "n_": True}  # name -> counts something


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    comment: str = ""
    numerus: bool = False


@dataclass
class Found:
    message: Message
    where: str  # "src/fieldguide/x.py:12"


@dataclass
class Extraction:
    found: list[Found] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # "file:line: why"


def _literal(node: ast.expr | None) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def _argument(call: ast.Call, index: int, keyword: str) -> ast.expr | None:
    if len(call.args) > index:
        return call.args[index]
    for kw in call.keywords:
        if kw.arg == keyword:
            return kw.value
    return None


def _class_hierarchy(trees: dict[Path, ast.Module]) -> dict[str, set[str]]:
    """Class name -> the names of every class in src/ that derives from it (itself included)."""
    bases: dict[str, set[str]] = {}
    for tree in trees.values():
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                names = set()
                for base in node.bases:
                    if isinstance(base, ast.Name):
                        names.add(base.id)
                    elif isinstance(base, ast.Attribute):
                        names.add(base.attr)
                bases.setdefault(node.name, set()).update(names)
    derived: dict[str, set[str]] = {name: {name} for name in bases}
    changed = True
    while changed:
        changed = False
        for name, parents in bases.items():
            for parent in parents:
                if parent in derived and not derived[name] <= derived[parent]:
                    derived[parent] |= derived[name]
                    changed = True
    return derived


def _wrapper_context(function: ast.FunctionDef) -> str | None:
    """The context of `def tr(text): return QCoreApplication.translate("Ctx", text)`, else None."""
    if not function.args.args:
        return None
    parameter = function.args.args[0].arg
    body = [node for node in function.body if not (isinstance(node, ast.Expr) and _literal(node.value))]
    if len(body) != 1 or not isinstance(body[0], ast.Return) or not isinstance(body[0].value, ast.Call):
        return None
    call = body[0].value
    name = call.func.attr if isinstance(call.func, ast.Attribute) else getattr(call.func, "id", None)
    if name not in TRANSLATE_NAMES or len(call.args) < 2:
        return None
    if isinstance(call.args[1], ast.Name) and call.args[1].id == parameter:
        return _literal(call.args[0])
    return None


class _Visitor(ast.NodeVisitor):
    def __init__(self, path: str, derived: dict[str, set[str]], out: Extraction) -> None:
        self.path = path
        self.derived = derived
        self.out = out
        self.classes: list[str] = []
        self.wrappers: list[dict[str, str]] = [{}]

    def _add(
        self,
        contexts: set[str] | list[str],
        call: ast.Call,
        source_node: ast.expr | None,
        comment: str = "",
        numerus: bool = False,
    ) -> None:
        where = f"{self.path}:{call.lineno}"
        source = _literal(source_node)
        if source is None:
            # A variable is a lookup of texts marked elsewhere (QT_TRANSLATE_NOOP); text built on
            # the spot can never match a catalogue entry.
            if isinstance(source_node, ast.JoinedStr | ast.BinOp) or (
                isinstance(source_node, ast.Call) and getattr(source_node.func, "attr", "") == "format"
            ):
                self.out.problems.append(f"{where}: the text to translate is built at run time")
            return
        if not source.strip():
            return
        for context in sorted(contexts):
            self.out.found.append(Found(Message(context, source, comment, numerus), where))

    def _scan_wrappers(self, body: list[ast.stmt]) -> dict[str, str]:
        found = {}
        for node in body:
            if isinstance(node, ast.FunctionDef):
                context = _wrapper_context(node)
                if context:
                    found[node.name] = context
        return found

    def visit_Module(self, node: ast.Module) -> None:
        self.wrappers = [self._scan_wrappers(node.body)]
        self.generic_visit(node)

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:
        if _wrapper_context(node):
            return  # its own body passes a variable on purpose
        self.wrappers.append(self._scan_wrappers(node.body))
        self.generic_visit(node)
        self.wrappers.pop()

    visit_AsyncFunctionDef = visit_FunctionDef  # type: ignore[assignment]

    def _wrapper(self, name: str) -> str | None:
        for scope in reversed(self.wrappers):
            if name in scope:
                return scope[name]
        return None

    def visit_Call(self, call: ast.Call) -> None:
        func = call.func
        if isinstance(func, ast.Attribute) and func.attr == "tr":
            owner = func.value
            if isinstance(owner, ast.Name) and owner.id in ("self", "cls") and self.classes:
                contexts = self.derived.get(self.classes[-1], {self.classes[-1]})
            elif isinstance(owner, ast.Name):
                contexts = {owner.id}
            else:
                contexts = {self.classes[-1]} if self.classes else set()
            if contexts:
                comment = _literal(_argument(call, 1, "disambiguation")) or ""
                numerus = _argument(call, 2, "n") is not None
                self._add(contexts, call, _argument(call, 0, "sourceText"), comment, numerus)
        elif isinstance(func, ast.Attribute) and func.attr in TRANSLATE_NAMES and len(call.args) >= 2:
            context = _literal(call.args[0])
            if context is not None:
                comment = _literal(_argument(call, 2, "disambiguation")) or ""
                numerus = _argument(call, 3, "n") is not None
                self._add({context}, call, call.args[1], comment, numerus)
        elif isinstance(func, ast.Name):
            if func.id in NOOP_CONTEXT_NAMES and len(call.args) >= 2:
                context = _literal(call.args[0]) or ""
                comment = _literal(call.args[2]) or "" if len(call.args) > 2 else ""
                self._add({context}, call, call.args[1], comment)
            elif func.id == "QT_TR_NOOP" and call.args and self.classes:
                self._add({self.classes[-1]}, call, call.args[0])
            elif func.id in CLI_NAMES and call.args:
                comment = "" if CLI_NAMES[func.id] else _literal(_argument(call, 1, "disambiguation")) or ""
                self._add({CLI_CONTEXT}, call, call.args[0], comment, numerus=CLI_NAMES[func.id])
            elif (context := self._wrapper(func.id)) is not None and call.args:
                self._add({context}, call, call.args[0])
        self.generic_visit(call)


def python_files() -> Iterator[Path]:
    yield from sorted(SOURCES.rglob("*.py"))


def extract() -> Extraction:
    trees = {path: ast.parse(path.read_text("utf-8"), str(path)) for path in python_files()}
    derived = _class_hierarchy(trees)
    out = Extraction()
    for path, tree in trees.items():
        _Visitor(str(path.relative_to(ROOT)), derived, out).visit(tree)
    return out


# --- update ----------------------------------------------------------------------------------


def _quoted(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t")
    return f'"{escaped}"'


def write_generated(extraction: Extraction) -> Path:
    """Every message as one `QCoreApplication.translate()` line, for lupdate to read."""
    seen: dict[Message, list[str]] = {}
    for found in extraction.found:
        seen.setdefault(found.message, []).append(found.where)
    lines = [
        "# Generated by scripts/translations.py for lupdate: every translatable message in src/.",
        "from PySide6.QtCore import QCoreApplication",
        "",
    ]
    for message, places in seen.items():
        comment = _quoted(message.comment) if message.comment else "None"
        count = ", 1" if message.numerus else ""
        lines.append(
            f"QCoreApplication.translate({_quoted(message.context)}, {_quoted(message.source)}, "
            f"{comment}{count})  # {places[0]}"
        )
    GENERATED.parent.mkdir(parents=True, exist_ok=True)
    GENERATED.write_text("\n".join(lines) + "\n", "utf-8")
    return GENERATED


def _tool(name: str) -> str:
    """`pyside6-NAME` beside this Python (a virtual environment), else the binary the PySide6
    wheel carries in its package folder (a Python without entry-point scripts, such as the
    Windows CPython that make dist-windows runs under Wine), else whatever the PATH has."""
    candidate = Path(sys.executable).parent / f"pyside6-{name}"
    if candidate.exists():
        return str(candidate)
    import importlib.util

    spec = importlib.util.find_spec("PySide6")
    if spec is not None and spec.origin is not None:
        for binary in (name, f"{name}.exe"):
            bundled = Path(spec.origin).parent / binary
            if bundled.is_file():
                return str(bundled)
    return f"pyside6-{name}"


def _lupdate(generated: Path, ts: Path, language: str, plural_only: bool = False) -> None:
    command = [
        _tool("lupdate"),
        "-silent",
        "-locations",
        "none",
        "-source-language",
        "en",
        "-target-language",
        language,
        str(generated),
        "-ts",
        str(ts),
    ]
    if plural_only:
        command.insert(1, "-pluralonly")
    subprocess.run(command, check=True)


def _is_finished(translation: ET.Element) -> bool:
    if translation.get("type") in ("unfinished", "vanished", "obsolete"):
        return False
    forms = translation.findall("numerusform")
    if forms:
        return all((form.text or "").strip() for form in forms)
    return bool((translation.text or "").strip())


def _key(message: ET.Element) -> tuple[str, str, bool]:
    return (
        message.findtext("source") or "",
        message.findtext("comment") or "",
        message.get("numerus") == "yes",
    )


def tidy(ts: Path) -> int:
    """Reuse translations across contexts, then drop vanished entries; returns how many were reused."""
    tree = ET.parse(ts)
    known: dict[tuple[str, str, bool], ET.Element] = {}
    for message in tree.iter("message"):
        translation = message.find("translation")
        if translation is not None and (
            _is_finished(translation)
            or (translation.get("type") in ("vanished", "obsolete") and _has_text(translation))
        ):
            known.setdefault(_key(message), translation)
    reused = 0
    for context in tree.getroot().findall("context"):
        for message in context.findall("message"):
            translation = message.find("translation")
            if translation is None:
                continue
            if translation.get("type") in ("vanished", "obsolete"):
                context.remove(message)
                continue
            if not _is_finished(translation) and _key(message) in known:
                donor = known[_key(message)]
                translation.text = donor.text
                for form in list(translation):
                    translation.remove(form)
                for form in donor.findall("numerusform"):
                    copy = ET.SubElement(translation, "numerusform")
                    copy.text = form.text
                translation.attrib.pop("type", None)
                reused += 1
        if not context.findall("message"):
            tree.getroot().remove(context)
    _write(tree, ts)
    return reused


def _has_text(translation: ET.Element) -> bool:
    forms = translation.findall("numerusform")
    return all((f.text or "").strip() for f in forms) if forms else bool((translation.text or "").strip())


def _write(tree: ET.ElementTree, ts: Path) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", "utf-8")


def update() -> int:
    extraction = extract()
    for problem in extraction.problems:
        print(f"warning: {problem}", file=sys.stderr)
    generated = write_generated(extraction)
    CATALOGUES.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        ts = CATALOGUES / f"fieldguide_{language}.ts"
        _lupdate(generated, ts, language)
        reused = tidy(ts)
        left = unfinished(ts)
        print(f"{ts.relative_to(ROOT)}: {len(left)} to translate" + (f", {reused} reused" if reused else ""))
    english = CATALOGUES / "fieldguide_en.ts"
    _lupdate(generated, english, "en", plural_only=True)
    tidy(english)
    english_forms(english)
    print(f"{english.relative_to(ROOT)}: {len(unfinished(english))} plural forms to write")
    return 0


def english_forms(ts: Path) -> None:
    """English plural forms of "(s)" sources written out: "%n item(s)" -> "%n item", "%n items"."""
    tree = ET.parse(ts)
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None or _is_finished(translation) or "(s)" not in source:
            continue
        forms = translation.findall("numerusform")
        if len(forms) == 2:
            forms[0].text = source.replace("(s)", "")
            forms[1].text = source.replace("(s)", "s")
            translation.attrib.pop("type", None)
    _write(tree, ts)


# --- build -----------------------------------------------------------------------------------


def build(output: Path | None = None) -> int:
    """Compile every catalogue; unfinished entries are left out (the English text shows instead)."""
    target = output or CATALOGUES
    target.mkdir(parents=True, exist_ok=True)
    for ts in sorted(CATALOGUES.glob("fieldguide_*.ts")):
        qm = target / ts.with_suffix(".qm").name
        subprocess.run([_tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
    return 0


# --- check -----------------------------------------------------------------------------------

PLACEHOLDER = re.compile(r"%(?:L?n|\d)")
# The command line's messages are filled with Python's % operator: same conversions, same order.
PRINTF = re.compile(r"%[-+ #0]*\d*(?:\.\d+)?[sdrgfx%]")


def unfinished(ts: Path) -> list[str]:
    """One line per entry left to translate or whose translation breaks its source's placeholders."""
    problems = []
    for context in ET.parse(ts).getroot().findall("context"):
        name = context.findtext("name") or ""
        for message in context.findall("message"):
            source, comment, numerus = _key(message)
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("vanished", "obsolete"):
                continue
            label = f"{ts.name}: [{name}] {source!r}" + (f" ({comment})" if comment else "")
            if not _is_finished(translation):
                problems.append(f"{label}: not translated")
                continue
            forms = [f.text or "" for f in translation.findall("numerusform")] or [translation.text or ""]
            wanted = sorted(set(PLACEHOLDER.findall(source)) - {"%n", "%Ln"})
            for form in forms:
                have = sorted(set(PLACEHOLDER.findall(form)) - {"%n", "%Ln"})
                if have != wanted:
                    problems.append(f"{label}: placeholders {have} instead of {wanted} in {form!r}")
                if name == CLI_CONTEXT and PRINTF.findall(form) != PRINTF.findall(source):
                    problems.append(f"{label}: %-conversions {PRINTF.findall(form)} instead of "
                                    f"{PRINTF.findall(source)} in {form!r}")
                if ("&" in source.replace("&&", "")) != ("&" in form.replace("&&", "")):
                    problems.append(f"{label}: the keyboard mnemonic (&) is missing or extra in {form!r}")
            if not numerus and "%n" in source and "%n" not in forms[0]:
                problems.append(f"{label}: %n missing in {forms[0]!r}")
    return problems


def check() -> int:
    catalogues = sorted(CATALOGUES.glob("fieldguide_*.ts"))
    problems = [line for ts in catalogues for line in unfinished(ts)]
    stale = stale_messages()
    for line in problems + stale:
        print(line)
    if problems or stale:
        print(f"{len(problems) + len(stale)} problem(s); run `make translations`, then translate.")
        return 1
    print(f"{len(catalogues)} catalogues complete")
    return 0


def catalogue_messages(ts: Path) -> set[Message]:
    found = set()
    for context in ET.parse(ts).getroot().findall("context"):
        name = context.findtext("name") or ""
        for message in context.findall("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") in ("vanished", "obsolete"):
                continue
            source, comment, numerus = _key(message)
            found.add(Message(name, source, comment, numerus))
    return found


def stale_messages() -> list[str]:
    """Messages in src/ that a catalogue does not hold yet (`make translations` was not run)."""
    wanted = {found.message: found.where for found in extract().found}
    lines = []
    for language in LANGUAGES:
        ts = CATALOGUES / f"fieldguide_{language}.ts"
        have = catalogue_messages(ts) if ts.exists() else set()
        for message, where in sorted(wanted.items(), key=lambda pair: pair[1]):
            if message not in have:
                lines.append(f"{ts.name}: [{message.context}] {message.source!r}: missing ({where})")
    return lines


def main(argv: list[str]) -> int:
    commands = {"update": update, "build": build, "check": check}
    if len(argv) != 1 or argv[0] not in commands:
        print(__doc__, file=sys.stderr)
        return 2
    return commands[argv[0]]()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
