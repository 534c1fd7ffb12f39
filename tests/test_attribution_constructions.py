"""Constructions of English news prose that attribute a statement, one test per construction, on
sentences written for these tests. Runs the full extractor with the real spaCy model."""
from __future__ import annotations

import pytest

from sourcetrace.models import Article


@pytest.fixture
def run(analyzer):
    def _run(text: str):
        found = analyzer.extractor.extract(Article(text=text))
        for a in found:  # every span points at the words it names
            assert text[slice(*a.content_span)] == a.content
            assert text[slice(*a.source.span)] == a.source.text
        return found
    return _run


def by_content(found):
    return {a.content: a for a in found}


# ---------------------------------------------------------------- quotation marks

def test_doubled_apostrophes_are_double_quotation_marks(run):
    found = run("''The orchard lost half its trees,'' said Maria Lopez, a grower in Fresno. "
                "''We have never seen a frost like it.''")
    assert [(a.content, a.quote, a.source.text) for a in found] == [
        ("The orchard lost half its trees", "direct", "Maria Lopez, a grower in Fresno"),
        ("We have never seen a frost like it.", "direct", "Maria Lopez, a grower in Fresno"),
    ]


def test_doubled_apostrophes_in_a_mixed_quote(run):
    (a,) = run("Small farms may close ''because nobody can pay these prices,'' Mr. Okafor said.")
    assert a.quote == "mixed" and a.source.text == "Mr. Okafor"
    assert a.content.startswith("Small farms may close") and "nobody can pay these prices" in a.content


@pytest.mark.parametrize("text,content,cue", [
    ("“Why was the money there?” the auditor asked.", "Why was the money there?", "asked"),
    ("“We will win this!” he wrote on Monday.", "We will win this!", "wrote"),
    ("“Is anyone listening?” asked the mayor.", "Is anyone listening?", "asked"),
])
def test_question_or_exclamation_ends_the_quote_before_its_frame(run, text, content, cue):
    (a,) = run(text)
    assert (a.content, a.quote, a.cue) == (content, "direct", cue)


def test_a_question_inside_the_writers_sentence_before_a_bare_frame(run):
    (a,) = run("The crowd kept chanting “Where is the money?” He asked.")
    assert a.quote == "mixed" and a.content.startswith("The crowd kept chanting") and a.content.endswith("money?")


def test_question_before_a_sentence_with_its_own_content_is_not_taken(run):
    found = run("“Is anyone listening?” The mayor said that the council would vote in May.")
    assert [a.content for a in found] == ["the council would vote in May"]


# ---------------------------------------------------------------- cue words

@pytest.mark.parametrize("text,cue,content", [
    ("The mayor asked, “Is anyone listening?”", "asked", "Is anyone listening?"),
    ("A reporter asked the senator whether he would run again.", "asked", "whether he would run again"),
    ("She recalled that the factory had closed in 1998.", "recalled", "the factory had closed in 1998"),
    ("He mentioned that the vote had been delayed.", "mentioned", "the vote had been delayed"),
    ("The senator replied that the bill was dead.", "replied", "the bill was dead"),
    ("He pointed out that the bridge was older than the town.", "pointed", "the bridge was older than the town"),
    ("“This is a scandal,” she blurted out.", "blurted", "This is a scandal"),
    ("The letter reads: “We will not return to the table.”", "reads", "We will not return to the table."),
])
def test_cue_words(run, text, cue, content):
    (a,) = run(text)
    assert (a.cue, a.content) == (cue, content)


@pytest.mark.parametrize("text", [
    "He read the report on Monday.",  # reading a text is no statement; a text that reads is
    "Jones pointed to the flaws in the plan.",
    "The coach pointed at the scoreboard.",
])
def test_cue_words_that_need_their_construction(run, text):
    assert run(text) == []


# ---------------------------------------------------------------- directives

@pytest.mark.parametrize("text,cue,content", [
    ("The governor urged lawmakers to pass the budget.", "urged", "lawmakers to pass the budget"),
    ("She called on the council to reverse the cuts.", "called on", "the council to reverse the cuts"),
    ("He is calling for the city to hire more teachers.", "calling for", "the city to hire more teachers"),
    ("He asked voters to support the levy.", "asked", "voters to support the levy"),
    ("The bishop implored the rebels to lay down their arms.", "implored", "the rebels to lay down their arms"),
    ("Parents encouraged the board to keep the school open.", "encouraged", "the board to keep the school open"),
    ("Unions begged the minister to delay the vote.", "begged", "the minister to delay the vote"),
    ("The mayor exhorted residents to conserve water.", "exhorted", "residents to conserve water"),
    ("Activists pressed the bank to drop the loan.", "pressed", "the bank to drop the loan"),
    ("On Sunday, Rep. Lia Moreno (D-Ore.) called on Coach Pat Quill to quit over the loss.", "called on",
     "Coach Pat Quill to quit over the loss"),  # the "On" before the verb is a date's
    ("The league has called for the old stands at the ground to be demolished.", "called for",
     "the old stands at the ground to be demolished"),
    ("The union has also called for doubling the number of inspectors.", "called for", "doubling the number of inspectors"),
    ("Olsen called for an independent auditor to review the accounts of the harbour board.", "called for",
     "an independent auditor to review the accounts of the harbour board"),  # the act hung on "called"
])
def test_directives_name_whom_and_what(run, text, cue, content):
    (a,) = run(text)
    assert (a.cue, a.content, a.quote) == (cue, content, "indirect")


@pytest.mark.parametrize("text,source,content", [
    ("Coach Lena Ortiz promised Sunday at the stadium to bring back the old kit.", "Coach Lena Ortiz",
     "to bring back the old kit"),
    ("Village councillors, who met the quarry owners twice, have vowed to fight the expansion.",
     "Village councillors, who met the quarry owners twice", "to fight the expansion"),
])
def test_commitments_with_the_act_after_a_date_or_a_place_and_by_people_named_by_role(run, text, source, content):
    (a,) = run(text)
    assert (a.source.text, a.content) == (source, content)


def test_a_call_for_something_then_a_purpose_after_a_comma_names_only_the_thing(run):
    (a,) = run("The coach called for a recount, to settle the row.")
    assert (a.cue, a.content) == ("called for", "a recount")


def test_a_call_on_a_day_is_no_directive(run):
    (a,) = run("They called on Monday to say the deal was off.")
    assert (a.cue, a.content, a.source.text) == ("say", "the deal was off", "They")


# ---------------------------------------------------------------- coordinated reporting verbs

@pytest.mark.parametrize("text,expected", [
    ("The councillor said the budget was too small and noted that schools had waited for years.",
     [("said", "the budget was too small"), ("noted", "schools had waited for years")]),
    ("Ortega says he would call the mayor at once and tells the room he was the last to know.",
     [("says", "he would call the mayor at once"), ("tells", "he was the last to know")]),
    ("She said the plan was sound, but warned that costs could rise.",
     [("said", "the plan was sound"), ("warned", "costs could rise")]),
    ("The coach said the team was tired and criticized the referee for ignoring fouls.",  # same tense as the
     [("said", "the team was tired"), ("criticized", "the referee for ignoring fouls")]),  # content's: a reason
    ("The minister said she regretted the delay and promised to open the bridge by May.",  # or an act
     [("said", "she regretted the delay"), ("promised", "to open the bridge by May")]),
])
def test_coordinated_reporting_verbs_are_two_statements_of_one_source(run, text, expected):
    found = run(text)
    assert [(a.cue, a.content) for a in found] == expected
    assert len({a.source.text for a in found}) == 1


def test_a_coordinated_act_of_the_source_leaves_the_content(run):
    (a,) = run("The mayor said on Friday that the bridge would reopen and thanked the crews.")
    assert a.content == "the bridge would reopen"


@pytest.mark.parametrize("text,content", [
    ("He said the company grew and hired 50 people.", "the company grew and hired 50 people"),
    ("He said the company grew and added 50 jobs.", "the company grew and added 50 jobs"),
    ("The coach said the team was tired and needed a rest.", "the team was tired and needed a rest"),
])
def test_verbs_coordinated_inside_the_content_stay_in_it(run, text, content):
    (a,) = run(text)
    assert a.content == content


# ---------------------------------------------------------------- the writer's background

def test_a_closing_relative_clause_is_the_writers_background(run):
    (a,) = run("The official said the agency had hired Ann Berg, who worked on the 2008 campaign.")
    assert a.content == "the agency had hired Ann Berg"


def test_a_relative_clause_inside_the_content_stays(run):
    (a,) = run("He said the plan, which costs two million dollars, would pass.")
    assert a.content == "the plan, which costs two million dollars, would pass"


# ---------------------------------------------------------------- naming acts

@pytest.mark.parametrize("text,cue,content,quote", [
    ("The senator called the plan a “total disaster”.", "called", "the plan a “total disaster”", "mixed"),
    ("Critics labelled the bill a giveaway to banks.", "labelled", "the bill a giveaway to banks", "indirect"),
    ("The mayor called himself a failure.", "called", "himself a failure", "indirect"),  # a verdict on oneself
])
def test_naming_acts_give_what_was_named_and_the_name(run, text, cue, content, quote):
    (a,) = run(text)
    assert (a.cue, a.content, a.quote) == (cue, content, quote)


def test_a_naming_participle_keeps_the_speaker_name_clean(run):
    named, vowed = run("The governor, calling it a disgrace, vowed to act.")
    assert (named.source.text, named.cue, named.content) == ("The governor", "calling", "it a disgrace")
    assert (vowed.source.text, vowed.cue, vowed.content) == ("The governor", "vowed", "to act")


@pytest.mark.parametrize("text", ["They called the meeting to order.", "She called him on Monday.",
                                  "A man calling himself Tom Tom wrote to the paper.",  # a name, no verdict
                                  "The group, which calls itself Harbour Watch Media, posted the video."])
def test_calling_without_a_name_is_no_statement(run, text):
    assert run(text) == []


# ---------------------------------------------------------------- -ing frames and statements

@pytest.mark.parametrize("text,content", [
    ("He inflamed tensions by saying, “We will never give up the land.”", "We will never give up the land."),
    ("She paused before suggesting that the vote be delayed.", "the vote be delayed"),
])
def test_a_participle_after_a_preposition_speaks_for_the_clause_subject(run, text, content):
    (a,) = run(text)
    assert a.content == content and a.source.text in ("He", "She")


def test_a_statement_saying_is_the_issuers(run):
    (a,) = run("The ministry issued a statement saying the border would stay closed.")
    assert (a.source.text, a.source.kind, a.content, a.medium) == (
        "The ministry", "government", "the border would stay closed", "statement")


def test_a_document_finds(run):
    (a,) = run("The report found that the river was polluted.")
    assert (a.source.kind, a.content) == ("document", "the river was polluted")


