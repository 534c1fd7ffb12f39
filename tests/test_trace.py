"""Tracing claims with the real spaCy and MiniLM models: relay, copy and pickup edges, drift, the seed's chain,
the same chains from files and from the store, and the `trace` command."""
from __future__ import annotations

import json
from dataclasses import replace

import pytest
from click.testing import CliRunner

from sourcetrace.cli import main
from sourcetrace.ingest import read_inputs
from sourcetrace.link.outlets import alias_table, outlet_key
from sourcetrace.link.stored import trace_stored
from sourcetrace.link.trace import TraceSettings, _phrases, build_trace, find_node, issuer_page
from sourcetrace.models import Article, Document, FeedMeta
from sourcetrace.store import Store

from conftest import ROOT, SEED

SEED_SOURCES = ROOT / "bench" / "data" / "trace" / "seed_sources.jsonl"


def article(analyzer, text: str, outlet: str, date: str, title: str = "", name: str = ""):
    feed = FeedMeta(title=title or None, outlet=outlet, published=date)
    return analyzer.analyze(Document(name or f"{outlet}-{date}-{text[:20]}", text, "text", feed=feed))


# (what the origin says, what the retelling says, the drift kinds expected on the edge)
PAIRS = [
    ("Police said at least 130 people were arrested during the protests in the capital on Saturday.",
     "Police told Reuters that 130 people were arrested during the protests in the capital on Saturday.", {"number"}),
    ("The finance minister will probably resign before the summer, two of his aides said.",
     "The finance minister will resign before the summer, two of his aides told Reuters.", {"hedge"}),
    ("Two senior officials said the army will withdraw its troops from the northern border region next month.",
     "The Defense Ministry told Reuters that the army will withdraw its troops from the northern border region "
     "next month.", {"source"}),
    ("The company said it will not close its car factory in Leeds next year.",
     "The company told Reuters it will close its car factory in Leeds next year.", {"stance"}),
    ("\u201cWe will rebuild every school that was destroyed by the flood,\u201d the governor said.",
     "\u201cWe will rebuild every single school that the flood destroyed,\u201d the governor told Reuters.", {"quote"}),
    ("The central bank said it would keep interest rates unchanged until the end of the year.",
     "The central bank told Reuters it would keep interest rates unchanged until the end of the year.", set()),
]


@pytest.fixture(scope="module")
def drift_graph(analyzer, similarity):
    analyses = []
    for origin, retelling, _ in PAIRS:
        analyses.append(article(analyzer, origin, "Reuters", "2024-03-01"))
        analyses.append(article(analyzer, retelling, "Daily Planet", "2024-03-02"))
    analyses.append(article(analyzer, "Hospital officials said the outbreak has infected more than 400 patients "
                                      "in the city since January.", "Reuters", "2024-03-01"))
    analyses.append(article(analyzer, "The outbreak has infected more than 400 patients in the city since January.",
                            "Evening Star", "2024-03-03"))
    analyses.append(article(analyzer, "The drought will likely cut this year's wheat harvest by a third, farm ministry "
                                      "officials said.", "Reuters", "2024-03-01"))
    analyses.append(article(analyzer, "The drought will likely cut this year's wheat harvest by a third, farm ministry "
                                      "officials told Reuters.", "Daily Planet", "2024-03-02",
                            title="Drought will cut wheat harvest by a third"))
    analyses.append(article(analyzer, "Bread prices have already risen by ten percent in the capital, traders told "
                                      "Reuters.", "Daily Planet", "2024-03-02"))  # Reuters has no such article here
    return build_trace(analyses, similarity)


def edge_into(graph, article_index: int):
    ids = {n.id for n in graph.nodes if n.article == article_index}
    return [e for e in graph.edges if e.child in ids]


@pytest.mark.parametrize("pair", range(len(PAIRS)))
def test_a_retelling_crediting_an_outlet_relays_its_article_with_the_drift_it_made(drift_graph, pair):
    [edge] = edge_into(drift_graph, 2 * pair + 1)
    parent = drift_graph.node(edge.parent)
    assert edge.kind == "relay" and parent.article == 2 * pair
    assert "credits 'Reuters'" in edge.evidence
    assert {d.kind for d in edge.drift} == PAIRS[pair][2]


def test_each_drift_has_spans_on_both_sides_that_show_the_change(drift_graph):
    number = edge_into(drift_graph, 1)[0].drift[0]
    assert (number.before.text, number.after.text) == ("at least 130", "130")
    origin, retelling = drift_graph.analyses[0].article.text, drift_graph.analyses[1].article.text
    assert origin[number.before.start:number.before.end] == "at least 130"
    assert retelling[number.after.start:number.after.end] == "130"
    hedge = edge_into(drift_graph, 3)[0].drift[0]
    assert hedge.before.text == "probably" and "dropped" in hedge.change
    quote = edge_into(drift_graph, 9)[0].drift[0]
    assert "'every' -> 'every single'" in quote.change or "single" in quote.after.text
    source = edge_into(drift_graph, 5)[0].drift[0]
    assert "anonymous -> named" in source.change


