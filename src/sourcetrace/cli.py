"""The `sourcetrace` command.

Exit codes: 0 all inputs processed, 1 some input failed, 2 usage error (click's own).
"""
from __future__ import annotations

import json
import re
import sys
from typing import Iterable, Iterator, get_args, get_type_hints

import click
from rich.console import Console
from rich.markup import escape

from . import __version__
from .models import REINSTALL, Analysis, Attribution, InputError, SetupError, Source

# Heavy libraries (spaCy, torch, SQLAlchemy, FastAPI, trafilatura) are imported inside the commands
# that need them, so `sourcetrace --help` and usage errors answer at once.

class Commands(click.Group):
    """The command group; a missing model package or database ends in one line saying what to run."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except SetupError as err:
            raise click.ClickException(str(err)) from None


@click.group(cls=Commands)
@click.version_option(__version__, prog_name="sourcetrace")
def main() -> None:
    """Trace every claim in the news back to who made it."""


WORKERS = click.option("--workers", type=click.IntRange(min=1), help="Processes to analyze with  [default: all cores]")


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["text", "json", "jsonl"]), default="text", show_default=True,
              help="text: a report to read; json: one object (several inputs: {\"articles\": [...]}); "
                   "jsonl: one object a line, naming its input.")
@click.option("--body/--no-body", default=True, show_default=True,
              help="Print the clean article text after its attributions (text format).")
@click.option("--join-continuations", is_flag=True,
              help="Count “A,” X said. “B.” as one statement (as PolNeAR does), not one per quoted sentence.")
@WORKERS
def analyze(paths: tuple[str, ...], fmt: str, body: bool, join_continuations: bool, workers: int | None) -> None:
    """Analyze articles: files, folders (recursive) or - for stdin.

    HTML (also .gz), scraped text dumps, WARC and JSONL are told apart by content.
    """
    from .workers import AnalyzerPool

    out = Console(highlight=False, soft_wrap=True)
    analyzer = AnalyzerPool(workers, join_continuations=join_continuations)
    results: list[Analysis] = []
    failed = 0
    for item in analyzed(analyzer, paths):
        if isinstance(item, InputError):
            failed += 1
            click.echo(f"error: {item}", err=True)  # one plain line, never wrapped
            continue
        if fmt == "jsonl":
            sys.stdout.write(json.dumps(item.to_dict(with_input=True), ensure_ascii=False) + "\n")
        elif fmt == "text":
            print_report(out, item, body)
        else:
            results.append(item)
    if fmt == "json" and results:
        payload = results[0].to_dict() if len(results) == 1 else {"articles": [r.to_dict(with_input=True) for r in results]}
        sys.stdout.write(json.dumps(payload, ensure_ascii=False, indent=1) + "\n")
    sys.exit(1 if failed else 0)


def analyzed(analyzer, paths: tuple[str, ...], label: str = "analyzing") -> Iterator[Analysis | InputError]:
    """Each input's analysis or error, with progress on stderr (done/total, rate, time left)."""
    from .ingest.count import read_counted
    from .packages import require_model
    from .progress import Progress

    require_model()  # a missing model is one line saying what to run, before any input is read
    with Progress(label) as progress:
        for item in analyzer.analyze_all(read_counted(paths, progress.grow)):
            yield item
            progress.advance()


def print_report(out: Console, analysis: Analysis, body: bool = True) -> None:
    """A readable report for a person: metadata, then each attribution, then (unless not wanted) the body."""
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
    listed = analysis.all_attributions()
    out.print(f"[bold]{counted(len(listed), 'attribution')}[/bold]")
    for i, att in enumerate(listed, start=1):
        who = att.source.text + (f" = {att.source.name}" if att.source.name and att.source.name != att.source.text else "")
        extras = [f"via {att.medium}" if att.medium else "", f"citing {att.cites}" if att.cites else "",
                  f"hedge '{att.hedge}'" + (f" ({att.hedge_probability})" if att.hedge_probability else "")
                  if att.hedge else "", att.quote, "in the headline" if att.part == "title" else ""]
        out.print(f"{i:>3}. " + said(who, att.source.kind, att.cue, att.stance, extras))
        out.print(f"     {escape(att.content)}")
    if body:
        out.print()
        out.print(escape(a.text))
    out.print()