def test_a_reported_denial_is_a_denial_through_the_medium(run):
    (a,) = run("Police denied that the fire was arson, a spokesperson told Reuters.")
    assert (a.stance, a.content, a.medium, a.source.text) == ("deny", "the fire was arson", "Reuters", "a spokesperson")


def test_a_participle_after_from_or_of_is_not_the_clause_subjects(run):
    assert run("The law bans migrants from claiming asylum in the country.") == []


# ---------------------------------------------------------------- a gerund as the subject of the reported clause

@pytest.mark.parametrize("text,content", [
    ("Ana Ruiz said seeing so many nurses at the rally was a welcome sign.",
     "seeing so many nurses at the rally was a welcome sign"),
    ("He said laughing at the rules was never his style.", "laughing at the rules was never his style"),
])
def test_a_reported_clause_whose_subject_is_a_gerund(run, text, content):
    assert [a.content for a in run(text)] == [content]


# ---------------------------------------------------------------- quotation marks glued to the words around them

@pytest.mark.parametrize("text,source,content", [
    ("Lee said,“Look, the budget is broken. We have to fix it before the summer.”",
     "Lee", "Look, the budget is broken. We have to fix it before the summer."),
    ('Lee said,"Look, the budget is broken. We have to fix it before the summer."',
     "Lee", "Look, the budget is broken. We have to fix it before the summer."),
    ("“The plan has been a failure from the first day it started,”Clinton said.",
     "Clinton", "The plan has been a failure from the first day it started"),
])
def test_a_quotation_mark_without_its_space_still_opens_or_closes_the_quote(run, text, source, content):
    assert [(a.source.text, a.content) for a in run(text)] == [(source, content)]


def test_a_frame_verb_the_parser_took_for_a_participle_after_the_quote(run):
    (a,) = run("“We like it a lot,” Murphy, the head of the group, tweeted on Friday.")
    assert (a.source.text, a.cue, a.content) == ("Murphy, the head of the group", "tweeted", "We like it a lot")


def test_a_participle_of_a_thing_is_no_frame(run):
    assert run("The “green” plan, approved by the council last week, tweeted widely.") == []


@pytest.mark.parametrize("text,source", [
    ("Nine in 10 Democratic voters say the economy is weak.", "Nine in 10 Democratic voters"),
    ("About 4 in 10 say the party should change course.", "About 4 in 10"),
])
def test_a_share_of_those_asked_is_named_whole_and_anonymous(run, text, source):
    (a,) = run(text)
    assert (a.source.text, a.source.kind) == (source, "anonymous")


def test_according_to_after_an_opening_adverbial_takes_the_clause_after_it(run):
    (a,) = run("Meanwhile, according to the agency, about two thousand more homes will get fast internet.")
    assert (a.source.text, a.content) == ("the agency", "about two thousand more homes will get fast internet")


@pytest.mark.parametrize("text,source,content", [
    ("But, according to the survey, most voters in the valley remain undecided.", "the survey",
     "most voters in the valley remain undecided"),
    ("It has not gone unnoticed: according to a new survey, Berg holds only a small share of the rural vote.",
     "a new survey", "Berg holds only a small share of the rural vote"),
])
def test_according_to_after_a_conjunction_or_a_colon_takes_the_clause_after_it(run, text, source, content):
    (a,) = run(text)
    assert (a.source.text, a.content) == (source, content)


def test_according_to_with_no_clause_after_a_colon_is_no_statement(run):
    assert run("The crews worked late: according to plan.") == []


def test_a_verb_of_asking_to_act_without_the_act_is_no_cue(run):
    assert run("The interview saw the minister challenged on the basis that the plan might fail.") == []


# ---------------------------------------------------------------- subjects and complements the parser hangs elsewhere

@pytest.mark.parametrize("text,source,content", [
    ("But those who backed the plan say the new tax has hurt sales.", "those who backed the plan",
     "the new tax has hurt sales"),
    ("Those surveyed say the economy should come first.", "Those surveyed", "the economy should come first"),
])
def test_those_with_a_clause_after_it_is_a_speaker(run, text, source, content):
    (a,) = run(text)
    assert (a.source.text, a.content) == (source, content)


def test_that_said_names_no_speaker(run):
    assert run("That said, the plan is sound.") == []


def test_a_that_clause_the_parser_hung_on_a_noun_after_the_verb(run):
    (a,) = run("Last year, when she told the mayor at a meeting that residents were tired of waiting, nothing changed.")
    assert (a.source.text, a.content) == ("she", "residents were tired of waiting")


def test_a_quoted_title_before_a_verb_with_its_own_clause_is_not_its_content(run):
    (a,) = run("On “Face the Nation,” Senator Ann Berg said the vote was rigged.")
    assert (a.source.text, a.content, a.quote) == ("Senator Ann Berg", "the vote was rigged", "indirect")


@pytest.mark.parametrize("text,source,content", [
    ("Many drivers in four cities going to work on Friday said they oppose the toll.",
     "Many drivers in four cities", "they oppose the toll"),
    ("About 3 in 10 say they expect the new council to raise local taxes.", "About 3 in 10",
     "they expect the new council to raise local taxes"),
    ("Ortega briefly thanked the crowd, then says he’ll answer questions.", "Ortega", "he’ll answer questions"),
    ("Shaken by the fire in Ostrava, Inspector Paul Varga, the station chief, said that he called the owners on "
     "Friday.", "Inspector Paul Varga, the station chief", "he called the owners on Friday"),
    ("As part of his defence, Darius Okoro, 44, said that he moved the cattle at night.", "Darius Okoro, 44",
     "he moved the cattle at night"),
    ("In an email to the Courier, the club's treasurer, Ines Varga, said: “The roof will be fixed by spring.”",
     "the club's treasurer, Ines Varga", "The roof will be fixed by spring."),
    ("Sunday at the county fair, while judging pies with her cousin Chef Ana Ruiz, retired baker Ian Moss said "
     "the crust was too thin.", "retired baker Ian Moss", "the crust was too thin"),
    ("But while growers welcome the rain, two buyers privy to the auction say it’s the bank that set the price.",
     "two buyers", "it’s the bank that set the price"),
    ("But Coach Lena Ortiz (Leeds), noting the length of the season, said, “The players are tired.”",
     "Coach Lena Ortiz (Leeds)", "The players are tired."),
])
def test_a_subject_the_parser_hung_elsewhere_still_speaks(run, text, source, content):
    found = by_content(run(text))  # "noting the length of the season" is a statement of its own
    assert found[content].source.text == source


def test_a_person_after_an_inverted_verb_whom_the_parser_made_a_later_verbs_subject(run):
    (a,) = run("''The pitch is a disgrace,'' said Ivo Brandt, who coached the team during its best years yet praised "
               "the sale.")
    assert (a.source.name, a.content, a.quote) == ("Ivo Brandt", "The pitch is a disgrace", "direct")


def test_a_quoted_show_name_before_a_verb_with_an_object_and_a_clause(run):
    (a,) = run("Sunday on the station’s “Morning Desk,” Senator Ann Berg told host Tom Reyes she believed the "
               "bridge would open.")
    assert (a.source.text, a.content) == ("Senator Ann Berg", "she believed the bridge would open")


@pytest.mark.parametrize("text,source,content", [
    ("The mayor praised the plan as “bold,” telling reporters on a visit to the harbour on Friday that she "
     "thinks the port is “a great asset.”", "The mayor", "she thinks the port is “a great asset.”"),
    ("The row deepened, with Senator Ann Berg telling journalists on Monday she saw the verdict as an error.",
     "Senator Ann Berg", "she saw the verdict as an error"),
    ("Since announcing in March that she would step down, the chair has avoided the press.", "the chair",
     "she would step down"),
    ("In rejecting the appeal, the court said the law was clear.", "the court", "the law was clear"),
])
def test_participle_frames_speak_for_the_subject_they_belong_to(run, text, source, content):
    a = run(text)[0]
    assert (a.source.text, a.content) == (source, content)


def test_a_surname_after_an_inverted_verb_that_the_tagger_took_for_an_adverb(run):
    found = run("“Reopening the library is very important,” said Donnelly, explaining she had pushed for it for years.")
    assert [(a.source.text, a.content) for a in found] == [
        ("Donnelly", "Reopening the library is very important"), ("Donnelly", "she had pushed for it for years")]


@pytest.mark.parametrize("text,source,content", [
    ("The plan includes a new bridge to serve the island, Transport Secretary Ann Berg told a Senate panel Wednesday.",
     "Transport Secretary Ann Berg", "The plan includes a new bridge to serve the island"),
    ("Across the river, the last shoe factory is still open, but it is struggling against cheap rivals abroad, said "
     "the firm's owner, Jane Okafor.", "the firm's owner, Jane Okafor",
     "Across the river, the last shoe factory is still open, but it is struggling against cheap rivals abroad"),
])
def test_a_frame_after_the_statement_that_the_parser_coordinated_with_it(run, text, source, content):
    (a,) = run(text)
    assert (a.source.text, a.content) == (source, content)


def test_a_coordinated_clause_after_and_is_no_frame(run):
    assert run("Prices rose in May, and officials said nothing.") == []


@pytest.mark.parametrize("text,source,cue,content,medium", [
    ("The alarms worked exactly as they should, insists Tobias Renn, the museum's director.",
     "Tobias Renn, the museum's director", "insists", "The alarms worked exactly as they should", None),
    ("The cut was unavoidable, concedes the ministry.", "the ministry", "concedes", "The cut was unavoidable", None),
    ("Prices will keep rising, insists one trader, speaking to a radio station.", "one trader", "insists",
     "Prices will keep rising", "a radio station"),
    ("The tax will hurt small shops, argued the chamber of commerce.", "the chamber of commerce", "argued",
     "The tax will hurt small shops", None),
    ("The firm will survive, insisted its founder, Ana Ruiz.", "its founder, Ana Ruiz", "insisted",
     "The firm will survive", None),
    ("The strike will go on, warns the union.", "the union", "warns", "The strike will go on", None),
    ("The strike will go on, warned union leader Ana Ruiz on Monday.", "union leader Ana Ruiz", "warned",
     "The strike will go on", None),
    ("The harvest was the worst in decades, admitted one farmer to the Daily Courier.", "one farmer", "admitted",
     "The harvest was the worst in decades", "the Daily Courier"),
    ("Nobody checked the pipes for years, admitted the head of the water board.", "the head of the water board",
     "admitted", "Nobody checked the pipes for years", None),
    ("The talks have failed, admitted the head of the delegation, Ana Ruiz, to the news agency Kestrel Wire.",
     "the head of the delegation, Ana Ruiz", "admitted", "The talks have failed", "the news agency Kestrel Wire"),
    # the kind before the name says outlet, whatever the recogniser takes the name for (a place, here)
    ("The talks have failed, admits the head of the delegation, Ana Ruiz, to the news agency Northwind.",
     "the head of the delegation, Ana Ruiz", "admits", "The talks have failed", "the news agency Northwind"),
    ("The talks have failed, admits the head of the delegation, Ana Ruiz, to the news agency Stormline.",
     "the head of the delegation, Ana Ruiz", "admits", "The talks have failed", "the news agency Stormline"),
])
def test_an_unquoted_statement_before_an_inverted_frame(run, text, source, cue, content, medium):
    """"A, concedes the ministry.": the parser often takes the speaker after the verb for its object, and the
    statement for a clause the verb is coordinated with."""
    (a,) = run(text)
    assert (a.source.text, a.cue, a.content, a.quote, a.medium) == (source, cue, content, "indirect", medium)