def test_a_claim_stated_as_fact_after_an_attributed_one_is_an_uncredited_pickup_with_the_source_dropped(drift_graph):
    first = len(PAIRS) * 2
    [edge] = edge_into(drift_graph, first + 1)
    assert edge.kind == "pickup" and drift_graph.node(edge.parent).article == first
    assert [d.kind for d in edge.drift] == ["attribution"]


def test_a_headline_surer_than_its_body_is_drift_and_a_credit_with_no_matching_article_is_no_edge(drift_graph):
    first = len(PAIRS) * 2 + 2
    [edge] = edge_into(drift_graph, first + 1)
    assert [d.kind for d in edge.drift] == ["headline"] and edge.drift[0].after.field == "title"
    assert edge_into(drift_graph, first + 2) == []


def test_an_uncredited_retelling_that_changes_a_number_is_a_pickup_with_the_number_drift(analyzer, similarity):
    origin = article(analyzer, "A public inquiry into the floods heard from 350 witnesses - aged 18 to 90 - in 40 "
                               "towns, its chairman said.", "Reuters", "2024-03-01")
    rescue = article(analyzer, "Ambulance crews rescued 212 people from flooded homes in the valley on Tuesday, the "
                               "fire service said.", "Reuters", "2024-03-01")
    changed = article(analyzer, "The inquiry heard from 530 witnesses in 40 towns.", "Evening Star", "2024-03-03")
    pets = article(analyzer, "Volunteers rescued 300 pets from flooded homes in the valley.", "Evening Star",
                   "2024-03-03", name="pets")  # the same topic, another figure: no relay
    analyses = [origin, rescue, changed, pets]
    graph = build_trace(analyses, similarity)
    [edge] = edge_into(graph, 2)
    assert edge.kind == "pickup" and graph.node(edge.parent).article == 0
    [number] = [d for d in edge.drift if d.kind == "number"]
    assert (number.before.text, number.after.text) == ("350", "530")
    assert edge_into(graph, 3) == []
    # the words it shares (`word_support`) link it; without them, the number variant does, under the pickup threshold
    no_words = replace(TraceSettings(), min_shared_words=1000)
    [edge] = edge_into(build_trace(analyses, similarity, no_words), 2)
    assert "other numbers" in edge.evidence and edge.similarity < TraceSettings().pickup
    assert edge_into(build_trace(analyses, similarity, replace(no_words, number_pickup=2.0)), 2) == []


def test_a_relay_needs_the_outlets_article_to_be_no_later(analyzer, similarity):
    later = article(analyzer, "The central bank said it would keep interest rates unchanged until the end of the "
                              "year.", "Reuters", "2024-03-05")
    retelling = article(analyzer, "The central bank told Reuters it would keep interest rates unchanged until the "
                                  "end of the year.", "Daily Planet", "2024-03-02")
    [edge] = build_trace([later, retelling], similarity).edges
    # the later article relays the earlier one by the speaker both quote; Reuters credited is not the earlier source
    assert edge.evidence.startswith("credits its speaker") and edge.child.startswith(later.article.id)


# a wire report, and a retelling that credits the wire once, then rewords one of its statements (0.47 against it,
# under the relay threshold) and adds two of its own on the same topic
LIBRARIES = ("The regional council voted on Monday to close four public libraries in the northern district by "
             "December.\n\nCouncil leader Mara Voss said the closures would save about two million euros a year.\n\n"
             "Library staff will be offered jobs at the remaining branches, the council said.\n\nOpposition members "
             "said the plan would leave rural families without access to books.\n\nThe mobile library van that "
             "serves outlying villages will keep running until the spring.")
LIBRARIES_RETOLD = ("Four public libraries in the northern district will shut by December after a council vote on "
                    "Monday, Kestrel Wire reported.\n\nStaff are being offered a place at a remaining branch instead "
                    "of redundancy.\n\nThe van stops in each village once a fortnight.\n\nVillagers say the mobile "
                    "library is often the only place they can borrow books.")


@pytest.fixture(scope="module")
def libraries(analyzer):
    return (article(analyzer, LIBRARIES, "Kestrel Wire", "2024-05-06"),
            article(analyzer, LIBRARIES_RETOLD, "Valley Herald", "2024-05-07"))


def edge_from(graph, child_text: str):
    node = next(n for n in graph.nodes if n.text.startswith(child_text) and not n.holds)
    edge = graph.parent_edge(node.id)
    return edge, graph.node(edge.parent) if edge else None


def test_a_reworded_statement_of_a_credited_article_is_aligned_with_the_statement_it_rewords(libraries, similarity):
    graph = build_trace(libraries, similarity)
    edge, parent = edge_from(graph, "Staff are being offered a place")
    assert edge.kind == "relay" and "aligns with" in edge.evidence and edge.similarity < TraceSettings().relay
    assert parent.text.startswith("Library staff will be offered jobs")
    # without the alignment it has no parent: the credit is in another sentence and the words are the writer's own
    off = build_trace(libraries, similarity, replace(TraceSettings(), align_floor=2.0))
    assert edge_from(off, "Staff are being offered a place") == (None, None)


