"""The safety tests reuse the exchange tests' fixtures (bundle_fixtures)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "exchange"))