@pytest.mark.parametrize("text,source,kind,content", [
    ("GRISTHORN – At least four people are dead and 11 missing after a landslide in the Ebrel Valley, writes the "
     "news agency Larchwire.", "the news agency Larchwire", "outlet",
     "At least four people are dead and 11 missing after a landslide in the Ebrel Valley"),
    ("KELSO – The bridge will close for a month, says the county council.", "the county council", "government",
     "The bridge will close for a month"),
    ("KAVRA, Sept 12 (Tarrow Wire) - The mine flooded on Saturday, the company said.", "the company", "organization",
     "The mine flooded on Saturday"),
])
def test_a_dateline_is_no_part_of_the_sentence_it_opens(run, text, source, kind, content):
    """"GRISTHORN – ...": the parser takes the place in capitals for the subject of the verb that ends the sentence,
    or hangs the clause on it, and no frame is read (`layout.dateline_sentences`)."""
    (a,) = run(text)
    assert (a.source.text, a.source.kind, a.content) == (source, kind, content)


@pytest.mark.parametrize("text,source", [
    ("The bridge will close, reports the newspaper Harbour Gazette.", "the newspaper Harbour Gazette"),
    ("The bridge will close for a month, the broadcaster Tarn TV reported.", "the broadcaster Tarn TV"),
    ("The bridge will close, writes the news agency Northwire.", "the news agency Northwire"),
])
def test_a_name_after_the_kind_of_an_outlet_is_an_outlet(run, text, source):
    (a,) = run(text)
    assert (a.source.text, a.source.kind) == (source, "outlet")


def test_a_name_after_an_agency_that_is_no_news_agency_is_no_outlet(run):
    (a,) = run("The bridge will close, the agency Tarn Roads said.")
    assert a.source.kind != "outlet"


def test_an_ambassador_to_a_country_keeps_the_country_after_an_inverted_verb(run):
    (a,) = run("The talks have failed, says the ambassador to Spain.")
    assert (a.source.text, a.content, a.medium) == ("the ambassador to Spain", "The talks have failed", None)


@pytest.mark.parametrize("text", [
    "The fire was put out within an hour, told him the chief.",  # an object pronoun is spoken to
    "The strike will go on, warns them the union.",
    "The mayor won, says nothing.",  # no one
    "The building burned down, said to be the oldest in town.",  # a verb with its own words after it
    "The mayor cut the ribbon, announced the winners of the contest.",  # one subject, two predicates
])
def test_a_noun_phrase_after_a_reporting_verb_that_is_no_inverted_speaker(run, text):
    assert not any(a.source.span[0] > text.index(",") for a in run(text))


@pytest.mark.parametrize("text,source,content", [
    ("Walking to the next house, Ebeling talked about her days as a student, and said their views were changed "
     "by the war.", "Ebeling", "their views were changed by the war"),
    ("By late evening, the minister was pushed into an awkward apology and said that her remarks had been "
     "misread.", "the minister", "her remarks had been misread"),
])
def test_a_coordinated_reporting_verb_borrows_a_subject_the_parser_mislabelled(run, text, source, content):
    a = run(text)[-1]
    assert (a.source.text, a.content) == (source, content)


@pytest.mark.parametrize("text,source,cue", [
    ("“Only he can fix the roads in this county,” a narrator in the commercial states.",
     "a narrator in the commercial", "states"),
    ("“Why should the town pay for a stadium?” the 58-year-old asked in the post’s caption.",
     "the 58-year-old", "asked"),
])
def test_a_quote_then_a_frame_word_the_parser_did_not_take_for_a_verb(run, text, source, cue):
    (a,) = run(text)
    assert (a.source.text, a.cue, a.quote) == (source, cue, "direct")


def test_an_exclamation_before_a_frame_with_a_clause_of_time(run):
    (a,) = run("“The proud people of this valley cast their votes for a new mayor!” Senator Ann Berg said "
               "as she opened the count.")
    assert (a.source.text, a.quote) == ("Senator Ann Berg", "direct") and a.content.endswith("mayor!")


@pytest.mark.parametrize("text,source,content", [
    ("Rita Vance, a local pastor, recalled in 2015 that before the flood, the council wasn’t trusted by her "
     "neighbours.", "Rita Vance, a local pastor", "before the flood, the council wasn’t trusted by her neighbours"),
    ("Senator Ann Berg promised Monday to begin work on the bridge.", "Senator Ann Berg", "to begin work on the bridge"),
    ("Several outlets reported on Wednesday the agency had held more than one meeting with the mayor.",
     "Several outlets", "the agency had held more than one meeting with the mayor"),
])
def test_complements_the_parser_hung_as_adverbials_or_objects(run, text, source, content):
    (a,) = run(text)
    assert (a.source.text, a.content) == (source, content)


@pytest.mark.parametrize("text,source,content", [
    ("The mayor's past remarks, including his promise to stay neutral in the talks, have caused concern.",
     "his", "to stay neutral in the talks"),
    ("Voters cheered his pledge to cut taxes for small firms.", "his", "to cut taxes for small firms"),
])
def test_a_claim_noun_with_an_infinitive_speaks_for_its_possessor(run, text, source, content):
    (a,) = run(text)
    assert (a.source.text, a.content) == (source, content)


@pytest.mark.parametrize("text,source,content,medium", [
    ("The campaign released a video that said the senator had lied.", "The campaign", "the senator had lied", "video"),
    ("The Harbour Party is running a new ad that urges voters to reject the toll.", "The Harbour Party",
     "voters to reject the toll", "ad"),
    ("The Valley Gazette ran a piece that noted the toll would hit poor drivers hardest.", "The Valley Gazette",
     "the toll would hit poor drivers hardest", "piece"),
])
def test_a_statement_put_out_speaks_for_whoever_put_it_out(run, text, source, content, medium):
    (a,) = run(text)
    assert (a.source.text, a.content, a.medium) == (source, content, medium)


@pytest.mark.parametrize("text,source", [
    ("According to a tally the union kept last week, 400 members voted to strike.",
     "a tally the union kept last week"),
    ("Rents rose by a fifth, according to a survey by the city’s housing office based on tax records.",
     "a survey by the city’s housing office based on tax records"),
])
def test_according_to_names_the_whole_noun_phrase(run, text, source):
    (a,) = run(text)
    assert a.source.text == source


@pytest.mark.parametrize("text,content", [
    ("KNA quoted a port official as saying on the day of the collision that the Harlow Star appeared to have lost "
     "steering shortly before the two ships collided.",
     "the Harlow Star appeared to have lost steering shortly before the two ships collided"),
    ("The agency quoted a port official as saying on the day of the collision that the tanker appeared to have lost "
     "steering before the ships collided.", "the tanker appeared to have lost steering before the ships collided"),
])
def test_a_that_clause_hung_on_a_noun_deep_in_the_verbs_phrase_is_what_was_said(run, text, content):
    """The parser may read "the collision that the tanker appeared to have lost steering" as a relative clause with
    "that" the object of "lost"; "lost" has its object, so "that" opens what was said."""
    (a,) = run(text)
    assert (a.source.text, a.content) == ("a port official", content)


@pytest.mark.parametrize("text,source,content", [
    ("According to the Farmer, warming and ozone could together cut yields of the world's four main crops by more "
     "than a tenth by 2050.", "the Farmer",
     "warming and ozone could together cut yields of the world's four main crops by more than a tenth by 2050"),
    ("According to the Ledger, heat and drought will together cut the harvest of the region's three main grains by "
     "a fifth.", "the Ledger",
     "heat and drought will together cut the harvest of the region's three main grains by a fifth"),
])
def test_according_to_ends_at_the_comma_before_a_joined_subject(run, text, source, content):
    """The parser may take the clause's joined subject for more names credited ("the Farmer, warming and ozone")."""
    (a,) = run(text)
    assert (a.source.text, a.content) == (source, content)


# ---------------------------------------------------------------- a report closed by another report's credit

@pytest.mark.parametrize("text,source,content,credit", [
    ("The harbour master said it had sold the ferry to a Danish firm, the Evening Star reported.",
     "The harbour master", "it had sold the ferry to a Danish firm", "the Evening Star"),
    ("Councillor Ruth Abara told a radio station the library would stay open, Reuters reported.",
     "Councillor Ruth Abara", "the library would stay open", "Reuters"),
    ('The harbour master said: "We will sell the ferry next spring," the Evening Star reported.',
     "The harbour master", "We will sell the ferry next spring", "the Evening Star"),
])
def test_a_report_closed_by_an_outlets_report_is_the_speakers_passed_on(run, text, source, content, credit):
    (a,) = run(text)
    assert (a.source.text, a.content) == (source, content)
    assert credit in (a.medium, a.cites)


@pytest.mark.parametrize("text,source,content,credit", [
    ("“The ferry will run again by Friday,” harbour master Lena Voss said, the Coastline Wire reported.",
     "harbour master Lena Voss", "The ferry will run again by Friday", "the Coastline Wire"),
    ("The ferry will run again by Friday, harbour master Lena Voss said, the Coastline Wire reported.",
     "harbour master Lena Voss", "The ferry will run again by Friday", "the Coastline Wire"),
    ("The ferry will run again by Friday, harbour master Lena Voss said, the Coastline Wire said.",
     "harbour master Lena Voss", "The ferry will run again by Friday", "the Coastline Wire"),
    ("Harbour master Lena Voss said the ferry would run again by Friday, as reported by the Coastline Wire.",
     "Harbour master Lena Voss", "the ferry would run again by Friday", "the Coastline Wire"),
    ("As reported by the Coastline Wire, harbour master Lena Voss said the ferry would run again by Friday.",
     "harbour master Lena Voss", "the ferry would run again by Friday", "the Coastline Wire"),
    # the parser hangs the closing report under the speaker's frame here, after a paragraph before it
    ("Hundreds of homes were flooded overnight.\n\n“We will not leave anyone behind,” Councillor Piet Moor said, "
     "the Coastline Wire reported.", "Councillor Piet Moor", "We will not leave anyone behind", "the Coastline Wire"),
    # ... and here the content under the report, and "according to" after a frame hung on the content's verb
    ("Only a fifth of Swedish flour has iron added to it, Professor Tor Lund said, according to the Coastline Wire."
     "\n\nSenior researcher Ole Dam of the University of Aarhus said pregnant women are also iodine deficient, the "
     "Coastline Wire reported.", "Senior researcher Ole Dam of the University of Aarhus",
     "pregnant women are also iodine deficient", "the Coastline Wire"),
])
def test_a_speakers_frame_closed_or_opened_by_an_outlets_report_is_passed_on_by_it(run, text, source, content, credit):
    *_, a = run(text)
    assert (a.source.text, a.content, a.medium) == (source, content, credit)


