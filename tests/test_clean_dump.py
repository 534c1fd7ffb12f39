"""The text-dump cleaner: the seed article, real benchmark dumps, and one small case per pass."""
import json
import re
from collections import Counter
from pathlib import Path

import pytest

from sourcetrace.clean.dump import clean_dump, cut_hover_card, repair_mojibake
from sourcetrace.models import Document

SHARED = Path(__file__).resolve().parents[2] / "shared"
SEED = SHARED / "fixtures" / "seed"


def dump(text: str):
    return clean_dump(Document(input="test.txt", content=text, kind="text"))


def needs(path: Path) -> Path:
    if not path.exists():
        pytest.skip(f"{path} is missing (the shared benchmarks are not checked out next to the repo)")
    return path


PROSE = [
    "The city council approved the new budget on a vote of seven to two after a long debate about road repairs.",
    "Supporters said the plan would fix the worst streets within three years, while critics warned about the cost.",
    "The mayor, who had pushed for the measure since the spring, called the vote a turning point for the city.",
    "Opponents said they would keep pressing for an independent audit of how the money is spent next year.",
]


def page(*header: str, body=PROSE, footer=()) -> str:
    return "\n\n".join([*header, *body, *footer]) + "\n"


# --- the seed article ------------------------------------------------------------------


@pytest.fixture(scope="module")
def seed():
    expected = json.loads(needs(SEED / "expected.json").read_text(encoding="utf-8"))["article"]
    return dump((SEED / "article.txt").read_text(encoding="utf-8")), expected


def test_seed_title_section_and_dates(seed):
    article, expected = seed
    assert article.title == expected["title"]
    assert article.section == "World News"
    assert article.page_date == "2023-05-28"
    assert article.published == "2021-11"
    assert article.published_source == "estimate"
    assert article.stale is True


def test_seed_body_is_the_article_and_nothing_else(seed):
    article, expected = seed
    body = article.text
    assert body.startswith(expected["body_must_start"])
    assert body.endswith(expected["body_must_end"])
    for chrome in expected["body_must_not_contain"]:
        assert chrome not in body
    for sentence in expected["body_must_contain"]:
        assert sentence in body
    assert "\n\n" in body and "\n\n\n" not in body


def test_seed_hover_card_is_cut_and_the_sentence_kept(seed):
    article, _ = seed
    assert "President Biden it condemned the attack on the prime minister" in article.text


# --- real benchmark dumps --------------------------------------------------------------


def shingle_f1(truth: str, predicted: str) -> float:
    def shingles(text):
        toks = re.findall(r"\w+", text)
        return Counter(tuple(toks[i : i + 4]) for i in range(max(1, len(toks) - 3)))

    t, p = shingles(truth), shingles(predicted)
    tp = sum((t & p).values())
    return 2 * tp / (sum(t.values()) + sum(p.values()))


def bench_page(bench: str, page_id: str):
    root = needs(SHARED / "bench" / bench)
    truth = json.loads((root / "ground-truth.json").read_text(encoding="utf-8"))[page_id]
    return dump(needs(root / "text" / f"{page_id}.txt").read_text(encoding="utf-8")), truth


def test_real_dump_with_split_byline_and_date_under_the_headline():
    article, truth = bench_page("metadata/naeb", "03434393eb6c42631926b801d194b7ce")
    assert article.title == truth["title"]
    assert article.authors == ["Chris E. Hayner", "Tom Caswell"]
    assert article.published == truth["date"] and article.published_source == "meta"
    assert shingle_f1(truth["articleBody"], article.text) > 0.9


def test_real_dump_with_menus_and_related_links():
    page_id = "c58aa507c4deebd660f69905f9abb8f96d935f6e7210f597ed4cd32b3f39f7f7"
    article, truth = bench_page("extraction/scrapinghub", page_id)
    assert article.title == "Two federal prison officers charged with falsifying records in connection with Jeffrey Epstein's suicide"
    assert shingle_f1(truth["articleBody"], article.text) > 0.9


# --- one small case per pass -----------------------------------------------------------


def test_hover_card_cut_keeps_both_halves_of_the_sentence():
    text = (
        "Senator SmithJane Smith Court Rules On Tax Case Why The Budget Failed Governor Signs Law MORE "
        "said the plan was sound."
    )
    assert cut_hover_card(text) == "Senator Smith said the plan was sound."