def said(who: str, kind: str, cue: str, stance: str, extras: list[str]) -> str:
    """One attribution's speaker, cue, stance and details as markup; empty parts leave no stray space."""
    details = "; ".join(x for x in extras if x)
    parts = [f"[cyan]{escape(who)}[/cyan] ({kind})", f"[magenta]{escape(cue)}[/magenta]",
             "[red]DENY[/red]" if stance == "deny" else "[green]assert[/green]",
             f"[dim]{escape(details)}[/dim]" if details else ""]
    return " ".join(part for part in parts if part)


DB_HELP = "SQLite file or postgresql:// URL (env SOURCETRACE_DB)  [default: ./sourcetrace.db]"


def open_store(db: str | None):
    from .store import Store
    from .store.engine import DEFAULT_DB

    try:
        return Store.open(db)
    except Exception as err:
        reason = re.sub(r"^\([\w.]+\) ", "", str(err).splitlines()[0])  # drop the "(psycopg.OperationalError)" tag
        raise SetupError(f"cannot open database {db or DEFAULT_DB}: {reason}; {what_to_do(db or DEFAULT_DB, reason)}")


def what_to_do(db: str, reason: str) -> str:
    """The next step after a database failed to open, by what went wrong."""
    if "locate revision" in reason:
        return "it was written by a newer sourcetrace: update this one (git pull, then make setup) or give another --db"
    if "No module named" in reason:
        return REINSTALL
    if db.startswith(("postgresql:", "postgres:")):
        return ("start PostgreSQL or correct the URL (postgresql://USER@HOST/DB); "
                "the database must exist (createdb DB)")
    if "not a database" in reason:
        return "that file is not a sourcetrace database: give another --db PATH (or set SOURCETRACE_DB)"
    return "give a writable --db PATH or a postgresql:// URL (or set SOURCETRACE_DB)"


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--db", envvar="SOURCETRACE_DB", help=DB_HELP)
@WORKERS
def ingest(paths: tuple[str, ...], db: str | None, workers: int | None) -> None:
    """Analyze articles and store them (idempotent).

    Each article is stored with its attributions, speakers and entities. The same article is stored
    once; a newer pipeline version replaces its attributions. Workers analyze; this process alone
    writes, one transaction per article.
    """
    from collections import Counter

    from .ingest.count import read_counted
    from .progress import Progress
    from .store.ingester import Ingester
    from .workers import AnalyzerPool

    from .packages import require_model

    require_model()
    ingester = Ingester(open_store(db), AnalyzerPool(workers))
    tally: Counter = Counter()
    with Progress("ingesting") as progress:
        for item, outcome in ingester.ingest_all(read_counted(paths, progress.grow)):
            if outcome is None:
                click.echo(f"error: {item}", err=True)
            tally[outcome or "failed"] += 1
            progress.advance()
    click.echo(", ".join(f"{n} {what}" for what, n in sorted(tally.items())) or "nothing to ingest", err=True)
    sys.exit(1 if tally["failed"] else 0)


@main.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("--out", required=True, help="Folder or object-store URL (s3://, gs://) for the Parquet dataset.")
@click.option("--address", help="Join a running Ray cluster: auto, or ray://HOST:10001. Default: start Ray here.")
@click.option("--workers", type=click.IntRange(min=1), help="Analyzer actors  [default: all cores of the cluster]")
@click.option("--db", help="Also load each shard this run analyzes into this PostgreSQL database (COPY, one "
                           "transaction a shard; articles already there are left alone).")
@click.option("--part-size", type=click.IntRange(min=1),
              help="Records an actor analyzes at a time: shards are cut into parts of this many  [default: 8]")