def test_according_to_after_a_frame_hung_on_the_contents_verb_credits_that_frame(run):
    a, _ = run("Only a fifth of Swedish flour has iron added to it, Professor Tor Lund said, according to the Coastline "
               "Wire.\n\nSenior researcher Ole Dam of the University of Aarhus said pregnant women are also iodine "
               "deficient, the Coastline Wire reported.")
    assert (a.source.text, a.content, a.medium) == ("Professor Tor Lund", "Only a fifth of Swedish flour has iron "
                                                    "added to it", "the Coastline Wire")


def test_according_to_after_the_outer_frame_credits_it_not_a_report_inside_its_content(run):
    (a,) = run("Mayor Ann Berg has told her staff not to give up their posts except to a council that can pay them, "
               "a senior aide said, according to the Coastline Wire.")
    assert (a.source.text, a.medium) == ("a senior aide", "the Coastline Wire")
    assert a.content == "Mayor Ann Berg has told her staff not to give up their posts except to a council that can pay them"


@pytest.mark.parametrize("text,content", [("The mayor said Reuters had reported.", "Reuters had reported"),
                                          ("The mayor said Reuters reported the ferry sank.",
                                           "Reuters reported the ferry sank")])
def test_a_report_the_speaker_tells_of_is_no_closing_credit(run, text, content):
    (a,) = run(text)
    assert (a.source.text, a.content, a.medium) == ("The mayor", content, None)


def test_a_report_closing_a_speakers_frame_credits_whoever_reported_it(run):
    (a,) = run("“The ferry will run again by Friday,” harbour master Lena Voss said, the minister reported.")
    assert (a.source.text, a.content, a.medium, a.cites) == ("harbour master Lena Voss",
                                                           "The ferry will run again by Friday", None, "the minister")


def test_a_participle_modifying_a_noun_in_the_content_does_not_cut_it(run):
    (a,) = run("Kestrel Ports ignored a 2019 survey recommending repairs to the quay, the Coastline Wire reported.")
    assert (a.source.text, a.content) == ("the Coastline Wire", "Kestrel Ports ignored a 2019 survey recommending "
                                                                "repairs to the quay")


def test_a_denial_closed_by_an_outlets_report_stays_the_reported_denial(run):
    (a,) = run("The ferry line's director Ann Berg denied that the company had cut safety checks, the Coastline Wire "
               "reported.")
    assert (a.source.text, a.content, a.stance) == ("the Coastline Wire", "the company had cut safety checks", "deny")


def test_a_report_closing_its_own_words_is_a_statement_of_its_own(run):
    (a,) = run("The ferry will be sold next spring, the Evening Star reported.")
    assert (a.source.text, a.content) == ("the Evening Star", "The ferry will be sold next spring")


@pytest.mark.parametrize("text,content", [
    ("The bakery sold 300 loaves on Sunday, the most it had sold since the fair began, according to its owner.",
     "The bakery sold 300 loaves on Sunday, the most it had sold since the fair began"),
    ("The harvest is smaller this year than the farm's has ever been, according to Ravi Anand, an agronomist.",
     "The harvest is smaller this year than the farm's has ever been"),
])
def test_according_to_at_the_end_takes_the_whole_sentence_before_it(run, text, content):
    (a,) = run(text)
    assert (a.cue, a.content) == ("according to", content)


@pytest.mark.parametrize("text,source,content,cited", [
    ("The harbour master said the ferry would be sold in the spring, according to a transcript of the meeting.",
     "a transcript of the meeting", "the ferry would be sold in the spring", "The harbour master"),
    ("“We will not close the library,” Councillor Ruth Abara said, according to a recording of the meeting.",
     "a recording of the meeting", "We will not close the library", "Councillor Ruth Abara"),
    ("Most tenants said their rent had doubled, according to a survey by the Glen Gazette.",
     "a survey by the Glen Gazette", "their rent had doubled", "Most tenants"),
])
def test_according_to_a_record_makes_the_record_the_source_of_the_statement_it_holds(run, text, source, content, cited):
    (a,) = run(text)
    assert (a.source.text, a.content, a.cue, a.cites) == (source, content, "according to", cited)


def test_according_to_a_person_or_an_outlet_leaves_the_speaker_the_source(run):
    (a,) = run("The harbour master said the ferry would be sold, according to two of his deputies.")
    assert (a.source.text, a.cites) == ("The harbour master", "two of his deputies")
    (b,) = run("The harbour master said the ferry would be sold, according to the Glen Gazette.")
    assert (b.source.text, b.medium) == ("The harbour master", "the Glen Gazette")


def test_according_to_inside_the_sentence_leaves_itself_out_of_the_content(analyzer):
    text = "Absent from the report, according to two engineers who read it, was any mention of the cracked pillars."
    (a,) = analyzer.extractor.extract(Article(text=text))
    assert [text[s:e] for s, e in a.content_spans] == ["Absent from the report", "was any mention of the cracked pillars"]
    assert a.source.text == "two engineers who read it"
    assert a.content == "Absent from the report … was any mention of the cracked pillars"


def parsed(words, heads, deps, tags, lemmas):
    """A Doc with the parse given, as the model makes it of sentences longer than a test sentence."""
    from spacy.lang.en import English
    from spacy.tokens import Doc
    pos = {"NNP": "PROPN", "NN": "NOUN", "NNS": "NOUN", "PRP": "PRON", "DT": "DET", "IN": "ADP", "TO": "PART", "JJ": "ADJ",
           ",": "PUNCT", ":": "PUNCT", ".": "PUNCT"}
    return Doc(English().vocab, words=words, heads=heads, deps=deps, tags=tags, lemmas=lemmas,
               pos=[pos.get(t, "VERB") for t in tags])


@pytest.mark.parametrize("on_dep,whom_dep,whom_head", [
    ("prt", "pobj", 2),  # "on" a particle, the one asked hung on it
    ("prep", "nsubj", 1),  # the one asked taken for a second subject of "called"
])
def test_called_on_takes_whoever_stands_between_on_and_the_act(on_dep, whom_dep, whom_head):
    from sourcetrace.attribution.speech import directive_content
    words = "Ruiz called on Berg to resign .".split()
    doc = parsed(words, heads=[1, 1, 1, whom_head, 5, 1, 1], deps=["nsubj", "ROOT", on_dep, whom_dep, "aux", "xcomp", "punct"],
                 tags=["NNP", "VBD", "IN", "NNP", "TO", "VB", "."], lemmas=["Ruiz", "call", "on", "Berg", "to", "resign", "."])
    assert directive_content(doc[1]) == (3, 6)


def test_a_speaker_set_off_before_a_participle_the_parser_made_the_verb_speaks():
    from sourcetrace.attribution.cues import speaker_of
    words = "Berg , noting the crowd , said the vote was close .".split()
    doc = parsed(words, heads=[2, 0, 2, 4, 2, 6, 2, 9, 9, 6, 9, 2],
                 deps=["nsubj", "punct", "ROOT", "det", "dobj", "punct", "parataxis", "det", "nsubj", "ccomp", "acomp", "punct"],
                 tags=["NNP", ",", "VBG", "DT", "NN", ",", "VBD", "DT", "NN", "VBD", "JJ", "."],
                 lemmas=["Berg", ",", "note", "the", "crowd", ",", "say", "the", "vote", "be", "close", "."])
    assert speaker_of(doc[6]).text == "Berg"


def test_a_speaker_with_a_place_after_the_title_is_named_after_an_opening_phrase():
    from sourcetrace.attribution.cues import speaker_of
    words = "On Monday , Berg , a spokesman in Fresno , said the vote was close .".split()
    doc = parsed(words, heads=[10, 0, 1, 1, 3, 6, 3, 6, 7, 10, 10, 12, 13, 10, 13, 10],
                 deps=["prep", "pobj", "punct", "appos", "punct", "det", "appos", "prep", "pobj", "punct", "ROOT",
                       "det", "nsubj", "ccomp", "acomp", "punct"],
                 tags=["IN", "NNP", ",", "NNP", ",", "DT", "NN", "IN", "NNP", ",", "VBD", "DT", "NN", "VBD", "JJ", "."],
                 lemmas=["on", "Monday", ",", "Berg", ",", "a", "spokesman", "in", "Fresno", ",", "say", "the", "vote",
                         "be", "close", "."])
    assert speaker_of(doc[10]).text == "Berg"


@pytest.mark.parametrize("text,source,content", [
    ("She's said she learned the trade from an uncle who kept bees.", "She",
     "she learned the trade from an uncle who kept bees"),
    ("Berg, meanwhile, who sits on no committees, said the vote speaks volumes about the council.", "Berg",
     "the vote speaks volumes about the council"),
    ("The leaflet is blunt. It says: “Close the quarry or lose the river.”", "It", "Close the quarry or lose the river."),
    ("Those around the mayor say a third term seems unlikely.", "Those around the mayor", "a third term seems unlikely"),
    ("“We’ve had better fairs than this one,” Oregon farmer Ian Moss, wearing a straw hat and “Vote Berg” pins, said "
     "matter-of-factly.", "Oregon farmer Ian Moss", "We’ve had better fairs than this one"),
])
def test_speakers_the_parser_hung_elsewhere(run, text, source, content):
    (a,) = run(text)
    assert (a.source.text, a.content) == (source, content)


def test_a_speaker_after_a_dash_whose_verb_the_parser_joined_to_the_clause_before():
    from sourcetrace.attribution.cues import speaker_of
    words = "It was an accident — Moss , a spokesman for Berg , told reporters that the vote was close .".split()
    doc = parsed(words, heads=[1, 1, 3, 1, 3, 3, 5, 8, 5, 8, 9, 5, 1, 12, 17, 16, 17, 12, 17, 1],
                 deps=["nsubj", "ROOT", "det", "attr", "punct", "appos", "punct", "det", "appos", "prep", "pobj", "punct",
                       "conj", "dobj", "mark", "det", "nsubj", "ccomp", "acomp", "punct"],
                 tags=["PRP", "VBD", "DT", "NN", ":", "NNP", ",", "DT", "NN", "IN", "NNP", ",", "VBD", "NNS", "IN", "DT",
                       "NN", "VBD", "JJ", "."],
                 lemmas=["it", "be", "a", "accident", "—", "Moss", ",", "a", "spokesman", "for", "Berg", ",", "tell",
                         "reporter", "that", "the", "vote", "be", "close", "."])
    assert speaker_of(doc[12]).text == "Moss"


