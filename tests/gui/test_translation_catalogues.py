"""The English catalogue translates every interface string, and the compiled files are there."""

from __future__ import annotations

import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

from itplan_desktop.paths import translations_dir

TRANSLATIONS = Path(__file__).resolve().parents[2] / "translations"
COMPILED = translations_dir()


def _unfinished(ts_file: Path) -> list[str]:
    missing = []
    for message in ET.parse(ts_file).iter("message"):
        translation = message.find("translation")
        forms = [] if translation is None else list(translation.iter("numerusform"))
        texts = [f.text for f in forms] if forms else [getattr(translation, "text", None)]
        unfinished = translation is None or translation.get("type") in ("unfinished", "vanished")
        if translation is not None and translation.get("type") in ("vanished", "obsolete"):
            continue
        if unfinished or not all((t or "").strip() for t in texts):
            missing.append(message.findtext("source"))
    return missing


def test_every_string_has_an_english_translation():
    assert _unfinished(TRANSLATIONS / "itplan_en.ts") == []


def test_vietnamese_catalogues_are_complete():
    assert _unfinished(TRANSLATIONS / "itplan_vi.ts") == []
    assert _unfinished(TRANSLATIONS / "qtbase_vi.ts") == []


def test_compiled_catalogues_exist():
    for name in ("itplan_en", "itplan_vi", "qtbase_vi"):
        assert (COMPILED / f"{name}.qm").stat().st_size > 100, name


def test_catalogue_holds_every_string_of_the_current_sources(tmp_path: Path):
    """A tr() string added without running translations/update.py fails here."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("update", TRANSLATIONS / "update.py")
    update = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(update)
    root = TRANSLATIONS.parent
    sources = sorted(str(p) for p in (root / "itplan_desktop" / "gui").rglob("*.py"))
    sources += sorted(str(p) for p in (root / "ui").glob("*.ui"))
    fresh = tmp_path / "fresh.ts"
    subprocess.run(
        [update.tool("pyside6-lupdate"), *sources, "-ts", str(fresh)],
        check=True,
        capture_output=True,
    )

    def keys(ts: Path) -> set[tuple[str, str]]:
        return {
            (context.findtext("name"), message.findtext("source"))
            for context in ET.parse(ts).iter("context")
            for message in context.iter("message")
        }

    assert keys(fresh) - keys(TRANSLATIONS / "itplan_en.ts") == set()