def test_hover_card_left_alone_without_a_glued_name():
    text = "Prices rose MORE than expected in March, economists said on Tuesday in a note to clients."
    assert cut_hover_card(text) == text


def test_breadcrumb_gives_the_section_and_stays_out_of_the_body():
    title = "Council Approves Budget After Long Debate Over Roads"
    article = dump(page("HomeLocal PoliticsCouncil Approves Budget After Long...", title))
    assert article.title == title
    assert article.section == "Local Politics"
    assert "Home" not in article.text and "..." not in article.text


def test_date_bar_is_the_page_date_not_the_publication_date():
    article = dump(page("Sunday, May 28, 2023", "Menu", "Council Approves Budget After Long Debate Over Roads"))
    assert article.page_date == "2023-05-28"
    assert "2023" not in article.text


def test_dated_byline_under_the_headline_is_the_publication_date():
    article = dump(page("Council Approves Budget After Long Debate Over Roads", "By Jane Doe and John Roe", "March 4, 2022"))
    assert article.authors == ["Jane Doe", "John Roe"]
    assert (article.published, article.published_source) == ("2022-03-04", "meta")
    assert article.text.startswith(PROSE[0])


def test_widget_lists_and_footer_are_dropped():
    footer = [
        "Recent Stories",
        "Storm Knocks Out Power Across The Valley",
        "School Board Picks New Superintendent",
        "Suggested for you",
        "Advertisement",
        "Sign up for our newsletter to get the news in your inbox.",
        "Privacy Policy",
        "Copyright © 2023 The Daily Example. All rights reserved.",
    ]
    article = dump(page("Skip to content", "Council Approves Budget After Long Debate Over Roads", footer=footer))
    assert article.text == "\n\n".join(PROSE)


def test_advertisement_inside_the_article_is_dropped_but_the_article_is_kept_whole():
    body = PROSE[:2] + ["Advertisement"] + PROSE[2:]
    article = dump(page("Council Approves Budget After Long Debate Over Roads", body=body))
    assert article.text == "\n\n".join(PROSE)


def test_title_repeated_with_a_period_and_truncated_copies_leave_the_body():
    title = "Council Approves Budget After Long Debate Over Roads"
    article = dump(page("Council Approves Budget After...", title, title + "."))
    assert article.title == title
    assert article.text == "\n\n".join(PROSE)


def test_site_suffix_is_stripped_from_the_title():
    article = dump(page("Council Approves Budget After Long Debate Over Roads | The Daily Example"))
    assert article.title == "Council Approves Budget After Long Debate Over Roads"


def test_comments_after_the_article_are_not_the_body():
    comments = [
        "12 Comments",
        "jdoe says:",
        "This is the worst decision the council has made in years and everybody in town knows it by now.",
        "asmith says:",
        "I agree with the mayor that the roads have been neglected for far too long and need the money badly.",
    ]
    article = dump(page("Council Approves Budget After Long Debate Over Roads", footer=comments))
    assert article.text == "\n\n".join(PROSE)


def test_mojibake_is_repaired():
    broken = "We’d buy a game".encode("utf-8").decode("latin-1")
    assert repair_mojibake(broken) == "We’d buy a game"


def test_publication_estimated_from_the_body_when_no_date_is_given():
    body = PROSE + ["The council first discussed the plan in January 2020 and met again on November 8 to settle it."]
    article = dump(page("Sunday, May 28, 2023", "Council Approves Budget After Long Debate Over Roads", body=body))
    assert (article.published, article.published_source) == ("2021-11", "estimate")
    assert article.stale


def test_recent_story_is_not_stale():
    body = PROSE + ["The council met again on May 8 to settle the remaining questions about the audit."]
    article = dump(page("Sunday, May 28, 2023", "Council Approves Budget After Long Debate Over Roads", body=body))
    assert article.published == "2023-05"
    assert not article.stale


def test_empty_dump_gives_an_empty_article():
    article = dump("")
    assert article.text == "" and article.title is None