def test_a_reporting_verb_joined_to_a_verb_in_another_tense_takes_the_subject_of_the_verb_in_its_own(run):
    (a,) = run("During the 2018 race, Ann Berg largely ran on her plan to cut the county's water bills in half "
               "and accused Tom Ruiz of wasting the reserves.")
    assert (a.source.text, a.content) == ("Ann Berg", "Tom Ruiz of wasting the reserves")


@pytest.mark.parametrize("text,source,content", [
    ("Speaking in Fresno, Berg, without naming him, also accused Ruiz of being a latecomer to water issues.", "Berg",
     "Ruiz of being a latecomer to water issues"),
    ("In an interview with radio hosts Tom Ruiz and Ian Moss, the Democratic presidential candidate stated that the "
     "dam's repairs were rushed.", "the Democratic presidential candidate", "the dam's repairs were rushed"),
])
def test_a_speaker_the_parser_hung_inside_the_opening_phrase_is_the_person_right_before_the_verb(run, text, source, content):
    (a,) = run(text)
    assert (a.source.text, a.content) == (source, content)


def test_a_quote_before_a_frame_whose_statement_noun_takes_a_participle_is_the_content(run):
    (a,) = run("\"The plan is reckless and unfair to our members,\" spokesman Ian Moss said in a statement issued an "
               "hour before the rally was set to begin.")
    assert (a.source.text, a.content, a.quote) == ("spokesman Ian Moss", "The plan is reckless and unfair to our members",
                                                   "direct")


@pytest.mark.parametrize("text,source,content", [
    ("The two growers spoke on Friday, and both vowed to fight the new water rules.", "both",
     "to fight the new water rules"),
    ("Her housing plan promises to build new homes across the city.", "Her housing plan",
     "to build new homes across the city"),
])
def test_a_quantifier_standing_for_people_or_a_plan_can_commit(run, text, source, content):
    (a,) = run(text)
    assert (a.source.text, a.content) == (source, content)


def test_a_possessive_pronoun_speaker_is_named_like_he(run):
    found = by_content(run("Senator Tom Ruiz spoke in Salem on Friday. Voters cheered his promise to cut the water tax."))
    assert found["to cut the water tax"].source.name == "Tom Ruiz"


def test_a_second_predicate_in_the_contents_tense_goes_on_with_what_was_said(run):
    (a,) = run("A spokesman said the council was reviewing the plan, but would not change it.")
    assert a.content == "the council was reviewing the plan, but would not change it"
    (b,) = run("A spokesman said the council was reviewing the plan, but did not expect changes.")
    assert b.content == "the council was reviewing the plan"  # "did": the reporting verb's tense, its own act


def test_described_as_takes_the_whole_description(run):
    (a,) = run("The governor described the fire as a tragedy that could have been avoided.")
    assert (a.source.text, a.content) == ("The governor", "the fire as a tragedy that could have been avoided")


@pytest.mark.parametrize("text", [
    "The two councils continued to argue over the bridge.",
    "Ticket sales continue climbing as the festival nears.",
    "The mayor continued her tour of the flooded streets.",
])
def test_continuing_an_activity_reports_nothing(run, text):
    assert run(text) == []


def test_going_so_far_as_to_say_is_the_subjects_statement(run):
    (a,) = run("The coach went so far as to say: “This is the worst pitch in the league.”")
    assert (a.source.text, a.content, a.quote) == ("The coach", "This is the worst pitch in the league.", "direct")


def test_an_adjective_that_reports_nothing_makes_no_speaker(run):
    assert run("The plan is easy to describe as a failure.") == []
    assert run("The firm was willing to admit that it had erred.") == []


def test_answering_a_question_word_names_the_question_not_the_answer(run):
    assert run("The chef paused to answer how he keeps the bread so soft.") == []
    assert run("In answering a question on Monday, the chef smiled.") == []


def test_a_claim_noun_with_its_maker_after_by(run):
    (a,) = run("The league fought claims by two clubs that the referees were biased.")
    assert (a.source.text, a.cue, a.content) == ("two clubs", "claims", "the referees were biased")


@pytest.mark.parametrize("text,content", [
    ("Ann Berg has offered few ideas for the port apart from stating that the city should not sell it.",
     "the city should not sell it"),
    ("In addition to stating that the bridge was unsafe, Ann Berg has vowed to close it.", "the bridge was unsafe"),
])
def test_a_gerund_after_apart_from_or_in_addition_to_speaks_for_the_clauses_subject(run, text, content):
    assert ("Ann Berg", content) in [(a.source.text, a.content) for a in run(text)]


def test_a_gerund_after_to_of_another_verb_has_no_speaker(run):
    assert run("The rise in rents has led to claiming benefits becoming common.") == []


@pytest.mark.parametrize("text,source,pieces", [
    ("Moss praised the common standards, which he argued help pupils who move often.", "he",
     ["which", "help pupils who move often"]),
    ("The council cut the program, which critics say kept hundreds of teenagers off the streets.", "critics",
     ["which", "kept hundreds of teenagers off the streets"]),
    ("Growers dislike the new loans, which they argue help big banks.", "they",  # "which" hung on "argue"
     ["which", "help big banks"]),
    ("The council kept the fees the auditors say are unlawful.", "the auditors",  # no pronoun: the noun is the subject
     ["the fees", "are unlawful"]),
])
def test_a_frame_inside_a_relative_clause_is_left_out_of_it(analyzer, text, source, pieces):
    found = analyzer.extractor.extract(Article(text=text))
    assert (source, pieces) in [(a.source.text, [text[s:e] for s, e in a.content_spans]) for a in found]


def test_a_relative_clause_without_a_pronoun_whose_statement_has_its_own_subject_keeps_the_noun_out(run):
    (a,) = run("The board published the report the ministry says nobody read.")
    assert (a.source.text, a.content) == ("the ministry", "nobody read")


def test_a_relative_pronoun_that_speaks_is_no_part_of_what_was_said(run):
    (a,) = run("Ann Berg, who said the port was safe, left early.")
    assert a.content == "the port was safe" and len(a.content_spans) == 1


def test_a_closing_frame_hung_on_the_statement_as_an_adverbial_clause(run):
    (a,) = run("The plant will close next year, sooner than expected, the company said on Monday — a blow to the town "
               "that relies on it.")
    assert (a.source.text, a.content) == ("the company", "The plant will close next year")


@pytest.mark.parametrize("text,source,cue,content", [
    ("The mayor also addressed the flood last Thursday, stating local officials are in charge of the repairs.",
     "The mayor", "stating", "local officials are in charge of the repairs"),
    ("“We wrote twenty songs before the tour,” Berg said, mentioning the new album is “almost finished.”",
     "Berg", "mentioning", "the new album is “almost finished.”"),
])
def test_a_participle_after_a_frame_taken_for_the_subject_of_what_it_reports(run, text, source, cue, content):
    assert (source, content) in [(a.source.text, a.content) for a in run(text) if a.cue == cue]


def test_a_gerund_subject_after_what_the_frame_reports_stays_in_it(run):
    (a,) = run("The mayor said the hall was full, adding extra chairs is not possible.")
    assert (a.cue, a.content) == ("said", "the hall was full, adding extra chairs is not possible")


def test_a_closing_clause_opened_by_a_conjunction_frames_nothing(run):
    assert run("The crowd cheered loudly at the end, while the mayor said nothing.") == []


@pytest.mark.parametrize("text,content", [
    ("The mayor said the bridge would stay shut, because the pillars were cracked.",
     "the bridge would stay shut, because the pillars were cracked"),
    ("The mayor said the bridge would stay shut, although the ferry would still run.",
     "the bridge would stay shut, although the ferry would still run"),
    ("The mayor said the bridge would stay shut, as the river rose again on Friday.", "the bridge would stay shut"),
    ("The club said on Monday that it would sell the ground, because the debts were too high.",  # "because" hung
     "it would sell the ground, because the debts were too high"),  # on "said", not on what was said
])
def test_a_trailing_reason_stays_with_what_was_said_and_a_trailing_circumstance_does_not(run, text, content):
    (a,) = run(text)
    assert a.content == content


def test_a_reason_for_saying_nothing_is_no_statement(run):
    assert run("The mayor said nothing because the vote was close.") == []


def test_a_trailing_concession_that_reports_on_its_own_is_a_statement_of_its_own(run):
    found = run("The minister said the army had not used force, although her aides described the raids as a grave mistake.")
    assert [(a.source.text, a.content) for a in found] == [
        ("The minister", "the army had not used force"), ("her aides", "the raids as a grave mistake")]


def test_what_say_takes_for_an_object_is_a_clause_when_a_verb_is_inside_it(run):
    (a,) = run("Asked about the dam, the engineer said owners of homes hurt by the floods file claims every spring.")
    assert (a.source.text, a.content) == ("the engineer", "owners of homes hurt by the floods file claims every spring")


@pytest.mark.parametrize("text", ["The farmers said a prayer for the crew of the trawler.",
                                  "Half of the voters say the same of the mayor.", "Moss said nothing."])
def test_what_say_takes_for_an_object_without_a_verb_is_no_statement(run, text):
    assert run(text) == []


def test_a_claim_noun_made_without_a_that_clause_is_no_statement(run):
    assert run("The owner of the mill made a promise to the bank that was never kept.") == []


@pytest.mark.parametrize("text,source,cue,content", [
    ("Her main argument, much like her brother's, is that the port should stay public.",
     "Her", "argument", "the port should stay public"),
    ("Perhaps the mayor's most surprising suggestion was that the council had lost the files.",
     "the mayor", "suggestion", "the council had lost the files"),
    ("The boldest promise Ann Berg has made in the campaign is that taxes will not rise.",
     "Ann Berg", "promise", "taxes will not rise"),
])
def test_a_claim_noun_equated_with_a_that_clause(run, text, source, cue, content):
    (a,) = run(text)
    assert (a.source.text, a.cue, a.content) == (source, cue, content)


def test_a_claim_noun_equated_with_nothing_said_is_no_statement(run):
    assert run("The claim is that the river was clean.") == []  # nobody's
    assert run("Her promise was the reason the mill stayed open.") == []


def test_a_claim_noun_after_with_speaks_for_whoever_acted(run):
    (a,) = run("Ann Berg stirred anger last year with an assertion that the river was clean.")
    assert (a.source.text, a.cue, a.content) == ("Ann Berg", "assertion", "the river was clean")
    assert run("The firm was hit with an allegation that it had lied.") == []  # the passive subject claims nothing


