"""A pack's checklists: one YAML file each, its items with their kinds, sources,
hints and links to guidance and to other items."""

from __future__ import annotations

from typing import Any

from fieldguide.library.pack_fields import ITEM_KINDS, PackError, _check_id, _optional_text, _require, _yaml


def parse_checklist(text: str, name: str, position: int) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    data = _yaml(text, name)
    if not isinstance(data, dict):
        raise PackError(f"{name}: a checklist must be a YAML mapping")
    checklist_id = _check_id(_require(data, "id", name), "checklist", name)
    checklist = {
        "id": checklist_id,
        "document_id": (str(data["document"]).strip() if data.get("document") else None),
        "title": _require(data, "title", name),
        "practice_area": _check_id(_require(data, "practice_area", name), "practice area", name),
        "description": str(data.get("description", "") or "").strip(),
        "source": str(data.get("source", "") or "").strip(),
        "position": position,
        "retired": False,
    }
    raw_items = data.get("items")
    if not isinstance(raw_items, list) or not raw_items:
        raise PackError(f"{name}: a checklist needs a non-empty 'items' list")
    items: list[dict[str, Any]] = []
    seen: set[str] = set()
    for index, raw in enumerate(raw_items, start=1):
        where = f"{name}, item {index}"
        if not isinstance(raw, dict):
            raise PackError(f"{where}: each item must be a mapping")
        local_id = _check_id(_require(raw, "id", where), "item", where)
        item_id = f"{checklist_id}/{local_id}"
        if item_id in seen:
            raise PackError(f"{name}: duplicate item id {item_id!r}")
        seen.add(item_id)
        kind = _require(raw, "kind", where)
        if kind not in ITEM_KINDS:
            raise PackError(f"{where}: kind {kind!r} is not one of {', '.join(ITEM_KINDS)}")
        synthesis = raw.get("synthesis", False)
        if not isinstance(synthesis, bool):
            raise PackError(f"{where}: 'synthesis' must be true or false")
        see_also = raw.get("see_also", [])
        if isinstance(see_also, str):
            see_also = [see_also]
        if not isinstance(see_also, list) or not all(isinstance(v, str) and v.strip() for v in see_also):
            raise PackError(f"{where}: 'see_also' must be a list of item ids")
        items.append(
            {
                "id": item_id,
                "checklist_id": checklist_id,
                "position": index - 1,
                "kind": kind,
                "group": (str(raw["group"]).strip() if raw.get("group") else None),
                "text": _require(raw, "text", where),
                "guidance_section_id": (str(raw["guidance"]).strip() if raw.get("guidance") else None),
                "source": _require(raw, "source", where),
                "hint": _optional_text(raw, "hint", where),
                "synthesis": synthesis,
                "dated": _optional_text(raw, "dated", where),
                "see_also": [v.strip() if "/" in v else f"{checklist_id}/{v.strip()}" for v in see_also],
                "retired": False,
            }
        )
    return checklist, items
