"""Writing attribution query results as JSON lines, CSV or Parquet."""
from __future__ import annotations

import csv
import json
from typing import BinaryIO, Iterable, TextIO

import pyarrow as pa
import pyarrow.parquet as pq

SPAN = pa.list_(pa.int32())
ATTRIBUTION_SCHEMA = pa.schema([
    ("id", pa.string()), ("article_id", pa.string()), ("article_title", pa.string()), ("outlet", pa.string()),
    ("date", pa.string()), ("position", pa.int32()), ("speaker_id", pa.int64()), ("source_text", pa.string()),
    ("source_name", pa.string()), ("source_kind", pa.string()), ("affiliation", pa.string()), ("cue", pa.string()),
    ("content", pa.string()), ("quote", pa.string()), ("stance", pa.string()), ("hedge", pa.string()),
    ("hedge_probability", pa.string()), ("medium", pa.string()), ("cites", pa.string()), ("part", pa.string()),
    ("source_span", SPAN), ("cue_span", SPAN), ("content_spans", pa.list_(SPAN)), ("medium_span", SPAN),
])
COLUMNS = ATTRIBUTION_SCHEMA.names
# A batch run's own tables (`sourcetrace batch`): the articles and the entities named in what was said.
ARTICLE_SCHEMA = pa.schema([
    ("id", pa.string()), ("title", pa.string()), ("url", pa.string()), ("outlet", pa.string()),
    ("authors", pa.list_(pa.string())), ("section", pa.string()), ("page_date", pa.string()),
    ("published", pa.string()), ("published_source", pa.string()), ("stale", pa.bool_()), ("release", pa.string()),
    ("exclusive", pa.string()), ("language", pa.string()), ("warnings", pa.list_(pa.string())), ("text", pa.string()),
    ("input", pa.string()), ("date", pa.string()), ("pipeline_version", pa.string()), ("attribution_count", pa.int32()),
])
ENTITY_SCHEMA = pa.schema([
    ("attribution_id", pa.string()), ("article_id", pa.string()), ("key", pa.string()), ("name", pa.string()),
    ("label", pa.string()), ("start", pa.int32()), ("end", pa.int32()),
])
ERROR_SCHEMA = pa.schema([("input", pa.string()), ("reason", pa.string())])


def write_jsonl(items: Iterable[dict], out: TextIO) -> None:
    for item in items:
        out.write(json.dumps({k: item.get(k) for k in COLUMNS}, ensure_ascii=False) + "\n")


def write_csv(items: Iterable[dict], out: TextIO) -> None:
    """Spans become 'start:end', and a list of spans 'start:end;start:end', so each cell stays a plain value."""
    writer = csv.DictWriter(out, fieldnames=COLUMNS, extrasaction="ignore")
    writer.writeheader()
    for item in items:
        writer.writerow({k: _cell(k, v) for k, v in item.items()})


def _cell(column: str, value):
    if column.endswith("_spans") and value is not None:
        return ";".join(f"{start}:{end}" for start, end in value)
    if column.endswith("_span") and value:
        return f"{value[0]}:{value[1]}"
    return value


def write_parquet(items: Iterable[dict], out: BinaryIO) -> None:
    rows = [{k: item.get(k) for k in COLUMNS} for item in items]
    pq.write_table(pa.Table.from_pylist(rows, schema=ATTRIBUTION_SCHEMA), out)