def batch(inputs: tuple[str, ...], out: str, address: str | None, workers: int | None, db: str | None,
          part_size: int | None) -> None:
    """Analyze news-archive shards on a Ray cluster, into Parquet.

    INPUTS are WARC, JSONL or HTML files, folders or globs, local or in an object store.

    Writes articles, attributions and entities as Parquet partitioned by month of publication, and
    bad records to OUT/errors. Finished shards go to OUT/_manifest.jsonl and a re-run skips them.
    """
    from .batch import PART_SIZE, Manifest, Shard, find_shards, read_shard, run_shards, start_ray
    from .progress import Progress
    from .store.bulk import load_shard
    from .store.engine import database_url

    if db and not database_url(db).startswith("postgresql"):
        raise click.UsageError("--db loads with COPY: give a postgresql:// URL")
    store = open_store(db) if db else None
    shards, missing = find_shards(inputs)
    for err in missing:
        click.echo(f"error: {err}", err=True)
    manifest = Manifest(out)
    todo = [shard for shard in shards if shard.path not in manifest.done]
    if todo:
        workers = start_ray(address, workers)
        size, done_size = max(1, sum(s.size for s in todo)), 0
        with Progress("batch", parts=len(todo)) as progress:
            for summary in run_shards(todo, out, workers, part_size or PART_SIZE,
                                      on_part=lambda part: progress.advance(part["articles"])):
                if store:
                    load_shard(store.engine, read_shard(out, Shard(summary["path"], summary["size"]).id))
                manifest.add(summary)
                done_size += summary["size"]
                progress.part_done(summary["articles"], done_size / size,
                                   f"{summary['path']}: {summary['articles']} articles, {summary['errors']} bad records")
    done = [manifest.done[s.path] for s in shards]
    articles, bad = sum(d["articles"] for d in done), sum(d["errors"] for d in done)
    click.echo(f"{len(done)} shards ({len(done) - len(todo)} finished before), {articles} articles, "
               f"{bad} bad records{f' (see {out}/errors)' if bad else ''}", err=True)
    sys.exit(1 if bad or missing else 0)


def _iso_date(_ctx, _param, value: str | None) -> str | None:
    from .store.query import check_date

    try:
        return check_date(value) if value else None
    except ValueError as err:
        raise click.BadParameter(str(err))


@main.command()
@click.argument("text", required=False)
@click.option("--speaker", help="Who said it: part of the source as written or of its resolved name.")
@click.option("--about", help="An entity named in what was said.")
@click.option("--stance", type=click.Choice(get_args(get_type_hints(Attribution)["stance"])),
              help="deny: the speaker denies what is said; assert: everything else.")
@click.option("--kind", type=click.Choice(get_args(get_type_hints(Source)["kind"])), help="Speaker kind.")
@click.option("--outlet", help="The publishing outlet, as stored (e.g. a site name or domain).")
@click.option("--medium", help="Through what it was said (a channel, a document, another outlet).")
@click.option("--since", callback=_iso_date, help="From this date (YYYY[-MM[-DD]]), inclusive.")
@click.option("--until", callback=_iso_date, help="Up to this date, inclusive.")
@click.option("--limit", type=click.IntRange(min=0), default=100, show_default=True, help="0 for all.")
@click.option("--offset", type=click.IntRange(min=0), default=0, help="Skip this many first matches.")
@click.option("--format", "fmt", type=click.Choice(["text", "jsonl", "csv", "parquet"]), default="text",
              show_default=True, help="text to read (count on stderr); jsonl, csv or parquet (binary: needs -o "
                                      "or a pipe) for other tools.")
@click.option("--output", "-o", type=click.Path(dir_okay=False, writable=True), help="Write here, not to stdout.")
@click.option("--db", envvar="SOURCETRACE_DB", help=DB_HELP)
def query(text: str | None, speaker, about, stance, kind, outlet, medium, since, until, limit: int, offset: int,
          fmt: str, output: str | None, db: str | None) -> None:
    """Find stored attributions by text, speaker, date and more.

    TEXT is searched in full text of what was said; every filter narrows the match.
    """
    from .store import AttributionFilter, export

    store = open_store(db)
    f = AttributionFilter(text=text, speaker=speaker, about=about, stance=stance, kind=kind, outlet=outlet,
                          medium=medium, since=since, until=until)
    first = store.attributions(f, limit=min(limit or 1000, 1000), offset=offset)
    wanted = first.total - offset if limit == 0 else min(limit, first.total - offset)

    def items():
        page, done = first, 0
        while page.items and done < wanted:
            for item in page.items[:wanted - done]:
                yield item
            done += len(page.items)
            page = store.attributions(f, limit=page.limit, offset=offset + done)

    binary = fmt == "parquet"
    if binary and not output and sys.stdout.isatty():
        raise click.UsageError("parquet is binary: give -o FILE or pipe the output")
    out = open(output, "wb" if binary else "w", encoding=None if binary else "utf-8", newline="" if fmt == "csv" else None) \
        if output else (sys.stdout.buffer if binary else sys.stdout)
    try:
        if fmt == "text":
            print_attributions(Console(file=out, highlight=False, soft_wrap=True), items())
        else:
            {"jsonl": export.write_jsonl, "csv": export.write_csv, "parquet": export.write_parquet}[fmt](items(), out)
    finally:
        if output:
            out.close()
    click.echo(f"{max(wanted, 0)} of {first.total} attributions", err=True)


