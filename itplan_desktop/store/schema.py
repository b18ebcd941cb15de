"""The schema revision this version of the application writes, without SQLAlchemy or Alembic."""

SCHEMA_HEAD = "0006"
"""The newest migration. Opening a database already at this revision never imports Alembic
(a test checks it equals Alembic's head), which keeps start-up fast."""
