"""Claims, copies and events over the store: /api/claims, /api/copies, /api/events, and a web page per event.

The links are computed when articles are ingested and stored (see link/corpus.py); this module
only reads them, a page at a time (`limit`, `offset`, `total` like every other list).
"""
from __future__ import annotations

from typing import Optional

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import HTMLResponse

from ..link.stored import StoredLinks, position_of
from ..link.trace import date_order
from .rest import Limit, Offset
from .web import PAGE_SIZE, render

api = APIRouter(prefix="/api", tags=["links"])
pages = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)
STANCE_COLOURS = {"accuse": "#c0392b", "deny": "#1e8449", "claim-credit": "#7d3c98"}


def links(request: Request) -> StoredLinks:
    return request.app.state.links


@api.get("/claims")
def claims(request: Request, limit: Limit = 20, offset: Offset = 0) -> dict:
    """Claims made by two or more voices across the whole store: who says them, how many independent
    articles (copies counted once), and the contradictions among them; most independent articles first."""
    return links(request).claims(limit, offset).to_dict()


@api.get("/copies")
def copies(request: Request, limit: Limit = 20, offset: Offset = 0) -> dict:
    """Groups of near-duplicate articles (copies, syndication): the original and its copies."""
    return links(request).copies(limit, offset).to_dict()


@api.get("/events")
def events(request: Request, limit: Limit = 20, offset: Offset = 0) -> dict:
    """Hostile events with responsibility claims, newest first: each is one event however many
    articles reported it, with every report, who blames whom, and the disputes over all the claims."""
    return links(request).events(limit, offset).to_dict()


@api.get("/events/{event_id}")
def event(event_id: str, request: Request) -> dict:
    found = links(request).event(event_id)
    if found is None:
        raise HTTPException(404, f"no event {event_id!r}")
    return found


@api.get("/trace/{attribution_id}")
def trace(attribution_id: str, request: Request) -> dict:
    """How a stored statement travelled: the chain as trees, earliest first, each node with the edge
    (relay, copy, pickup) that links it to its source, the evidence and the drift on the way."""
    found = links(request).trace(attribution_id)
    if found is None:
        raise HTTPException(404, f"no statement {attribution_id!r}")
    return found


def responsibility_graph(claims: list[dict]) -> dict:
    """Coordinates for a two-column SVG: claimants on the left, blamed parties on the right."""
    left = list(dict.fromkeys(c["claimant"] for c in claims))
    right = list(dict.fromkeys(c["blamed"] for c in claims))
    row, width, edge_left, edge_right, gap = 44, 860, 330, 560, 10  # labels end (start) `gap` before (after) an edge
    height = max(len(left), len(right), 1) * row + 20

    def y(names: list[str], name: str) -> int:
        offset = (height - len(names) * row) // 2
        return offset + names.index(name) * row + row // 2

    edges = [{"x1": edge_left, "y1": y(left, c["claimant"]), "x2": edge_right, "y2": y(right, c["blamed"]),
              "colour": STANCE_COLOURS[c["stance"]], "stance": c["stance"], "hedge": c.get("hedge"),
              "href": anchor(c)} for c in claims]
    return {"width": width, "height": height, "edges": edges, "left_x": edge_left - gap, "right_x": edge_right + gap,
            "left": [{"name": n, "y": y(left, n)} for n in left], "right": [{"name": n, "y": y(right, n)} for n in right],
            "colours": STANCE_COLOURS}


def anchor(claim: dict) -> Optional[str]:
    """The claim's sentence on its article page."""
    article_id, position = claim.get("article_id"), claim.get("attribution_position")
    return f"/articles/{article_id}#att-{position}" if article_id and position else None


@pages.get("/events")
def event_list(request: Request, offset: Offset = 0):
    return render("events.html", events=links(request).events(PAGE_SIZE, offset), offset=offset, page_size=PAGE_SIZE)


@pages.get("/trace/{attribution_id}")
def trace_page(attribution_id: str, request: Request):
    found = links(request).trace(attribution_id)
    if found is None:
        raise HTTPException(404, "No such statement.")
    nodes = flatten(found["chain"])
    return render("trace.html", claim=next(n for n in nodes if n["asked"]), nodes=nodes,
                  timeline=timeline(nodes))


def flatten(trees: list[dict], depth: int = 0) -> list[dict]:
    """The nodes of the trees in reading order (each parent before its children), with their depth."""
    out = []
    for tree in trees:
        node = {k: v for k, v in tree.items() if k != "children"} | {"depth": depth, "href": statement_href(tree)}
        out += [node, *flatten(tree["children"], depth + 1)]
    return out


def statement_href(node: dict) -> str:
    """The statement's sentence on its article page: attributions are highlighted there, as #att-N."""
    position = position_of(node["id"])
    return f"/articles/{node['article_id']}" + (f"#att-{position}" if position else "")


def outlet_label(node: dict) -> str:
    """An article with no known outlet gets a row of its own, named by its title."""
    return node["outlet"] or node["title"] or node["article"]


def timeline(nodes: list[dict]) -> dict:
    """SVG coordinates: one column per date (earliest left, undated last), one row per outlet."""
    dates = sorted({n["date"] or "" for n in nodes}, key=lambda d: date_order(d or None))
    outlets = list(dict.fromkeys(outlet_label(n) for n in nodes))
    left, column, top, row = 190, 170, 40, 64
    taken: dict[tuple[int, int], int] = {}
    placed = {}
    for n in nodes:
        cell = (dates.index(n["date"] or ""), outlets.index(outlet_label(n)))
        offset = taken.get(cell, 0)
        taken[cell] = offset + 1
        placed[n["id"]] = (left + cell[0] * column + 40 + offset * 22, top + cell[1] * row + 20 + offset * 8)
    edges = [{"x1": placed[n["edge"]["from"]][0], "y1": placed[n["edge"]["from"]][1], "x2": placed[n["id"]][0],
              "y2": placed[n["id"]][1], "kind": n["edge"]["kind"], "drift": n["edge"]["drift"]}
             for n in nodes if n["edge"] and n["edge"]["from"] in placed]
    return {"width": left + len(dates) * column + 40, "height": top + len(outlets) * row,
            "dates": [{"label": d or "undated", "x": left + i * column + 40} for i, d in enumerate(dates)],
            "outlets": [{"name": o, "y": top + i * row + 20} for i, o in enumerate(outlets)],
            "nodes": [n | {"x": placed[n["id"]][0], "y": placed[n["id"]][1]} for n in nodes], "edges": edges}


@pages.get("/events/{event_id}")
def event_page(event_id: str, request: Request):
    event = links(request).event(event_id)
    if event is None:
        raise HTTPException(404, "No such event.")
    for claim in event["claims"]:
        claim["href"] = anchor(claim)
    return render("event.html", event=event, graph=responsibility_graph(event["claims"]))

