"""Assessment commands: assessment new|list|show|answer|finalise|reopen|duplicate|delete|undelete,
action add|done.

`assessment show --json` is a contract (README, "Command line"): keys are only
ever added, never renamed or removed.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from fieldguide.i18n import _

if TYPE_CHECKING:
    from fieldguide.cli.main import Context


def register(commands: Any) -> None:
    assessment = commands.add_parser("assessment", help=_("assessments against checklists"))
    sub = assessment.add_subparsers(dest="assessment_command", metavar="ACTION", required=True)

    new = sub.add_parser("new", help=_("start an assessment from one or more checklists"))
    new.add_argument("--checklist", action="append", required=True, metavar="ID", help=_("repeat for more"))
    new.add_argument("--title", required=True)
    new.add_argument("--country", default="", help=_("country or region"))
    new.add_argument("--mission", default="", help=_("mission or office"))
    new.add_argument("--assessor", action="append", default=[], metavar="NAME", help=_("repeat for more"))
    new.add_argument("--start", default="", metavar="YYYY-MM-DD")
    new.add_argument("--end", default="", metavar="YYYY-MM-DD")
    new.add_argument(
        "--classification",
        default="unclassified",
        help=_("unclassified, confidential or strictly-confidential"),
    )
    new.add_argument("--json", action="store_true")
    new.set_defaults(handler=new_assessment)

    listing = sub.add_parser("list", help=_("assessments, most recently changed first"))
    listing.add_argument("--deleted", action="store_true", help=_("the deleted ones, which can be undeleted"))
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=list_assessments)

    show = sub.add_parser("show", help=_("an assessment with every item, answer and action"))
    show.add_argument("id")
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=show_assessment)

    answer = sub.add_parser("answer", help=_("record a status, note, evidence or confidence for an item"))
    answer.add_argument("id")
    answer.add_argument("item_id", metavar="ITEM_ID")
    answer.add_argument(
        "--status",
        help=_(
            "a value of the item's own scale: criterion met|partly-met|not-met|not-applicable; "
            "question answered; step done|under-way|not-started|not-applicable; "
            "tip applied|not-applied|not-relevant; any item not-assessed"
        ),
    )
    notes = answer.add_mutually_exclusive_group()
    notes.add_argument(
        "--answer",
        metavar="TEXT",
        help=_("a question's answer (Markdown); marks it answered, or not yet if empty"),
    )
    notes.add_argument("--note", help=_("the note (Markdown); replaces the item's note"))
    notes.add_argument(
        "--note-file", type=Path, metavar="FILE", help=_("read the note from a file (- for stdin)")
    )
    answer.add_argument("--evidence", help=_("evidence or sources"))
    answer.add_argument("--confidence", help=_("low, medium or high (none to clear)"))
    answer.set_defaults(handler=answer_item)

    for name, handler, text in (
        ("finalise", finalise, _("make an assessment read-only")),
        ("reopen", reopen, _("make a final assessment editable again")),
        ("delete", delete, _("move an assessment to the bin (undo with undelete)")),
        ("undelete", undelete, _("bring a deleted assessment back")),
    ):
        command = sub.add_parser(name, help=text)
        command.add_argument("id")
        command.set_defaults(handler=handler)

    duplicate = sub.add_parser("duplicate", help=_("copy an assessment with its answers and actions"))
    duplicate.add_argument("id")
    duplicate.add_argument("--title")
    duplicate.add_argument("--json", action="store_true")
    duplicate.set_defaults(handler=duplicate_assessment)

    action = commands.add_parser("action", help=_("follow-up actions of an assessment"))
    action_sub = action.add_subparsers(dest="action_command", metavar="ACTION", required=True)
    add = action_sub.add_parser("add", help=_("add a follow-up action"))
    add.add_argument("id", help=_("the assessment"))
    add.add_argument("text")
    add.add_argument("--item", metavar="ITEM_ID", help=_("the item the action follows up"))
    add.add_argument("--owner", default="")
    add.add_argument("--due", default="", metavar="YYYY-MM-DD")
    add.add_argument("--json", action="store_true")
    add.set_defaults(handler=add_action)
    done = action_sub.add_parser("done", help=_("mark an action done"))
    done.add_argument("action_id", metavar="ACTION_ID")
    done.add_argument("--undo", action="store_true", help=_("mark it not done again"))
    done.set_defaults(handler=action_done)


# --- JSON shapes (documented in the README) ----------------------------------------


def assessment_json(view: Any) -> dict[str, Any]:
    from fieldguide.assessments.scales import KINDS, choices, kind_of

    numbers = view.numbers()
    return {
        "id": view.id,
        "title": view.title,
        "country": view.country,
        "mission": view.mission,
        "assessors": view.assessors,
        "start_date": view.start_date,
        "end_date": view.end_date,
        "classification": view.classification,
        "status": view.status,
        "checklists": [{"id": c.id, "title": c.title} for c in view.checklists],
        "scales": {kind: list(choices(kind)) for kind in KINDS},
        "responses": [
            {
                "item_id": r.item_id,
                "number": numbers[r.item_id],
                "item_text": r.item_text,
                "kind": kind_of(r.kind),
                "scale": list(r.scale),
                "status": r.status,
                "earlier_status": r.earlier_status,
                "note": r.note,
                "confidence": r.confidence,
                "evidence": r.evidence,
                "checklist_id": r.checklist_id,
                "group": r.group,
                "retired": r.retired,
            }
            for r in view.responses
        ],
        "actions": [action_json(a) for a in view.actions],
        "progress": view.progress,
        "progress_by_kind": view.progress_by_kind,
    }


def action_json(action: Any) -> dict[str, Any]:
    return {
        "id": action.id,
        "text": action.text,
        "owner": action.owner,
        "due": action.due,
        "done": action.done,
        "item_id": action.item_id,
    }


# --- handlers ---------------------------------------------------------------------


def new_assessment(ctx: Context, args: argparse.Namespace) -> int:
    from fieldguide.cli.main import print_json

    assessment_id = ctx.app.assessments.create(
        args.checklist,
        args.title,
        country=args.country,
        mission=args.mission,
        assessors=args.assessor,
        start_date=args.start,
        end_date=args.end,
        classification=args.classification,
    )
    if args.json:
        print_json({"id": assessment_id})
    else:
        print(assessment_id)
    return 0


def list_assessments(ctx: Context, args: argparse.Namespace) -> int:
    from fieldguide.cli.main import print_json

    summaries = ctx.app.assessments.list(deleted=args.deleted)
    if args.json:
        print_json(
            {
                "assessments": [
                    {
                        "id": s.id,
                        "title": s.title,
                        "country": s.country,
                        "classification": s.classification,
                        "status": s.status,
                        "checklists": s.checklist_ids,
                        "progress": s.progress,
                        "updated_at": s.updated_at,
                    }
                    for s in summaries
                ]
            }
        )
        return 0
    if not summaries:
        print(_("No deleted assessments.") if args.deleted else _("No assessments yet."))
    for s in summaries:
        where = f" — {s.country}" if s.country else ""
        final = f" [{_('final')}]" if s.status == "final" else ""
        print(f"{s.id}  {s.title}{where}{final}  ({_('%d of %d assessed') % (s.assessed, s.total)})")
    return 0


def show_assessment(ctx: Context, args: argparse.Namespace) -> int:
    from fieldguide.cli.main import print_json

    view = ctx.app.assessments.get(args.id)
    if args.json:
        print_json(assessment_json(view))
        return 0
    sys.stdout.write(_render_text(view))
    return 0


def _render_text(view: Any) -> str:
    lines = [view.title, "=" * len(view.title)]
    facts = [
        (_("id"), view.id),
        (_("status"), view.status),
        (_("classification"), view.classification),
        (_("country or region"), view.country),
        (_("mission or office"), view.mission),
        (_("assessors"), ", ".join(view.assessors)),
        (_("period"), " – ".join(d for d in (view.start_date, view.end_date) if d)),
    ]
    lines += [f"{name}: {value}" for name, value in facts if value]
    progress = view.progress
    total = sum(progress.values())
    lines.append(_("progress: %d of %d assessed") % (total - progress["not-assessed"], total))
    for kind, counts in view.progress_by_kind.items():
        said = ", ".join(f"{status} {count}" for status, count in counts.items() if count)
        lines.append(f"  {kind}: {said}")
    lines.append("")
    numbers = view.numbers()
    titles = {c.id: c.title for c in view.checklists}
    checklist = group = None
    for r in view.responses:
        if r.checklist_id != checklist:
            checklist, group = r.checklist_id, None
            lines += [
                *([""] if lines[-1] else []),
                f"## {titles.get(checklist, checklist)} ({checklist})",
                "",
            ]
        if r.group and r.group != group:
            group = r.group
            lines += [*([""] if lines[-1] else []), f"### {group}", ""]
        retired = f" ({_('retired')})" if r.retired else ""
        confidence = f", {_('confidence')} {r.confidence}" if r.confidence else ""
        earlier = f", {_('recorded earlier as')} {r.earlier_status}" if r.earlier_status else ""
        lines.append(
            f"{numbers[r.item_id]}. [{r.status}{confidence}{earlier}] {r.item_id} ({r.kind}){retired}"
        )
        lines.append(f"    {r.item_text}")
        for label, text in ((_("note"), r.note), (_("evidence"), r.evidence)):
            if text.strip():
                first, *rest = text.strip().splitlines()
                lines.append(f"    {label}: {first}")
                lines += [f"      {line}" if line.strip() else "" for line in rest]
    if view.actions:
        lines += ["", f"## {_('Actions')}", ""]
        for a in view.actions:
            mark = "x" if a.done else " "
            details = [d for d in (a.owner, _("due %s") % a.due if a.due else "") if d]
            if a.overdue():
                details.append(_("OVERDUE"))
            suffix = f" ({', '.join(details)})" if details else ""
            on = f" [{a.item_id}]" if a.item_id else ""
            lines.append(f"[{mark}] {a.text}{suffix}{on}  {a.id}")
    return "\n".join(lines) + "\n"


def _read_note(path: Path) -> str:
    from fieldguide.errors import UserError

    try:
        if str(path) == "-":
            return sys.stdin.buffer.read().decode("utf-8")
        return path.read_bytes().decode("utf-8")
    except UnicodeDecodeError:
        raise UserError(_("%s is not UTF-8 text") % path) from None


def answer_item(ctx: Context, args: argparse.Namespace) -> int:
    note = _read_note(args.note_file) if args.note_file is not None else args.note
    response = ctx.app.assessments.answer(
        args.id,
        args.item_id,
        status=args.status,
        note=note,
        answer=args.answer,
        evidence=args.evidence,
        confidence=args.confidence,
    )
    print(f"{response.item_id}: {response.status}")
    return 0


def finalise(ctx: Context, args: argparse.Namespace) -> int:
    ctx.app.assessments.finalise(args.id)
    print(_("final: the assessment is now read-only (reopen to change it)"))
    return 0


def reopen(ctx: Context, args: argparse.Namespace) -> int:
    ctx.app.assessments.reopen(args.id)
    print(_("reopened: the assessment can be changed again"))
    return 0


def delete(ctx: Context, args: argparse.Namespace) -> int:
    deleted = ctx.app.assessments.delete(args.id)
    print(_("deleted %s (undo with: fieldguide assessment undelete %s)") % (deleted, deleted))
    return 0


def undelete(ctx: Context, args: argparse.Namespace) -> int:
    restored = ctx.app.assessments.undelete(args.id)
    print(_("restored %s") % restored)
    return 0


def duplicate_assessment(ctx: Context, args: argparse.Namespace) -> int:
    from fieldguide.cli.main import print_json

    copy_id = ctx.app.assessments.duplicate(args.id, title=args.title)
    if args.json:
        print_json({"id": copy_id})
    else:
        print(copy_id)
    return 0


def add_action(ctx: Context, args: argparse.Namespace) -> int:
    from fieldguide.cli.main import print_json

    action = ctx.app.assessments.add_action(
        args.id, args.text, item_id=args.item, owner=args.owner, due=args.due
    )
    if args.json:
        print_json(action_json(action))
    else:
        print(action.id)
    return 0


def action_done(ctx: Context, args: argparse.Namespace) -> int:
    action = ctx.app.assessments.set_action_done(args.action_id, not args.undo)
    print(f"{action.id}: {_('done') if action.done else _('not done')}")
    return 0
