"""`itplan`, the command line: `main` (parser, plan commands, the entry point `main.main`), one
module per command group (`bundle`, `documents`, `kpi`, `language`) and `common` (exit codes,
opening the database)."""
