"""store layer.

Importing the package loads nothing: `store.plan_list` (Python's sqlite3) must stay free of
SQLAlchemy for a fast start. The exchange and index tables join `models.Base` when `models` loads.
"""
