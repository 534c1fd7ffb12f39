"""The headings by which a page says it is the first publication of its story: a press release's ("News release",
"For immediate release", "Embargoed until 00:01 ...": the issuer's own words) and an exclusive's ("EXCLUSIVE",
"Exclusive: ..."), which the same day's news retells. Cleaning drops such a line from the body; the article keeps
it (`Article.release`, `Article.exclusive`), so the trace can put the page before that day's coverage of it (a date
alone does not order two articles of one day)."""
from __future__ import annotations

import re
from pathlib import Path
from typing import Iterable, Optional


def _entries(name: str) -> list[str]:
    text = (Path(__file__).with_name("data") / name).read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


RELEASE_HEADINGS = _entries("release_headings.txt")
EXCLUSIVE_LABELS = _entries("exclusive_labels.txt")
EXCLUSIVE = re.compile(r"^(?:" + "|".join(re.escape(p) for p in EXCLUSIVE_LABELS) + r")(?:\s*$|\s*[:|–—-]\s+)",
                       re.I)  # alone, or before a colon or dash: "Exclusive: ...", not "Exclusive talks ..."
ANY_HEADING = "(?:" + "|".join(re.escape(p) for p in RELEASE_HEADINGS) + ")"
HEADING = re.compile(rf"^{ANY_HEADING}\b", re.I)
SECTION = re.compile(rf"^{ANY_HEADING}s?$", re.I)  # "Press releases"
SEGMENT_BREAK = re.compile(r"\s+[-–—|]\s+|:\s+")  # "University of Easthaven | News release", "SOURCE: ..."
MAX_HEADING_WORDS = 12  # a heading is a line, not a sentence that mentions a press release


def is_release_heading(line: str) -> bool:
    """The line, or a segment of it after a dash, bar or colon, opens with a release heading."""
    line = line.strip().strip("*#_=• ")
    if not line or len(line.split()) > MAX_HEADING_WORDS:
        return False
    return any(HEADING.match(segment.strip()) for segment in [line, *SEGMENT_BREAK.split(line)[1:]])


def release_heading(lines: Iterable[str]) -> Optional[str]:
    """The first release heading among the lines (a page's header), as written."""
    return next((line.strip() for line in lines if is_release_heading(line)), None)


def release_section(section: Optional[str]) -> Optional[str]:
    """A page's section when it names the issuer's releases ("Press releases", "News release")."""
    return section if section and SECTION.match(section.strip()) else None


def exclusive_label(lines: Iterable[str]) -> Optional[str]:
    """The first line labelling its story an exclusive ("EXCLUSIVE", "Exclusive: patients lost ..."), as written."""
    return next((line.strip() for line in lines if EXCLUSIVE.match(line.strip())), None)


def bare_label(line: str) -> bool:
    """A line that is only a release heading or the exclusive label, no part of the story."""
    return is_release_heading(line) or bool(EXCLUSIVE.match(line.strip()) and len(line.split()) <= 2)
