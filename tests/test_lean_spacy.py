"""Parsing starts without importing PyTorch (a third of a worker's start-up), and torch still works after."""
from __future__ import annotations

import subprocess
import sys

SCRIPT = """
import sys
from sourcetrace.models import Document
from sourcetrace.pipeline import Analyzer

analysis = Analyzer().analyze(Document("t.txt", '"We will rebuild the bridge," the mayor said on Monday.', "text"))
print(analysis.attributions[0].content, "torch" in sys.modules)
import torch  # the claim linker's embedding model needs it in the same process
print(torch.ones(2).sum().item())
"""


def test_analysis_imports_no_torch_and_leaves_it_importable():
    done = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["We will rebuild the bridge False", "2.0"]
