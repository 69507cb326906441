"""An assessment's view in another language: the same answers, the guidance text translated.

Answers point at items by stable id, so an assessment begun in English can be
shown and reported in French wherever a translation pack holds the text; what
no translation holds stays as installed.
"""

from __future__ import annotations

import dataclasses

from sqlalchemy.orm import Session

from fieldguide.assessments.model import AssessmentView
from fieldguide.library.translations import translations


def in_language(session: Session, view: AssessmentView, language: str) -> AssessmentView:
    checklists = translations(session, language, "checklist", [c.id for c in view.checklists])
    items = translations(session, language, "item", [r.item_id for r in view.responses])
    sections = translations(
        session, language, "section", [r.guidance_section_id for r in view.responses if r.guidance_section_id]
    )
    if not (checklists or items):
        return view
    responses = []
    for response in view.responses:
        text = items.get(response.item_id)
        section = sections.get(response.guidance_section_id or "")
        responses.append(
            dataclasses.replace(
                response,
                item_text=text.title if text else response.item_text,
                group=(text.group if text else None) or response.group,
                source=(text.citation if text else "") or response.source,
                hint=(text.hint if text else None) or response.hint,
                guidance_title=section.title if section else response.guidance_title,
            )
        )
    refs = [
        dataclasses.replace(ref, title=checklists[ref.id].title) if ref.id in checklists else ref
        for ref in view.checklists
    ]
    return dataclasses.replace(view, checklists=refs, responses=responses)