def test_crawl_date_caps_the_estimate_when_the_page_shows_no_date():
    body = PROSE + ["The council first discussed the plan in January 2020 and met again on November 8 to settle it."]
    doc = Document(input="x.warc#1", content=page("Council Approves Budget After Long Debate Over Roads", body=body),
                   kind="text", fetched="2020-12-02T10:00:00Z")
    article = clean_dump(doc)
    assert article.published == "2020-11" and article.page_date is None


@pytest.mark.parametrize(
    "byline, authors",
    [
        ("By Kent GermanDec 22, 2023", ["Kent German"]),
        ("ByYi-Jin Yu", ["Yi-Jin Yu"]),
        ("Jane Doe, Contributing Writer Dec. 24, 2023 at 4:00 a.m. PT", ["Jane Doe"]),
        ("By Chicago Tribune staff", ["Chicago Tribune"]),
    ],
)
def test_byline_variants_give_clean_names(byline, authors):
    article = dump(page("Council Approves Budget After Long Debate Over Roads", byline))
    assert article.authors == authors


def test_a_paragraph_that_opens_with_by_stays_in_the_body_and_the_byline_does_not():
    opening_by = ["By Sept. 30, the campaign had raised more than $4 million from small donors, its treasurer said.",
                  "By noon the streets around the stadium were empty, and the police had reopened the bridge.",
                  "By Tuesday, the council had voted twice more on the plan and rejected every amendment."]
    article = dump(page("Council Approves Budget After Long Debate Over Roads", "By Jane Doe and John Roe, Staff Writers",
                        body=PROSE[:2] + opening_by + PROSE[2:]))
    assert article.authors == ["Jane Doe", "John Roe"]
    assert all(p in article.text for p in opening_by) and "Staff Writers" not in article.text


def test_a_byline_with_a_long_bio_is_still_a_byline():
    byline = "By Jane Doe, one of the authors of the weekly newsletter Town Hall. Doe has covered the council for years."
    article = dump(page("Council Approves Budget After Long Debate Over Roads", byline))
    assert article.authors == ["Jane Doe"] and "newsletter" not in article.text


def test_sign_up_prompt_is_not_a_byline():
    footer = ["By signing up, you agree to our Terms of Use and Privacy Policy"]
    article = dump(page("Council Approves Budget After Long Debate Over Roads", footer=footer))
    assert article.authors == []


def test_weekday_date_under_the_headline_is_the_publication_date():
    article = dump(page("Council Approves Budget After Long Debate Over Roads", "Saturday 23 December 2023 05:39, UK"))
    assert (article.published, article.published_source, article.page_date) == ("2023-12-23", "meta", None)


# --- the headline among teasers, standfirsts and captions ---------------------------------

TEASERS = [
    "Storm knocks out power across the valley as crews work through the night to restore lines to homes.",
    "School board picks a new superintendent after a search that lasted most of the year and cost plenty.",
]


def test_headline_with_a_by_line_under_it_is_found_after_teasers_that_open_the_block():
    title = "Council Approves Budget After Long Debate Over Roads"
    article = dump(page("Menu", "Latest", body=[*TEASERS, title, "By Jane Doe", *PROSE]))
    assert article.title == title
    assert article.authors == ["Jane Doe"]


def test_headline_with_a_by_line_beats_a_nearer_teaser_heading():
    title = "Council Approves Budget After Long Debate Over Roads"
    header = [title, "By Jane Doe", "Share", *(f"Menu item {n}" for n in range(12)), "Mayor Backs New Plan For Downtown Parking"]
    assert dump(page(*header)).title == title


def test_long_standfirst_under_the_headline_is_not_the_title():
    title = "Council Budget Debate And Road Repairs, Ranked"
    standfirst = "In a year when the city council approved the new budget after a long debate about road repairs, which promises did the mayor keep?"
    header = [title, standfirst, "city council budget roads", "By Jane Doe", "Image: Jane Roe / The Daily Example", "Share", "Advertisement"]
    assert dump(page(*header)).title == title


def test_photo_credit_line_under_a_byline_is_not_the_headline():
    title = "Council Approves Budget After Long Debate Over Roads"
    caption = "Council members at the vote on Tuesday night in the city hall Credit...Jane Roe/The Daily Example"
    # the block opens with the story's first lines; the byline comes after a share bar and the photo
    assert dump(page("Menu", title, *PROSE[:2], "Share", "Photos", caption, "By Jane Doe", body=PROSE[2:])).title == title


