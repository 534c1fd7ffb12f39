"""Scraped text dumps: strip page chrome and recover title, section, authors and dates.

A dump is every visible text node of a page, one block a line: menus, widgets and
link cards included (see shared/tools/html_to_dump.py). Cleaning is a sequence of
small named passes over a `DumpPage`, each with one job:

    split lines (repair mojibake, rejoin wrapped sentences) -> find the main block ->
    find the title -> read the header (date bar, breadcrumb, byline, dateline) ->
    select the body (drop chrome, captions, repeats, link lists) -> cut link
    hover-cards out of sentences -> dates (explicit, else estimated from the body)

The main block is the densest run of prose lines (a maximum-sum segment); the title is
the best-scoring headline-like line above it (or, when the block opens with teasers, the
headline with a "By" line under it inside the block); everything else is judged by line length,
sentence punctuation, position, repetition and a small vocabulary of widget words
(dump_patterns.py).
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from itertools import chain
from typing import Optional

from ..models import Article, Document
from .dates import MONTHS, WEEKDAYS, estimate_published, find_mentions, is_date_line, is_stale, parse_date
from .dump_patterns import (
    BYLINE,
    BYLINE_WORDS,
    CAPTION,
    CHROME_PHRASES,
    CHROME_WORDS,
    CJK,
    COMMENTS_START,
    GLUE,
    HOVER_CARD_END,
    META_LINE,
    MOJIBAKE,
    MONTH_START,
    PERSON_NAME,
    PUBLISHED_LABEL,
    READER_CALL,
    RELATIVE_TIME,
    ROLE,
    SENTENCE_END,
    SENTENCE_INSIDE,
    SHORT_SENTENCE,
    SIGN_OFF,
    TITLE_SUFFIX,
    TRAILING_ROLE,
    WIDGET_HEADING,
    WIDGET_WORDS,
)
from .release import bare_label, exclusive_label, release_heading

# --- line features ----------------------------------------------------------------

WORD = re.compile(r"\w+")
DECORATION = " :•|-–—»›>"  # bullets and arrows around a widget label ("» Related stories :")
BARE_BY = ("by", "by:")  # a byline whose names sit on the next line
NAVIGATION = ("next", "previous", "prev", "back", "more", "home")  # "- Next Auto News": a link, not a sign-off
DATE_WORD = re.compile(r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
                       r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?,?|"
                       r"(?:mon|tues|wednes|thurs|fri|satur|sun)day,?|\d.*", re.I)  # "By Sept. 30", "By Tuesday,"


def words(line: str) -> int:
    """Whitespace words, with two CJK characters counting as one word."""
    if line.isascii():
        return len(line.split())
    return len(line.split()) + len(CJK.findall(line)) // 2


def is_prose(line: str) -> bool:
    """A line that reads as sentences: long enough, with sentence punctuation."""
    n = words(line)
    if n < 8 or len(line) < 50 or line.endswith(("...", "…")) or is_title_case(line):
        return False
    return bool(SENTENCE_END.search(line)) or (n >= 20 and bool(SENTENCE_INSIDE.search(line)))


def is_short_sentence(line: str) -> bool:
    """A statement too short to count as prose ("Nobody was hurt.", "The plant will close by 2030."):
    a capital start, a full stop, mostly lower-case words after the first (not a
    headline, a name or a menu), and none of the page furniture that is shaped like a sentence:
    chrome, captions, bylines, dates, timestamps, or a line speaking to the reader ("Click here to
    listen.", "Thanks for reading.", "Your support matters.")."""
    n = words(line)
    if n < SHORT_SENTENCE_MIN_WORDS or is_prose(line) or not SHORT_SENTENCE.match(line) or line.endswith("..."):
        return False
    if is_title_case(line) or READER_CALL.search(line) or is_chrome(line) or CAPTION.search(line):
        return False
    if META_LINE.match(line) or is_byline(line) or is_date_line(line):
        return False
    rest = line.split()[1:]
    return 2 * sum(w[:1].islower() for w in rest) >= len(rest)


SHORT_SENTENCE_MIN_WORDS = 3
SHORT_SENTENCE_RUN = 3  # how many short sentences in a row may follow a prose line


def short_sentence_after_prose(lines: list[str], i: int) -> bool:
    """A short sentence right after a prose line (one that is not chrome), or after up to two more
    short sentences that follow one: the last line of a paragraph or of the article, which the body keeps."""
    for j in range(i, max(-1, i - SHORT_SENTENCE_RUN - 1), -1):
        if j < i and is_prose(lines[j]) and line_weight(lines[j]) > 0:
            return True
        if not is_short_sentence(lines[j]):
            return False
    return False


CALENDAR_NAMES = frozenset(MONTHS) - {"may"} | frozenset(WEEKDAYS)  # "May" opens many a sentence as a modal


def is_title_case(line: str) -> bool:
    """Most words capitalised, as in a headline or a menu, not a sentence. Weekday and month names are capitalised
    in any sentence ("Strikes are planned for Wednesday 9, Thursday 10 and Monday 14 December."): they do not count."""
    long_words = [w for w in line.split() if len(w) > 3 and w[0].isalpha()
                  and w.strip(".,;:").lower() not in CALENDAR_NAMES]
    return len(long_words) >= 3 and sum(w[0].isupper() for w in long_words) > 0.8 * len(long_words)


def is_byline(line: str) -> bool:
    """A "By ..." line of names (with roles, outlet or date around them), not a paragraph that opens
    with "By" and a time or a lower-case word ("By Sept. 30, the campaign had raised ...", "By noon the
    streets were empty"). A line that opens with a name stays a byline however long its bio runs."""
    m = BYLINE.match(line)
    if not m:
        return False
    first = m.group("names").split()[0]
    if first[:1].isupper() and not DATE_WORD.fullmatch(first):
        return True
    other = [w for w in re.findall(r"\b[a-z][\w.'’-]*", m.group("names")) if w.rstrip(".,") not in BYLINE_WORDS]
    return len(other) <= 2


def ends_with_period(line: str) -> bool:
    return line.rstrip("\"'”’)").endswith(".") and not line.endswith("...")


def is_chrome(line: str) -> bool:
    """Widget headings, share bars, legal and subscription text."""
    text = line.strip(DECORATION)
    if WIDGET_WORDS.match(text):
        return True
    if words(line) >= 30:
        return False
    low = line.lower()
    if CHROME_PHRASES.search(low):
        return True
    hits = len(CHROME_WORDS.findall(low))
    return hits >= 2 or (hits == 1 and not is_prose(line))


def norm(text: str) -> str:
    """Lower-case letters and digits only, for comparing lines."""
    return " ".join(WORD.findall(text.lower()))


# --- the page being cleaned -------------------------------------------------------


@dataclass
class DumpPage:
    """A dump on its way to an Article; each pass fills in or narrows something."""

    lines: list[str]
    keys: list[str] = field(default_factory=list)  # each line normalised, for comparisons
    start: int = 0  # the main block is lines[start:end]
    end: int = 0
    title_index: Optional[int] = None
    title: Optional[str] = None
    body: list[str] = field(default_factory=list)
    section: Optional[str] = None
    authors: list[str] = field(default_factory=list)
    page_date: Optional[str] = None
    published: Optional[str] = None
    published_source: Optional[str] = None
    fetched: Optional[str] = None  # when it was crawled: no story is newer than that
    release: Optional[str] = None  # a press release's heading ("News release")
    exclusive: Optional[str] = None  # the label of an exclusive ("EXCLUSIVE")

    @classmethod
    def of(cls, content: str, fetched: Optional[str] = None) -> "DumpPage":
        lines = split_lines(repair_mojibake(content))
        return cls(lines=lines, keys=[norm(line) for line in lines], fetched=fetched)


def clean_dump(doc: Document) -> Article:
    page = DumpPage.of(doc.content, doc.fetched)
    for step in PASSES:
        step(page)
    return Article(
        text="\n\n".join(page.body),
        title=page.title,
        url=doc.url,
        authors=page.authors,
        section=page.section,
        page_date=page.page_date,
        published=page.published,
        published_source=page.published_source,  # type: ignore[arg-type]
        stale=is_stale(page.page_date, page.published),
        release=page.release,
        exclusive=page.exclusive,
    )


# --- passes -------------------------------------------------------------------------

def repair_mojibake(text: str) -> str:
    """UTF-8 read as Latin-1 ("Weâ\\x80\\x99d" for "We’d"): decode each broken sequence back."""

    def fix(m: re.Match) -> str:
        try:
            return m.group(0).encode("latin-1").decode("utf-8")
        except UnicodeError:
            return m.group(0)

    return MOJIBAKE.sub(fix, text)


def split_lines(text: str) -> list[str]:
    return rejoin_wrapped_lines([" ".join(line.split()) for line in text.splitlines() if line.strip()])


def rejoin_wrapped_lines(lines: list[str]) -> list[str]:
    """A sentence broken over lines ("<br>" in the page): the next line goes on in lower case."""
    out: list[str] = []
    for line in lines:
        broken = out and not SENTENCE_END.search(out[-1]) and words(out[-1]) >= 4
        if broken and line[:1].islower() and words(line) >= 2 and not is_byline(line):
            out[-1] = out[-1] + " " + line
        else:
            out.append(line)
    return out


def find_main_block(page: DumpPage) -> None:
    """The run of lines with the most prose in it, where chrome lines cost a little each.

    A maximum-sum segment: a prose line is worth its length, any other line a small
    penalty, so short gaps (an ad label, a caption) stay inside and menus split blocks.
    The heading of a comment section ends any run, and once a real block of prose has
    been closed that way, the prose that follows (the comments) counts a quarter. A short
    sentence right after prose (an article's one-line last paragraph) costs nothing: it is
    worth a token amount, so the block reaches it when it ends the article.
    """
    best, best_span = 0.0, (0, 0)
    total, run_start, after_article = 0.0, 0, False
    for i, line in enumerate(page.lines):
        if COMMENTS_START.match(line.strip(DECORATION)):
            after_article = after_article or total >= 300
            total, run_start = 0.0, i + 1
            continue
        weight = SHORT_SENTENCE_WORTH if short_sentence_after_prose(page.lines, i) else line_weight(line)
        total += weight * 0.25 if after_article and weight > 0 else weight
        if total <= 0:
            total, run_start = 0.0, i + 1
        elif total > best:
            best, best_span = total, (run_start, i + 1)
    if best == 0.0:
        best_span = (0, len(page.lines))  # no line reads as long prose (a brief, a tweet): keep all, chrome is dropped later
    page.start, page.end = best_span


# what a line is worth when looking for the main block: a prose line its length, any other line a cost
WIDGET_HEADING_COST = DATE_COST = 150.0
CHROME_COST = 60.0
OTHER_COST, OTHER_COST_PER_CHAR, OTHER_MAX_COST = 15.0, 0.5, 40.0  # a longer non-prose line costs more, up to a cap
SHORT_SENTENCE_WORTH = 1.0  # a short sentence after prose: no cost, just enough to extend the block to it


def line_weight(line: str) -> float:
    if WIDGET_HEADING.match(line.strip(DECORATION)):
        return -WIDGET_HEADING_COST
    if is_date_line(line) or RELATIVE_TIME.match(line):
        return -DATE_COST  # teasers and comments carry dates; the article's own date sits above it
    if is_chrome(line):
        return -CHROME_COST
    if is_prose(line):
        return float(len(line))
    return -min(OTHER_MAX_COST, OTHER_COST + len(line) * OTHER_COST_PER_CHAR)


def find_title(page: DumpPage) -> None:
    """The headline: the best-scoring headline-like line shortly before the body.

    When no line above the body has a byline or date under it, the block may have opened
    with teasers or a standfirst, so a headline-shaped line with a "By" line under it in
    the block's first lines is a candidate too (not a sentence or a photo caption).
    """
    top = page.start
    counts = Counter(page.keys)
    body_words = content_words(" ".join(page.lines[page.start : page.end])[:3000])
    best_score, best_index = 0.0, None
    for i in range(top - 1, max(-1, top - 40), -1):
        score = title_score(page, i, counts, body_words)
        if score > best_score:
            best_score, best_index = score, i
    if best_index is None or not _has_byline_or_date_below(page.lines, best_index):
        # the block may open with teasers: a headline-shaped line with a "By" line under it wins
        for i in range(top, min(page.end, top + 40)):
            line = page.lines[i]
            headline = _has_by_line_below(page.lines, i) and not (ends_with_period(line) or CAPTION.search(line))
            score = title_score(page, i, counts, body_words) if headline else 0.0
            if score > best_score:
                best_score, best_index = score, i
    if best_index is not None:
        page.title_index = best_index
        page.title = strip_site_suffix(page.lines[best_index])


def content_words(text: str) -> set[str]:
    return {w for w in WORD.findall(text.lower()) if len(w) > 3}


def title_score(page: DumpPage, i: int, counts: Counter, body_words: set[str]) -> float:
    """How much line i looks like the headline of the main block.

    A headline has a handful of words, no caption or credit marks, and is followed by the
    byline (best a "By" line), the date or the standfirst; it is rarely longer than twenty
    words; the page often repeats it; it sits close to the body and the body's opening uses
    its words.
    """
    lines, top, line = page.lines, page.start, page.lines[i]
    if not is_headline(line):
        return 0.0
    n = words(line)
    score = 10.0 + min(n, 8) * 0.6 - abs(top - i) * 0.3
    if n <= 3:
        score -= 6
    if n > 20:
        score -= 3  # longer than headlines run: a standfirst or a caption
    if ends_with_period(line) or CAPTION.search(line) or line.endswith((",", ";")):
        score -= 5
    if PERSON_NAME.match(re.split(r"\s+[/|]\s+", line)[0]) or (line.isupper() and n > 1):
        score -= 4  # a byline or a shouting widget label, not a headline
    if counts[page.keys[i]] > 1 or _echoed(page, i):
        score += 4
    if _has_byline_or_date_below(lines, i):
        score += 9 if _has_by_line_below(lines, i) else 6
    if i > 0 and _is_byline_or_date(lines[i - 1]) and not _is_date_bar(lines[i - 1]):
        score -= 3
    if n >= 4 and i + 1 < len(lines) and _is_standfirst(lines[i + 1]):
        score += 4
    own = content_words(line)
    if own:
        score += 8 * len(own & body_words) / len(own)
    return score


def _has_byline_or_date_below(lines: list[str], i: int) -> bool:
    """A byline or a date within the next four lines, as under a headline (a standfirst may sit between)."""
    return any(_is_byline_or_date(lines[j]) for j in range(i + 1, min(i + 5, len(lines))))


def _has_by_line_below(lines: list[str], i: int) -> bool:
    """ "By Jane Doe" (or "By" alone, or "Written by") within the next three lines."""
    return any(is_byline(line) or line.lower() in (*BARE_BY, "written by") for line in lines[i + 1 : i + 4])


def _is_standfirst(line: str) -> bool:
    """The summary under a headline: a sentence-case line, not a byline, a caption or a second headline."""
    return (
        words(line) >= 4
        and not is_title_case(line)
        and not _is_byline_or_date(line)
        and not CAPTION.search(line)
        and not is_chrome(line)
    )


def _is_byline_or_date(line: str) -> bool:
    if is_byline(line) or line.lower() in BARE_BY:
        return True
    if PUBLISHED_LABEL.match(line):
        return True
    return words(line) <= 12 and any(m.day and (m.year or m.weekday is not None) for m in find_mentions(line))


def is_headline(line: str) -> bool:
    n = words(line)
    if n < 2 or n > 30 or len(line) > 220 or line.endswith(("...", "…")):
        return False
    if is_chrome(line) or is_date_line(line) or is_byline(line) or WIDGET_HEADING.match(line):
        return False
    if SENTENCE_INSIDE.search(line) and ends_with_period(line):
        return False
    return line[:1].isupper() or line[:1].isdigit() or line[:1] in "‘'\"“¿¡"


def _echoed(page: DumpPage, index: int) -> bool:
    """Another line holds this one, or its start cut with "...": a breadcrumb, "<title> | Site", "Section|<title>"."""
    key = page.keys[index]
    if not key:
        return False
    for j, other_key in enumerate(page.keys):
        if j == index or len(other_key) > 400:
            continue
        if other_key != key and key in other_key:
            return True
        if page.lines[j].endswith(("...", "…")) and len(other_key) > 20:
            if any(key.startswith(other_key[k:]) for k in range(0, len(other_key) - 20)):
                return True
    return False


def strip_site_suffix(title: str) -> str:
    """ "Headline | Site Name" -> "Headline"; a prefix "Section|Headline" goes too.

    After a pipe any short tail is the site or section; after a dash only a name of
    several words ("- The Daily Example"), since a one-word tail may be the headline's.
    """
    title = re.sub(r"^[A-Z][\w &]{1,25}\|(?=\S)", "", title)
    m = TITLE_SUFFIX.search(title)
    if m and words(title[: m.start()]) >= 4 and (m.group("sep") == "|" or words(m.group("tail")) >= 2):
        title = title[: m.start()]
    return title.strip()


def _title_at(page: DumpPage) -> int:
    """The headline's line; without a headline, the top of the main block."""
    return page.title_index if page.title_index is not None else page.start


def read_section(page: DumpPage) -> None:
    """The section from a breadcrumb a few lines above the headline ("Home > World News > <headline>")."""
    if not page.title:
        return
    title_at = _title_at(page)
    for line in page.lines[max(0, title_at - 8) : title_at]:
        if not _is_date_bar(line) and (section := _section_from_breadcrumb(line, page.title)):
            page.section = section
            return


def read_date_bar(page: DumpPage) -> None:
    """The site's "today" line above the article is the date the page shows."""
    above = page.lines[: min(_title_at(page), page.start)]
    bar = next((line for line in above if _is_date_bar(line)), None)
    if bar:
        page.page_date = parse_date(bar).isoformat()  # type: ignore[union-attr]


def read_byline(page: DumpPage) -> None:
    """The writers: a "By" line under the headline, else a bare name next to the date line,
    else a "By" line further down with full names only."""
    lines, title_at = page.lines, _title_at(page)
    below = range(title_at + 1, min(len(lines), page.start + 3))
    page.authors = next((names for i in below if (names := _byline_names(lines, i))), [])
    if not page.authors:
        near = range(title_at + 1, min(len(lines), page.start + 1, title_at + 8))
        page.authors = next((names for i in near if (names := _name_line(lines, i))), [])
    if not page.authors:
        found = (_byline_names(lines, i) for i in range(page.end))
        page.authors = next((names for names in found if names and all(" " in n for n in names)), [])


def read_header_date(page: DumpPage) -> None:
    """The publication date the page states: around the headline first, then a date line a little
    above it, a "Published ..." line anywhere before the block ends, a date line in the block's opening."""
    lines, title_at = page.lines, _title_at(page)
    around = range(max(0, title_at - 3), min(len(lines), page.start + 3))
    above = (i for i in range(max(0, title_at - 10), max(0, title_at - 3)) if is_date_line(lines[i]))
    labelled = (i for i in range(page.end) if PUBLISHED_LABEL.match(lines[i]))
    inside = (i for i in range(page.start, min(page.end, page.start + 25)) if is_date_line(lines[i]))
    for i in chain(around, above, labelled, inside):
        bar = i < title_at and _is_date_bar(lines[i])  # above the headline, a weekday date is the site's "today"
        found = None if i == title_at or bar else _header_date(lines[i])
        if found:
            page.published, page.published_source = found, "meta"
            return


def _is_date_bar(line: str) -> bool:
    """The site's "today" line: a weekday and a full date, nothing else."""
    mentions = find_mentions(line)
    return bool(mentions) and mentions[0].weekday is not None and mentions[0].year is not None and is_date_line(line)


def _header_date(line: str) -> Optional[str]:
    if words(line) > 16:
        return None
    for m in find_mentions(line):
        if m.year and m.day:
            return f"{m.year:04d}-{m.month:02d}-{m.day:02d}"
    return None


def _section_from_breadcrumb(line: str, title: str) -> Optional[str]:
    """ "HomeWorld NewsStorm Closes Schools..." (breadcrumb glued to the headline) -> "World News"."""
    crumbs = line
    for cut in (title, title[:40]):
        at = crumbs.find(cut[: max(15, len(cut) // 2)])
        if at > 0:
            crumbs = crumbs[:at]
            break
    else:
        return None
    parts = [p.strip(" >/|»›") for p in re.split(r"[>/|»›]|(?<=[a-z])(?=[A-Z])", crumbs)]
    parts = [p for p in parts if p and p.lower() != "home"]
    return parts[-1] if parts and words(parts[-1]) <= 4 else None


def _byline_names(lines: list[str], i: int) -> list[str]:
    """ "By Jane Doe and John Roe", or "By" on its own line with the names on the next lines."""
    line = lines[i]
    m = BYLINE.match(line) if is_byline(line) else None
    if m:
        text = m.group("names")
    elif line.lower() in BARE_BY and i + 1 < len(lines):
        text = lines[i + 1]
        if i + 3 < len(lines) and lines[i + 2].lower() in ("and", "&"):
            text += " and " + lines[i + 3]
    else:
        return []
    return split_names(text)


def split_names(text: str) -> list[str]:
    """Names out of a byline, without roles, dates or the outlet glued after them."""
    glued = re.search(r"(?<=[a-z])(?=[A-Z])", text)
    if glued and (ROLE.match(text[glued.start() :]) or MONTH_START.match(text[glued.start() :])):
        text = text[: glued.start()]  # "Jane DoeDec 22, 2023", "Jane DoeStaff Writer"
    text = re.split(r",?\s+(?:on|updated|published|posted)\b|\s+[|•·]\s+|\d", text, flags=re.I)[0]
    names = []
    for part in re.split(r",\s*|\s+and\s+|\s*&\s*", text):
        part = TRAILING_ROLE.sub("", part.strip(" ,|"))
        if part and 1 <= words(part) <= 4 and part[:1].isupper() and not ROLE.search(part):
            names.append(part)
    full_names = [n for n in names if " " in n]
    return full_names or names


def _name_line(lines: list[str], i: int) -> list[str]:
    """An unlabelled byline: a person's name next to the date line under the headline,
    or followed on its own line by a role or a date ("Jane Doe, Staff Writer Dec. 24, 2023")."""
    head, *rest = re.split(r"\s*[,|•]\s*", lines[i], maxsplit=1)
    if not PERSON_NAME.match(head) or ROLE.search(head) or is_chrome(lines[i]):
        return []
    if rest:
        return [head] if ROLE.search(rest[0]) or find_mentions(rest[0]) else []
    near = lines[max(0, i - 2) : i] + lines[i + 1 : i + 4]
    if not any(_is_byline_or_date(x) or x in ("•", "-", "|", "and") for x in near):
        return []
    return split_names(lines[i])


def select_body(page: DumpPage) -> None:
    """The main block without its chrome: widget lines, repeats of the title, captions, link lists."""
    title_key = norm(page.title or "")
    kept, seen = [], set()
    for i in range(page.start, page.end):
        line, key = page.lines[i], page.keys[i]
        if key in seen and words(line) >= 4:
            continue  # the same paragraph again: a page that carries the story twice
        seen.add(key)
        if is_chrome(line) or is_date_line(line) or is_byline(line) or CAPTION.search(line) or META_LINE.match(line):
            continue
        if title_key and (key == title_key or (len(key) > 15 and title_key.startswith(key))):
            continue
        short_ok = introduces_quote(page.lines, i) or short_sentence_after_prose(page.lines, i)
        if not is_prose(line) and words(line) < 4 and not short_ok:
            continue
        kept.append(line)
    page.body = drop_link_lists(kept)


QUOTE_OPENERS = "\"“‘'«"


def introduces_quote(lines: list[str], i: int) -> bool:
    """"Berg continued:" over a paragraph that opens a quotation: a short frame line, the speaker of what follows."""
    line = lines[i].rstrip()
    return line.endswith(":") and i + 1 < len(lines) and lines[i + 1].lstrip()[:1] in QUOTE_OPENERS


def drop_link_lists(lines: list[str]) -> list[str]:
    """Runs of two or more headline-like lines between paragraphs are lists of links, not subheadings."""
    out: list[str] = []
    run: list[str] = []
    for line in lines + [""]:
        if line and not SENTENCE_END.search(line) and not is_prose(line):
            run.append(line)
            continue
        if len(run) == 1:
            out.extend(run)
        run = []
        if line:
            out.append(line)
    return out


def remove_hover_cards(page: DumpPage) -> None:
    page.body = [cut_hover_card(p) for p in page.body]


def cut_hover_card(paragraph: str) -> str:
    """A link card pasted into a sentence: "President BidenJoe Biden <headlines> MORE it condemned".

    The card starts where a name is glued to its own repeat ("Biden" + "Joe Biden") and
    ends at "MORE"; the sentence around it is joined back with one space.
    """
    for end in reversed(list(HOVER_CARD_END.finditer(paragraph))):
        head = paragraph[: end.start()]
        for glue in reversed(list(GLUE.finditer(head))):
            word = re.search(r"([A-Z][\w’'.-]*)$", head[: glue.start()])
            if word and word.group(1) in head[glue.start() : glue.start() + 40]:
                paragraph = head[: glue.start()].rstrip() + " " + paragraph[end.end() :].lstrip()
                break
    return paragraph


def keep_sign_off(page: DumpPage) -> None:
    """A wire sign-off right after the story ("- Meridian Press") stays its last line: it says whose copy the story
    is, as a dateline's "(Meridian Press)" does. Too short to be prose, it falls outside the main block."""
    last = max((i for i in range(page.start, page.end) if page.body and page.lines[i] == page.body[-1]), default=None)
    line = page.lines[last + 1].strip() if last is not None and last + 1 < len(page.lines) else ""
    sign_off = SIGN_OFF.match(line)
    name = (sign_off.group("dash") or sign_off.group("paren")) if sign_off else ""
    if name and not WIDGET_WORDS.match(name) and name.split()[0].lower() not in NAVIGATION:
        page.body.append(line)


HEADING_REACH = 4  # lines above the story's first paragraph: issuer, heading, title, date


def read_first_publication(page: DumpPage) -> None:
    """A press release's heading ("News release", "Embargoed until ...") or an exclusive's label ("EXCLUSIVE",
    "Exclusive: ...") just above the story's first paragraph, the title's line among them ("Statement on the power
    outage"), not a menu further up; or as that paragraph (then it is no part of the body)."""
    first = next((i for i in range(page.start, page.end) if page.body and page.lines[i] == page.body[0]), page.start)
    header = page.lines[max(0, first - HEADING_REACH):first] + page.body[:1]
    page.release, page.exclusive = release_heading(header), exclusive_label(header)
    if page.body and bare_label(page.body[0]):
        page.body = page.body[1:]


def read_dates(page: DumpPage) -> None:
    """Publication date from the header if given, else from the dates the body uses.

    The page date caps the estimate; without one, the crawl date does.
    """
    if page.published is None:
        latest_possible = page.page_date or (page.fetched or "")[:10] or None
        page.published, page.published_source = estimate_published("\n\n".join(page.body), latest_possible)


PASSES = (
    find_main_block, find_title, read_section, read_date_bar, read_byline, read_header_date,
    select_body, keep_sign_off, remove_hover_cards, read_first_publication, read_dates,
)
