"""Dates in article text: parse date lines, estimate when a story was published, tell stale pages.

Shared by the text-dump cleaner and the HTML path. Everything is plain regexes over
English month and weekday names; no network, no locale tables.

A story rarely states its own date in the body, but it leaves traces: "on November 8",
"earlier this month", "since July 2020". News style writes the year only for dates
outside the current year, so the latest month-and-day mention (not one still to come),
placed in the year after the latest explicit year (or the year its weekday fits) and
never after the page date, is a good estimate of when the story was written.
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Optional

MONTHS = {
    name: number
    for number in range(1, 13)
    for name in {calendar.month_name[number].lower(), calendar.month_abbr[number].lower()}
}
MONTHS["sept"] = 9
WEEKDAYS = {calendar.day_name[i].lower(): i for i in range(7)} | {calendar.day_abbr[i].lower(): i for i in range(7)}

# Month and weekday names must start with a capital ("may 5" is not a date); the
# look-ahead for a capital also lets the scan skip most positions quickly.
_MONTH = r"(?=[A-Z])(?P<month>(?i:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r"))\.?"
_WEEKDAY = r"(?:(?=[A-Z])(?P<weekday>(?i:" + "|".join(sorted(WEEKDAYS, key=len, reverse=True)) + r"))\.?,?\s+)"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)(?:(?!\d)|(?=\d{1,2}:\d\d))"  # a time may be glued on: "20233:00 AM"

# "Sunday, May 28, 2023", "Nov. 19, 2019", "May 28" (month first, year optional)
MONTH_DAY = re.compile(rf"(?:\b|(?<=[a-z]))(?=[A-Z]){_WEEKDAY}?{_MONTH}\s+{_DAY}(?!\d)(?:,?\s*{_YEAR})?")
# "28 May 2023", "Sunday 28 May" (day first)
DAY_MONTH = re.compile(rf"\b{_WEEKDAY}?{_DAY}\s+(?:of\s+)?{_MONTH}(?:,?\s+{_YEAR})?\b")
# "July 2020", "in January 2020"
MONTH_YEAR = re.compile(rf"\b{_MONTH},?\s+{_YEAR}")
# "2023-05-28", "2023/05/28"
ISO_DATE = re.compile(r"\b(?P<year>(?:19|20)\d\d)[-/](?P<month>[01]?\d)[-/](?P<day>[0-3]?\d)\b")
# "12/22/2023" (US order)
US_DATE = re.compile(r"\b(?P<month>[01]?\d)/(?P<day>[0-3]?\d)/(?P<year>(?:19|20)\d\d)\b")


# cheap tests that rule out most lines before the full patterns run
DIGIT = re.compile(r"\d")
MONTH_WORD = re.compile(r"Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC")
NUMERIC_DATE = re.compile(r"\d[-/]\d")
LETTER_WORD = re.compile(r"[A-Za-z]{3,}")
ISO_DAY_OR_MONTH = re.compile(r"(\d{4})-(\d\d)(?:-(\d\d))?")
# what follows the date of a dateline: an optional "(Reuters)", then a dash or colon
DATELINE_END = re.compile(r"\s*(?:\([^)]{2,30}\)\s*)?[-\u2013\u2014:]")


@dataclass(frozen=True)
class Mention:
    """One date written in the text; fields the text leaves out are None."""

    start: int
    end: int
    year: Optional[int]
    month: int
    day: Optional[int]
    weekday: Optional[int]

    def on(self, year: int) -> Optional[date]:
        try:
            return date(year, self.month, self.day or 1)
        except ValueError:
            return None


def _mention(m: re.Match) -> Optional[Mention]:
    groups = m.groupdict()
    month_text = groups["month"]
    month = int(month_text) if month_text.isdigit() else MONTHS[month_text.lower()]
    day = int(groups["day"]) if groups.get("day") else None
    year = int(groups["year"]) if groups.get("year") else None
    weekday = WEEKDAYS[groups["weekday"].lower()] if groups.get("weekday") else None
    if not 1 <= month <= 12 or (day is not None and not 1 <= day <= 31):
        return None
    if year is not None and day is not None:
        try:
            date(year, month, day)
        except ValueError:
            return None
    return Mention(m.start(), m.end(), year, month, day, weekday)


def find_mentions(text: str) -> list[Mention]:
    """Every date the text writes, most specific pattern first, without overlaps."""
    found: list[Mention] = []
    if not DIGIT.search(text) or not (MONTH_WORD.search(text) or NUMERIC_DATE.search(text)):
        return found
    taken: list[tuple[int, int]] = []
    for pattern in (ISO_DATE, US_DATE, MONTH_DAY, DAY_MONTH, MONTH_YEAR):
        for m in pattern.finditer(text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            mention = _mention(m)
            if mention:
                found.append(mention)
                taken.append((m.start(), m.end()))
    return sorted(found, key=lambda x: x.start)


def parse_date(text: str) -> Optional[date]:
    """The first complete calendar date in a short string ("Sunday, May 28, 2023"), or None."""
    for mention in find_mentions(text):
        if mention.year and mention.day:
            return date(mention.year, mention.month, mention.day)
    return None


def is_date_line(line: str) -> bool:
    """A line that is a date and little else: a date bar or a dateline."""
    if len(line) > 120:
        return False
    mentions = [m for m in find_mentions(line) if m.day and m.year]
    if not mentions:
        return False
    rest = line[: mentions[0].start] + line[mentions[0].end :]
    return len(LETTER_WORD.findall(rest)) <= 3


def to_date(value: Optional[str]) -> Optional[date]:
    """An ISO date or month ("2021-11") as a date; a month counts as its last day."""
    if not value:
        return None
    m = ISO_DAY_OR_MONTH.match(value)
    if not m:
        return None
    year, month = int(m.group(1)), int(m.group(2))
    day = int(m.group(3)) if m.group(3) else calendar.monthrange(year, month)[1]
    try:
        return date(year, month, day)
    except ValueError:
        return None


def is_stale(page_date: Optional[str], published: Optional[str], days: int = 90) -> bool:
    """The page shows a date more than `days` after the story was published."""
    shown, story = to_date(page_date), to_date(published)
    return bool(shown and story and shown - story > timedelta(days=days))


def estimate_published(text: str, page_date: Optional[str] = None) -> tuple[Optional[str], Optional[str]]:
    """When the story was written, from the dates its body uses.

    Returns (value, source): a full date found at the opening dateline is ("YYYY-MM-DD",
    "text"); otherwise the latest month-and-day mention, given a year, is an estimate
    at month precision ("YYYY-MM", "estimate"), since the story came out on that day or
    some days later. (None, None) when the text gives nothing to go on.
    """
    shown = to_date(page_date)
    mentions = find_mentions(text)
    dateline = _dateline(text, mentions)
    if dateline and (not shown or dateline <= shown):
        return dateline.isoformat(), "text"
    latest = _latest_dated([m for m in mentions if not _is_future(text, m)], shown)
    if latest is None:
        return None, None
    return f"{latest.year:04d}-{latest.month:02d}", "estimate"


def _dateline(text: str, mentions: list[Mention]) -> Optional[date]:
    """A full date opening the body, as in "WASHINGTON, May 3, 2021 (Reuters) -"."""
    head = text[:120]
    for m in mentions:
        if m.start > 80 or not (m.year and m.day):
            continue
        after = head[m.end : m.end + 25]
        if DATELINE_END.match(after):
            return date(m.year, m.month, m.day)
    return None


FUTURE = re.compile(r"\b(?:will|would|to be held|scheduled|planned|upcoming|next|due|expected|set to)\b[^.!?]*$", re.I)


def _is_future(text: str, m: Mention) -> bool:
    """ "...will launch on April 29": an event still to come says little about when the story ran."""
    return bool(FUTURE.search(text[max(0, m.start - 80) : m.start]))


def _latest_dated(mentions: list[Mention], shown: Optional[date]) -> Optional[date]:
    """The latest date mentioned, each yearless one placed in its most plausible year."""
    explicit_years = [m.year for m in mentions if m.year and (not shown or m.year <= shown.year)]
    candidates: list[date] = []
    for m in mentions:
        if m.year:
            d = m.on(m.year) if m.day else None  # a month alone ("July 2020") is background
        elif m.day:
            d = _place_in_year(m, explicit_years, shown)
        else:
            d = None
        if d and (not shown or d <= shown):
            candidates.append(d)
    return max(candidates) if candidates else None


def _place_in_year(m: Mention, explicit_years: list[int], shown: Optional[date]) -> Optional[date]:
    """A yearless "November 8": its weekday if given, else the year after the latest written year.

    The story omits the year for its own year, so the written years are earlier ones; the
    page date caps the guess. With neither, the year of the page date.
    """
    latest_page_year = shown.year if shown else None
    if m.weekday is not None:
        top = latest_page_year or (max(explicit_years) + 1 if explicit_years else None)
        if top is None:
            return None
        for year in range(top, top - 12, -1):
            d = m.on(year)
            if d and d.weekday() == m.weekday and (not shown or d <= shown):
                return d
    if explicit_years:
        year = max(explicit_years) + 1
        if shown and (year > shown.year or (m.on(year) or shown) > shown):
            year = max(explicit_years)
        return m.on(year)
    if shown:
        d = m.on(shown.year)
        return d if d and d <= shown else m.on(shown.year - 1)
    return None