QUERY_HEADER = ("date outlet id title", "  speaker (kind) cue stance details", "  what was said")


def print_attributions(out: Console, items: Iterable[dict]) -> None:
    """Three lines an attribution, under a dim header naming what each line holds."""
    for n, item in enumerate(items):
        if n == 0:
            for line in QUERY_HEADER:
                out.print(f"[dim]{line}[/dim]")
        who = item["source_text"] + (f" = {item['source_name']}" if item["source_name"] not in (None, item["source_text"]) else "")
        extras = [f"via {item['medium']}" if item["medium"] else "", f"hedge '{item['hedge']}'" if item["hedge"] else ""]
        where = " ".join(escape(x) for x in (item["date"] or "----------", item["outlet"], item["id"]) if x)
        out.print(" ".join(x for x in (f"[dim]{where}[/dim]", escape(item["article_title"] or "")) if x))
        out.print("  " + said(who, item["source_kind"], item["cue"], item["stance"], extras))
        out.print(f"  {escape(item['content'])}")


@main.command()
@click.option("--db", envvar="SOURCETRACE_DB", help=DB_HELP)
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on (0.0.0.0: every interface).")
@click.option("--port", type=int, default=8000, show_default=True, help="TCP port to listen on.")
def serve(db: str | None, host: str, port: int) -> None:
    """Serve the REST API (/api, docs at /docs) and the web page.

    Writes (POST /api/articles) need a bearer token: set SOURCETRACE_API_TOKEN.
    """
    import uvicorn

    from .api import create_app

    uvicorn.run(create_app(open_store(db)), host=host, port=port, timeout_graceful_shutdown=3)  # SIGTERM: out in seconds


@main.command()
@click.option("--rebuild", is_flag=True, help="Forget every link and link all stored articles again "
                                              "(after a model or rule change).")
@click.option("--db", envvar="SOURCETRACE_DB", help=DB_HELP)
def link(rebuild: bool, db: str | None) -> None:
    """Link stored articles to everything stored: copies, claims, events.

    Ingest links each article as it is stored; this links those left pending (say, by a crash), or all.
    """
    from .link.corpus import CorpusLinker
    from .progress import track

    linker = CorpusLinker(open_store(db))
    done = sum(1 for _ in track(linker.rebuild() if rebuild else linker.link_pending(), "linking"))
    click.echo(f"{counted(done, 'article')} linked", err=True)


@main.command()
@click.option("--to", "destination", required=True, help="The new database: an SQLite file or postgresql:// URL, empty")
@click.option("--db", envvar="SOURCETRACE_DB", help=DB_HELP)
def copy(destination: str, db: str | None) -> None:
    """Copy the whole store, links included, into an empty database.

    Say, from the embedded SQLite file onto the team's PostgreSQL. One transaction: a copy that
    fails leaves the destination empty; run it again.
    """
    from .progress import Progress
    from .store.copy import CopyError, copy_store, row_count

    source, target = open_store(db), open_store(destination)
    try:
        with Progress("copying", row_count(source.engine), unit="rows") as progress:
            copied = copy_store(source.engine, target.engine, progress.advance)
    except CopyError as err:
        raise click.ClickException(f"cannot copy into {destination}: {err}") from None
    click.echo(f"{counted(copied['articles'], 'article')} and {counted(sum(copied.values()), 'row')} copied",
               err=True)


