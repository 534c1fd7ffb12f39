"""Every `sourcetrace` command in the README's Use section and in `make demo` answers with something
on what `make demo` stores: a new user's first try must not come back empty."""
from __future__ import annotations

import glob
import json
import re
import shlex
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from sourcetrace.cli import main

from conftest import ROOT, SHARED


def demo_commands() -> list[str]:
    """The sourcetrace lines of the Makefile's demo target, in order (the first one ingests)."""
    recipe = re.search(r"^demo:.*\n((?:\t.*\n)+)", (ROOT / "Makefile").read_text(), re.M).group(1)
    return [line.strip().replace("$(BIN)/sourcetrace", "sourcetrace").replace("$(SHARED)", "../shared")
            for line in recipe.splitlines() if line.strip().startswith("$(BIN)/sourcetrace ")]


def readme_commands() -> list[str]:
    use = (ROOT / "README.md").read_text().split("\n## Use\n", 1)[1].split("\n## ", 1)[0]
    block = use.split("```sh\n", 1)[1].split("```", 1)[0]
    return [line.split(" # ")[0].strip().replace(".venv/bin/sourcetrace", "sourcetrace")
            for line in block.splitlines() if ".venv/bin/sourcetrace " in line.split(" # ")[0]]


def run(command: str, db: Path):
    """Run one shell line in-process: `[cat FILE |] sourcetrace ARGS`, paths made absolute."""
    stdin = None
    if "|" in command:
        feeder, command = command.split("|")
        stdin = Path(absolute(shlex.split(feeder)[1])).read_bytes()
    args = [path for arg in shlex.split(command)[1:] for path in sorted(glob.glob(absolute(arg))) or [arg]]
    return CliRunner().invoke(main, args, input=stdin, env={"SOURCETRACE_DB": str(db)}, catch_exceptions=False)


def absolute(arg: str) -> str:
    if arg.startswith("../shared/"):
        return str(SHARED / arg.removeprefix("../shared/"))
    if arg.startswith("examples"):
        return str(ROOT / arg)
    return arg


def rows(command: str, result) -> int:
    """How many results a command printed (or wrote with -o), headers and blank lines not counted."""
    args = shlex.split(command.split("|")[-1])
    if "-o" in args:
        return pq.read_table(args[args.index("-o") + 1]).num_rows
    if args[1] == "ingest":  # its tally, e.g. "3 unchanged", is on stderr
        return sum(int(n) for n in re.findall(r"(\d+) (?:stored|unchanged|replaced)", result.stderr))
    lines = [line for line in result.stdout.splitlines() if line.strip()]
    if "json" in args:
        found = json.loads(result.stdout)  # an article's attributions, or claims' clusters, items, copies...
        return sum(len(v) for v in found.values() if isinstance(v, list))
    return len(lines) - ("csv" in args)


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    db = tmp_path_factory.mktemp("demo") / "sourcetrace.db"
    ingest = demo_commands()[0]
    assert " ingest " in ingest
    result = run(ingest, db)
    assert result.exit_code == 0, result.output
    return db


def test_demo_and_readme_commands_each_print_something(demo_db, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # where -o writes
    commands = demo_commands()[1:] + [c for c in readme_commands() if " serve" not in c]
    assert len(commands) >= 10
    empty = []
    for command in commands:
        result = run(command, demo_db)
        assert result.exit_code == 0, f"{command}\n{result.output}"
        if rows(command, result) < 1:
            empty.append(command)
    assert empty == []
