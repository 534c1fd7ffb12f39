"""Import spaCy without PyTorch.

spaCy's layer library, thinc, imports PyTorch whenever it is installed (it is, for the MiniLM
embeddings of claim linking) only to offer PyTorch layers; the small English model has none. That
import is a third of the start-up of every process that parses (a CLI run, each pool worker, each
Ray actor): about 1.3 s. Importing thinc while torch is hidden skips it; torch stays importable
afterwards for the embedding model, which uses it directly.
"""
from __future__ import annotations

import sys


def import_thinc_without_torch() -> None:
    """Import thinc with torch hidden, unless either is imported already (then there is nothing to save)."""
    if "thinc" in sys.modules or "torch" in sys.modules:
        return
    sys.modules["torch"] = None  # type: ignore[assignment]  # `import torch` raises ImportError
    try:
        import thinc.compat  # noqa: F401
    finally:
        del sys.modules["torch"]
