"""A public body named by its kind alone ("police said", "according to police", "the council said") speaks for its
own release in the same story (`trace.bodies_by_kind`, `body_kinds.txt`): short articles written for each kind, read
by the real extractor and compared by the real claim similarity."""
from __future__ import annotations

import pytest

from sourcetrace.link.drift import _phrases
from sourcetrace.link.trace import body_kind, build_trace
from sourcetrace.models import Document, FeedMeta


# each kind's body, its release, and a retelling's lede and the claim it credits to the body by its kind
STORIES = {
    "police": ("Harwick Police",
               "Detectives are appealing for witnesses after a silver chalice was stolen from St Aldric's Church in "
               "Harwick on Sunday night. The thieves forced open a side door at about 11pm and were gone within ten "
               "minutes. The chalice is insured for about 80,000 euros.",
               "Thieves took a silver chalice from St Aldric's Church in Harwick late on Sunday.",
               "The thieves forced open a side door and were gone within ten minutes"),
    "fire": ("Tollby Fire and Rescue Service",
             "Crews were called to a fire at the Corner Loaf bakery on Quay Street in Tollby at 4am on Tuesday. The "
             "fire started in a storeroom at the back of the bakery and spread to the roof. Nobody was hurt.",
             "The Corner Loaf bakery in Tollby was gutted by fire before dawn on Tuesday.",
             "The fire started in a storeroom at the back of the bakery"),
    "ambulance": ("Fellmoor Ambulance Service",
                  "Two walkers were taken to Fellmoor General Hospital with minor injuries after a rockfall on the "
                  "Crag Path on Saturday afternoon. A third walker was treated at the scene and went home.",
                  "A rockfall hit walkers on the Crag Path above Fellmoor on Saturday afternoon.",
                  "Two walkers were taken to hospital with minor injuries after the rockfall"),
    "coastguard": ("Skerry Coastguard",
                   "The four crew of the yacht Merrin were lifted to safety by helicopter after it lost its mast off "
                   "Skerry Point on Friday. The yacht was later towed into Skerry harbour by a lifeboat.",
                   "The yacht Merrin lost its mast off Skerry Point on Friday and was towed into harbour.",
                   "The yacht's crew of four were lifted to safety by helicopter"),
    "health": ("Ostvale Health Agency",
               "Eleven cases of measles have been confirmed in Ostvale since May, most of them in children who had "
               "not been vaccinated. Parents are urged to check their children's measles vaccination records.",
               "Parents in Ostvale are being urged to check their children's measles vaccination records.",
               "Eleven cases of measles have been confirmed in Ostvale since May"),
    "agency": ("Ostvale Health Agency",
               "Eleven cases of measles have been confirmed in Ostvale since May, most of them in children who had "
               "not been vaccinated. Parents are urged to check their children's measles vaccination records.",
               "Parents in Ostvale are being urged to check their children's measles vaccination records.",
               "Eleven cases of measles have been confirmed in Ostvale since May"),
    "ministry": ("Ministry of Culture",
                 "The yearly grant to regional museums will be cut by a fifth next year, to 12 million euros. "
                 "Museums in the regions can apply to a new security fund worth 2 million euros.",
                 "Museums in the regions can apply to a new security fund worth 2 million euros.",
                 "Regional museums will see their yearly grant fall by a fifth next year"),
    "council": ("Tollby Town Council",
                "Tollby library will close on Saturdays from April to save 40,000 euros a year. The mobile library "
                "will visit the outlying villages twice a month.",
                "The mobile library will visit the villages around Tollby twice a month.",
                "Tollby library will close on Saturdays from April"),
}

# each speaker word of `body_kinds.txt`: its kind, a body whose name carries a name word of the kind, how it is said
SPEAKERS = {
    "police": ("police", "Harwick Police", "{claim}, police said."),
    "officers": ("police", "Harwick Constabulary", "{claim}, officers said."),
    "detectives": ("police", "Harwick Police", "Detectives said {lower}."),
    "firefighters": ("fire", "Tollby Fire and Rescue Service", "{claim}, firefighters said."),
    "fire crews": ("fire", "Tollby Fire and Rescue Service", "{claim}, fire crews said."),
    "fire service": ("fire", "Tollby Fire and Rescue Service", "{claim}, the fire service said."),
    "paramedics": ("ambulance", "Fellmoor Ambulance Service", "{claim}, paramedics said."),
    "ambulance service": ("ambulance", "Fellmoor Ambulance Service", "{claim}, the ambulance service said."),
    "coastguard": ("coastguard", "Skerry Coastguard", "{claim}, the coastguard said."),
    "health officials": ("health", "Ostvale Health Agency", "{claim}, health officials said."),
    "health authorities": ("health", "Ostvale Health Agency", "{claim}, health authorities said."),
    "agency": ("agency", "Ostvale Health Agency", "{claim}, the agency said."),
    "ministry": ("ministry", "Ministry of Culture", "{claim}, the culture ministry said."),
    "council": ("council", "Tollby Town Council", "{claim}, the council said."),
    "councillors": ("council", "Tollby Town Council", "{claim}, councillors said."),
}