def analyze_for_linking(paths: tuple[str, ...]) -> tuple[list[Analysis], int]:
    """Analyze every input, reporting failures on stderr; the link commands work on the rest."""
    from .pipeline import Analyzer

    analyses, failed = [], 0
    for item in analyzed(Analyzer(), paths):
        if isinstance(item, InputError):
            failed += 1
            click.echo(f"error: {item}", err=True)
        else:
            analyses.append(item)
    return analyses, failed


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="text: a report to read; json: the groups, copies and contradictions as one object.")
def claims(paths: tuple[str, ...], fmt: str) -> None:
    """Group the same claim made in several articles.

    Claims with the same proposition are grouped with who says them, and contradictions listed. Near-duplicate articles (copies, syndication) are grouped first and count as one outlet.
    """
    from .link import Linker
    from .progress import status

    analyses, failed = analyze_for_linking(paths)
    with status(f"grouping the claims of {len(analyses)} articles"):
        report = Linker().claims(analyses)
    if fmt == "json":
        sys.stdout.write(json.dumps(report.to_dict(), ensure_ascii=False, indent=1) + "\n")
    else:
        print_claims(Console(highlight=False, soft_wrap=True), report, analyses)
    sys.exit(1 if failed else 0)


def print_claims(out: Console, report, analyses: list[Analysis]) -> None:
    for group in report.copies:
        copies = ", ".join(analyses[c].input for c in group.copies)
        out.print(f"[yellow]copies[/yellow] of {escape(analyses[group.original].input)}: {escape(copies)}")
    listed = report.corroborated
    out.print(f"[bold]{counted(len(listed), 'claim')} made by more than one voice[/bold] "
              "(a speaker in an independent article; copies count once)")
    for n, cluster in enumerate(listed, start=1):
        out.print(f"{n:>3}. {escape(cluster.label)}")
        out.print(f"     [dim]{counted(len(cluster.speakers), 'speaker')}, {counted(len(cluster.outlets), 'outlet')}, "
                  f"{counted(cluster.articles, 'independent article')}[/dim]")
        for i in cluster.members:
            item = report.items[i]
            polarity = "" if item.polarity else " [red]DENIES[/red]"
            out.print(f"     - [cyan]{escape(item.speaker)}[/cyan]{polarity} [dim]({escape(item.article)})[/dim]: "
                      f"{escape(item.attribution.content)}")
    print_contradictions(out, report.contradictions)


def counted(n: int, noun: str) -> str:
    """ "1 contradiction", "2 contradictions" (nouns with a regular plural only)."""
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def print_contradictions(out: Console, contradictions) -> None:
    if contradictions:
        out.print(f"[bold red]{counted(len(contradictions), 'contradiction')}[/bold red]")
    for c in contradictions:
        out.print(f"  [bold]{escape(c.kind)}[/bold]: {escape(c.about)}")
        for mark, sides in (("[green]+[/green]", c.one_side), ("[red]-[/red]", c.other_side)):
            for side in sides:
                out.print(f"    {mark} {said_by(side.who, side.summary)}")


def said_by(who: str, sentence: str) -> str:
    """The sentence with its speaker highlighted, all of it escaped (scraped text)."""
    rest = sentence[len(who):] if sentence.startswith(who) else f": {sentence}"
    return f"[cyan]{escape(who)}[/cyan]{escape(rest)}"


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="text: a report to read; json: each article's events and claims, then the events shared.")
def events(paths: tuple[str, ...], fmt: str) -> None:
    """List the hostile events in each article and who blames whom."""
    from dataclasses import asdict

    from .link import Linker
    from .progress import status

    analyses, failed = analyze_for_linking(paths)
    linker = Linker()
    with status(f"finding the events of {len(analyses)} articles"):
        found = linker.all_events(analyses)
        across = linker.across(found)
    if fmt == "json":
        payload = {"articles": [asdict(f) for f in found], "across": [asdict(g) for g in across]}
        sys.stdout.write(json.dumps(payload, ensure_ascii=False, indent=1) + "\n")
    else:
        print_events(Console(highlight=False, soft_wrap=True), found, across)
    sys.exit(1 if failed else 0)