def test_a_same_topic_statement_of_the_retellings_own_is_not_aligned(libraries, similarity):
    graph = build_trace(libraries, similarity)
    index = {n.id: k for k, n in enumerate(graph.nodes)}
    van = next(k for k, n in enumerate(graph.nodes) if n.text.startswith("The mobile library van"))
    for own in ("The van stops in each village", "Villagers say the mobile library"):
        node = next(n for n in graph.nodes if n.text.startswith(own))
        assert graph.parent_edge(node.id) is None
    # a near miss: the van's timetable and the wire's van sentence are each other's best match, as close as the
    # reworded statement is to its source, but share only two words that name nothing ("van", "village")
    stops = next(n for n in graph.nodes if n.text.startswith("The van stops"))
    assert graph.similarity[index[stops.id], van] >= TraceSettings().align_floor
    no_words = build_trace(libraries, similarity, replace(TraceSettings(), align_words=0, align_share=0.0))
    edge, parent = edge_from(no_words, "The van stops")
    assert "aligns with" in edge.evidence and parent.text.startswith("The mobile library van")


def test_a_retelling_that_credits_no_outlet_and_takes_no_story_is_not_aligned(analyzer, libraries, similarity):
    """Without the credit it passes on one statement of the wire at most: no story taken (`story_sources`)."""
    uncredited = article(analyzer, LIBRARIES_RETOLD.replace(", Kestrel Wire reported", ""), "Valley Herald",
                         "2024-05-07")
    graph = build_trace([libraries[0], uncredited], similarity)
    edge, _ = edge_from(graph, "Staff are being offered a place")
    assert edge is None


# a wire report, and a retelling that credits no outlet: it passes on two of the wire's statements closely (pickups)
# and rewords the council leader's words (0.68 against them, under the 0.8 an uncredited statement needs alone)
POOL_WIRE = ("The regional council voted on Monday to close the Elm Street swimming pool in Brackwater at the end of "
             "March.\n\nThe pool, which opened in 1968, needs repairs costing about 2.4 million euros, the council "
             "said.\n\nCouncil leader Priya Nandra said the closure was the hardest decision the council had taken "
             "in years.\n\nA petition to keep the pool open was signed by more than 6,000 residents in three weeks."
             "\n\nSwimming clubs that train at the pool will be offered lanes at the leisure centre in Ferrisby.")
POOL_PETITION = "A petition to keep the pool open was signed by more than 6,000 residents in three weeks.\n\n"
POOL_RETOLD = ("The Elm Street swimming pool in Brackwater will close at the end of March after a council vote on "
               "Monday.\n\n" + POOL_PETITION + "Nandra admitted that shutting the pool was the hardest decision of "
               "her years on the council.\n\nParents say the next nearest pool is too far for children to reach "
               "after school.")


def test_an_uncredited_retelling_is_aligned_with_the_article_it_took_its_story_from(analyzer, similarity):
    wire = article(analyzer, POOL_WIRE, "Kestrel Wire", "2024-05-06")
    graph = build_trace([wire, article(analyzer, POOL_RETOLD, "Valley Herald", "2024-05-07")], similarity)
    edge, parent = edge_from(graph, "shutting the pool was the hardest decision")
    assert edge.kind == "relay" and "takes its story from" in edge.evidence  # it credits its speaker
    assert parent.text.startswith("the closure was the hardest decision") and edge.similarity < TraceSettings().pickup
    assert edge_from(graph, "the next nearest pool")[0] is None  # the retelling's own
    # one statement passed on is no story taken: the reworded one is left without a parent
    alone = article(analyzer, POOL_RETOLD.replace(POOL_PETITION, ""), "Valley Herald", "2024-05-07")
    assert edge_from(build_trace([wire, alone], similarity), "shutting the pool was the hardest")[0] is None


# two stories that share a sentence any such story has: a factory explosion, and a ferry aground the next day
SERIOUS = "Two of the injured are in a serious condition in hospital."
FACTORY = ("An explosion tore through a paint factory in Wendmoor late on Monday, killing one worker.\n\n"
           "Seven people were taken to hospital. " + SERIOUS + "\n\nFire crews fought the blaze for six hours, and "
           "about 120 homes near the site were evacuated.\n\nThe cause of the explosion is not yet known.")
FERRY = ("A passenger ferry with 286 people on board ran aground off the island of Vaarholm during a storm on "
         "Tuesday.\n\nLifeboats took the passengers ashore through the night. " + SERIOUS + "\n\nThe ferry's "
         "operator said the ship had sailed within its weather limits.\n\nDivers will inspect the hull once the "
         "storm has passed.")
FACTORY_RETOLD = ("One worker died when a paint factory in Wendmoor exploded on Monday night.\n\n" + SERIOUS
                  + "\n\nAbout 120 homes had to be evacuated while fire crews fought the blaze.")


def test_an_uncredited_sentence_is_passed_on_only_from_an_article_of_its_own_story(analyzer, similarity):
    factory = article(analyzer, FACTORY, "Compass Wire", "2024-05-06")

    def serious_edge(later: str, settings: TraceSettings = TraceSettings()):
        graph = build_trace([factory, article(analyzer, later, "Valley Herald", "2024-05-07")], similarity, settings)
        node = next(n for n in graph.nodes if n.article == 1 and n.text.startswith(SERIOUS[:20]) and not n.holds)
        return graph.parent_edge(node.id)

    assert serious_edge(FERRY) is None
    # the same sentence in a retelling of the explosion is its pickup, and the ferry's is one with no story check
    assert serious_edge(FACTORY_RETOLD).kind == "pickup"
    assert serious_edge(FERRY, replace(TraceSettings(), same_story=0.0)).kind == "pickup"