def test_dash_clause_of_a_headline_is_not_taken_for_a_site_name():
    title = "Grandmother wakes up with no memory of the past 30 years — and thinks she is a teen"
    assert dump(page(title)).title == title


def test_headline_about_cookies_is_not_cookie_banner_chrome():
    title = "Giant Peppermint Chocolate Cookies Are the Perfect Holiday Treat"
    assert dump(page(title, "By Jane Doe")).title == title


def test_a_brief_without_long_prose_keeps_its_sentences_and_drops_its_chrome():
    article = dump("Home\nNews\n\nThe mayor said the bridge would reopen in May.\n\nShare this article\n")
    assert article.text == "The mayor said the bridge would reopen in May."


@pytest.mark.parametrize("sentence", [
    "“The vote failed tonight,” the mayor said after the meeting. “We will try again in May.”",
    "Subscribers to the paper complained that the price had doubled since March.",
    "The studio filed a copyright lawsuit against the streaming site on Friday afternoon.",
])
def test_a_sentence_of_news_with_a_word_page_furniture_uses_is_kept(sentence):
    article = dump(page("Council Votes Down Stadium Plan", "By Jane Doe", body=[PROSE[0], sentence, PROSE[1]]))
    assert sentence in article.text


def test_page_furniture_words_outside_sentences_are_still_chrome():
    article = dump(page("Council Votes Down Stadium Plan", "By Jane Doe",
                        body=[PROSE[0], "Please try again later.", "Get our newsletter in your inbox every morning.", PROSE[1]]))
    assert "try again" not in article.text and "newsletter" not in article.text


def test_a_short_frame_line_over_a_quotation_stays_in_the_body():
    quote = "“We will start with the bridge on Mill Street and then fix the worst streets within three years.”"
    article = dump(page("Council Approves Budget After Long Debate Over Roads",
                        body=PROSE[:2] + ["Berg continued:", quote] + PROSE[2:]))
    assert "Berg continued:\n\n" + quote in article.text


def test_a_short_line_with_a_colon_over_anything_but_a_quotation_is_still_dropped():
    article = dump(page("Council Approves Budget After Long Debate Over Roads",
                        body=PROSE[:2] + ["Read more:", "Mayor opens new bridge"] + PROSE[2:]))
    assert "Read more" not in article.text


# --- short sentences after prose (a one-line last paragraph) -----------------------------

CHROME_TOP = ["Skip to content", "Home", "Local", "Business", "Sports", "Sunday, May 28, 2023",
              "Council Approves Budget After Long Debate Over Roads", "By Jane Doe", "May 27, 2023"]
CHROME_BOTTOM = ["Related Stories", "Storm Knocks Out Power Across The Valley", "School Board Picks New Superintendent",
                 "Privacy Policy", "Copyright © 2023 The Daily Example. All rights reserved."]


def test_a_short_sentence_that_ends_the_article_stays_in_the_body():
    last = "Work starts in the spring."
    article = dump(page(*CHROME_TOP, body=PROSE + [last], footer=CHROME_BOTTOM))
    assert article.text == "\n\n".join(PROSE + [last])


def test_short_sentences_between_and_after_paragraphs_stay_in_the_body():
    body = [PROSE[0], "Nobody else objected.", PROSE[1], PROSE[2], "The audit is due in June.", "It will be public."]
    article = dump(page(*CHROME_TOP, body=body, footer=CHROME_BOTTOM))
    assert article.text == "\n\n".join(body)


def test_a_short_sentence_after_prose_in_a_dump_with_no_chrome_is_kept():
    body = PROSE[:3] + ["Rents will rise by 2031."]
    assert dump(page(body=body)).text == "\n\n".join(body)


@pytest.mark.parametrize("line", [
    "Sign up for our newsletter.",
    "Follow us on Twitter.",
    "Read more.",
    "All rights reserved.",
    "Photo by Jane Doe.",
    "Updated at noon.",
    "Thanks for reading.",
    "Your support keeps us going.",
])
def test_a_short_chrome_sentence_after_the_body_still_goes(line):
    article = dump(page(*CHROME_TOP, footer=[line] + CHROME_BOTTOM))
    assert article.text == "\n\n".join(PROSE)


