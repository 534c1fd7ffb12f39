"""Claim clusters with the real all-MiniLM-L6-v2 model (loaded once for this module)."""
import json

import pytest
from click.testing import CliRunner

from sourcetrace.link import Linker
from sourcetrace.link.claims import ClaimClusterer, ClaimItem, entities
from sourcetrace.link.contradictions import in_clusters
from sourcetrace.models import Analysis, Article, Attribution, Source

from conftest import SEED


@pytest.fixture(scope="module")
def clusterer():
    c = ClaimClusterer()
    c.model  # load once
    return c


def item(article, speaker, content, stance="assert", outlet=None, root=""):
    att = Attribution(source=Source(text=speaker, kind="person"), cue="said", content=content, quote="indirect",
                      stance=stance, id=f"{article}:{speaker}")
    return ClaimItem(article=article, attribution=att, outlet=outlet, root=root)


def test_same_proposition_across_outlets_and_speakers_clusters_and_other_claims_stay_apart(clusterer):
    items = [
        item("a", "Health Minister Ana Silva", "the new vaccine is safe for children under five", outlet="Daily A"),
        item("b", "a ministry spokesperson", "the new vaccine is safe for children younger than five", outlet="Post B"),
        item("b", "Ana Silva", "the vaccine will be offered in schools from September", outlet="Post B"),
        item("c", "the opposition leader", "the new vaccine is not safe for children under five", outlet="Herald C"),
        item("c", "the mayor", "the bridge will reopen to traffic next week", outlet="Herald C"),
    ]
    clusters = clusterer.cluster(items)
    assert len(clusters) == 1
    [cluster] = clusters
    assert cluster.members == [0, 1, 3]
    assert len(cluster.speakers) == 3 and cluster.outlets == ["Daily A", "Post B", "Herald C"]
    [conflict] = in_clusters(clusters, items)
    assert conflict.kind == "assert-deny"
    assert {s.who for s in conflict.one_side} == {"Health Minister Ana Silva", "a ministry spokesperson"}
    assert [s.who for s in conflict.other_side] == ["the opposition leader"]


def test_a_denial_by_cue_is_the_same_proposition_with_the_other_polarity(clusterer):
    items = [item("a", "the ministry", "the army shelled the village of Dara on Tuesday"),
             item("b", "the army", "the army shelled the village of Dara on Tuesday", stance="deny")]
    [cluster] = clusterer.cluster(items)
    assert [items[i].polarity for i in cluster.members] == [True, False]


def test_claims_naming_different_parties_are_kept_apart(clusterer):
    items = [item("a", "X", "Russia supplied the missiles used in the strike"),
             item("b", "Y", "Iran supplied the missiles used in the strike")]
    assert clusterer.cluster(items) == []
    assert entities("Iran supplied the missiles to Hezbollah in 2019") == {"iran", "hezbollah", "2019"}


def test_a_copied_article_is_not_an_independent_outlet(clusterer):
    body = ("Heavy rain caused the river to burst its banks on Tuesday, flooding hundreds of homes in the low-lying "
            "districts of the city. Emergency services said more than two thousand residents had been moved to "
            "schools and sports halls overnight. The mayor said the council would open a relief fund.")
    claim = "more than two thousand residents had been moved to schools and sports halls overnight"

    def analysis(name, outlet, text, speaker):
        att = Attribution(source=Source(text=speaker, kind="organization"), cue="said", content=claim,
                          quote="indirect", id="A1")
        return Analysis(input=name, article=Article(text=text, outlet=outlet, published="2024-03-12"),
                        attributions=[att])

    analyses = [analysis("orig.html", "River Times", body, "Emergency services"),
                analysis("copy.html", "Content Farm", body + " Share this story.", "Emergency services"),
                analysis("other.html", "City Radio", "A different report. " * 20, "The fire brigade")]
    report = Linker(clusterer=clusterer).claims(analyses)
    [cluster] = report.clusters
    assert cluster.articles == 2 and cluster.outlets == ["River Times", "City Radio"]
    assert cluster.speakers == ["Emergency services", "The fire brigade"]
    copies = [m["copy_of"] for m in report.to_dict()["clusters"][0]["members"]]
    assert copies == [None, "orig.html", None]


@pytest.mark.skipif(not SEED.exists(), reason="../shared (the seed fixture) is not checked out beside the repo")
def test_claims_command_on_an_article_and_its_copy_counts_the_copy_once(tmp_path):
    from sourcetrace.cli import main

    text = SEED.read_text(encoding="utf-8")
    copy = tmp_path / "copy.txt"
    copy.write_text(text.replace("Recent Stories", "Trending now").replace("Thank god.", "Thank God."), encoding="utf-8")
    result = CliRunner().invoke(main, ["claims", str(SEED), str(copy), "--format", "json"])
    assert result.exit_code == 0, result.output
    payload = json.loads(result.stdout)
    assert len(payload["copies"]) == 1 and len(payload["copies"][0]["copies"]) == 1
    assert payload["clusters"], "the copy repeats every claim of the original"
    assert all(c["independent_articles"] == 1 for c in payload["clusters"])
    # two speakers deny, in other words, that Iran ordered the attack: the shared responsibility claim joins them
    denial = next(c for c in payload["clusters"] if any("sanctioned" in m["content"] for m in c["members"]))
    assert {m["content"] for m in denial["members"]} == {
        "Iran likely did not greenlight the attack on Iraq’s prime minister", "the attack was likely not sanctioned by Iran"}
    assert len(denial["speakers"]) == 2 and {m["polarity"] for m in denial["members"]} == {"denies"}
    assert [c["kind"] for c in payload["contradictions"]] == ["responsibility"]  # once: the copy's is its original's