def print_events(out: Console, found, across) -> None:
    """Each article's events with who blames whom, then the events several articles report."""
    for art in found:
        out.rule(escape(art.article) + (f" (copy of {escape(art.copy_of)})" if art.copy_of else ""))
        loose = [c for c in art.claims if c.event is None]
        if not art.events and not loose:
            out.print("[dim]no one is blamed for anything[/dim]")
        for i, event in enumerate(art.events):
            out.print(f"[bold]E{i + 1}[/bold] {escape(event.label())}")
            if event.unclaimed:
                out.print("    [dim]no one has claimed it[/dim]")
            print_blame(out, [c for c in art.claims if c.event == i])
        if loose:
            out.print("[bold]Not tied to a reported attack[/bold]")
            print_blame(out, loose)
        print_contradictions(out, art.contradictions)
    for group in across:
        out.rule(f"[bold]same event in {counted(len({a for a, _ in group.events}), 'article')}[/bold]")
        out.print(escape(group.label))
        for article, n in group.events:
            out.print(f"    E{n + 1} of {escape(article)}")
        print_contradictions(out, group.contradictions)


def print_blame(out: Console, claims) -> None:
    for c in claims:
        colour = {"accuse": "red", "deny": "green", "claim-credit": "magenta"}[c.stance]
        out.print(f"    [{colour}]•[/{colour}] {said_by(c.claimant, c.summary())}")


@main.command()
@click.argument("claim")
@click.argument("paths", nargs=-1)
@click.option("--db", envvar="SOURCETRACE_DB", help=DB_HELP + "; read when no PATHS are given")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="text: the chain as a tree; json: the same for machines.")
def trace(claim: str, paths: tuple[str, ...], db: str | None, fmt: str) -> None:
    """Trace a claim back to who said it first, and what changed.

    CLAIM is a statement id (as `query` and the API list them) or the claim's text. The chain is
    traced over the articles in PATHS, or, when no PATHS are given, over the stored articles the
    stored links (copies, claim components, shared words) reach from it.
    """
    from .link.claims import ClaimClusterer
    from .link.stored import trace_stored
    from .link.trace import build_trace, find_node

    similarity = ClaimClusterer().similarity
    if paths:
        analyses, failed = analyze_for_linking(paths)
        graph = build_trace(analyses, similarity)
        node, read = find_node(graph, claim, similarity), len(analyses)
    else:
        store = open_store(db)
        try:
            graph, node, read = trace_stored(store, claim, similarity)
        finally:
            store.close()
        failed = 0
    if node is None:
        raise click.ClickException(f"no statement matches {claim!r} in {read} articles")
    chain = graph.chain(node.id)
    if fmt == "json":
        sys.stdout.write(json.dumps({"claim": node.id, "chain": chain}, ensure_ascii=False, indent=1) + "\n")
    else:
        out = Console(highlight=False, soft_wrap=True)
        for root in chain:
            print_trace(out, root, 0)
    sys.exit(1 if failed else 0)


def print_trace(out: Console, node: dict, depth: int) -> None:
    """One node a line or three, its children indented under it, earliest first."""
    pad = "    " * depth
    edge = node["edge"]
    lead = f"[bold]{edge['kind']}[/bold] " if edge else "[bold]origin[/bold] "
    who = (f"[cyan]{escape(node['source'])}[/cyan] ({node['source_kind']}) {escape(node['cue'])}"
           if node["source"] else "[dim]stated as fact[/dim]")
    via = "".join(f" [dim]credits {escape(c)}[/dim]" for c in node["credits"])
    hedge = f" hedge '{escape(node['hedge'])}' ({node['hedge_probability'] or 'no band'})" if node["hedge"] else ""
    mark = " [reverse]<- asked[/reverse]" if node["asked"] else ""
    out.print(f"{pad}{lead}{node['date'] or 'undated'}  [bold]{escape(node['outlet'] or node['article'])}[/bold]  "
              f"{who}{via}{hedge} {node['stance']}, {node['quote']}{mark}")
    out.print(f"{pad}    {escape(node['content'])}")
    if edge:
        out.print(f"{pad}    [dim]{escape(edge['evidence'])}[/dim]")
        for d in edge["drift"]:
            out.print(f"{pad}    [yellow]drift {d['kind']}[/yellow]: {escape(d['change'])}")
    for child in node["children"]:
        print_trace(out, child, depth + 1)


if __name__ == "__main__":
    main()
