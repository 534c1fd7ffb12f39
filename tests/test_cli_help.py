"""`sourcetrace --help` is quick and complete: no heavy import, whole summaries, every option described."""
from __future__ import annotations

import json
import subprocess
import sys

import click
from click.testing import CliRunner

from sourcetrace.cli import main

HEAVY = ("spacy", "torch", "sqlalchemy", "fastapi", "trafilatura", "sentence_transformers", "transformers", "uvicorn")


def test_help_of_every_command_imports_no_heavy_library():
    script = (
        "import json, sys\n"
        "from sourcetrace.cli import main\n"
        "for args in [['--help']] + [[name, '--help'] for name in main.commands]:\n"
        "    try:\n"
        "        main(args)\n"
        "    except SystemExit:\n"
        "        pass\n"
        f"print(json.dumps([m for m in {HEAVY!r} if m in sys.modules]))\n"
    )
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert json.loads(run.stdout.splitlines()[-1]) == []


def test_command_summaries_are_whole_sentences():
    listing = CliRunner().invoke(main, ["--help"], terminal_width=80).output
    commands = listing.split("Commands:")[1].strip().splitlines()
    assert len(commands) == len(main.commands)
    for line in commands:
        assert not line.endswith("...") and line.endswith("."), line


def test_every_option_of_every_command_says_what_it_does():
    for name, command in main.commands.items():
        for param in command.params:
            if isinstance(param, click.Option):
                assert param.help, f"{name} {param.opts[0]} has no description"
