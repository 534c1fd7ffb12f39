"""One utterance is one attribution: “A,” X said, “B.” is a single statement that the frame interrupts.

The passes before this one find such a sentence as two statements with the same frame: the quote
before the frame, and the quote that resumes after it. Readers, the claim linker and the counts by
speaker all want one statement there, whose content is the two pieces in order. Only a frame inside one
sentence joins pieces: it ends in a comma and the quote resumes the sentence (not “A,” it added; and,
later, “B”). “A,” X said. “B.” stays two statements: each sentence the speaker says is a claim of its
own, as our gold counts them.
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..models import Attribution, joined

OPENING = " \t\"“‘'«„"
LATER = re.compile(r"[;:]|\b(?:and|but|or|then|later)\b", re.I)  # “A,” it added; and, later, “B”: another utterance


def resumes(text: str, first: Attribution, second: Attribution) -> bool:
    """Is ``second`` the rest of ``first``'s sentence, after their shared frame?"""
    if second.part != first.part or second.quote != "direct" or not (first.content_spans and second.content_spans):
        return False
    if (second.cue_span, second.source.span) != (first.cue_span, first.source.span) or first.cue_span is None:
        return False
    end, start = first.content_spans[-1][1], second.content_spans[0][0]
    frame = [first.cue_span, *([first.source.span] if first.source.span else [])]
    if not all(end <= s and e <= start for s, e in frame):
        return False
    gap, after_frame = text[end:start], text[max(e for _, e in frame):start]
    return "\n" not in gap and gap.rstrip(OPENING).endswith(",") and not LATER.search(after_frame)


def merge(first: Attribution, second: Attribution, text: str) -> Attribution:
    spans = first.content_spans + second.content_spans
    return replace(first, content_spans=spans, content=joined(text, spans),
                   quote="direct" if first.quote == "direct" else "mixed",
                   hedge=first.hedge or second.hedge,
                   hedge_probability=first.hedge_probability if first.hedge else second.hedge_probability,
                   medium=first.medium or second.medium, medium_span=first.medium_span or second.medium_span,
                   cites=first.cites or second.cites)


def merge_utterances(attributions: list[Attribution], text: str) -> list[Attribution]:
    """The attributions in the same order, each interrupted utterance joined into its first piece.

    ``text`` is what the spans point into (the body, or the title for title attributions)."""
    out: list[Attribution] = []
    by_frame: dict[tuple, list[int]] = {}  # only pieces with the same frame can join: linear, not quadratic
    for att in attributions:
        earlier = by_frame.setdefault(frame_key(att), [])
        owner = next((i for i in reversed(earlier) if resumes(text, out[i], att)), None)
        if owner is None:
            earlier.append(len(out))
            out.append(att)
        else:
            out[owner] = merge(out[owner], att, text)
    return out


def frame_key(att: Attribution) -> tuple:
    """What resumes() requires two pieces to share (merge keeps it)."""
    span = att.source.span
    return att.part, att.cue_span and tuple(att.cue_span), span and tuple(span)