# a trust's figures and its warning, and a retelling that credits the wire once, passes the warning on closely and
# rewords the figure: the warning is closer to the reworded figure by similarity (0.83 against 0.76), the figure's
# sentence by similarity and shared words together
SALMON = ("Anglers and conservation groups met on Monday to discuss the state of the river.\n\n"
          "The river's wild salmon run is down 41 per cent on 2019, the trust said.\n\n"
          "If the decline continues at the same rate, wild salmon may disappear from the upper river within 15 years, "
          "the trust said.\n\nThe trust is asking farmers to plant trees along the banks to keep the water cool.")
SALMON_LEAD = ("Anglers and conservation groups met on Monday to discuss the state of the river, Kestrel Wire "
               "reported.\n\n")
SALMON_WARNING = "Wild salmon could vanish from the upper river within 15 years.\n\n"
SALMON_FIGURE = "The river's wild salmon run is down by almost half in five years."


def test_a_relay_whose_parent_another_sentence_passes_on_takes_the_sentence_it_aligns_with(analyzer, similarity):
    wire = article(analyzer, SALMON, "Kestrel Wire", "2024-05-06")
    retold = article(analyzer, SALMON_LEAD + SALMON_WARNING + SALMON_FIGURE, "Valley Herald", "2024-05-07")
    graph = build_trace([wire, retold], similarity)
    edge, parent = edge_from(graph, "The river's wild salmon run is down by almost half")
    assert edge.kind == "relay" and parent.text.startswith("The river's wild salmon run is down 41 per cent")
    assert "mutual best" in edge.evidence and "over the closer" in edge.evidence
    warned, source = edge_from(graph, "Wild salmon could vanish")
    assert source.text.startswith("If the decline continues")


def test_a_relay_keeps_the_closer_parent_when_the_words_do_not_point_elsewhere(analyzer, similarity):
    # a near miss: "has shrunk" for "is down" leaves the figure's sentence one shared word fewer, so by similarity and
    # shared words together the warning is still the reworded figure's best match; the edge found by similarity stands
    wire = article(analyzer, SALMON, "Kestrel Wire", "2024-05-06")
    retold = article(analyzer, SALMON_LEAD + SALMON_WARNING + SALMON_FIGURE.replace("is down", "has shrunk"),
                     "Valley Herald", "2024-05-07")
    edge, parent = edge_from(build_trace([wire, retold], similarity), "The river's wild salmon run has shrunk")
    assert edge.kind == "relay" and parent.text.startswith("If the decline continues")
    assert "mutual best" not in edge.evidence


def test_every_alias_in_the_table_names_its_outlet():
    for alias, canonical in alias_table().items():
        assert outlet_key(alias) == outlet_key(canonical), alias
    assert outlet_key("the Washington Post's") == outlet_key("washingtonpost.com")
    assert outlet_key("news.okeynews.co.uk") == outlet_key("OkeyNews")
    assert outlet_key("Twitter") != outlet_key("NBC")


@pytest.fixture(scope="module")
def seed_graph(analyzer, similarity):
    items = list(read_inputs([str(SEED), str(SEED_SOURCES)]))
    return build_trace([analyzer.analyze(doc) for doc in items], similarity)


def chain_of(graph, text, similarity):
    node = find_node(graph, text, similarity)
    return node, graph.chain(node.id)


def test_the_seed_traces_to_nbc_news_and_the_officials_it_quoted_with_the_hedge_kept(seed_graph, similarity):
    # the seed's words as written (its curly apostrophe): NBC's origin says the same with a straight one
    node, [root] = chain_of(seed_graph, "Iran likely did not greenlight the attack on Iraq’s prime minister", similarity)
    assert seed_graph.analyses[node.article].input == str(SEED)
    assert root["outlet"] == "NBC News" and root["source"] == "current and former U.S. officials"
    [child] = root["children"]
    assert child["asked"] and child["edge"]["kind"] == "relay" and child["source"] == "current and former US officials"
    assert child["edge"]["drift"] == []  # "likely" kept; the headline's "probably" is in the same band
    assert child["hedge_probability"] == root["hedge_probability"] == "55-80%"


def test_the_seed_traces_its_accusation_to_okeynews_and_iraqi_officials(seed_graph, similarity):
    _, [root] = chain_of(seed_graph, "the attack was carried out by Kataib Hezbollah and Asaib Ahl al-Haq", similarity)
    assert root["outlet"] == "OkeyNews" and root["source"] == "Iraqi officials" and root["date"] == "2021-11-08"
    assert root["children"][0]["edge"]["kind"] == "relay"


def shape(output: str):
    """The claim and its chain, as `trace --format json` prints them: each node's statement id, outlet, source and
    edge kind, and its children (not the article's input name, which a store does not keep)."""
    def walk(node):
        return (node["id"], node["outlet"], node["source"], node["edge"] and node["edge"]["kind"],
                [walk(c) for c in node["children"]])
    payload = json.loads(output[output.index("{"):])
    return payload["claim"], [walk(root) for root in payload["chain"]]


