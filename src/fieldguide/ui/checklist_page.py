"""A checklist as the reader shows it: its items numbered by group, each with its kind, its
guidance, its source and what counts as evidence."""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from fieldguide.library.views import ChecklistView
from fieldguide.ui.style import colors

KIND_NAMES = {
    "question": QT_TRANSLATE_NOOP("Reader", "Question"),
    "tip": QT_TRANSLATE_NOOP("Reader", "Tip"),
    "step": QT_TRANSLATE_NOOP("Reader", "Step"),
    "criterion": QT_TRANSLATE_NOOP("Reader", "Criterion"),
}


def tr(text: str) -> str:
    # The reader's context: these strings were translated as the Reader's.
    return QCoreApplication.translate("Reader", text)


def language_links(current: str, languages: list[str]) -> str:
    """HTML links to the other languages the open content can be read in."""
    from fieldguide.language import LANGUAGES

    links = ", ".join(
        f'<a href="language:{html.escape(code)}">{html.escape(LANGUAGES.get(code, code))}</a>'
        for code in languages
        if code != current
    )
    return html.escape(tr("Also in: %1")).replace("%1", links)


def checklist_html(
    view: ChecklistView, title_of: Callable[[str], str | None] | None = None
) -> tuple[str, dict[str, str]]:
    """The page's HTML, and the anchor of each item shown (item id -> anchor name)."""
    anchors: dict[str, str] = {}
    muted = colors().muted.name()
    parts = [f"<h1>{html.escape(view.title)}</h1>"]
    if len(view.languages) > 1:
        links = language_links(view.language, view.languages)
        parts.append(f'<p style="font-size:small">{links}</p>')
    if view.description:
        parts.append(f"<p>{html.escape(view.description)}</p>")
    group: str | None = None
    open_list = False
    for number, item in enumerate((i for i in view.items if not i.retired), start=1):
        if item.group != group or not open_list:
            if open_list:
                parts.append("</ol>")
            if item.group and item.group != group:
                parts.append(f"<h2>{html.escape(item.group)}</h2>")
            parts.append(f'<ol start="{number}">')
            open_list = True
            group = item.group
        anchor = f"item-{number}"
        anchors[item.id] = anchor
        meta = [
            html.escape(
                QCoreApplication.translate("Reader", str(KIND_NAMES.get(item.kind, item.kind.capitalize())))
            )
        ]
        if item.guidance_section_id:
            title = (title_of(item.guidance_section_id) if title_of else None) or tr("the guidance")
            meta.append(
                f'<a href="section:{html.escape(item.guidance_section_id)}">'
                + html.escape(tr("Read: %1").replace("%1", title))
                + "</a>"
            )
        if item.synthesis:
            meta.insert(0, f"<b>{html.escape(tr('Field Guide synthesis'))}</b>")
        if item.source:
            source = tr("Drawing on: %1") if item.synthesis else tr("Source: %1")
            meta.append(html.escape(source.replace("%1", item.source)))
        extra = ""
        if item.hint:
            evidence = tr("Evidence: %1").replace("%1", item.hint)
            extra += f'<br/><span style="font-size:small">{html.escape(evidence)}</span>'
        if item.see_also:
            links = ", ".join(
                f'<a href="checklist:{html.escape(other.rsplit("/", 1)[0])}">{html.escape(other)}</a>'
                for other in item.see_also
            )
            see_also = html.escape(tr("See also:"))
            extra += f'<br/><span style="font-size:small">{see_also} {links}</span>'
        parts.append(
            f'<li><a name="{anchor}"></a>{html.escape(item.text)}{extra}<br/>'
            f'<span style="color:{muted}; font-size:small">{" · ".join(meta)}</span></li>'
        )
    if open_list:
        parts.append("</ol>")
    return "".join(parts), anchors