def test_every_body_kind_and_name_word_has_a_sentence():
    kinds = {line.split(":")[0]: line.split(":", 1)[1] for line in _phrases("body_kinds")}
    assert set(STORIES) == set(kinds)
    said = {w.strip() for line in kinds.values() for w in line.split("|")[0].split(",")}
    assert set(SPEAKERS) == said
    names = {w.strip() for line in kinds.values() for w in line.split("|")[1].split(",")}
    assert all(any(w in body.split() for _, body, _ in SPEAKERS.values()) for w in names)


# what the retelling adds of its own, so that it is no copy of the release by its words
OWN = ("Residents gathered outside on Monday evening, and several said they had never known anything like it in the "
       "forty years they had lived in the town. The local paper has asked readers to send in their photographs.")


def article(analyzer, text: str, outlet: str, date: str, name: str):
    return analyzer.analyze(Document(name, text, "text", feed=FeedMeta(outlet=outlet, published=date)))


def retold(analyzer, similarity, kind: str, said: str, releases: list[tuple[str, str, str]]):
    """The retelling's statement crediting the body by its kind: its credits and its parent's article and kind."""
    _, _, lede, claim = STORIES[kind]
    text = f"{lede} {said.format(claim=claim, lower=claim[0].lower() + claim[1:])}\n\n{OWN}"
    analyses = [article(analyzer, release, body, date, f"release-{n}") for n, (body, release, date) in
                enumerate(releases)]
    analyses.append(article(analyzer, text, "Evening Star", "2024-03-02", "retelling"))
    graph = build_trace(analyses, similarity)
    node = next(n for n in graph.nodes if n.article == len(releases) and n.attribution is not None
                and claim[1:20].lower() in n.text.lower())
    edge = graph.parent_edge(node.id)
    return node.credits, edge and (graph.node(edge.parent).article, edge.kind)


@pytest.mark.parametrize("word", sorted(SPEAKERS))
def test_a_body_named_by_its_kind_relays_its_own_release_in_the_same_story(analyzer, similarity, word):
    kind, body, said = SPEAKERS[word]
    release = STORIES[kind][1]
    credits, parent = retold(analyzer, similarity, kind, said, [(body, release, "2024-03-01")])
    assert credits == [body] and parent == (0, "relay")


def test_the_body_of_the_kind_must_tell_the_same_story(analyzer, similarity):
    other = ("Harwick Police", "Officers seized 40 kilos of cannabis from a warehouse on the Brook Lane estate in "
             "Harwick on Thursday. Two men were arrested and later released on bail.", "2024-03-01")
    credits, _ = retold(analyzer, similarity, "police", SPEAKERS["police"][2], [other])
    assert credits == []


def test_two_bodies_of_the_kind_in_the_story_leave_the_speaker_unresolved(analyzer, similarity):
    release = STORIES["police"][1]
    credits, _ = retold(analyzer, similarity, "police", SPEAKERS["police"][2],
                        [("Harwick Police", release, "2024-03-01"), ("Ostby Constabulary", release, "2024-03-01")])
    assert credits == []


def test_a_release_published_after_the_retelling_is_not_its_source(analyzer, similarity):
    credits, _ = retold(analyzer, similarity, "police", SPEAKERS["police"][2],
                        [("Harwick Police", STORIES["police"][1], "2024-03-05")])
    assert credits == []


def test_a_news_outlet_whose_name_holds_the_kind_is_no_body_of_it(analyzer, similarity):
    credits, _ = retold(analyzer, similarity, "police", SPEAKERS["police"][2],
                        [("Harwick Police Gazette", STORIES["police"][1], "2024-03-01")])
    assert credits == []


def test_a_body_named_by_its_kind_is_no_short_name_of_a_body_of_another_story(analyzer, similarity):
    # "Police said" opening a sentence is no short name of the Harwick Police, whose release tells another story
    other = ("Harwick Police", "Officers seized 40 kilos of cannabis from a warehouse on the Brook Lane estate in "
             "Harwick on Thursday. Two men were arrested and later released on bail.", "2024-03-01")
    credits, _ = retold(analyzer, similarity, "police", "Police said {lower}.", [other])
    assert credits == []
    # ... but it is the body the article names in full
    credits, _ = retold(analyzer, similarity, "police", "Harwick Police said it was appealing for witnesses. "
                        "Police said {lower}.", [other])
    assert credits == ["Harwick Police"]


@pytest.mark.parametrize("speaker,kind", [
    ("police", "police"), ("the police", "police"), ("Police", "police"), ("Detectives", "police"),
    ("local police", "police"), ("the culture ministry", "ministry"), ("the town council", "council"),
    ("Health officials", "health"),
    ("Ostby police", None),  # a name: the Ostby police may be anyone's release
    ("Local police", None),  # a capital opens only the kind itself
    ("officials", None),  # no kind: whose officials?
    ("the police chief", None),  # a person
])
def test_a_body_named_by_its_kind_alone(speaker, kind):
    names = {line.split(":")[0]: {w.strip() for w in line.split("|")[1].split(",")} for line in _phrases("body_kinds")}
    assert body_kind(speaker) == (frozenset(names[kind]) if kind else None)
