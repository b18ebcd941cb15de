"""Helpers of the PDF tests: sample plans and reading PDFs back with poppler."""

from __future__ import annotations

import subprocess
from pathlib import Path

from itplan_desktop.domain.plan import Plan
from itplan_desktop.formats.plan_file import read_plan_file
from itplan_desktop.paths import samples_dir

SAMPLES = samples_dir()


def load(name: str) -> Plan:
    return read_plan_file(SAMPLES / f"{name}.itplan.json").plan


def pdftotext(path: Path, *args: str) -> str:
    result = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", *args, str(path), "-"],
        check=True,
        capture_output=True,
    )
    return result.stdout.decode("utf-8")


def page_texts(path: Path, *args: str) -> list[str]:
    """Text of every page (pdftotext separates pages with form feeds)."""
    return pdftotext(path, *args).split("\f")[:-1]


def squash(text: str) -> str:
    return " ".join(text.split())
