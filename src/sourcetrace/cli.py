"""The `sourcetrace` command.

Exit codes: 0 all inputs processed, 1 some input failed, 2 usage error (click's own).
"""
from __future__ import annotations

import json
import sys
from typing import Iterable, Iterator, TypeVar

import click
from rich.console import Console
from rich.markup import escape
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from . import __version__
from .ingest import read_inputs
from .models import Analysis, InputError
from .pipeline import Analyzer

T = TypeVar("T")


@click.group()
@click.version_option(__version__, prog_name="sourcetrace")
def main() -> None:
    """Trace every claim in the news back to who made it."""


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["text", "json", "jsonl"]), default="text", show_default=True)
def analyze(paths: tuple[str, ...], fmt: str) -> None:
    """Analyze articles: files, folders (recursive) or - for stdin.

    HTML (also .gz), scraped text dumps, WARC and JSONL are told apart by content.
    """
    out = Console(highlight=False, soft_wrap=True)
    analyzer = Analyzer()
    results: list[Analysis] = []
    failed = 0
    for item in with_progress(analyzer.analyze_all(read_inputs(paths)), "analyzing"):
        if isinstance(item, InputError):
            failed += 1
            click.echo(f"error: {item}", err=True)  # one plain line, never wrapped
            continue
        if fmt == "jsonl":
            sys.stdout.write(json.dumps(item.to_dict(with_input=True), ensure_ascii=False) + "\n")
        elif fmt == "text":
            print_report(out, item)
        else:
            results.append(item)
    if fmt == "json" and results:
        payload = results[0].to_dict() if len(results) == 1 else {"articles": [r.to_dict(with_input=True) for r in results]}
        sys.stdout.write(json.dumps(payload, ensure_ascii=False, indent=1) + "\n")
    sys.exit(1 if failed else 0)


def with_progress(items: Iterable[T], label: str) -> Iterator[T]:
    """Count items on stderr as they pass, when a person is watching (stderr is a terminal)."""
    columns = (SpinnerColumn(), TextColumn(f"{label} {{task.completed}} inputs"), TimeElapsedColumn())
    with Progress(*columns, console=Console(stderr=True), transient=True, disable=not sys.stderr.isatty()) as bar:
        task = bar.add_task(label, total=None)
        for item in items:
            yield item
            bar.advance(task)


def print_report(out: Console, analysis: Analysis) -> None:
    """A readable report for a person: metadata, then each attribution, then the body."""
    a = analysis.article
    out.rule(f"[bold]{escape(a.title or '(untitled)')}[/bold]")
    meta = [
        ("input", analysis.input), ("outlet", a.outlet), ("url", a.url), ("authors", ", ".join(a.authors) or None),
        ("section", a.section), ("page date", a.page_date),
        ("published", f"{a.published} ({a.published_source})" if a.published else None),
        ("stale", "yes: the page re-serves an old story" if a.stale else None),
    ]
    for key, value in meta:
        if value:
            out.print(f"[dim]{key:>10}[/dim]  {escape(str(value))}")
    for warning in a.warnings:
        out.print(f"[yellow]   warning[/yellow]  {escape(warning)}")
    out.print()
    if analysis.attributions:
        out.print(f"[bold]{len(analysis.attributions)} attributions[/bold]")
    for i, att in enumerate(analysis.attributions, start=1):
        who = att.source.text + (f" = {att.source.name}" if att.source.name and att.source.name != att.source.text else "")
        extras = [f"via {att.medium}" if att.medium else "", f"citing {att.cites}" if att.cites else "",
                  f"hedge '{att.hedge}'" if att.hedge else "", att.quote]
        stance = "[red]DENY[/red]" if att.stance == "deny" else "[green]assert[/green]"
        out.print(f"{i:>3}. [cyan]{escape(who)}[/cyan] ({att.source.kind}) [magenta]{escape(att.cue)}[/magenta] "
                  f"{stance} [dim]{escape('; '.join(x for x in extras if x))}[/dim]")
        out.print(f"     {escape(att.content)}")
    out.print()
    out.print(escape(a.text))
    out.print()


if __name__ == "__main__":
    main()
