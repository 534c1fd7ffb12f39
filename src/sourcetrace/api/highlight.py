"""Article text as HTML with each attribution's parts marked, built safely from character spans.

The text is cut at every span boundary; each piece is escaped on its own and wrapped in one flat
<span> naming every role and attribution covering it. No tag ever nests inside another, so
overlapping or nested spans cannot produce broken or injected markup.
"""
from __future__ import annotations

from dataclasses import dataclass

from markupsafe import Markup, escape

ROLES = ("content", "source", "cue", "medium")


@dataclass(frozen=True)
class Mark:
    start: int
    end: int
    role: str
    attribution: int  # the attribution's position in its article


def spans_of(att: dict, role: str) -> list:
    """An attribution's spans for one role: each piece of its content, or its one source, cue or medium span."""
    if role == "content":
        return att.get("content_spans") or []
    return [att[f"{role}_span"]] if att.get(f"{role}_span") else []


def marks_of(attributions: list[dict], text_length: int, part: str) -> list[Mark]:
    """Every usable span of every attribution of this part of the article (body or title); spans
    outside the text or empty are dropped."""
    found = []
    for att in attributions:
        if att.get("part", "body") != part:
            continue
        for role in ROLES:
            for span in spans_of(att, role):
                start, end = max(0, int(span[0])), min(text_length, int(span[1]))
                if start < end:
                    found.append(Mark(start, end, role, int(att["position"])))
    return found


def highlight(text: str, attributions: list[dict], part: str = "body") -> Markup:
    """The text of one part of the article (its body or its title) with that part's attributions marked."""
    marks = marks_of(attributions, len(text), part)
    bounds = sorted({0, len(text), *(m.start for m in marks), *(m.end for m in marks)})
    pieces = []
    for start, end in zip(bounds, bounds[1:]):
        piece = escape(text[start:end])
        covering = [m for m in marks if m.start <= start and end <= m.end]
        if not covering:
            pieces.append(piece)
            continue
        roles = " ".join(f"hl-{r}" for r in ROLES if any(m.role == r for m in covering))
        numbers = " ".join(str(n) for n in sorted({m.attribution for m in covering}))
        pieces.append(Markup('<span class="hl {}" data-att="{}">{}</span>').format(roles, numbers, piece))
    return Markup("").join(pieces)
