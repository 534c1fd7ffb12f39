"""A press release's heading and an exclusive's label (clean/release.py): kept as `Article.release` and
`Article.exclusive`, dropped from the body, on text dumps, HTML pages and feed records; never read off a news story
that only mentions a release or an exclusive deal."""
from __future__ import annotations

import pytest

from sourcetrace.clean import build_article
from sourcetrace.clean.release import EXCLUSIVE_LABELS, RELEASE_HEADINGS, is_release_heading
from sourcetrace.models import Document, FeedMeta

BODY = [
    "Private rents rose by 9.4% in the year to October, the largest annual rise since the series began in 2005.",
    "The average private rent was 1,240 euros a month in October, 106 euros more than a year earlier.",
    "Rents rose fastest in the capital, where the average tenant now pays 1,860 euros a month for a home.",
]

# every entry of clean/data/release_headings.txt: a heading line it opens, as issuers write them
HEADINGS = {
    "press release": "HARBOUR BOARD - Press release",
    "news release": "News release",
    "media release": "Media release, 4 August 2026",
    "statistical release": "Statistical release",
    "statistics release": "Statistics release: rents and house prices",
    "statement": "Statement on the power outage of Saturday 14 November",
    "joint statement": "Joint statement: explosion at the Asterby paint works",
    "press statement": "Press statement",
    "media statement": "Kellsby Council | Media statement",
    "for immediate release": "FOR IMMEDIATE RELEASE",
    "embargoed until": "Embargoed until 00:01 CET, Thursday 26 November 2026",
    "embargoed till": "EMBARGOED TILL 10AM MONDAY",
    "under embargo until": "Under embargo until 9.30am, 17 November",
    "release date": "Release date: 12 November 2026, 9.00am",
}


def dump(*lines: str):
    return build_article(Document("release.txt", "\n\n".join([*lines, *BODY]) + "\n", "text"))


def test_every_release_heading_has_a_test_line():
    assert sorted(HEADINGS) == sorted(RELEASE_HEADINGS)


@pytest.mark.parametrize("entry", sorted(HEADINGS))
def test_a_heading_above_the_story_marks_a_release_and_leaves_the_body(entry):
    article = dump("MERROVIAN STATISTICS OFFICE", HEADINGS[entry], "Private rents rise at record pace", "17 November 2026")
    assert article.release == HEADINGS[entry]
    assert article.text == "\n\n".join(BODY)


def test_a_newswire_distributing_a_release_says_so_after_its_name():
    article = dump("PressDesk Newswire - Press release distribution", "SOURCE: Merrovian Statistics Office")
    assert article.release == "PressDesk Newswire - Press release distribution"


@pytest.mark.parametrize("line", [
    "The ministry said in a press release that rents would keep rising.",  # a sentence about a release
    "Police issued a statement on Tuesday evening after the arrests in Calder Yard.",
    "Private rents rise at record pace, statistics office says",  # a headline
    "HOUSING",  # a kicker naming the section
    "By Tessa Marlow and Jude Okafor",
])
def test_a_news_page_is_no_release(line):
    assert not is_release_heading(line)
    assert dump("THE MERROVIA SENTINEL", line).release is None


def test_a_menu_linking_to_the_sites_press_releases_is_no_heading():
    assert dump("Home", "News", "Press releases", "Contact us", "THE MERROVIA SENTINEL", "Rents rise at record pace",
                "17 November 2026").release is None


def test_a_release_heading_opening_the_body_is_no_part_of_it():
    long_story = [f"{sentence} The office said the figures were provisional." for sentence in BODY]
    article = build_article(Document("release.txt", "\n\n".join(["FOR IMMEDIATE RELEASE", *long_story]), "text"))
    assert article.release == "FOR IMMEDIATE RELEASE"
    assert "IMMEDIATE" not in article.text


def test_an_html_release_by_its_section_or_its_first_paragraph():
    paragraphs = "".join(f"<p>{p}</p>" for p in BODY)
    section = ("<html><head><meta property='article:section' content='Press releases'><title>Rents rise</title>"
               f"</head><body><article><h1>Rents rise</h1>{paragraphs}</article></body></html>")
    assert build_article(Document("r.html", section, "html")).release == "Press releases"
    opening = ("<html><head><title>Rents rise</title></head><body><article><h1>Rents rise</h1>"
               f"<p>FOR IMMEDIATE RELEASE</p>{paragraphs}</article></body></html>")
    article = build_article(Document("r.html", opening, "html"))
    assert article.release == "FOR IMMEDIATE RELEASE"
    assert "IMMEDIATE" not in article.text
    news = (f"<html><head><meta property='article:section' content='Business'><title>Rents rise</title></head>"
            f"<body><article><h1>Rents rise</h1>{paragraphs}</article></body></html>")
    assert build_article(Document("r.html", news, "html")).release is None


# every entry of clean/data/exclusive_labels.txt: the label on a line of its own, and before a headline
EXCLUSIVES = {"exclusive": ("EXCLUSIVE", "Exclusive: four libraries to close as council faces 38m gap"),
              "world exclusive": ("World exclusive", "WORLD EXCLUSIVE - the report ministers tried to bury")}


def test_every_exclusive_label_has_test_lines():
    assert sorted(EXCLUSIVES) == sorted(EXCLUSIVE_LABELS)


@pytest.mark.parametrize("entry", sorted(EXCLUSIVES))
def test_an_exclusive_label_above_the_story_or_on_its_headline(entry):
    kicker, headline = EXCLUSIVES[entry]
    article = dump("THE KELDBY CHRONICLE", kicker, "By Ann Berg", "17 November 2026")
    assert (article.exclusive, article.release) == (kicker, None)
    assert article.text == "\n\n".join(BODY)
    assert dump("THE KELDBY CHRONICLE", headline, "17 November 2026").exclusive == headline


def test_an_exclusive_headline_from_a_feed_record_or_an_html_page():
    record = build_article(Document("feed.jsonl#1", "\n\n".join(BODY), "text",
                                    feed=FeedMeta(title="Exclusive: rents rise at record pace")))
    assert record.exclusive == "Exclusive: rents rise at record pace"
    paragraphs = "".join(f"<p>{p}</p>" for p in BODY)
    page = (f"<html><head><title>Exclusive: rents rise at record pace</title></head><body><article>"
            f"<h1>Exclusive: rents rise at record pace</h1>{paragraphs}</article></body></html>")
    assert build_article(Document("r.html", page, "html")).exclusive == "Exclusive: rents rise at record pace"


@pytest.mark.parametrize("line", ["Exclusive talks between the two chains broke down on Friday.",
                                  "The club signed an exclusive deal with the broadcaster"])
def test_a_story_about_an_exclusive_deal_is_no_exclusive(line):
    assert dump("THE MERROVIA SENTINEL", line, "17 November 2026").exclusive is None