def test_the_same_chains_come_from_files_and_from_the_store(tmp_path, similarity):
    db = f"sqlite:///{tmp_path / 'trace.db'}"
    run = CliRunner().invoke
    assert run(main, ["ingest", "--db", db, str(SEED), str(SEED_SOURCES)]).exit_code == 0
    claim = "Iran likely did not greenlight the attack on Iraq’s prime minister"  # the seed's words, as written
    from_files = run(main, ["trace", claim, str(SEED), str(SEED_SOURCES), "--format", "json"], catch_exceptions=False)
    from_store = run(main, ["trace", claim, "--db", db, "--format", "json"], catch_exceptions=False)
    assert from_files.exit_code == from_store.exit_code == 0
    assert shape(from_files.output) == shape(from_store.output)
    claim_id, [root] = shape(from_store.output)
    assert root[1] == "NBC News" and root[4][0][0] == claim_id
    # unrelated stored articles are not read: the stored links and the full-text index pick the chain's
    assert run(main, ["ingest", "--db", db, *map(str, sorted((ROOT / "examples").glob("*.txt")))]).exit_code == 0
    by_id = run(main, ["trace", claim_id, "--db", db, "--format", "json"], catch_exceptions=False)
    assert shape(by_id.output) == shape(from_files.output)
    store = Store.open(db)
    graph, node, read = trace_stored(store, claim_id, similarity, matches=2)
    assert read < store.counts()["articles"]  # two articles a statement by shared words, and the stored links
    assert json.loads(by_id.output[by_id.output.index("{"):])["chain"] == graph.chain(node.id)
    store.close()


def test_trace_text_output_escapes_scraped_text_and_an_unknown_claim_is_a_clear_error(tmp_path):
    page = tmp_path / "odd.txt"
    page.write_text("Officials said the [bold]bridge[/bold] will reopen to traffic next week after repairs.\n")
    result = CliRunner().invoke(main, ["trace", "the bridge will reopen next week", str(page)])
    assert result.exit_code == 0 and "[bold]bridge[/bold]" in result.output
    missing = CliRunner().invoke(main, ["trace", "zzzz qqqq", str(page)])
    assert missing.exit_code == 1 and "no statement matches" in missing.output


def test_several_sources_or_one():
    from sourcetrace.link.drift import is_several

    several = ["Officials", "current and former US officials", "a senior official, as well as former officials",
               "two of his aides", "Iraqi officials"]
    one = ["a defense official", "A Home Office spokesman", "the Pentagon", "the Joint Chiefs", "Maj. Tom Holloway"]
    assert all(is_several(s) for s in several) and not any(is_several(s) for s in one)


def test_a_predicate_conjoined_to_a_reported_content_is_picked_up_on_its_own(analyzer, similarity):
    origin = article(analyzer, "Transport Minister Ann Berg said the ministry would study the ferry ruling carefully "
                               "and had no plans to change the ferry licensing law before any appeal was heard.",
                     "Harbour Wire", "2024-03-01")
    column = article(analyzer, "Ferry fares will rise again in the spring. The ministry has no plans to change the ferry "
                               "licensing law.", "Evening Star", "2024-03-04")
    graph = build_trace([origin, column], similarity)
    [edge] = edge_into(graph, 1)
    parent = graph.node(edge.parent)
    assert edge.kind == "pickup" and parent.text.startswith("had no plans to change the ferry licensing law")
    assert parent.attribution is not None and "attribution" in {d.kind for d in edge.drift}  # stated as fact now


FLOOD = ("The Kelmar river burst its banks on Monday night and flooded 300 homes in the lower town. Volunteers filled "
         "more than 5,000 sandbags along the quay before dawn. The old stone bridge was closed to traffic after "
         "engineers found cracks in two of its arches. The town's two schools will stay shut until the end of the week.")
FLOOD_RETOLD = ("Floodwater poured into the lower town of Kelmar after the river rose overnight. Engineers shut the old "
                "stone bridge to traffic after finding cracks in two arches.")
BRIDGE = "Engineers closed the old stone bridge to traffic after finding cracks in two arches."


def test_an_uncredited_statement_close_to_two_articles_comes_from_the_one_its_story_came_from(analyzer, similarity):
    origin = article(analyzer, FLOOD, "Kelmar Wire", "2024-03-01")
    retold = article(analyzer, FLOOD_RETOLD, "Valley Post", "2024-03-02")
    story = article(analyzer, "Some 300 homes in Kelmar's lower town were flooded when the river burst its banks on "
                              f"Monday night. Volunteers filled more than 5,000 sandbags along the quay. {BRIDGE} Both "
                              "of the town's schools will remain closed until the end of the week.",
                    "Evening Star", "2024-03-04")
    graph = build_trace([origin, retold, story], similarity)
    edges = edge_into(graph, 2)
    assert len(edges) == 4 and all(e.kind == "pickup" and graph.node(e.parent).article == 0 for e in edges)
    [bridge] = [e for e in edges if graph.node(e.child).text == BRIDGE]
    index = {n.id: k for k, n in enumerate(graph.nodes)}
    closest = max((float(graph.similarity[index[bridge.child], k]) for k, n in enumerate(graph.nodes) if n.article == 1))
    assert closest > graph.similarity[index[bridge.child], index[bridge.parent]]  # the retelling words it more closely
    # alone, with no story around it, it comes from where the claim started: the retelling words it most closely,
    # but the retelling had it from the wire, and the wire carries it closely enough (`settings.relay`)
    lone = article(analyzer, BRIDGE, "Evening Star", "2024-03-04")
    [edge] = edge_into(build_trace([origin, retold, lone], similarity), 2)
    assert edge.kind == "pickup" and edge.parent.startswith(origin.article.id)
    assert "the claim started in Kelmar Wire" in edge.evidence


