"""Follow-up actions of an assessment: add, change, tick done, delete and restore.

Part of AssessmentService (service.py); each method is one use case in one transaction.
"""

from __future__ import annotations

from typing import Any

from fieldguide.assessments import validation
from fieldguide.assessments.lookup import item_of, writable, writable_action
from fieldguide.assessments.model import ActionView
from fieldguide.assessments.read_model import action_view
from fieldguide.db.engine import Database
from fieldguide.db.models import Action
from fieldguide.sync.changelog import Recorder


class ActionUseCases:
    db: Database
    recorder: Recorder

    def add_action(
        self,
        assessment_id: str,
        text: str,
        *,
        item_id: str | None = None,
        owner: str = "",
        due: str = "",
    ) -> ActionView:
        values = {
            "text": validation.action_text(text),
            "owner": owner.strip(),
            "due_date": validation.date(due, "due date"),
            "done": False,
        }
        with self.db.write() as session:
            assessment = writable(session, assessment_id)
            resolved = item_of(session, assessment, item_id)[1] if item_id else None
            row = self.recorder.create(
                session, Action, {**values, "assessment_id": assessment.id, "item_id": resolved}
            )
            return action_view(row)

    def update_action(
        self,
        action_id: str,
        *,
        text: str | None = None,
        owner: str | None = None,
        due: str | None = None,
        done: bool | None = None,
    ) -> ActionView:
        """Change an action; None leaves a field as it is, "" clears the due date."""
        values: dict[str, Any] = {}
        if text is not None:
            values["text"] = validation.action_text(text)
        if owner is not None:
            values["owner"] = owner.strip()
        if due is not None:
            values["due_date"] = validation.date(due, "due date")
        if done is not None:
            values["done"] = bool(done)
        with self.db.write() as session:
            action = writable_action(session, action_id)
            self.recorder.update(session, action, values)
            return action_view(action)

    def set_action_done(self, action_id: str, done: bool = True) -> ActionView:
        return self.update_action(action_id, done=done)

    def delete_action(self, action_id: str) -> str:
        with self.db.write() as session:
            action = writable_action(session, action_id)
            self.recorder.delete(session, action)
            return action.id

    def restore_action(self, action_id: str) -> ActionView:
        with self.db.write() as session:
            action = writable_action(session, action_id, deleted=True)
            self.recorder.restore(session, action)
            return action_view(action)
