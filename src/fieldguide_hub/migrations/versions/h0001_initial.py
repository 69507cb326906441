"""The hub's first schema: teams, devices, enrolment codes, bundles, bodies, audit log.

Revision ID: h0001
Revises:
Create Date: 2026-12-01
"""

from __future__ import annotations

from alembic import op

revision = "h0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    # last_cursor is the per-team counter a push bumps under the team row's lock, so
    # cursors are assigned in commit order and a reader never sees n+1 before n.
    op.execute(
        """
        CREATE TABLE teams (
            id text PRIMARY KEY,
            last_cursor bigint NOT NULL DEFAULT 0,
            roster_seq bigint,
            roster_members jsonb NOT NULL DEFAULT '[]'::jsonb,
            created_at timestamptz NOT NULL DEFAULT now()
        )
        """
    )
    # Every roster version the hub accepted, oldest first: each later one is checked against
    # the chain (fieldguide.sync.roster). roster_members above is the latest's signing keys.
    op.execute(
        """
        CREATE TABLE roster_versions (
            team_id text NOT NULL REFERENCES teams (id),
            seq bigint NOT NULL,
            digest text NOT NULL,
            document bytea NOT NULL,
            added_at timestamptz NOT NULL DEFAULT now(),
            PRIMARY KEY (team_id, seq)
        )
        """
    )
    op.execute(
        """
        CREATE TABLE devices (
            team_id text NOT NULL REFERENCES teams (id),
            device_id text NOT NULL,
            signing_key text NOT NULL,
            token_hash bytea NOT NULL UNIQUE,
            enrolled_at timestamptz NOT NULL DEFAULT now(),
            last_seen_at timestamptz NOT NULL DEFAULT now(),
            revoked_at timestamptz,
            revoked_reason text,
            acked_cursor bigint NOT NULL DEFAULT 0,
            PRIMARY KEY (team_id, device_id)
        )
        """
    )
    op.execute(
        """
        CREATE TABLE enrol_codes (
            code_hash bytea PRIMARY KEY,
            team_id text NOT NULL REFERENCES teams (id),
            issued_by text,
            created_at timestamptz NOT NULL DEFAULT now(),
            expires_at timestamptz NOT NULL,
            used_at timestamptz,
            used_by text
        )
        """
    )
    op.execute(
        """
        CREATE TABLE bundles (
            team_id text NOT NULL REFERENCES teams (id),
            cursor bigint NOT NULL,
            bundle_id text NOT NULL,
            device_id text NOT NULL,
            size bigint NOT NULL,
            sha256 text NOT NULL,
            created_at timestamptz NOT NULL DEFAULT now(),
            PRIMARY KEY (team_id, cursor),
            UNIQUE (team_id, bundle_id)
        )
        """
    )
    op.execute(
        """
        CREATE TABLE bundle_bodies (
            team_id text NOT NULL REFERENCES teams (id),
            bundle_id text NOT NULL,
            body bytea NOT NULL,
            PRIMARY KEY (team_id, bundle_id)
        )
        """
    )
    # Ciphertext does not compress: skip pglz's attempt and let slices read only their chunks.
    op.execute("ALTER TABLE bundle_bodies ALTER COLUMN body SET STORAGE EXTERNAL")
    op.execute(
        """
        CREATE TABLE audit_log (
            id bigserial PRIMARY KEY,
            at timestamptz NOT NULL DEFAULT now(),
            team_id text,
            device_id text,
            action text NOT NULL,
            bundle_id text,
            cursor bigint,
            status integer NOT NULL,
            detail text,
            remote text
        )
        """
    )
    op.execute("CREATE INDEX audit_log_team_at ON audit_log (team_id, at)")


def downgrade() -> None:
    for table in (
        "audit_log",
        "bundle_bodies",
        "bundles",
        "enrol_codes",
        "devices",
        "roster_versions",
        "teams",
    ):
        op.execute(f"DROP TABLE {table}")
