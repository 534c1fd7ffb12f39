"""Word lists the attribution components share: reporting verbs, hedges, source and medium words.

Lemmas, lower case. Kept here so the rules read as rules and the lists can grow in one place.
"""
from __future__ import annotations

# Verbs that report speech or writing and take a content clause ("said that ...", "warned ...").
CLAUSE_VERBS = frozenset("""
say tell claim deny reject dismiss insist warn state announce confirm acknowledge admit tweet post write
add argue allege report explain note reveal suggest estimate assert respond reply comment stress emphasize
emphasise predict maintain contend concede declare disclose assure promise urge caution repeat reiterate
inform testify observe remark complain conclude agree disagree dispute refute blame criticize criticise vow
pledge indicate hint speculate describe recommend accuse condemn counter rebut retort ask recall mention
""".split())

# Verbs that report speech only with their particle: "pointed out that ...", "blurted out “...”".
PARTICLE_VERBS = {"point": "out", "blurt": "out"}

# Verbs that report a text only when a document is their subject: "The letter reads: “...”".
DOCUMENT_VERBS = frozenset("read".split())

# Verbs of asking someone to act; their content is the addressee and the act ("urged Congress to act").
DIRECTIVE_VERBS = frozenset("urge ask implore encourage beg exhort press".split())

# Verbs whose object can itself be the content ("denied its responsibility", "condemned the attack").
NOMINAL_VERBS = frozenset("""
deny reject dismiss condemn accuse confirm acknowledge admit describe dispute refute blame criticize
criticise recommend rebut
""".split())

# Objects that make "deny/reject/dismiss X" a statement about a claim ("denied its responsibility"),
# not an act ("denied entry", "dismissed the case").
CLAIM_NOUNS = frozenset("""
claim allegation accusation report charge criticism suggestion responsibility involvement wrongdoing link
knowledge rumour rumor speculation assertion statement story account idea notion finding figure version
characterization characterisation description comparison suspicion blame
""".split())

# Objects that make "deny X" an act of refusing, not a statement ("denied entry", "was denied bail").
REFUSED_NOUNS = frozenset("""
entry access bail permission visa request application appeal service benefit passage right admission
asylum parole treatment care
""".split())

# Verbs that mark a denial: the source says the content is not so.
DENY_VERBS = frozenset("deny reject dismiss refute rebut dispute".split())

# Verbs whose first object is who was told, not what ("told NBC News that ...").
ADDRESSEE_VERBS = frozenset("tell inform assure warn promise remind".split())

# Thoughts and feelings are not statements: "she believes", "they fear", "he hopes".
THOUGHT_VERBS = frozenset("think believe fear hope feel suspect expect wonder doubt worry".split())

# Nouns naming a written or spoken statement, for "in a statement", "issued a statement".
STATEMENT_NOUNS = frozenset("""
statement interview release communique communiqué post tweet letter speech briefing address op-ed editorial
blog video message broadcast podcast
""".split())

# Channels named after a preposition ("on Twitter", "on his blog") or implied by the verb.
VERB_MEDIUM = {"tweet": "Twitter"}

# Words that make a name an outlet (a news organisation) rather than an ordinary organisation.
OUTLET_WORDS = frozenset("""
news times post journal weekly daily press radio tv television broadcasting broadcaster herald tribune
guardian telegraph gazette magazine network channel newspaper wire reuters bbc cnn nbc abc cbs npr pbs afp
bloomberg xinhua fox msnbc cnbc al-jazeera jazeera itv sky kyodo yonhap tass interfax ansa dpa efe
""".split())
OUTLET_NOUNS = frozenset("newspaper broadcaster outlet network channel station paper tabloid website".split())
JOURNALIST_NOUNS = frozenset("reporter correspondent journalist editor columnist anchor".split())

# Head nouns for sources that are institutions of a state.
GOVERNMENT_NOUNS = frozenset("""
government police authority authorities ministry department administration military army navy embassy cabinet
parliament congress senate kremlin pentagon prosecutor prosecutors council regime presidency office agency
""".split())

# Head nouns for bodies that are neither states nor news outlets ("the company said", "rights groups said").
ORGANIZATION_NOUNS = frozenset("""
company firm group organisation organization party union bank association club university school hospital
committee commission board charity foundation institute coalition alliance federation league team
""".split())

# Head nouns for unnamed people ("officials", "a senior official", "people familiar with the matter").
ANONYMOUS_NOUNS = frozenset("""
official officials source sources researcher researchers author authors scientist scientists expert experts
analyst analysts spokesman spokeswoman spokesperson witness witnesses resident residents diplomat diplomats
people person member members aide aides staff lawyer lawyers doctor doctors officer officers investigator
investigators activist activists observer observers insider insiders critic critics worker workers student
students leader leaders commander commanders employee employees representative representatives
""".split())

# Head nouns for documents that "say" things.
DOCUMENT_NOUNS = frozenset("""
report study statement document paper survey result results finding findings letter analysis article research
investigation poll data review memo filing ruling assessment audit book website blog complaint indictment
""".split())

# Title words that can stand for a person mentioned earlier ("the prime minister").
TITLE_NOUNS = frozenset("""
minister president secretary governor senator spokesman spokeswoman chairman chairwoman director administrator
general professor chief ambassador mayor commander premier chancellor king queen prince judge officer leader
""".split())

# ICD-203 words of estimative probability and their bands; longest phrases are matched first.
ICD203 = {
    "almost no chance": "01-05%", "remote": "01-05%",
    "very unlikely": "05-20%", "highly improbable": "05-20%",
    "unlikely": "20-45%", "improbable": "20-45%", "probably not": "20-45%",
    "roughly even chance": "45-55%", "roughly even odds": "45-55%",
    "likely": "55-80%", "probable": "55-80%", "probably": "55-80%",
    "very likely": "80-95%", "highly probable": "80-95%", "highly likely": "80-95%",
    "almost certain": "95-99%", "almost certainly": "95-99%", "nearly certain": "95-99%",
}

# Hedges without a band. Modal verbs count only outside direct quotes (in a quote they are the speaker's own
# wording, not the reporter's hedge) and not in the ability sense ("could easily").
HEDGE_PHRASES = (
    "fair to say", "it appears", "appears to", "appear to", "seems to", "seem to", "it seems", "possibly",
    "perhaps", "reportedly", "allegedly", "apparently", "presumably", "supposedly", "maybe", "may be",
    "not clear", "unclear", "believed to", "thought to", "suspected",
)
HEDGE_MODALS = frozenset("may might could".split())
ABILITY_ADVERBS = frozenset("easily readily simply quickly".split())