def test_a_claim_noun_included_in_what_someone_said_is_theirs(run):
    (a,) = run("The mayor's speech to the farmers last week, including a claim that the council had hidden the audit, "
               "angered many voters.")
    assert (a.source.text, a.cue, a.content) == ("The mayor", "claim", "the council had hidden the audit")
    assert run("The report, including a claim that the audit was hidden, angered many voters.") == []  # nobody's


@pytest.mark.parametrize("text,source,cue,content", [
    ("The governor gave her clearest pledge yet that she would keep the dam shut.",
     "her", "pledge", "she would keep the dam shut"),
    ("The coach was pressed about his remark last Friday that the players had been paid.",
     "his", "remark", "the players had been paid"),
])
def test_a_claim_nouns_that_clause_hung_on_the_verb_governing_it(run, text, source, cue, content):
    (a,) = run(text)
    assert (a.source.text, a.cue, a.content) == (source, cue, content)


def test_a_that_clause_after_a_verb_reporting_it_is_not_the_claim_nouns(run):
    (a,) = run("The mayor wrote in her statement on Monday that the dam would hold.")
    assert (a.source.text, a.cue, a.content) == ("The mayor", "wrote", "the dam would hold")


@pytest.mark.parametrize("text,source,pieces", [
    ("The plant, the company said on Monday, will close in May.", "the company", ["The plant", "will close in May"]),
    ("Whatever the team has gained this season, the coach said, could be lost in one bad game.", "the coach",
     ["Whatever the team has gained this season", "could be lost in one bad game"]),
    ("But with every rainy day, the growers admit, it gets harder to save the harvest.", "the growers",
     ["But with every rainy day", "it gets harder to save the harvest"]),
])
def test_a_frame_inside_the_clause_it_reports_is_left_out_of_it(analyzer, text, source, pieces):
    (a,) = analyzer.extractor.extract(Article(text=text))
    assert a.source.text == source and [text[s:e] for s, e in a.content_spans] == pieces


def test_a_verb_with_an_object_of_its_own_inside_a_clause_frames_nothing(run):
    (a,) = run("At the museum, curators hung 40 new paintings in the east wing, up from 12 in spring, the Courier reported.")
    assert (a.source.text, a.content) == ("the Courier",
                                          "At the museum, curators hung 40 new paintings in the east wing, up from 12 in spring")


@pytest.mark.parametrize("text,content", [
    ("Ms. Berg said that the mill could be saved, and that the town had waited too long for a buyer.",
     "the mill could be saved, and that the town had waited too long for a buyer"),
    ("Mr. Lind said he had received offers for the barn, but “the offers were for a price I could not accept.”",
     "he had received offers for the barn, but “the offers were for a price I could not accept.”"),
    ("Ms. Berg said the council would “look at every option,” and residents would need to “be patient” until spring.",
     "the council would “look at every option,” and residents would need to “be patient” until spring"),
])
def test_a_second_that_clause_or_a_quote_coordinated_with_the_verb_goes_on_with_the_content(run, text, content):
    (a,) = run(text)
    assert a.content == content


def test_a_second_reporting_verb_is_still_a_statement_of_its_own(run):
    found = run("Ms. Berg said that the mill could be saved, and noted that the town had waited too long.")
    assert [a.content for a in found] == ["the mill could be saved", "the town had waited too long"]


@pytest.mark.parametrize("text,medium", [
    ("The campaign sent out a message to supporters saying that the rally had moved to the fairground.", "message"),
    ("The union sent a letter to members warning that the strike would go ahead.", "letter"),
])
def test_a_statement_sent_to_someone_speaks_for_its_sender_not_the_recipients(run, text, medium):
    (a,) = run(text)
    assert (a.source.text, a.medium) == (text.split(" sent")[0], medium)


@pytest.mark.parametrize("text,content", [
    ("On her desk, the mayor keeps a framed note from a rival. ''Ann, you will never win this town!'' the note says.",
     "Ann, you will never win this town!"),
    ("The debate pits those who fear the flood (“The levee will not hold another spring,” Ann Berg wrote last week) "
     "against those who do not.", "The levee will not hold another spring"),
])
def test_a_quote_opening_a_sentence_or_an_aside_is_direct_even_when_the_parser_joined_it_to_the_words_before(
        run, text, content):
    (a,) = run(text)
    assert (a.content, a.quote) == (content, "direct")


@pytest.mark.parametrize("text,content", [
    ("The coach praised the council's decision to reopen the old pool.", "the council's decision to reopen the old pool"),
    ("The witness described the night the barn burned down.", "the night the barn burned down"),
    ("The union rejected a proposal that would cut the night shift.", "a proposal that would cut the night shift"),
])
def test_an_object_holding_a_clause_is_the_content_where_the_bare_object_would_not_be(run, text, content):
    (a,) = run(text)
    assert a.content == content


@pytest.mark.parametrize("text", ["The coach praised the council's decision.", "The witness described the barn.",
                                  "The union rejected the new rota."])
def test_a_bare_object_of_the_same_verbs_reports_nothing(run, text):
    assert run(text) == []


@pytest.mark.parametrize("text,content", [
    ("The group urged the council to raise the tax, hire more teachers and repair the roof.",
     "the council to raise the tax, hire more teachers and repair the roof"),
    ("She called on the board to sell the farm, close the mill and pay the workers.",
     "the board to sell the farm, close the mill and pay the workers"),
    ("The mayor vowed to rebuild the bridge, widen the road and plant new trees.",
     "to rebuild the bridge, widen the road and plant new trees"),
])
def test_the_acts_listed_after_the_first_go_on_with_what_was_asked_or_vowed(run, text, content):
    (a,) = run(text)
    assert a.content == content


def test_what_the_speaker_did_after_asking_is_no_part_of_the_request(run):
    (a,) = run("The group urged the council to raise the tax and then left the hall.")
    assert a.content == "the council to raise the tax"


# ---------------------------------------------------------------- who speaks

def speakers(found):
    return [(a.source.text, a.cue, a.content) for a in found]


@pytest.mark.parametrize("text,source,content", [
    ("The flood damage prompted the governor to declare that the harbour would stay shut.", "the governor",
     "the harbour would stay shut"),
    ("The ruling prompted the union to announce that the strike was over.", "the union", "the strike was over"),
    ("Senator Ann Pike used the speech to declare that the strike was over.", "Senator Ann Pike",  # a thing used
     "the strike was over"),
])
def test_the_one_prompted_to_speak_is_the_speaker(run, text, source, content):
    (a,) = run(text)
    assert (a.source.text, a.content) == (source, content)


@pytest.mark.parametrize("text,source,cue", [
    ("The judge called for silence, and then a short recess, announcing after both that the trial would resume.",
     "The judge", "announcing"),
    ("She has clashed with the harbour board for years, at one stage calling its chairman a coward.", "She",
     "calling"),
    ("Ms. Okafor rejected the idea that the mill had failed, saying that new owners would fix it.", "Ms. Okafor",
     "saying"),
    ("The weekly ran an article stating that the port would close in May.", "The weekly", "stating"),
])
def test_a_participle_after_a_things_name_speaks_for_the_subject_of_the_clause(run, text, source, cue):
    a = next(a for a in run(text) if a.cue == cue)
    assert a.source.text == source


@pytest.mark.parametrize("text,source", [
    ("Police received calls reporting that shots had been fired.", "calls"),  # what the calls said
    ("The lawyer, speaking to reporters, said the case was weak.", "The lawyer"),
])
def test_a_participle_on_what_carries_the_words_or_on_the_subject_stays_theirs(run, text, source):
    (a,) = run(text)
    assert a.source.text == source


def test_a_participle_on_a_clause_joined_to_the_reporting_one_speaks_for_that_clauses_subject(run):
    found = run("Tenants say the rules are unfair, and the union has already sued the city over them, "
                "saying they violate the lease.")
    assert speakers(found) == [("Tenants", "say", "the rules are unfair"),
                               ("the union", "saying", "they violate the lease")]
    (_, adding) = run("Berg said the plan failed, adding that it cost too much.")
    assert (adding.source.text, adding.content) == ("Berg", "it cost too much")  # inside what was said


@pytest.mark.parametrize("text,cue,content", [
    ("Many farmers believe the tax is unfair and have been calling on the council to repeal it.", "calling on",
     "the council to repeal it"),
    ("Local traders believe the port has closed for good, and admit that the town cannot survive without it.",
     "admit", "the town cannot survive without it"),
])
def test_a_verb_whose_tense_matches_the_first_clause_shares_its_subject(run, text, cue, content):
    (a,) = run(text)
    assert (a.source.text, a.cue, a.content) == (text.split(" believe")[0], cue, content)


def test_a_verb_in_the_tense_of_the_reported_clause_stays_in_it(run):
    (a,) = run("The mayor said the firm has grown and has hired more staff.")
    assert (a.source.text, a.content) == ("The mayor", "the firm has grown and has hired more staff")


def test_a_name_inside_the_speakers_relative_clause_is_not_the_speakers_name(run):
    found = run("Union leader Tom Steelmaker spoke first. Steelmaker, who backs Maria Delgado, said teachers "
                "back the bill.")
    a = next(a for a in found if a.cue == "said")
    assert (a.source.text, a.source.name) == ("Steelmaker, who backs Maria Delgado", "Tom Steelmaker")


def test_a_speakers_name_is_the_person_entity_holding_the_head_not_an_adjective_before_it(run):
    # in this paragraph the tagger takes "Heartbroken" for a person of its own
    found = run("Quarry bosses hid horror accidents at pits where two men died, a shock probe has revealed.\n\n"
                "The firm's own engineers warned that its giant crushers were badly behind on repairs, the leaked files "
                "show.\n\nA whistleblower said: “If a lad lost a finger, it went down as a cut. Everybody knew.”\n\n"
                "Heartbroken widow Ellen Baptiste, whose husband Marc was crushed in 2023, said: “Nobody told me the "
                "machines were overdue.”")
    a = next(a for a in found if a.content.startswith("Nobody told me"))
    assert a.source.name == "Ellen Baptiste"


@pytest.mark.parametrize("text,source,content,credit", [
    ("“Why would anyone sign that contract?” Petra Lund of the dockers' guild asked, the Harbour Gazette reported.",
     "Petra Lund of the dockers' guild", "Why would anyone sign that contract?", "the Harbour Gazette"),
    ("“Our roads must be safe. Today they are not!” Mayor Tobias Renn said on Monday, according to the Harbour "
     "Gazette.", "Mayor Tobias Renn", "Our roads must be safe. Today they are not!", "the Harbour Gazette"),
])
def test_a_report_of_nothing_but_a_quotes_frame_passes_the_quote_on(run, text, source, content, credit):
    (a,) = run(text)
    assert (a.source.text, a.content, a.medium) == (source, content, credit)


