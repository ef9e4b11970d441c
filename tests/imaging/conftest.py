"""Imaging tests: make `gallery` (src layout) and the helpers here importable."""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE.parents[1] / "src"
for entry in (SRC, HERE):  # harmless when the package is installed (pip install -e .)
    if str(entry) not in sys.path:
        sys.path.insert(0, str(entry))
