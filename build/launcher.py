"""Entry script of both bundled executables; the executable's own name picks the program.

One PyInstaller analysis serves both programs, so the bundle carries one copy of every
library: `itplan-desktop` (windowed) starts the desktop application, `itplan` (console) the
command line. Kept tiny so that start-up imports only what the chosen program imports.
"""

import sys
from pathlib import Path

GUI_NAME = "itplan-desktop"


def program_name() -> str:
    """The name the program was started by: on Linux `itplan` is a symbolic link to the
    `itplan-desktop` executable, so the name in argv[0] counts, not the file it points to."""
    return Path(sys.argv[0] or sys.executable).stem.lower()


def main() -> int:
    if program_name() == GUI_NAME:
        from itplan_desktop.app import main as program
    else:
        from itplan_desktop.cli import main as program
    return program()


if __name__ == "__main__":
    if getattr(sys, "frozen", False):
        # The bundle import verifies files in worker processes (formats/bundle_verifier.py):
        # a frozen program started as such a worker must run it, not the program.
        import multiprocessing

        multiprocessing.freeze_support()
    sys.exit(main())