@pytest.mark.parametrize("text", [
    "Workers learned of the merger from a notice pinned up in the lobby, union steward Ada Kerr told the Gazette.",
    # the parser hangs the comma on the frame and the full stop on the statement, before another paragraph
    "Workers learned of the merger from a notice pinned up in the lobby, union steward Ada Kerr told the Gazette."
    "\n\nThe mill will close in May.",
])
def test_a_frame_the_parser_hung_under_the_statement_closes_it(run, text):
    a, *_ = run(text)
    assert (a.source.text, a.content, a.medium) == (
        "union steward Ada Kerr", "Workers learned of the merger from a notice pinned up in the lobby", "the Gazette")


@pytest.mark.parametrize("text,medium", [
    ("The pump probably failed an hour before the flood, according to two engineers who spoke to the Harbour Gazette "
     "on condition of anonymity.", "the Harbour Gazette"),
    ("Two engineers who talked to the Coastline Wire said the pump had failed an hour before the flood.",
     "the Coastline Wire"),
])
def test_the_outlet_a_speakers_own_clause_spoke_to_is_the_medium(run, text, medium):
    (a,) = run(text)
    assert a.medium == medium


@pytest.mark.parametrize("text,medium", [
    ("“We will rebuild the bridge,” Osei said in a statement quoted by the Observer.", "the Observer"),
    ("The pump failed, Mayor Ines Holt said in a statement published by the Lakeside Advertiser.",
     "the Lakeside Advertiser"),
])
def test_a_statement_quoted_by_an_outlet_went_through_it(run, text, medium):
    (a,) = run(text)
    assert a.medium == medium


@pytest.mark.parametrize("text", [
    "Dr Ola Brandt, in an interview with the Courant, said the notice would stay for ten days.",
    "Dr Ola Brandt said in an interview with the Courant that the notice would stay for ten days.",
    "In an interview with the Tessavale Courant, Dr Ola Brandt said the notice would stay for ten days.",
])
def test_an_interview_with_a_named_outlet_went_through_it_whatever_its_name(run, text):
    (a,) = run(text)
    assert (a.source.text, a.content) == ("Dr Ola Brandt", "the notice would stay for ten days")
    assert a.medium in ("the Courant", "the Tessavale Courant")


def test_an_interview_with_a_person_names_only_the_channel(run):
    (a,) = run("Dr Ola Brandt said in an interview with Marta Quist that the notice would stay for ten days.")
    assert a.medium == "interview"


def test_a_statement_on_a_website_went_through_that_website(run):
    (a,) = run("In a statement on tessaferries.example, operations chief Mira Holt said the engine probably failed.")
    assert (a.source.text, a.content, a.medium) == ("operations chief Mira Holt", "the engine probably failed",
                                                   "tessaferries.example")
    (a,) = run("In a statement on Monday, operations chief Mira Holt said the engine probably failed.")
    assert a.medium == "statement"  # a time, not a site: only the channel


@pytest.mark.parametrize("text,source,content", [
    ("As first reported by the Harbour Gazette, the ferry operator paid two million euros in fines.",
     "the Harbour Gazette", "the ferry operator paid two million euros in fines"),
    ("The ferry sank near the pier, as reported by the Harbour Gazette.", "the Harbour Gazette",
     "The ferry sank near the pier"),
])
def test_as_reported_by_an_outlet_is_its_statement(run, text, source, content):
    (a,) = run(text)
    assert (a.source.text, a.source.kind, a.cue.lower(), a.content) == (source, "outlet", text[
        text.lower().index("as "):text.index(" by ") + 3].lower(), content)


@pytest.mark.parametrize("text,source,content", [
    ("The depot handles about half of the fertiliser imported into the region, per Harbour Wire.", "Harbour Wire",
     "The depot handles about half of the fertiliser imported into the region"),
    ("Per the Daily Planet, the mayor of Eskton will resign on Friday.", "the Daily Planet",
     "the mayor of Eskton will resign on Friday"),
    ("Ticket prices rose 3 per cent, per the statistics office.", "the statistics office", "Ticket prices rose 3 per cent"),
])
def test_per_set_off_as_a_credit_is_according_to(run, text, source, content):
    (a,) = run(text)
    assert (a.source.text, a.cue.lower(), a.content) == (source, "per", content)


@pytest.mark.parametrize("text,source,medium", [
    ("Harbour Wire quoted a port spokesman as saying the ferry would not sail.", "a port spokesman", "Harbour Wire"),
    ("The paper quoted Mayor Ann Berg as saying that the ferry would not sail.", "Mayor Ann Berg", "The paper"),
    ("The Morning Lantern quoted Mayor Ann Berg as saying that the ferry would not sail.", "Mayor Ann Berg",
     "The Morning Lantern"),  # an outlet's name with no outlet word in it
    # not an outlet quoting: the one quoted speaks, and nothing passed it on
    ("Mayor Ann Berg quoted her grandmother as saying that the ferry would not sail.", "her grandmother", None),
])
def test_an_outlet_quoting_someone_as_saying_passes_on_what_they_said(run, text, source, medium):
    (a,) = run(text)
    assert (a.source.text, a.medium, a.content) == (source, medium, text[text.index("saying") + 7:-1].removeprefix("that "))


def test_per_as_a_rate_is_no_credit(run):
    assert run("The new pumps move 40 litres per second and cost 3 per cent more to run.") == []


def test_as_reported_with_no_one_reporting_stays_unattributed(run):
    assert run("As reported earlier, the ferry operator paid two million euros in fines.") == []


def test_a_quote_closed_by_as_quoted_by_an_outlet_went_through_it(run):
    (a,) = run("“Is the bridge safe? Not yet,” the county engineer, Dr Ola Brandt, said, as quoted by the Gazette.")
    assert (a.source.text, a.content, a.medium) == ("the county engineer, Dr Ola Brandt", "Is the bridge safe? Not yet",
                                                   "the Gazette")
    (a,) = run("“Is the bridge safe? Not yet,” Dr Ola Brandt said, as quoted by the Tessavale Courant.")
    assert (a.content, a.cites) == ("Is the bridge safe? Not yet", "the Tessavale Courant")  # not known as an outlet


@pytest.mark.parametrize("text,source,content,credit", [
    ("Mira Holt said the engine had probably failed, the Tessa Report wrote in its coverage.",
     "Mira Holt", "the engine had probably failed", "the Tessa Report"),
    ("Holt said she “never wanted the contract”, the Gazette wrote.", "Holt", "she “never wanted the contract”",
     "the Gazette"),
])
def test_a_statement_closed_by_what_a_publication_wrote_is_passed_on_by_it(run, text, source, content, credit):
    (a,) = run(text)
    assert (a.source.text, a.content) == (source, content)
    assert credit in (a.medium, a.cites)


def test_what_a_person_wrote_after_a_statement_is_no_credit(run):
    (a,) = run("Mira Holt said the engine had failed, Ann Berg wrote in her memoir.")
    assert (a.source.text, a.medium, a.cites) == ("Mira Holt", None, None)


def test_a_report_set_off_between_a_speaker_and_the_verb_passes_the_statement_on(run):
    (a,) = run("Harbour officials, the Coastline Wire reported, said the storm had caused the collapse of the pier.")
    assert (a.source.text, a.content, a.medium) == (
        "Harbour officials", "the storm had caused the collapse of the pier", "the Coastline Wire")


def test_a_word_of_the_quote_is_not_the_subject_of_the_inverted_verb_after_it(run):
    found = run("Police say they have no suspects. \"We have no freedom of opinion anymore. #Harbour,\" tweeted a "
                "local user going by the handle Gullwing.")
    assert speakers(found)[1] == ("a local user going by the handle Gullwing", "tweeted",
                                  "We have no freedom of opinion anymore. #Harbour")
    (a,) = run("Ann Berg, known as “Bear,” said the mill would close.")  # a quoted nickname inside the name
    assert a.source.text.startswith("Ann Berg") and a.content == "the mill would close"


def test_the_noun_phrase_after_an_inverted_verb_speaks_when_the_parser_gave_it_to_a_later_clause(run):
    (a,) = run("\"A stranger walked in and told us to pack up,\" said the cashier, who like most people in the village "
               "did not want to be named.")
    assert a.source.text.startswith("the cashier") and a.content == "A stranger walked in and told us to pack up"


def test_a_participle_outside_a_quote_never_takes_a_speaker_from_inside_it(run):
    (a,) = run("Okafor did not seem moved by the offer, telling reporters, \"Half the street said the landlord "
               "should sell.\"")
    assert (a.source.text, a.cue) == ("Okafor", "telling")


def test_a_clause_before_a_semicolon_is_a_sentence_of_its_own_not_the_next_verbs_content(run):
    found = run("Ruiz calls for a new bridge over the river; Okafor calls for a second ferry.")
    assert speakers(found) == [("Ruiz", "calls for", "a new bridge over the river"),
                               ("Okafor", "calls for", "a second ferry")]
    (a,) = run("The bridge is safe, Okafor said.")  # a comma: the clause before is what was said
    assert (a.source.text, a.content) == ("Okafor", "The bridge is safe")


@pytest.mark.parametrize("text,kept", [
    ("\"I will focus on my own race,\" Okafor said, when asked whether she wanted the governor to campaign for her.",
     [("Okafor", "said", "I will focus on my own race")]),
    ("Asked whether he was worried, the harbour master said the tides were normal.",
     [("the harbour master", "said", "the tides were normal")]),
    ("When asked by a reporter whether the bridge was safe, Ruiz said yes.",  # the one asking is named
     [("a reporter", "asked", "whether the bridge was safe")]),
    ("The council has asked the mayor whether the bridge is safe.",
     [("The council", "asked", "whether the bridge is safe")]),
])
def test_the_one_asked_in_a_passive_participle_is_not_the_one_asking(run, text, kept):
    assert speakers(run(text)) == kept


@pytest.mark.parametrize("text,medium", [
    ("Speaking to the agency, two dockers said the crane had been faulty for weeks.", "the agency"),
    ("Two dockers told the agency that the crane had been faulty for weeks.", "the agency"),
    ("Speaking to the news agency, two dockers said the crane had been faulty for weeks.", "the news agency"),
    # the agency speaks or is where the speakers work: nobody spoke to it
    ("Officials at the agency said the crane had been faulty for weeks.", None),
    ("Two dockers told the agency's inspectors that the crane had been faulty for weeks.", None),
])
def test_the_agency_spoken_to_is_the_medium(run, text, medium):
    (a,) = run(text)
    assert (a.content, a.medium) == ("the crane had been faulty for weeks", medium)


