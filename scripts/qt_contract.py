"""An import-linter contract for the parts of an external package a module may import.

import-linter sees an external package only as a whole (`PySide6`), so its own
`forbidden` contract cannot say "QtGui but not QtWidgets". This one reads the
import statements themselves: no module under `source_modules` may import any
of `forbidden_modules` (dotted names inside an external package), directly.
An indirect path would pass through a Field Guide module, which is checked too.

Configured in pyproject.toml (`contract_types`), run by `make imports`.
"""

from __future__ import annotations

import re

from grimp import ImportGraph
from importlinter.application import output
from importlinter.domain import fields
from importlinter.domain.contract import Contract, ContractCheck


class ExternalSubmodulesContract(Contract):
    type_name = "external_submodules"

    source_modules = fields.ListField(subfield=fields.StringField())
    forbidden_modules = fields.ListField(subfield=fields.StringField())

    def check(self, graph: ImportGraph, verbose: bool) -> ContractCheck:
        forbidden = [str(name) for name in self.forbidden_modules]  # type: ignore[attr-defined]
        pattern = re.compile(
            r"^\s*(?:from|import)\s+(" + "|".join(re.escape(name) for name in forbidden) + r")\b"
        )
        found: list[tuple[str, int, str]] = []
        for source in self.source_modules:  # type: ignore[attr-defined]
            modules = {str(source)} | graph.find_descendants(str(source))
            for module in sorted(modules):
                for imported in graph.find_modules_directly_imported_by(module):
                    if "." in imported or imported.startswith("fieldguide"):
                        continue  # externals are squashed to their top-level package
                    for detail in graph.get_import_details(importer=module, imported=imported):
                        if pattern.match(detail["line_contents"]):
                            found.append((module, detail["line_number"], detail["line_contents"]))
        return ContractCheck(kept=not found, metadata={"found": found})

    def render_broken_contract(self, check: ContractCheck) -> None:
        for module, line, contents in check.metadata["found"]:
            output.print_error(f"{module}:{line}: {contents.strip()}")
            output.new_line()
