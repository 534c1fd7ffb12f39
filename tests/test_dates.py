"""Dates in article text: parsing, the publication estimate and staleness."""
from datetime import date

import pytest

from sourcetrace.clean.dates import estimate_published, find_mentions, is_date_line, is_stale, parse_date


@pytest.mark.parametrize(
    "line, expected",
    [
        ("Sunday, May 28, 2023", date(2023, 5, 28)),
        ("Dec. 22, 2023 11:48 a.m. ET", date(2023, 12, 22)),
        ("Published: 12:40 GMT, 22 December 2023 | Updated: 14:44 GMT", date(2023, 12, 22)),
        ("Sept. 3, 2019", date(2019, 9, 3)),
        ("2023-05-28", date(2023, 5, 28)),
        ("By Kent GermanDec 22, 2023", date(2023, 12, 22)),
        ("December 22, 20233:00 AM ET", date(2023, 12, 22)),
        ("No date here, just 2023 numbers like 12 and 28", None),
        ("February 30, 2023", None),
    ],
)
def test_parse_date(line, expected):
    assert parse_date(line) == expected


def test_lower_case_month_words_are_not_dates():
    assert find_mentions("officials may 5 times a day march 3 abreast") == []


def test_date_line_is_a_date_and_little_else():
    assert is_date_line("Sunday, May 28, 2023")
    assert is_date_line("Dec. 21, 2023 3 AM PT")
    assert not is_date_line("The court ruled on May 28, 2023 that the merger could go ahead without conditions.")


def test_estimate_from_month_day_mentions_with_relative_months_and_earlier_years():
    text = (
        "The prime minister survived an attack earlier this month. Officials said on November 8 that "
        "militias upset after elections last month were behind it. Such drones have been used since "
        "July 2020. Tensions rose after an assassination in January 2020."
    )
    # the written years are earlier ones, so November 8 falls in 2021; the day itself is uncertain
    assert estimate_published(text, page_date="2023-05-28") == ("2021-11", "estimate")


def test_estimate_year_rollover_uses_the_year_before_an_early_january_page_date():
    text = "The storm made landfall on December 28 and power was restored two days later."
    assert estimate_published(text, page_date="2024-01-10") == ("2023-12", "estimate")


def test_estimate_same_year_as_page_date_when_no_year_is_written():
    text = "Lawmakers voted on March 3 to extend the program."
    assert estimate_published(text, page_date="2024-06-01") == ("2024-03", "estimate")


def test_estimate_from_explicit_years_without_page_date():
    text = "The plan, first floated in January 2020, was approved on March 3 after a long review."
    assert estimate_published(text) == ("2021-03", "estimate")


def test_estimate_places_a_weekday_mention_in_the_matching_year():
    # November 7 fell on a Sunday in 2021, not in 2022 or 2023
    text = "The attack happened on Sunday, November 7, and an investigation was ordered."
    assert estimate_published(text, page_date="2023-05-28") == ("2021-11", "estimate")


def test_estimate_never_after_the_page_date():
    text = "The festival opens on December 20 and runs through the holidays."
    value, _ = estimate_published(text, page_date="2023-06-01")
    assert value == "2022-12"


def test_a_dateline_is_the_publication_date_taken_from_the_text():
    text = "WASHINGTON, May 3, 2021 (Reuters) - The Senate on Monday passed the bill."
    assert estimate_published(text, page_date="2023-01-01") == ("2021-05-03", "text")


def test_no_dates_at_all_gives_no_estimate():
    assert estimate_published("Nothing here says when it happened.", page_date="2023-05-28") == (None, None)
    assert estimate_published("") == (None, None)


def test_stale_when_page_date_is_long_after_publication():
    assert is_stale("2023-05-28", "2021-11")
    assert is_stale("2023-05-28", "2023-02-01")


def test_not_stale_within_ninety_days_or_when_unknown():
    # a month counts as its last day: November 30 to December 1 is one day
    assert not is_stale("2021-12-01", "2021-11")
    assert not is_stale("2023-05-28", "2023-03-01")
    assert not is_stale(None, "2021-11")
    assert not is_stale("2023-05-28", None)


def test_events_still_to_come_do_not_date_the_story():
    text = "The vote took place on March 3. A second round will be held on May 20."
    assert estimate_published(text, page_date="2024-12-01") == ("2024-03", "estimate")