EXCLUSIVE = (
    "A senior paramedic at the Fellwick ambulance station says crews have waited outside Fellwick General Hospital "
    "for up to nine hours, and that at least one patient may have died because of the delays.\n\n"
    "In an interview with Corran Radio, Maria Holt, who has worked at the station for twelve years, said she had "
    "raised concerns with managers at least five times since January but had been told to wait.\n\n"
    "“There were shifts when six of our eight ambulances were parked outside the emergency department,” she said.\n\n"
    "Internal figures seen by Corran Radio show that 2,140 hours were lost to handover delays in February, up from "
    "700 a year earlier.\n\n"
    "The ambulance trust said every delay was being reviewed and that patient safety was its first priority.")
WRITE_UP = (  # a wire's write-up of the exclusive: quoting it closely, crediting it in sentences of its own
    "A senior paramedic in Fellwick has said crews waited outside Fellwick General Hospital for up to nine hours and "
    "that one patient may have died because of the delays, in an interview with broadcaster Corran Radio.\n\n"
    "Maria Holt, who has worked at the station for twelve years, told Corran Radio she had raised concerns with "
    "managers at least five times since January.\n\n"
    "“There were shifts when six of our eight ambulances were parked outside the emergency department,” she said.\n\n"
    "Internal figures seen by Corran Radio showed 2,140 hours were lost to handover delays in February, up from 700 "
    "a year earlier.\n\n"
    "The ambulance trust said every delay was being reviewed.")


def test_a_write_up_crediting_the_exclusive_it_quotes_relays_it_and_a_paper_running_it_copies_the_write_up(
        analyzer, similarity):
    exclusive = article(analyzer, EXCLUSIVE, "Corran Radio", "2026-03-02", name="exclusive")
    wire = article(analyzer, WRITE_UP, "Aske Wire", "2026-03-02", name="wire")
    paper = article(analyzer, WRITE_UP + "\n\nThe Evening Post has asked the hospital for comment.",
                    "Fellwick Evening Post", "2026-03-03", name="paper")
    reprint = article(analyzer, EXCLUSIVE + "\n\nThe Gazette has asked the trust for comment.", "Harbour Gazette",
                      "2026-03-03", name="reprint")  # its credits are the exclusive's own sentences
    graph = build_trace([exclusive, wire, paper, reprint], similarity)
    into = {name: [(e.kind, graph.node(e.parent).article) for e in graph.edges if graph.node(e.child).article == k]
            for k, name in enumerate(["exclusive", "wire", "paper", "reprint"])}
    assert {kind for kind, _ in into["wire"]} == {"relay"} and {a for _, a in into["wire"]} == {0}
    assert into["paper"] and set(into["paper"]) == {("copy", 1)}
    assert into["reprint"] and set(into["reprint"]) == {("copy", 0)}



ROUND_UP = ("HOUSING\nPrivate rents rose 9.4% in the year to October, the fastest rise on record. Rents in Ostby rose "
            "12.1%. Tenants now hand over about a third of their income in rent.\n\n"
            "HEALTH\nA once-a-day tablet lowered the chance of another stroke by 26% in a big international study. "
            "Serious bleeds were a little more frequent on the tablet. Its makers hope it will prevent tens of "
            "thousands of strokes every year.\n\n"
            "AND FINALLY\nThe town's Christmas lights were switched on by its oldest resident, aged 104. A brass band "
            "played carols in the square. Hot chestnuts were sold for charity.")


def test_a_paragraph_of_a_round_up_is_passed_on_from_its_own_story(analyzer, similarity):
    rents = article(analyzer, "Private rents in Norland rose 9.4% in the year to October, the fastest rise since "
                    "records began in 2015. Rents in the capital, Ostby, rose 12.1%. Tenants now spend about a third "
                    "of their income on rent. Landlords are passing on higher mortgage costs.",
                    "Norland Statistics Office", "2026-03-01", name="rents")
    trial = article(analyzer, "A daily pill cut the risk of a second stroke by 26% in a trial of 4,120 patients across "
                    "nine countries. Serious bleeding was slightly more common among patients taking the pill. The "
                    "drug could prevent tens of thousands of strokes a year, the researchers said.",
                    "University of Ostby", "2026-03-02", name="trial")
    round_up = article(analyzer, ROUND_UP, "Ostby Weekly", "2026-03-07", name="round-up")
    graph = build_trace([rents, trial, round_up], similarity)
    sources = {graph.node(e.child).text.split()[0]: graph.node(e.parent).article for e in edge_into(graph, 2)}
    # the housing paragraph is the rents story's, though the round-up as a whole tells it in a third of its statements
    assert {first: sources.get(first) for first in ("Private", "Rents", "Tenants")} == dict.fromkeys(
        ("Private", "Rents", "Tenants"), 0)
    assert not {"The", "Hot"} & sources.keys()  # the Christmas lights are no one's story


