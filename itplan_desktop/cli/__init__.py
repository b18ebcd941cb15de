"""`itplan`, the command line: `program` (parser, plan commands and `main`, the entry point,
re-exported here), one module per command group (`bundle`, `documents`, `kpi`, `language`,
`units`) and `common` (exit codes, opening the database), which they import instead of
`program`, so the CLI has no import cycle."""

from .program import main

__all__ = ["main"]
