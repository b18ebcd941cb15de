"""Digital-transformation indices shipped with the program (data files, docs/index.md)."""