# a water company's release and the same day's news of it, which credits no one
WATER_RELEASE = ("KELLSBY WATER\n\nNews release\n\nBoil-water notice lifted for 40,000 homes in Kellsby\n\n"
                 "The boil-water notice covering about 40,000 homes in Kellsby was lifted on Monday after three days "
                 "of clean test results.\n\nTests have found no trace of E. coli in the town's water supply since "
                 "Friday, the company said.\n\nCustomers can use tap water as normal again but should run their taps "
                 "for two minutes first.")
WATER_NEWS = ("A boil-water notice for about 40,000 homes in Kellsby was lifted on Monday after three days of clean "
              "tests.\n\nResidents can use tap water as normal again, although they should run their taps for two "
              "minutes first.\n\nCafes on the high street said the notice had cost them a weekend of trade.")


@pytest.mark.parametrize("label", ["News release", "EXCLUSIVE"])
def test_a_release_or_an_exclusive_comes_before_the_same_days_news_of_it(analyzer, similarity, label):
    def sources(first_text: str) -> set[int]:
        first = article(analyzer, first_text, "Kellsby Water", "2025-03-03", name="first")
        news = article(analyzer, WATER_NEWS, "Kellsby Gazette", "2025-03-03", name="news")
        graph = build_trace([first, news], similarity)
        return {graph.node(e.parent).article for e in edge_into(graph, 1)}

    assert sources(WATER_RELEASE.replace("News release", label)) == {0}
    # without its heading the page is one more article of that day, and nothing orders the two
    assert sources(WATER_RELEASE.replace("News release\n\n", "")) == set()


FIRE_ORDER = ("Issued 11:40, Friday 4 December\n\nAn evacuation order is now in place for Kellow and Marsh End. If you "
              "are in these areas you must leave now.\n\nThe Kellow Ridge fire has burned about 1,200 hectares and is "
              "not contained.\n\nAn evacuation centre has opened at Ardley Leisure Centre on Quarry Road.")
FIRE_NEWS = ("People in Kellow and Marsh End have been told to leave their homes at once.\n\nThe Kellow Ridge fire has "
             "burned about 1,200 hectares and is still not contained.\n\nAn evacuation centre has opened at Ardley "
             "Leisure Centre on Quarry Road.\n\nShops on the high street closed early.")


@pytest.mark.parametrize("outlet,page,first", [
    ("Tarrant Vale County Fire Service", FIRE_ORDER, True),
    ("Ridgeline Holidays", FIRE_ORDER, False),  # a company's page under no release heading: the date alone orders none
    ("Harrier News Service", FIRE_ORDER, False)])  # a wire, whatever its name ends with
def test_a_public_bodys_own_page_comes_before_the_same_days_news_of_it(analyzer, similarity, outlet, page, first):
    body = article(analyzer, page, outlet, "2026-12-04", name="body")
    news = article(analyzer, FIRE_NEWS, "Kellow Gazette", "2026-12-04", name="news")
    graph = build_trace([body, news], similarity)
    assert {graph.node(e.parent).article for e in edge_into(graph, 1)} == ({0} if first else set())


ISSUER_NAMES = {  # a public body's or institution's name, one for each word of issuer_nouns.txt
    "police": "Brenstad Police", "constabulary": "Harwick Constabulary", "service": "Tarrant Vale County Fire Service",
    "inspectorate": "Railway Safety Inspectorate", "ministry": "Ministry of Health, Republic of Ostrevia",
    "department": "Department for Transport", "office": "Merrovian Statistics Office",
    "agency": "Orrland Food Safety Agency", "authority": "Castrevian Competition Authority",
    "council": "Lowbridge District Council", "committee": "Defence Committee",
    "commission": "Tarnmoor Electoral Commission",
    "government": "Westmark Regional Government", "trust": "Harnley Valley Hospitals Trust",
    "university": "University of Easthaven", "regulator": "Kellow Water Regulator",
    "coastguard": "Skerry Isles Coastguard"}


def test_every_issuer_noun_has_a_body_whose_page_comes_first():
    assert set(ISSUER_NAMES) == set(_phrases("issuer_nouns"))
    page = "An evacuation order is now in place for Kellow and Marsh End."
    assert all(issuer_page(Article(text=page, outlet=name), ["Kellow Gazette"]) for name in ISSUER_NAMES.values())
    assert not issuer_page(Article(text=page, outlet="Kellow Gazette"), ["Tarrant Vale County Fire Service"])