@pytest.mark.parametrize("line", [
    "Storm Knocks Out Power Across The Valley.",  # title case: a headline, not a sentence
    "Jane Doe Reports.",  # no lower-case words to speak of
    "This is the end...",  # trailing off: a teaser
    "Who pays for the roads?",  # a question: short ones are mostly widgets ("Like this story?")
])
def test_a_short_line_that_is_no_statement_after_the_body_still_goes(line):
    article = dump(page(*CHROME_TOP, footer=[line] + CHROME_BOTTOM))
    assert line not in article.text


def test_a_short_sentence_after_a_chrome_line_is_not_pulled_into_the_body():
    from sourcetrace.clean.dump import short_sentence_after_prose

    chrome = "Stay informed with the Daily Example and our team of reporters. Subscribe to our newsletter."
    assert not short_sentence_after_prose([PROSE[0], chrome, "Stay close to the city."], 2)
    assert short_sentence_after_prose([PROSE[0], "Stay close to the city."], 1)
    article = dump(page(*CHROME_TOP, footer=[chrome, "Stay close to the city."] + CHROME_BOTTOM))
    assert article.text == "\n\n".join(PROSE)


# every entry of clean/data/reader_calls.txt: a short line opening with it is page furniture
READER_CALLS = {
    "click": "Click here to listen to the story.",
    "tap": "Tap here to see the full map.",
    "share": "Share this story with a friend.",
    "subscribe": "Subscribe for the full archive.",
    "follow": "Follow the live coverage here.",
    "join": "Join the discussion below.",
    "download": "Download the app for free.",
    "sign": "Sign in to keep reading.",
    "register": "Register to save this article.",
    "log": "Log in to comment.",
    "listen": "Listen to the full episode.",
    "watch": "Watch the full interview.",
    "read": "Read the full report here.",
    "visit": "Visit the homepage for more.",
    "contact": "Contact the newsroom with tips.",
    "continue": "Continue to the next page.",
    "thanks": "Thanks for reading this story.",
}


def test_every_reader_call_verb_has_a_test_sentence():
    from sourcetrace.clean.dump_patterns import READER_CALL_VERBS

    assert sorted(READER_CALL_VERBS) == sorted(READER_CALLS)


@pytest.mark.parametrize("verb", sorted(READER_CALLS))
def test_a_short_instruction_to_the_reader_after_the_body_still_goes(verb):
    line = READER_CALLS[verb]
    from sourcetrace.clean.dump import is_short_sentence

    assert not is_short_sentence(line)
    article = dump(page(*CHROME_TOP, footer=[line] + CHROME_BOTTOM))
    assert article.text == "\n\n".join(PROSE)


# --- a wire sign-off ---------------------------------------------------------------------


@pytest.mark.parametrize("sign_off", ["- Meridian Press", "— Reuters", "(AP)"])
def test_a_wire_sign_off_after_the_story_stays_its_last_line(sign_off):
    assert dump(page(*CHROME_TOP, footer=[sign_off] + CHROME_BOTTOM)).text == "\n\n".join([*PROSE, sign_off])


@pytest.mark.parametrize("footer", [["- Advertisement"], ["- Next Auto News"], ["Related stories", "- Meridian Press"]])
def test_a_line_that_is_no_sign_off_or_not_right_after_the_story_is_dropped(footer):
    assert dump(page(*CHROME_TOP, footer=footer + CHROME_BOTTOM)).text == "\n\n".join(PROSE)


def test_a_sentence_naming_weekdays_and_months_is_prose_not_a_headline():
    text = ("Rail strike: what you need to know\n\nWhen are the strikes?\n\n"
            "Strikes are planned for Wednesday 9, Thursday 10 and Monday 14 December.\n\n"
            "What is the dispute about?\n\n"
            "Pay. The dispute is over a 3.5 per cent pay offer from the railway, covering about 9,400 drivers, "
            "conductors and signal workers. The union says 84 per cent of members who voted backed strikes.\n\n"
            "Will any trains run?\n\n"
            "About a third of normal services are expected to run, mostly on the main lines between the cities.\n")
    article = clean_dump(Document("explainer.txt", text, "text"))
    assert "Strikes are planned for Wednesday 9, Thursday 10 and Monday 14 December." in article.text
