"""Finds user-visible text in src/ that does not go through the translation catalogue.

Read with `ast`, so it sees what the code does rather than how it is laid out:

- in ui/: text given to a Qt widget (setText, setToolTip, QLabel("..."), message boxes,
  accessible names...) as a literal or an f-string instead of through `tr()`;
- everywhere: a `UserError` (or any `...Error`) raised with literal words, and, in the command
  line, `print()`/`sys.stderr.write()`/argparse `help=` with literal words, not through `_()`.

A literal counts when it holds a letter: "—", "·" or "%1 %" need no translation. What is
meant to stay English (a file-format keyword, a message for pack authors) is listed in
ALLOWED below, each entry with its reason, and reviewed like code.
"""

from __future__ import annotations

import ast
import re
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "src" / "fieldguide"

QT_TEXT_METHODS = {
    "setText",
    "setWindowTitle",
    "setToolTip",
    "setStatusTip",
    "setWhatsThis",
    "setPlaceholderText",
    "setAccessibleName",
    "setAccessibleDescription",
    "setTitle",
    "addTab",
    "setTabText",
    "setTabToolTip",
    "setLabelText",
    "showMessage",
    "setInformativeText",
    "setDetailedText",
    "setHeaderLabels",
    "addItem",
    "addItems",
    "addMenu",
    "setSuffix",
    "setPrefix",
    "setSpecialValueText",
    "insertTab",
    "information",
    "warning",
    "critical",
    "question",
    "getText",
    "getOpenFileName",
    "getOpenFileNames",
    "getSaveFileName",
    "getExistingDirectory",
    "addRow",
    "setCancelButtonText",
    "setButtonText",
}
QT_TEXT_CONSTRUCTORS = {
    "QLabel",
    "QPushButton",
    "QCheckBox",
    "QRadioButton",
    "QGroupBox",
    "QAction",
    "QMenu",
    "QToolButton",
    "QCommandLinkButton",
    "QDockWidget",
    "QToolBar",
}
FIRST_TEXT_ONLY = {"addItem", "addTab", "insertTab", "addMenu"}
CLI_OUTPUT = {"print", "write"}
TRANSLATORS = {"tr", "translate", "_", "n_", "N_", "QT_TRANSLATE_NOOP", "QT_TR_NOOP"}

# (path relative to src/fieldguide, or a folder ending in "/") -> why its literals stay as they are.
ALLOWED: dict[str, str] = {
    "library/pack_format.py": "errors for pack authors, about pack.json and YAML keys (English by format)",
    "library/pack_fields.py": "errors for pack authors (the same vocabulary as pack_format)",
    "library/pack_documents.py": "errors for pack authors (the same vocabulary as pack_format)",
    "library/pack_checklists.py": "errors for pack authors (the same vocabulary as pack_format)",
    "library/pack_sources.py": "errors for pack authors (the same vocabulary as pack_format)",
    "library/pack_build.py": "errors for pack authors (the same vocabulary as pack_format)",
    "library/packs.py": "errors for pack authors (the same vocabulary as pack_format)",
    "db/migrations/": "schema scripts, never shown",
    "ui/workspace/launcher.py": "a developer's launcher for the workspace alone, not part of the app",
}


@dataclass(frozen=True)
class Finding:
    where: str
    text: str
    why: str

    def __str__(self) -> str:
        return f"{self.where}: {self.why}: {self.text!r}"


def _words(node: ast.expr) -> str | None:
    """The literal words of a str constant or an f-string, when they hold a letter."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        text = node.value
    elif isinstance(node, ast.JoinedStr):
        text = "".join(
            v.value for v in node.values if isinstance(v, ast.Constant) and isinstance(v.value, str)
        )
    else:
        return None
    # Markup and the program's own name are not words to translate.
    bare = re.sub(r"<[^>]*>", "", text).replace("fieldguide", "").replace("Field Guide", "")
    return text if any(c.isalpha() for c in bare) else None


def _name(func: ast.expr) -> str:
    if isinstance(func, ast.Attribute):
        return func.attr
    if isinstance(func, ast.Name):
        return func.id
    return ""


def _allowed(relative: str) -> bool:
    return any(relative == key or (key.endswith("/") and relative.startswith(key)) for key in ALLOWED)


def user_error_classes(trees: list[ast.Module]) -> set[str]:
    """Every class in src/ that derives, at any depth, from UserError (it reaches the user)."""
    parents: dict[str, set[str]] = {}
    for tree in trees:
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                parents[node.name] = {_name(base) for base in node.bases}
    found = {"UserError"}
    grew = True
    while grew:
        grew = False
        for name, bases in parents.items():
            if name not in found and bases & found:
                found.add(name)
                grew = True
    return found


class _Lint(ast.NodeVisitor):
    def __init__(self, relative: str, user_errors: set[str]) -> None:
        self.user_errors = user_errors
        self.relative = relative
        self.in_ui = relative.startswith("ui/")
        self.in_cli = relative.startswith("cli/")
        self.findings: list[Finding] = []

    def _flag(self, node: ast.AST, expr: ast.expr, why: str) -> None:
        words = _words(expr)
        if words is not None:
            self.findings.append(Finding(f"src/fieldguide/{self.relative}:{node.lineno}", words, why))

    def visit_Call(self, call: ast.Call) -> None:
        name = _name(call.func)
        if name in TRANSLATORS:
            return  # its arguments are the catalogue's business
        owner = call.func.value if isinstance(call.func, ast.Attribute) else None
        is_log = isinstance(owner, ast.Name) and "log" in owner.id.lower()
        if self.in_ui and not is_log and (name in QT_TEXT_METHODS or name in QT_TEXT_CONSTRUCTORS):
            # addItem(text, data), addTab(widget, label): only the first text is shown.
            texts = [a for a in call.args if isinstance(a, ast.Constant | ast.JoinedStr)]
            translated = any(isinstance(a, ast.Call) and _name(a.func) in TRANSLATORS for a in call.args)
            if name in FIRST_TEXT_ONLY:
                texts = [] if translated else texts[:1]
            for arg in texts if name in FIRST_TEXT_ONLY else call.args:
                self._flag(call, arg, f"text given to Qt's {name}() without tr()")
                if isinstance(arg, ast.List | ast.Tuple):
                    for element in arg.elts:
                        self._flag(call, element, f"text given to Qt's {name}() without tr()")
        if self.in_cli:
            if name in CLI_OUTPUT:
                for arg in call.args:
                    self._flag(call, arg, "command-line output without _()")
            for keyword in call.keywords:
                if keyword.arg == "help":
                    self._flag(call, keyword.value, "command-line help without _()")
        self.generic_visit(call)

    def visit_Raise(self, node: ast.Raise) -> None:
        exc = node.exc
        if isinstance(exc, ast.Call) and exc.args and _name(exc.func) in self.user_errors:
            self._flag(node, exc.args[0], f"{_name(exc.func)} raised with words not through _()")
        self.generic_visit(node)


def lint() -> list[Finding]:
    findings: list[Finding] = []
    trees = {path: ast.parse(path.read_text("utf-8"), str(path)) for path in sorted(SOURCES.rglob("*.py"))}
    user_errors = user_error_classes(list(trees.values()))
    for path, tree in trees.items():
        relative = path.relative_to(SOURCES).as_posix()
        if _allowed(relative):
            continue
        visitor = _Lint(relative, user_errors)
        visitor.visit(tree)
        findings.extend(visitor.findings)
    return findings


def main() -> int:
    findings = lint()
    for finding in findings:
        print(finding)
    return 1 if findings else 0


if __name__ == "__main__":
    sys.exit(main())
