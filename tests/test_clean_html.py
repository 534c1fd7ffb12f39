"""HTML article extraction: the named metadata passes on small pages, and real benchmark pages.

Real pages come from ../shared/bench (next to the repository); those tests are skipped
when it is missing. Expected values are read from the benchmarks' ground truth.
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pytest

from sourcetrace.clean import build_article
from sourcetrace.clean.html_authors import find_authors, person_name
from sourcetrace.clean.html_body import drop_date_lines, drop_leading_title, drop_teasers, merge_split_body
from sourcetrace.clean.html_dates import choose_page_date, choose_published, published_source
from sourcetrace.clean.html_title import choose_title, strip_site_affixes
from sourcetrace.clean.metadata import read_page_meta
from sourcetrace.ingest import read_bytes
from sourcetrace.models import Document
from trafilatura.utils import load_html

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared"
NAEB = SHARED / "bench" / "metadata" / "naeb"
SCRAPINGHUB = SHARED / "bench" / "extraction" / "scrapinghub"
needs_shared = pytest.mark.skipif(not NAEB.is_dir() or not SCRAPINGHUB.is_dir(), reason="../shared/bench (the benchmark pages) is not next to the repository")

BODY = "<p>" + " ".join(["The council voted on Tuesday to approve the new budget for the coming year."] * 6) + "</p>"


def page(head: str = "", body: str = "") -> str:
    return f"<html lang='en-GB'><head>{head}</head><body><article>{body}{BODY}</article></body></html>"


def parsed(html: str):
    tree = load_html(html)
    return tree, read_page_meta(tree)


# --- title ---------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "raw, expected",
    [
        ("Council approves budget | The Daily Planet", "Council approves budget"),
        ("Council approves budget - The Daily Planet", "Council approves budget"),
        ("Council approves budget | Politics | The Daily Planet", "Council approves budget"),
        ("Opinion | Council approves budget", "Council approves budget"),
        ("Best budget apps 2023 | Top 10 reviewed", "Best budget apps 2023 | Top 10 reviewed"),  # not a site name: kept
        ("Budget - what it means for you", "Budget - what it means for you"),
    ],
)
def test_strip_site_affixes(raw, expected):
    assert strip_site_affixes(raw, ["The Daily Planet", "dailyplanet.com", "dailyplanet"], section="Politics") == expected


def test_title_is_the_h1_that_matches_the_meta_titles_not_the_seo_variant_or_the_logo():
    html = page(
        "<title>Council backs budget after long row | Daily Planet</title>"
        "<meta property='og:title' content='Council backs budget'><meta property='og:site_name' content='Daily Planet'>",
        "<h1>Daily Planet</h1><h1>Council backs new budget after a long row</h1>",
    )
    _, meta = parsed(html)
    assert choose_title(meta, ["Daily Planet"]) == "Council backs new budget after a long row"


def test_title_falls_back_to_meta_title_without_site_suffix_when_no_h1_matches():
    _, meta = parsed(page("<title>Council backs budget - Daily Planet</title>", "<h1>Latest news</h1><h1>Sport</h1>"))
    assert choose_title(meta, ["Daily Planet"]) == "Council backs budget"


def test_title_fallback_is_the_declared_title_the_others_agree_with():
    html = page(
        "<script type='application/ld+json'>{\"@type\": \"NewsArticle\", \"headline\": \"Watch the hottest movies free\"}</script>"
        "<meta property='og:title' content='Planet Company guide to the new office'>"
        "<title>Planet Company guide to the new office | Planet Company</title>",
        "<h1>Menu</h1>",
    )
    _, meta = parsed(html)
    # the headline mentions the site, which must not make it count as the site's name
    assert choose_title(meta, ["Planet Company", "planetcompany.com"]) == "Planet Company guide to the new office"


def test_title_h1_with_a_kicker_label_gives_the_declared_headline():
    html = page(
        "<script type='application/ld+json'>{\"@type\": \"NewsArticle\", \"headline\": \"What I will be praying for\"}</script>",
        "<h1><span>Opinion</span> What I will be praying for</h1>",
    )
    _, meta = parsed(html)
    assert choose_title(meta, ["Daily Planet"]) == "What I will be praying for"


# --- authors -------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "text, expected",
    [
        ("By Jane Doe", "Jane Doe"),
        ("View all posts by Chris E. Hayner", "Chris E. Hayner"),
        ("Tom Caswell on December 21", "Tom Caswell"),
        ("Greg Potts Published", "Greg Potts"),
        ("Ludwig van Beethoven", "Ludwig van Beethoven"),
        ("Abe Streep Abe Streep", "Abe Streep"),
        ("Finian Cunningham. Sputnik International", "Finian Cunningham"),
        ("Kevin McCoy USA", "Kevin McCoy"),
        ("LISA MASCARO", "LISA MASCARO"),
        ("Ryan Reed's Most Recent Stories", None),
        ("Editor-at-large", None),
        ("The Associated Press", None),
        ("Bleacher Report", None),
        ("jganz@nydailynews.com", None),
        ("Sponsored", None),
    ],
)
def test_person_name(text, expected):
    assert person_name(text) == expected


def authors_of(html: str, sites=("Daily Planet", "dailyplanet.com")) -> list[str]:
    tree, meta = parsed(html)
    return find_authors(tree, meta, list(sites))


def test_byline_with_two_writers_and_the_outlet():
    html = page(body="<div class='byline'>By <span class='byline__name'>Jane Doe</span> and John Roe, Daily Planet</div>")
    assert authors_of(html) == ["Jane Doe", "John Roe"]


def test_byline_drops_job_titles_screen_reader_text_emails_and_contributors():
    html = page(body=(
        "<div class='byline'>By <span class='sr-only'>Social links for</span> Jane Doe | jdoe@dailyplanet.com"
        " | Daily Planet News<div>Senior Reporter</div> Contributions from Max Mustermann</div>"
    ))
    assert authors_of(html) == ["Jane Doe"]


def test_byline_names_end_where_their_elements_end():
    html = page(body=(
        "<div class='byline'>By <a href='/a/jane'>Jane Doe</a> and <span>John Roe</span><span>Globe Staff and</span>"
        " Globe Correspondent, Updated December 22, 2023</div>"
    ))
    assert authors_of(html) == ["Jane Doe", "John Roe"]


def test_byline_item_naming_an_institution_is_dropped_whole():
    html = page(body="<p class='article-byline'>by Dennis Thompson, National Institute of Allergy and Infectious Diseases</p>")
    assert authors_of(html) == ["Dennis Thompson"]


def test_publisher_in_structured_author_loses_to_the_byline():
    html = page(
        "<meta name='author' content='Planet Media Group'>"
        "<script type='application/ld+json'>{\"@type\": \"NewsArticle\", \"author\": [{\"@type\": \"Person\", \"name\": \"Jane Doe\"}]}</script>",
        "<p class='byline'>By Jane Doe</p>",
    )
    assert authors_of(html) == ["Jane Doe"]


def test_photo_credit_in_an_author_box_loses_to_declared_author():
    html = page(
        "<meta name='author' content='Holly Cain'>",
        "<div class='metaAuthor'><div class='authorRow'>Sean Gardner <div></div> Getty Images</div></div>",
    )
    assert authors_of(html) == ["Holly Cain"]


def test_visible_by_text_next_to_an_author_link():
    html = page(body=(
        "<div><img src='x.jpg'><div><span>Photo of the council.</span><span>By Ann Photog</span></div></div>"
        "<span>By <a href='/writer/1/jane'>Jane Doe</a>, Contributing Writer</span>"
    ))
    assert authors_of(html) == ["Jane Doe"]


def test_declared_authors_without_the_outlet_and_cms_accounts():
    html = page("<meta name='author' content='Jill Disis; CNN Business'>")
    assert authors_of(html, sites=("CNN", "cnn.com")) == ["Jill Disis"]
    assert authors_of(page("<meta name='author' content='admin'>")) == []


def test_visible_organization_byline_beats_the_declared_publisher():
    html = page(
        "<script type='application/ld+json'>{\"@type\": \"NewsArticle\", \"author\": {\"@type\": \"Organization\", \"name\": \"Planet Network\"}}</script>",
        "<p class='article-byline'>by <a href='/partners/tokyo'>University of Tokyo</a></p>",
    )
    assert authors_of(html) == ["University of Tokyo"]
    assert authors_of(page("<meta name='author' content='siteadmin'>")) == []


def test_organization_byline_when_nobody_is_named():
    html = page("<script type='application/ld+json'>{\"@type\": \"NewsArticle\", \"author\": {\"@type\": \"Person\", \"name\": \"Chicago Tribune staff\"}}</script>")
    assert authors_of(html) == ["Chicago Tribune"]


# --- dates ---------------------------------------------------------------------------------

def test_published_is_the_local_day_the_page_shows_for_the_declared_utc_instant():
    html = page(
        "<meta property='article:published_time' content='2023-12-23T03:22:07Z'>",
        "<time datetime='2023-12-22T22:22:07-0500'>Dec 22, 2023, 10:22 PM EST</time>",
    )
    tree, meta = parsed(html)
    assert choose_published(tree, meta) == "2023-12-22"


def test_utc_timestamp_takes_the_local_day_of_a_published_line():
    html = page(
        "<meta property='article:published_time' content='2023-12-20T01:00:21Z'>",
        "<div class='sub'><span>Published</span> 8:00 PM EST, Tue December 19, 2023</div>",
    )
    tree, meta = parsed(html)
    assert choose_published(tree, meta) == "2023-12-19"
    far = page("<meta property='article:published_time' content='2023-12-20T01:00:21Z'>", "<p>Published December 1, 2023</p>")
    assert choose_published(*parsed(far)) == "2023-12-20"  # a line days away is about something else


def test_original_publication_beats_a_shown_update_which_becomes_the_page_date():
    html = page(
        "<script type='application/ld+json'>{\"@type\": \"NewsArticle\", \"headline\": \"x\","
        " \"datePublished\": \"2019-03-30T08:00:00-04:00\", \"dateModified\": \"2023-12-19T09:00:00-05:00\"}</script>",
        "<time datetime='2023-12-19T09:00:00-05:00'>Updated Dec 19, 2023</time>",
    )
    tree, meta = parsed(html)
    assert choose_published(tree, meta) == "2019-03-30"
    assert choose_page_date(tree, meta) == "2023-12-19"
    article = build_article(Document(input="t.html", content=html, kind="html"))
    assert (article.published, article.page_date, article.stale, article.published_source) == ("2019-03-30", "2023-12-19", True, "meta")


def test_updated_line_is_the_page_date_and_not_the_publication_date():
    html = page(
        "<meta property='article:published_time' content='2023-12-12T21:02:36Z'>",
        "<div class='meta'><span>Updated on</span> December 13, 2023 1:23 PM</div><p>Story updated with new quotes.</p>",
    )
    tree, meta = parsed(html)
    assert choose_published(tree, meta) == "2023-12-12"
    assert choose_page_date(tree, meta, "2023-12-12") == "2023-12-13"
    assert choose_page_date(tree, meta, "2023-12-20") is None  # an "update" before publication is not one


def test_undeclared_date_falls_back_to_htmldate():
    html = page(body="<p class='date'>Published 2021-06-14</p>")
    tree, meta = parsed(html)
    assert choose_published(tree, meta) == "2021-06-14"


def test_published_source_says_where_the_date_was_found():
    declared = page("<meta property='article:published_time' content='2021-06-14T10:00:00Z'>")
    in_htmldates_meta = page("<meta itemprop='datePublished' content='2021-06-14'>")
    in_text = page(body="<p class='date'>Published 2021-06-14</p>")
    in_url = page("<link rel='canonical' href='https://example.com/2021/06/14/council-budget/'>")
    for html, source in [(declared, "meta"), (in_htmldates_meta, "meta"), (in_text, "text"), (in_url, "text")]:
        tree, meta = parsed(html)
        published = choose_published(tree, meta)
        assert (published, published_source(tree, meta, published)) == ("2021-06-14", source)
        assert build_article(Document(input="t.html", content=html, kind="html")).published_source == source
    tree, meta = parsed(page())
    assert published_source(tree, meta, None) is None


def test_unparsable_declared_value_gives_way_to_the_next_declared_one():
    html = page("<meta name='publishdate' content='Friday, December 22, 2023, 01:54 PM'><meta name='date' content='2023-12-22T18:54:30Z'>")
    tree, meta = parsed(html)
    assert choose_published(tree, meta) == "2023-12-22"


def test_implausible_declared_date_is_ignored():
    html = page("<meta property='article:published_time' content='1970-01-01T00:00:00Z'>", "<p class='date'>Published 2021-06-14</p>")
    tree, meta = parsed(html)
    assert choose_published(tree, meta) == "2021-06-14"


# --- body ----------------------------------------------------------------------------------

def test_headline_repeated_as_first_paragraph_is_dropped():
    assert drop_leading_title(["Council Backs Budget!", "The council voted."], ["Council backs budget"]) == ["The council voted."]
    assert drop_leading_title(["The council voted."], ["Council backs budget"]) == ["The council voted."]


def test_teaser_lines_and_lists_of_other_stories_are_dropped():
    paragraphs = [
        "The council voted.",
        "Read More: Ten things to know about budgets",
        "More Must-Reads From The Planet",
        "- Budget row explained",
        "- The mayor's year",
        "Related: a long sentence that names another story without being a link list at all, " * 3,
        "More people than ever came to the meeting: over 300 of them.",
    ]
    assert drop_teasers(paragraphs) == [paragraphs[0], paragraphs[5], paragraphs[6]]


def test_read_more_heading_takes_the_story_titles_after_it_but_not_the_next_sentence():
    paragraphs = ["The council voted.", "Read more:", "Budget row explained", "The mayor's year in pictures", "It passed by 30 votes to 12."]
    assert drop_teasers(paragraphs) == ["The council voted.", "It passed by 30 votes to 12."]


def test_date_bar_lines_are_dropped_but_tweet_signatures_stay():
    paragraphs = ["Sunday 17 December 2023 17:23, UK", "The council voted.", "— Jane Doe (@janedoe) November 1, 2019"]
    assert drop_date_lines(paragraphs) == paragraphs[1:]


def test_story_split_into_sibling_body_chunks_is_extracted_whole():
    def chunk(n):
        return "<div class='article__body'>" + "".join(
            f"<p>Part {n}, paragraph {i}: the council argued about the budget for {n + i} hours, heard {i * 7 + n} speakers"
            " from the floor, and then voted on the amendments one by one.</p>" for i in range(3)
        ) + "</div>"

    html = (
        "<html><body><main><div class='chunks'>"
        f"<div class='grid'>{chunk(1)}<aside>Advertisement</aside></div><div class='grid'>{chunk(2)}</div>"
        "</div></main><footer><p>Contact us</p></footer></body></html>"
    )
    article = build_article(Document(input="t.html", content=html, kind="html"))
    assert "Part 1, paragraph 0" in article.text and "Part 2, paragraph 2" in article.text
    tree = load_html(html)
    merge_split_body(tree)
    first, second = tree.xpath("//div[@class='article__body']")
    assert len(first.findall("p")) == 6 and len(second) == 0


def test_one_paragraph_per_container_is_left_alone():
    html = "<html><body><article>" + "".join(
        f"<div class='article-body'><p>Paragraph {i} of the story, long enough to count as prose.</p></div><figure>x</figure>" for i in range(4)
    ) + "</article></body></html>"
    tree = load_html(html)
    merge_split_body(tree)
    assert [len(d) for d in tree.xpath("//div[@class='article-body']")] == [1, 1, 1, 1]


def test_whole_page_fields():
    html = page(
        "<title>Council backs budget | Daily Planet</title><link rel='canonical' href='https://dailyplanet.com/news/budget'>"
        "<meta property='og:site_name' content='Daily Planet'><meta property='article:section' content='Politics'>"
        "<meta property='article:published_time' content='2023-05-02T10:00:00+01:00'>",
        "<h1>Council backs budget</h1><p class='byline'>By Jane Doe</p>",
    )
    article = build_article(Document(input="t.html", content=html, kind="html", url="https://mirror.example/x"))
    assert article.title == "Council backs budget"
    assert article.url == "https://dailyplanet.com/news/budget"
    assert (article.outlet, article.section, article.language) == ("Daily Planet", "Politics", "en")
    assert article.authors == ["Jane Doe"]
    assert article.published == "2023-05-02"
    assert "\n\n" not in article.text and article.text.startswith("The council voted")


def test_the_documents_url_is_kept_when_the_page_declares_none():
    for kind, content in (("html", page("<title>Council backs budget</title>")), ("text", "Council backs budget\n\n" + BODY[3:-4])):
        article = build_article(Document(input="t", content=content, kind=kind, url="https://mirror.example/x"))
        assert article.url == "https://mirror.example/x", kind


def test_outlet_without_tagline():
    html = page("<meta property='og:site_name' content='Daily Planet | The best news in Metropolis'>")
    assert build_article(Document(input="t.html", content=html, kind="html")).outlet == "Daily Planet"


def test_outlet_falls_back_to_the_domain_and_empty_page_gives_a_warning():
    article = build_article(Document(input="t.html", content=page(), kind="html", url="https://www.dailyplanet.com/a"))
    assert article.outlet == "dailyplanet.com"
    for content in ("<html></html>", "<html><head><title>Hi</title></head><body><script>var a = 1;</script></body></html>"):
        empty = build_article(Document(input="e.html", content=content, kind="html"))
        assert empty.text == "" and len(empty.warnings) == 1


def test_malformed_metadata_does_not_break_extraction():
    html = page(
        "<script type='application/ld+json'>{not json</script>"
        "<script type='application/ld+json'>[{\"@type\": [\"NewsArticle\"], \"headline\": [\"x\"], \"author\": 42,"
        " \"datePublished\": [\"2020\"], \"articleSection\": [{\"a\": 1}]}]</script>"
        "<meta property='article:published_time' content='not a date'>",
        "<time datetime='garbage'>yesterday</time>",
    )
    article = build_article(Document(input="m.html", content=html, kind="html"))
    assert article.text.startswith("The council voted")
    assert article.authors == [] and article.section is None


# --- real benchmark pages ------------------------------------------------------------------

def real_article(root: Path, page_id: str):
    path = root / "html" / f"{page_id}.html.gz"
    return build_article(next(read_bytes(str(path), path.read_bytes())))


def truth(root: Path) -> dict:
    return json.loads((root / "ground-truth.json").read_text(encoding="utf-8"))


def author_set(value) -> set[str]:
    text = ",".join(value) if isinstance(value, list) else value
    return {a.strip().lower() for a in re.split(r",|;| and ", text or "") if a.strip()}


@needs_shared
@pytest.mark.parametrize(
    "page_id, fields, source, what",
    [
        ("a367c38ba1a4941c500c77ec2a0b10b0", "title date", "text", "title with a site suffix in every meta title"),
        ("78b8e99f9ba349e91bbd7368a0083868", "title authors", "meta", "two writers in the byline, one in the metadata"),
        ("03434393eb6c42631926b801d194b7ce", "title authors date", "meta", "byline with a date after the names"),
        ("2348afdd3b6426ee104bb677b3a32706", "title authors date", "text", "no marked byline, a photo credit before the real one"),
        ("822cf3a6955f552e0902aa0bab126475", "title authors date", "meta", "UTC timestamp shown on the next local day"),
    ],
)
def test_naeb_pages(page_id, fields, source, what):
    gold = truth(NAEB)[page_id]
    article = real_article(NAEB, page_id)
    assert article.title == gold["title"], what
    if "authors" in fields:
        assert author_set(article.authors) == author_set(gold["authors"]), what
    if "date" in fields:
        assert article.published == gold["date"], what
    assert article.published_source == source and article.outlet and article.url.startswith("https://")


@needs_shared
def test_scrapinghub_pages_bodies_match_the_ground_truth():
    sys.path.insert(0, str(SHARED / "tools"))
    from score_extraction import page_counts

    gold = truth(SCRAPINGHUB)
    for page_id in sorted(gold)[:8]:
        article = real_article(SCRAPINGHUB, page_id)
        tp, fp, fn = page_counts(gold[page_id]["articleBody"], article.text)
        assert tp >= 0.8, (page_id, tp, fp, fn)
        assert all(p.strip() == p and p for p in article.text.split("\n\n"))
