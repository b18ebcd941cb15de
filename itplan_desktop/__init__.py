"""itplan-desktop: write, price, check, print and track IT application plans offline."""

from __future__ import annotations


def __getattr__(name: str) -> str:
    """`__version__`, read from the installed metadata (pyproject) on first use: importing
    importlib.metadata costs ~15 ms of start-up that the main window need not wait for."""
    if name != "__version__":
        raise AttributeError(name)
    from importlib.metadata import PackageNotFoundError, version

    try:
        value = version("itplan-desktop")
    except PackageNotFoundError:  # running from a source tree that was never installed
        value = "0.0.0+source"
    globals()["__version__"] = value
    return value
