"""Assessments: checklists -> assessments, responses, notes, actions, progress (no Qt here)."""