@pytest.mark.parametrize("text,content", [
    ("Dunmore Mills admitted storing more waste at its Kessel yard than its permit allowed, the Vantor Chronicle "
     "reported on Tuesday.", "storing more waste at its Kessel yard than its permit allowed"),
    ("Dunmore Mills admitted storing more waste at its Kessel yard than its permit allowed, the Vantor Chronicle "
     "reported.", "storing more waste at its Kessel yard than its permit allowed"),
    ("Mayor Ines Holt denied closing the bridge, the Vantor Chronicle wrote on Tuesday.", "closing the bridge"),
])
def test_a_closing_report_with_a_time_after_it_passes_the_statement_on(run, text, content):
    (a,) = run(text)
    assert (a.content, a.medium) == (content, "the Vantor Chronicle")


def test_a_closing_report_of_a_said_clause_passes_it_on_whoever_reports(run):
    (a,) = run("Senior researcher Ada Voss of Kessel College said pregnant women are also short of iodine, Newsline "
               "reported.")
    assert (a.source.text, a.content, a.cites) == ("Senior researcher Ada Voss of Kessel College",
                                                    "pregnant women are also short of iodine", "Newsline")


def test_a_report_of_its_own_after_a_statement_stays_a_statement(run):
    a, b = run("Mayor Ines Holt said the bridge was safe, and the Vantor Chronicle reported that it would reopen.")
    assert (a.content, a.medium, b.source.text, b.content) == (
        "the bridge was safe", None, "the Vantor Chronicle", "it would reopen")


# ---------------------------------------------------------------- documents and counts as sources

@pytest.mark.parametrize("text,source,cue,content", [
    ("Figures published by the housing agency on Monday showed rents rose in every district.",
     "Figures published by the housing agency on Monday", "showed", "rents rose in every district"),
    ("The press release shows that the school had closed the pool.", "The press release", "shows",
     "the school had closed the pool"),
    ("The memo shows the harbour master knew of the leak.", "The memo", "shows", "the harbour master knew of the leak"),
    ("Ferry records show the boat had sailed twice without a licence.", "Ferry records", "show",
     "the boat had sailed twice without a licence"),
    ("The letters show that the bishop will stay in office.", "The letters", "show", "the bishop will stay in office"),
    ("The safety review found that six of the lifts were unsafe.", "The safety review", "found",
     "six of the lifts were unsafe"),
    ("Police figures indicate that thefts fell by a third.", "Police figures", "indicate", "thefts fell by a third"),
    ("The port's records reveal that the crane failed twice.", "The port's records", "reveal",
     "the crane failed twice"),
])
def test_a_document_or_a_count_states_a_finding(run, text, source, cue, content):
    (a,) = run(text)
    assert (a.source.text, a.cue, a.content, a.source.kind) == (source, cue, content, "document")


def test_a_document_named_by_a_relative_pronoun_states_a_finding(run):
    (a,) = run("The union quoted a survey that found that nurses worked six unpaid hours a week.")
    assert (a.cue, a.content, a.source.kind) == ("found", "nurses worked six unpaid hours a week", "document")
    assert a.source.name == "a survey"


@pytest.mark.parametrize("text", [
    "The film shows a man walking along the pier.",  # a scene, no finding
    "The poll showed the mayor leading the field.",  # a clause without tense: what the poll shows, not says
    "He showed the reporters the letter.",  # a person showing something
    "The survey found 40 respondents in the valley.",  # a bare object
    "The jury found him guilty of fraud.",
    "The tour guide showed that the door was locked.",
])
def test_showing_or_finding_without_a_document_and_a_clause_is_no_statement(run, text):
    assert run(text) == []


@pytest.mark.parametrize("text", [
    "Senior party figures said that the leader should resign.",  # "figures" saying: people
    "A number of nurses suggested that the ward should close.",  # "a number of": the nurses
])
def test_a_count_is_a_document_only_before_a_verb_of_evidence(run, text):
    (a,) = run(text)
    assert a.source.kind != "document"


# ---------------------------------------------------------------- a name with a number: a channel, not a count

@pytest.mark.parametrize("text,medium", [
    ("Tove Lien told Marrow One on Friday that the ferry would be late.", "Marrow One"),  # "One" tagged a numeral
    ("Tove Lien told Marrow Three that the ferry would be late.", "Marrow Three"),  # taken for a person's name
    ("Tove Lien told Channel 9 on Friday that the ferry would be late.", "Channel 9"),
    ("Tove Lien told Paris 24 that the ferry would be late.", "Paris 24"),  # a place's name, then digits
    ("Tove Lien told Radio 7 Live that the ferry would be late.", "Radio 7 Live"),  # the name runs on
    ("Tove Lien told KTV 3 that the ferry would be late.", "KTV 3"),
    ("Tove Lien told the public broadcaster Marrow One that the ferry would be late.",
     "the public broadcaster Marrow One"),
    ("Tove Lien told the broadcaster TV 6 that the ferry would be late.", "the broadcaster TV 6"),  # "TV" a noun
    ("In an interview with Marrow One, Tove Lien said the ferry would be late.", "Marrow One"),
    ("Tove Lien said in an interview with Paris 24 that the ferry would be late.", "Paris 24"),
])
def test_a_proper_name_followed_by_a_number_is_one_name_the_medium(run, text, medium):
    (a,) = run(text)
    assert (a.source.text, a.content, a.medium) == ("Tove Lien", "the ferry would be late", medium)


@pytest.mark.parametrize("text,medium", [
    ("Tove Lien told one reporter that the ferry would be late.", None),
    ("Tove Lien told 6 officials that the ferry would be late.", None),
    ("Tove Lien told the three ministers on Friday that the ferry would be late.", None),
    ("Tove Lien told KTV 3 times that the ferry would be late.", "KTV"),  # the number counts the times
    ("Tove Lien told KTV on Friday one thing: the ferry would be late.", "KTV"),
])
def test_a_count_is_no_part_of_a_name(run, text, medium):
    found = run(text)
    assert all(a.medium == medium for a in found)
    assert all(a.medium is None or not any(ch.isdigit() for ch in a.medium) for a in found)


# --- an outlet named with its kind before it, told or spoken to (session 14) -----------------------------------------

@pytest.mark.parametrize("text,source,medium", [
    # the tagger hangs a name of two words after the kind on the verb, and takes a name of one for a place
    ("The ferry will run again by Friday, a deckhand told the news agency Kestrel Wire.", "a deckhand",
     "the news agency Kestrel Wire"),
    ("The ferry will run again by Friday, a deckhand told the news agency Kestrelwire.", "a deckhand",
     "the news agency Kestrelwire"),
    ("The ferry will run again by Friday, a deckhand told the public broadcaster Volta One.", "a deckhand",
     "the public broadcaster Volta One"),
])
def test_an_outlet_named_after_its_kind_is_the_medium_it_was_told_through(run, text, source, medium):
    (a,) = run(text)
    assert (a.source.text, a.content, a.medium) == (source, "The ferry will run again by Friday", medium)


@pytest.mark.parametrize("text", [
    "The ferry will run again by Friday, a deckhand told news agency director Lena Voss.",  # a person, the kind before
    "The ferry will run again by Friday, a deckhand told the newspaper's editor Lena Voss.",  # her role
    "The ferry will run again by Friday, a deckhand told the agency Kestrelwire.",  # an agency, of no kind of news
])
def test_a_name_after_a_word_of_outlet_that_is_no_outlets_kind_is_no_medium(run, text):
    (a,) = run(text)
    assert (a.source.text, a.medium) == ("a deckhand", None)


# ---------------------------------------------------------------- a frame between two parts of what was said

@pytest.mark.parametrize("text,parts", [
    ("About 1.1 million people will need food aid, the disaster office says, and power cuts will go on until March.",
     ["About 1.1 million people will need food aid", "and power cuts will go on until March"]),
    ("A wall would not only slow the smugglers, she said, but also the flow of drugs.",
     ["A wall would not only slow the smugglers", "but also the flow of drugs"]),
])
def test_a_frame_between_two_coordinated_parts_takes_both_sides(analyzer, text, parts):
    (a,) = analyzer.extractor.extract(Article(text=text))
    assert [text[s:e] for s, e in a.content_spans] == parts


def test_a_frame_closing_what_was_said_takes_the_words_before_it(run):
    assert [a.content for a in run("Rates will rise next year, the minister said on Tuesday.")] == [
        "Rates will rise next year"]


@pytest.mark.parametrize("text,content", [
    ("Prosecutors, he said, had always thought there were others involved.",
     ["Prosecutors", "had always thought there were others involved"]),
    ("Rather, he said, the plan would cost far more than promised.", ["the plan would cost far more than promised"]),
    ("Eastman, the paper said, was not worried by the results.", ["Eastman", "was not worried by the results"]),
])
def test_a_subject_alone_before_a_frame_is_the_speakers_an_adverb_the_writers(analyzer, text, content):
    (a,) = analyzer.extractor.extract(Article(text=text))
    assert [text[s:e] for s, e in a.content_spans] == content


@pytest.mark.parametrize("text,kind,name", [
    ("Her operator, Northway Ferries, says both engines were working normally.", "organization", "Northway Ferries"),
    ("Its chief inspector, Ingrid Solheim, said it was far too early to say.", "person", "Ingrid Solheim"),
])
def test_a_role_noun_with_a_company_in_apposition_is_the_company(run, text, kind, name):
    (a,) = run(text)
    assert (a.source.kind, a.source.name) == (kind, name)


@pytest.mark.parametrize("text,content,medium", [
    ("An engineer at the plant has alleged that safety tests were falsified, in an interview broadcast by VTN News "
     "on Tuesday.", "safety tests were falsified", "VTN News"),
    ("The minister said the plan was dead, in an interview aired by Radio Kestrel on Sunday.", "the plan was dead",
     "Radio Kestrel"),
    ("The mayor said the pier would close, in a statement on Monday.", "the pier would close", "statement"),
    ("He said the pier, in its present state, would fail.", "the pier, in its present state, would fail", None),
])
def test_a_channel_after_what_was_said_is_the_medium_not_the_content(run, text, content, medium):
    (a,) = run(text)
    assert (a.content, a.medium) == (content, medium)


def test_what_was_told_to_a_name_hung_on_it_as_a_relative_clause_is_the_content(run):
    (a,) = run("Corvel's lawyer told the Bench Report the company would appeal.")
    assert (a.content, a.medium) == ("the company would appeal", "the Bench Report")


def test_a_clause_on_an_object_that_is_no_addressee_is_no_content(run):
    assert run("The minister told the story he had heard.") == []


@pytest.mark.parametrize("text,content", [
    ("The trust insists the closure is only temporary — but furious locals don't believe a word of it.",
     "the closure is only temporary"),
    ("The council says the pool will reopen in May — yet residents doubt it will.", "the pool will reopen in May"),
])
def test_a_clause_after_a_dash_and_but_is_the_writers_answer_not_what_was_said(run, text, content):
    assert [a.content for a in run(text)] == [content]
