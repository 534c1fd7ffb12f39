"""One utterance is one attribution: “A,” X said, “B.” is a single statement that the frame interrupts.

The passes before this one find such a sentence as two statements with the same frame: the quote
before the frame, and the quote that resumes after it. Readers, the claim linker and the counts by
speaker all want one statement there, whose content is the two pieces in order. Only a frame inside one
sentence joins pieces: it ends in a comma and the quote resumes the sentence (not “A,” it added; and,
later, “B”). “A,” X said. “B.” stays two statements by default: each sentence the speaker says is a
claim of its own, as our gold counts them. Corpora that count the whole run of quotes as one statement
(PolNeAR does) get it with ``across_sentences``: then “A,” X said after the event. “B.” “C.” is one, also
when “B.” opens the next paragraph.
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..models import Attribution, joined

OPENING = " \t\"“‘'«„"
LATER = re.compile(r"[;:]|\b(?:and|but|or|then|later)\b", re.I)  # “A,” it added; and, later, “B”: another utterance
FRAME_SENTENCE_END = re.compile(r"[^“”\"\n]{0,240}?[.!?][”\"’']*\s*[“\"‘']+\s*$")  # " after the attack. “": the frame's sentence ends
# " at a forum on ‘Main Street Money’ Sunday. “": the frame's sentence may name a title in quotes
FRAME_SENTENCE_WITH_TITLES = re.compile(r"(?:[^“”\"\n]|[“\"‘'][^“”\"\n]{1,60}[”\"’']){0,240}?[.!?][”\"’']*\s*[“\"‘']+\s*$")
STARTS_LATER = re.compile(r"^[\s,]*(?:[;:]|(?:and|but|or|then|later)\b)", re.I)  # the frame itself says “B” came later
QUOTE_BREAK = re.compile(r"^[\s”\"’'.,]*[“\"‘']+\s*$")  # ”  “: the next quoted sentence, nothing between


def resumes(text: str, first: Attribution, second: Attribution, across_sentences: bool = False) -> bool:
    """Is ``second`` the rest of ``first``'s utterance, after their shared frame? Within one sentence by
    default; with ``across_sentences`` also the quoted sentences that follow the frame's sentence."""
    if second.part != first.part or second.quote != "direct" or not (first.content_spans and second.content_spans):
        return False
    if (second.cue_span, second.source.span) != (first.cue_span, first.source.span) or first.cue_span is None:
        return False
    end, start = first.content_spans[-1][1], second.content_spans[0][0]
    frame = [first.cue_span, *([first.source.span] if first.source.span else [])]
    gap = text[end:start]
    if across_sentences and first.quote != "indirect" and len(first.content_spans) > 1 \
            and first.content_spans[0][1] <= frame[0][0] < end:
        return bool(QUOTE_BREAK.match(gap))  # a further quoted sentence (or paragraph) after “A,” X said. “B.”
    if not all(end <= s and e <= start for s, e in frame):
        return False
    before_frame, after_frame = text[end:min(s for s, _ in frame)], text[max(e for _, e in frame):start]
    if "\n" in before_frame:
        return False
    if across_sentences and not STARTS_LATER.match(after_frame) and next_sentence(text[:end] + before_frame, after_frame):
        return True  # the quote resumes in the next sentence, or opens the next paragraph
    if LATER.search(after_frame):
        return False
    return "\n" not in gap and gap.rstrip(OPENING).endswith(",")


def next_sentence(upto_frame: str, after_frame: str) -> bool:
    """“A,” (or “A?” or “A!”) X said, ... . “B”: the frame broke off a quote and its sentence ended before “B” opens.
    The rest of the frame may say how it was said ("..., pointing to the mill and the dam."), where or
    when, or name a title in quotes."""
    if not upto_frame.rstrip(OPENING + "”’").endswith((",", "?", "!")):
        return False
    return bool(FRAME_SENTENCE_END.match(after_frame) or FRAME_SENTENCE_WITH_TITLES.match(after_frame))


def merge(first: Attribution, second: Attribution, text: str) -> Attribution:
    spans = first.content_spans + second.content_spans
    return replace(first, content_spans=spans, content=joined(text, spans),
                   quote="direct" if first.quote == "direct" else "mixed",
                   hedge=first.hedge or second.hedge,
                   hedge_probability=first.hedge_probability if first.hedge else second.hedge_probability,
                   medium=first.medium or second.medium, medium_span=first.medium_span or second.medium_span,
                   cites=first.cites or second.cites)


def merge_utterances(attributions: list[Attribution], text: str, across_sentences: bool = False) -> list[Attribution]:
    """The attributions in the same order, each interrupted utterance joined into its first piece.

    ``text`` is what the spans point into (the body, or the title for title attributions)."""
    out: list[Attribution] = []
    by_frame: dict[tuple, list[int]] = {}  # only pieces with the same frame can join: linear, not quadratic
    for att in attributions:
        earlier = by_frame.setdefault(frame_key(att), [])
        owner = next((i for i in reversed(earlier) if resumes(text, out[i], att, across_sentences)), None)
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
