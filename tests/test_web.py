"""The web page: highlighting from spans, and hostile text shown inert in every served page."""
from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest
from fastapi.testclient import TestClient

from sourcetrace.api import create_app
from sourcetrace.api.highlight import highlight
from sourcetrace.store import Store


class Outline(HTMLParser):
    """Checks the tags balance and collects text, the tags and their attributes."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack, self.text, self.tags = [], [], []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag not in ("meta", "link", "input", "br", "img"):
            self.stack.append(tag)

    def handle_endtag(self, tag):
        assert self.stack and self.stack.pop() == tag, f"unbalanced </{tag}>"

    def handle_data(self, data):
        self.text.append(data)


def outline(html: str) -> Outline:
    parsed = Outline()
    parsed.feed(html)
    parsed.close()
    assert parsed.stack == []
    return parsed


def att(position, content=None, content_spans=(), part="body", **spans):
    """An attribution as the store serves it; ``content`` is shorthand for a content of one piece."""
    return {"position": position, "part": part, "content_spans": [content] if content else list(content_spans),
            **{f"{role}_span": span for role, span in spans.items()}}


def test_highlight_cuts_overlapping_and_nested_spans_into_flat_pieces():
    text = "She said <b>that</b> & it was 'fine', the minister added."
    attributions = [
        att(1, source=(0, 3), cue=(4, 8), content=(9, 36)),
        att(2, source=(38, 50), cue=(51, 57), content=(9, 36)),  # the same content twice
        att(3, content=(20, 45), source=(25, 30)),  # overlaps both, source nested inside content
        att(4, content=(50, 999), cue=(7, 3), source=None),  # clipped, reversed and missing spans
    ]
    html = str(highlight(text, attributions))
    parsed = outline(html)
    assert "".join(parsed.text) == text  # nothing lost, nothing added
    assert [t for t, _ in parsed.tags] == ["span"] * len(parsed.tags)  # only our spans: the <b> is text
    pieces = re.findall(r'<span class="([^"]*)" data-att="([^"]*)">([^<]*)</span>', html)
    assert ("hl hl-content", "1 2", "&lt;b&gt;that&lt;/b&gt;") in pieces  # markup in the text stays text
    assert ("hl hl-content hl-source", "1 2 3", " was ") in pieces  # a source nested in three contents
    assert ("hl hl-content hl-source", "2 3", "the min") in pieces  # spans that overlap without nesting
    assert pieces[-1] == ("hl hl-content hl-cue", "2 4", "added.")  # clipped at the end of the text


def test_an_interrupted_utterance_highlights_each_piece_not_the_frame_between():
    text = "“We will win,” the coach said, “and <b>soon</b>.”"
    pieces = re.findall(r'<span class="([^"]*)" data-att="1">([^<]*)</span>',
                        str(highlight(text, [att(1, content_spans=[(1, 12), (32, 48)], source=(15, 24), cue=(25, 29))])))
    assert pieces == [("hl hl-content", "We will win"), ("hl hl-source", "the coach"), ("hl hl-cue", "said"),
                      ("hl hl-content", "and &lt;b&gt;soon&lt;/b&gt;.")]


def test_title_and_body_each_highlight_only_their_own_attributions():
    in_title, in_body = att(1, content=(0, 4), source=(6, 12), part="title"), att(2, content=(0, 3))
    assert str(highlight("Rain: Report", [in_title, in_body], "title")).count('data-att="1"') == 2
    assert 'data-att="2"' not in str(highlight("Rain: Report", [in_title, in_body], "title"))
    assert str(highlight("Wet day", [in_title, in_body])) == '<span class="hl hl-content" data-att="2">Wet</span> day'


def test_highlight_without_spans_is_the_escaped_text():
    assert str(highlight("a < b", [att(1)])) == "a &lt; b"


@pytest.fixture
def client(tmp_path, hand_built, seed_analysis, entity_finder):
    store = Store.open(str(tmp_path / "web.db"))
    evil = hand_built[2]
    evil.article.url = "javascript:alert(1)"
    for analysis in (seed_analysis, *hand_built):
        store.save(analysis, "1.0", entity_finder.find(analysis))
    yield TestClient(create_app(store, token=""))
    store.close()


def assert_inert(html: str) -> Outline:
    parsed = outline(html)
    scripts = [attrs for tag, attrs in parsed.tags if tag == "script"]
    assert all(a.get("src") == "/static/app.js" or a.get("type") == "application/json" for a in scripts)
    assert not any(tag == "img" for tag, _ in parsed.tags)
    assert not any(k.startswith("on") for _, attrs in parsed.tags for k in attrs)
    assert not any(v and v.strip().lower().startswith("javascript:") for _, attrs in parsed.tags for v in attrs.values())
    return parsed


def test_hostile_article_is_shown_inert(client, hand_built):
    evil = hand_built[2]
    response = client.get(f"/articles/{evil.article.id}")
    assert response.status_code == 200
    assert "default-src 'self'" in response.headers["content-security-policy"]
    html = response.text
    parsed = assert_inert(html)
    assert "&lt;script&gt;alert(&#39;pwned&#39;)&lt;/script&gt;" in html
    assert "<script>alert" not in html and "</script> is" not in html
    assert "Robert&#39;); DROP TABLE attributions;--" in html
    text = "".join(parsed.text)
    assert evil.article.text in text  # shown as written, as text
    data = html[html.index('id="attribution-data">'):]
    assert data.index("</script>") > data.index("\\u003cscript\\u003e")  # JSON cannot close its own block

    speaker = re.search(r'href="/speakers/(\d+)"', html).group(1)
    for path in (f"/speakers/{speaker}", "/search?q=pwned", "/search?q=%3Cscript%3Ealert(1)%3C/script%3E", "/"):
        page = client.get(path)
        assert page.status_code == 200
        assert_inert(page.text)
        assert "<script>alert" not in page.text


def test_pages_link_speakers_entities_and_articles(client, seed_analysis):
    html = client.get(f"/articles/{seed_analysis.article.id}").text
    assert html.count('class="hl ') >= len(seed_analysis.attributions)
    for position in range(1, len(seed_analysis.attributions) + 1):
        assert f'id="att-{position}"' in html
    entity = re.search(r'href="/entities/(\d+)"', html).group(1)
    page = client.get(f"/entities/{entity}")
    assert page.status_code == 200 and "What others said about" in page.text
    found = client.get("/search", params={"q": "Kataib Hezbollah"}).text
    assert f"/articles/{seed_analysis.article.id}" in found


def test_missing_pages_are_html_errors(client):
    for path in ("/articles/nope", "/speakers/999999", "/entities/999999"):
        response = client.get(path)
        assert response.status_code == 404 and response.headers["content-type"].startswith("text/html")
    assert client.get("/speakers/abc").status_code == 422


def test_event_page_svg_and_table_show_hostile_party_names_inert():
    """The blame graph's node labels, titles and edge links are built from scraped names: all escaped."""
    from sourcetrace.api.links import responsibility_graph
    from sourcetrace.api.web import render

    hostile = "<script>alert('x')</script>"
    claims = [{"claimant": hostile, "blamed": '"/><svg onload=alert(1)>', "stance": "accuse", "hedge": "<b>likely</b>",
               "blamed_as": None, "content": hostile, "article_id": '"><img src=x>', "attribution_position": 1}]
    event = {"label": hostile, "article_id": '"><img src=x>', "article_title": hostile, "copy_of": None,
             "kind": "attack", "target": hostile, "date": None, "date_iso": None, "place": None, "instrument": None,
             "claims": claims, "contradictions": [{"about": hostile, "one_side": [{"who": hostile, "stance": "accuse",
                                                                                  "says": hostile}], "other_side": []}]}
    html = render("event.html", event=event, graph=responsibility_graph(claims)).body.decode()
    parsed = assert_inert(html)
    assert "<script>alert" not in html and "<svg onload" not in html and "<img" not in html and "<b>likely" not in html
    assert hostile in "".join(parsed.text)  # shown as written, as text
