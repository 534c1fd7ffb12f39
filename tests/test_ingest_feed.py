"""JSONL feed records keep their article's outlet, date, title and authors (news-please and common keys)."""
from __future__ import annotations

import json

from sourcetrace.clean import build_article
from sourcetrace.clean.feed import feed_date
from sourcetrace.ingest import read_bytes
from sourcetrace.models import Document, FeedMeta, InputError

BODY = ("The harbour authority said on Monday that the new ferry terminal would open in the spring.\n\n"
        "Officials told reporters the building work had cost more than planned.")
PAGE = ("<html><head><title>Ferry terminal to open | Harbour Times</title>"
        "<meta property='og:site_name' content='Harbour Times'></head><body><article><h1>Ferry terminal to open</h1>"
        + "".join(f"<p>{p}</p>" for p in BODY.split("\n\n")) + "</article></body></html>")


def articles(*records: dict):
    data = "\n".join(json.dumps(r) for r in records).encode()
    return [item if isinstance(item, InputError) else build_article(item) for item in read_bytes("feed.jsonl", data)]


def test_a_news_please_record_keeps_outlet_date_title_authors_and_language():
    [article] = articles({"url": "https://www.harbourtimes.example/2021/ferry", "source_domain": "harbourtimes.example",
                          "title": "Ferry terminal to open in spring", "date_publish": "2021-11-10 08:12:00",
                          "maintext": BODY, "authors": ["Ann Lee", "Bo Chan"], "language": "en"})
    assert article.outlet == "harbourtimes.example"
    assert article.published == "2021-11-10" and article.published_source == "meta"
    assert article.title == "Ferry terminal to open in spring"
    assert article.authors == ["Ann Lee", "Bo Chan"] and article.language == "en"
    assert article.text == BODY  # its paragraphs as the crawler split them, not run into one


def test_common_published_date_and_outlet_keys_are_read():
    first, second = articles({"text": BODY, "outlet": "Harbour Times", "published": "Wed, 10 Nov 2021 08:12:00 GMT"},
                             {"text": BODY, "date": "November 9, 2021", "author": "Ann Lee"})
    assert first.outlet == "Harbour Times" and first.published == "2021-11-10"
    assert second.published == "2021-11-09" and second.authors == ["Ann Lee"] and second.outlet is None


def test_the_outlet_comes_from_the_url_when_the_record_names_none():
    [article] = articles({"url": "https://www.harbourtimes.example/ferry", "text": BODY})
    assert article.outlet == "harbourtimes.example"


def test_a_pages_own_site_name_beats_a_records_bare_domain_but_not_a_records_name():
    named, domain = articles({"url": "https://harbourtimes.example/f", "html": PAGE, "outlet": "The Harbour Times"},
                             {"url": "https://harbourtimes.example/f", "html": PAGE, "source_domain": "harbourtimes.example"})
    assert named.outlet == "The Harbour Times" and domain.outlet == "Harbour Times"


def test_a_record_without_metadata_still_reads_and_a_bad_date_is_a_warning_not_a_failure():
    plain, bad = articles({"text": BODY}, {"text": BODY, "date_publish": "sometime"})
    assert plain.published is None and plain.outlet is None
    assert bad.published is None and any("not a date" in w for w in bad.warnings)


def test_a_feed_title_changes_the_content_id_like_any_title():
    titled, untitled = articles({"text": BODY, "title": "Ferry terminal"}, {"text": BODY})
    assert titled.id != untitled.id
    assert titled.id == build_article(Document("x", BODY, "text", feed=FeedMeta(title="Ferry terminal"))).id


def test_feed_dates_in_the_forms_feeds_use():
    assert feed_date("2021-11-10T08:12:00Z") == "2021-11-10"
    assert feed_date("2021-11-10") == "2021-11-10"
    assert feed_date("Wed, 10 Nov 2021 23:59:00 +0000") == "2021-11-10"
    assert feed_date("2021-13-40") is None and feed_date("") is None