def test_it_standing_for_a_body_credits_the_bodys_page(analyzer, similarity):
    # "It says" is the fire service named the sentence before: its page is credited, so the facts of it the news
    # states after are relays of the page, not pickups
    body = article(analyzer, FIRE_ORDER, "Tarrant Vale County Fire Service", "2026-12-04", name="body")
    news = article(analyzer, "People in Kellow and Marsh End have been told to leave their homes at once.\n\n"
                   "Tarrant Vale County Fire Service issued an evacuation order just before midday. It says the Kellow "
                   "Ridge fire has burned about 1,200 hectares and is still not contained.\n\nAn evacuation centre has "
                   "opened at Ardley Leisure Centre on Quarry Road.", "Kellow Gazette", "2026-12-05", name="news")
    graph = build_trace([body, news], similarity)
    said = next(n for n in graph.nodes if n.attribution is not None and n.attribution.source.text == "It")
    assert said.credits == ["Tarrant Vale County Fire Service"]
    [edge] = [e for e in edge_into(graph, 1) if graph.node(e.child).text.startswith("An evacuation centre")]
    assert edge.kind == "relay" and graph.node(edge.parent).article == 0


@pytest.mark.parametrize("outlet,relayed", [("Orrland Food Safety Agency", False), ("Orrland Times", True)])
def test_a_bodys_own_page_quotes_its_speaker_at_first_hand(analyzer, similarity, outlet, relayed):
    # the agency's director says on its new recall what she said on its last: her words, not the last page's
    earlier = article(analyzer, "Brackwater Creamery is recalling its soft cheeses after listeria was found at the "
                      "site.\n\nSeven people have been treated in hospital for listeriosis since October. Production "
                      "has been suspended while the packing room is cleaned.\n\n“If you have any of these cheeses "
                      "at home, do not eat them. Return them to the shop for a full refund,” said Dr Imogen Farrant, "
                      "the agency's director of incidents.", "Orrland Food Safety Agency", "2026-11-09", name="cheese")
    later = article(analyzer, "Tamsin Foods is recalling three flavours of houmous because sesame is not listed on the "
                    "label.\n\nPeople with a sesame allergy could have a serious reaction. No illnesses have been "
                    "reported, and the firm has corrected its labels.\n\n“If you have any of these tubs at home, do "
                    "not eat them. Return them to the shop for a full refund,” said Dr Imogen Farrant, the agency's "
                    "director of incidents.", outlet, "2026-11-13", name="houmous")
    graph = build_trace([earlier, later], similarity)
    assert bool(edge_into(graph, 1)) is relayed


@pytest.mark.parametrize("date,taken", [("2026-11-18", False), ("2026-11-19", True)])
def test_a_bodys_own_page_takes_nothing_from_the_same_days_page_it_names(analyzer, similarity, date, taken):
    ministry = article(analyzer, "The Ministry of Defence thanks the Committee for its work.\n\nThe programme is "
                       "forecast to cost 7.4 billion crowns, 51% more than its budget.", "Ministry of Defence",
                       "2026-11-18", name="ministry")
    committee = article(analyzer, "The Defence Committee today publishes its report on the Greyfell programme.\n\n"
                        "The programme is forecast to cost 7.4 billion crowns, 51% more than its budget.\n\nThe "
                        "Ministry of Defence said it would respond in due course.", "Defence Committee", date,
                        name="committee")
    graph = build_trace([ministry, committee], similarity)
    assert bool(edge_into(graph, 1)) is taken


@pytest.mark.parametrize("text,first", [
    ("The ministry has read the committee's report.", True),
    ("The ministry has read the report of the National Assembly Defence and Security Committee.", False),
    ("The ministry has read the Defence and Security Committee's report.", False),  # its name's last words
    ("The ministry has read the Kellow Gazette's report.", False)])
def test_a_public_bodys_page_naming_another_outlet_of_the_set_answers_it(text, first):
    page = Article(text=text, outlet="Ministry of Defence")
    assert issuer_page(page, ["National Assembly Defence and Security Committee", "The Kellow Gazette"]) is first


def test_a_release_read_from_the_store_traces_as_from_files(tmp_path):
    feed = tmp_path / "water.jsonl"
    feed.write_text("".join(json.dumps({"url": url, "title": title, "date_publish": "2025-03-03 09:00:00",
                                        "maintext": text}) + "\n"
                            for url, title, text in [
                                ("https://kellsbywater.example/news/notice-lifted", "Notice lifted", WATER_RELEASE),
                                ("https://kellsbygazette.example/boil-notice", "Boil notice lifted", WATER_NEWS)]))
    db = f"sqlite:///{tmp_path / 'water.db'}"
    run = CliRunner().invoke
    assert run(main, ["ingest", "--db", db, str(feed)]).exit_code == 0
    claim = "Residents can use tap water as normal again"
    from_store = run(main, ["trace", claim, "--db", db, "--format", "json"], catch_exceptions=False)
    from_files = run(main, ["trace", claim, str(feed), "--format", "json"], catch_exceptions=False)
    assert from_store.exit_code == from_files.exit_code == 0
    assert shape(from_store.output) == shape(from_files.output)
    _, [(_, outlet, _, _, [(_, child_outlet, _, kind, _)])] = shape(from_store.output)
    assert (outlet, child_outlet, kind) == ("kellsbywater.example", "kellsbygazette.example", "pickup")
