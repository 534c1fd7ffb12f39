"""Hostile events an article reports, and who is said to be responsible for them.

Two jobs, both over one spaCy parse each:
  * `EventExtractor.events` finds attacks, strikes, bombings, assassination attempts and
    cyberattacks in the article text, with target, date, place and instrument, and folds
    repeated mentions of the same event into one record.
  * `ResponsibilityExtractor.claims` reads the attributions and keeps those whose content
    assigns agency for an event ("was carried out by", "behind the attack", "ordered",
    "claimed responsibility", "denied its responsibility"): who claims, who is blamed,
    accuse / deny / claim-credit, and the hedge.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Literal, Optional, Sequence

from spacy.language import Language
from spacy.tokens import Doc, Span as SpacySpan, Token

from ..models import Article, Attribution, Source, Span
from ..nlp import MODEL
from .drift import verb_forms


DATA = Path(__file__).with_name("data")


def _entries(name: str) -> list[list[str]]:
    """The entries of a word list in link/data/: one per line, fields split on spaces, '#' comments skipped."""
    lines = (line.split("#", 1)[0].strip() for line in (DATA / f"{name}.txt").read_text(encoding="utf-8").splitlines())
    return [line.split() for line in lines if line]


def _word_set(name: str) -> frozenset[str]:
    return frozenset(" ".join(fields) for fields in _entries(name))


EVENT_NOUNS = {noun: kind for noun, kind in _entries("event_nouns")}
EVENT_VERBS = {verb: kind for verb, kind in _entries("event_verbs")}
INSTRUMENTS = {"drone", "car", "rocket", "missile", "mortar", "truck", "suicide", "roadside", "artillery", "grenade",
               "knife", "gun", "chemical", "ransomware", "malware", "air", "bomb", "ied"}
# Nouns that can stand for an event in a responsibility claim ("the incident was carried out by ...").
EVENT_REFERENCES = set(EVENT_NOUNS) | {fields[0] for fields in _entries("event_references")}
EVENT_PRONOUNS = {"it", "this", "that"}
GENERIC_EVENT_NOUNS = {fields[0] for fields in _entries("event_references") if "+named" in fields[1:]}
HAPPEN_VERBS = {"occur", "happen", "take", "strike", "hit", "explode", "kill", "wound", "injure", "target", "attack",
                "bomb", "launch", "carry", "survive"}
MODALS = {"would", "will", "could", "may", "might", "should", "can", "'ll"}
PRONOUNS = {"he", "she", "it", "they", "we", "i", "you", "him", "her", "them", "us", "me", "who", "which", "that"}
RELATIVE_DATE = re.compile(r"\b(this|last|next|earlier|later|ago|yesterday|today|tonight|monday|tuesday|wednesday|"
                           r"thursday|friday|saturday|sunday|week|weekend|morning|evening|night)\b", re.I)
MONTHS = {m: i for i, m in enumerate(["january", "february", "march", "april", "may", "june", "july", "august",
                                       "september", "october", "november", "december"], start=1)}

# Verbs that assign agency when the event is their object (active) or subject (passive).
AGENCY_VERBS = _word_set("agency_verbs")
RESPONSIBILITY_NOUNS = {fields[0] for fields in _entries("responsibility_nouns")}
NEEDS_EVENT = {fields[0] for fields in _entries("responsibility_nouns") if "+event" in fields[1:]}
# Adjectives that say a party did (or did not) do it: "X was responsible for / complicit in / guilty of the attack".
AGENCY_ADJECTIVES = {"responsible": False, "complicit": False, "culpable": False, "guilty": False, "involved": False,
                     "innocent": True}  # True: the adjective itself clears the party
HARM_VERBS = {"kill", "wound", "injure", "destroy", "hit", "damage", "target", "strike", "level", "flatten"}
CREDIT_VERBS = _word_set("credit_verbs")
BLAME_CUES = _word_set("blame_verbs")
NAMING_VERBS = _word_set("naming_verbs")
WRONGDOING_VERBS = _word_set("wrongdoing_verbs")
BELIEF_VERBS = _word_set("belief_verbs")
WRONGDOER_NOUNS = _word_set("wrongdoer_nouns")
REGARD_VERBS = _word_set("regard_verbs")
VERDICT_VERBS = {fields[0]: (fields[1], fields[2] if len(fields) > 2 else None) for fields in _entries("verdict_verbs")}
PENALTY_NOUNS = _word_set("penalty_nouns")
ALLEGATION_ADVERBS = _word_set("allegation_adverbs")
EVIDENCE_NOUNS = _word_set("evidence_nouns")
HEDGES = tuple(" ".join(fields) for fields in _entries("hedges"))
NOBODY = {"nobody", "none", "no-one"}  # "no one"/"no group" are a det "no" on the subject
NAME_STOPWORDS = {"the", "a", "an", "of", "on", "in", "s"}  # \w+ never yields "'s"
SELF_PRONOUNS = {"its", "their", "his", "her", "our", "my", "itself", "themselves", "himself", "herself"}
REFLEXIVES = {"itself", "themselves", "himself", "herself", "ourselves", "myself"}
PERSONAL_PRONOUNS = {"he", "him", "she", "her"}  # "her" as an object; as a determiner it is no noun phrase head
PLURAL_PRONOUNS = {"they", "them"}

Stance = Literal["accuse", "deny", "claim-credit"]


@dataclass
class Event:
    """One hostile event as the article reports it; `mentions` are sentence spans in Article.text."""

    kind: str
    trigger: str
    target: Optional[str] = None
    date: Optional[str] = None  # as written ("November 7")
    date_iso: Optional[str] = None  # resolved with the article's year when possible
    place: Optional[str] = None
    instrument: Optional[str] = None
    span: Optional[Span] = None  # the first sentence that reports it
    mentions: list[Span] = field(default_factory=list)
    unclaimed: Optional[Span] = None  # the sentence saying no one has claimed it ("no group has claimed ...")

    def label(self) -> str:
        parts = [f"{self.instrument} {self.kind}" if self.instrument and self.instrument not in self.kind else self.kind]
        if self.target:
            parts.append(f"on {self.target}")
        if self.place and not _tokens(self.place) <= _tokens(self.target):
            parts.append(f"in {self.place}")
        if self.date_iso or self.date:
            parts.append(f"({self.date_iso or self.date})")
        return " ".join(parts)


@dataclass
class ResponsibilityClaim:
    """Someone says a party did (accuse), did not (deny) or they themselves did (claim-credit) an event."""

    claimant: str
    blamed: str
    stance: Stance
    hedge: Optional[str] = None
    blamed_as: Optional[str] = None  # the description a named party was given ("Iranian-backed Shiite militias")
    attribution: str = ""  # Attribution.id
    content: str = ""
    content_span: Optional[Span] = None
    event: Optional[int] = None  # index into the article's events

    def summary(self) -> str:
        """The claim as a reader says it: "Iran denied responsibility", "X blamed Y (hedged: likely)".

        Past tense, as news reports it, so the verb never has to agree with a name ("Iran", "officials")."""
        blamed = self.blamed + (f" ({self.blamed_as})" if self.blamed_as else "")
        own = self.blamed == self.claimant
        if self.stance == "claim-credit":
            said = "claimed responsibility" + ("" if own else f" for {blamed}")
        elif self.stance == "deny":
            said = "denied responsibility" if own else f"said {blamed} did not do it"
        else:
            said = f"blamed {blamed}"
        return f"{self.claimant} {said}" + (f" (hedged: {self.hedge})" if self.hedge else "")


def _sentence_span(sent: SpacySpan) -> Span:
    return (sent.start_char, sent.end_char)


def _noun_phrase(token: Token, strip_article: bool = False) -> str:
    """A token's noun phrase without relative clauses, appositives, conjuncts, clausal "of being ..." phrases or
    the offence it is blamed for ("the rebels for the ambush")."""
    cut = {"relcl", "acl", "appos", "conj", "cc", "punct", "advcl"}
    keep = [token]
    stack = [c for c in token.children if c.dep_ not in cut and not (
        c.dep_ == "prep" and any(g.dep_ == "pcomp" or g.dep_ == "pobj" and (
            _is_event(g) or g.lemma_.lower() in RESPONSIBILITY_NOUNS) for g in c.children)) and not (
        c.dep_ == "amod" and c.i > token.i and _child(c, "prep") is not None)]  # "the men responsible for it"
    while stack:
        child = stack.pop()
        keep.append(child)
        stack.extend(c for c in child.children if c.dep_ not in {"relcl", "acl", "appos"})
    tokens = sorted(keep, key=lambda t: t.i)
    while strip_article and tokens and tokens[0].dep_ == "det" and tokens[0].lower_ in {"the", "a", "an"}:
        tokens = tokens[1:]
    if not tokens:
        return token.text
    doc = token.doc
    return doc[tokens[0].i: tokens[-1].i + 1].text.strip(" ,;")


def _entity_name(ent: SpacySpan) -> tuple[str, int]:
    """An entity's name with a trailing "in/of" phrase ("Islamic Army in Iraq"), and where it ends."""
    doc = ent.doc
    start, end = ent.start, ent.end
    if end < len(doc) and doc[end].dep_ == "prep" and doc[end].head.i == ent.root.i and doc[end].lower_ in {"in", "of"}:
        end = max(t.i for t in doc[end].subtree) + 1
    return doc[start:end].text, end


def _named_list_after(head: Token, np_end: int) -> list[str]:
    """Names listed right after a common-noun phrase: "militant groups, Hamas and Islamic Jihad"."""
    doc = head.doc
    i = np_end
    if i >= len(doc) or doc[i].text != ",":
        return []
    i += 1
    names = []
    starts = {e.start: e for e in doc.ents if e.label_ not in {"DATE", "TIME", "CARDINAL", "ORDINAL", "NORP"}}
    while i < len(doc) and i in starts:
        name, i = _entity_name(starts[i])
        names.append(name)
        while i < len(doc) and doc[i].lower_ in {",", "and", "or"}:
            i += 1
    return names


def _entity_at(token: Token) -> Optional[SpacySpan]:
    for ent in token.doc.ents:
        if ent.start <= token.i < ent.end and ent.label_ not in {"DATE", "TIME", "CARDINAL", "ORDINAL"}:
            return ent
    return None


def _inflections(verbs: Iterable[str]) -> frozenset[str]:
    """Regular forms of each verb, for the forms spaCy's lemmatizer gets wrong ("staged" -> "stag")."""
    return frozenset(form for v in verbs for form in verb_forms(v))


AGENCY_FORMS = _inflections(AGENCY_VERBS)
VERDICT_FORMS = {form: verb for verb in VERDICT_VERBS for form in _inflections([verb])}  # "fined" (lemma "fin")


def _is_event(token: Token) -> bool:
    return token.lemma_.lower() in EVENT_REFERENCES or token.lower_ in EVENT_REFERENCES


def _is_event_or_pronoun(token: Optional[Token]) -> bool:
    """An event noun, or a pronoun that can stand for one; a relative pronoun stands for its noun ("the nuclear
    test that X conducted" is no event)."""
    if token is not None and token.lower_ in {"that", "which"} and token.head.dep_ == "relcl":
        return _is_event(token.head.head)
    return token is not None and (_is_event(token) or token.lower_ in EVENT_PRONOUNS)


def _child(token: Token, *deps: str) -> Optional[Token]:
    return next((c for c in token.children if c.dep_ in deps), None)


def _negated(token: Token) -> bool:
    """A neg on the verb itself or on the auxiliary it leans on."""
    heads = [token] + [c for c in token.children if c.dep_ in {"aux", "auxpass"}]
    return any(c.dep_ == "neg" or c.lower_ == "never" for h in heads for c in h.children)


ANTECEDENT_DEPS = {"nsubj", "nsubjpass", "dobj", "pobj", "dative", "attr", "appos"}


def _person(token: Token) -> bool:
    return token.ent_type_ == "PERSON"


def _plural(token: Token) -> bool:
    """A plural noun; the tagger takes some rare plurals for singulars ("maniacs"), the ending tells."""
    return token.tag_ in {"NNS", "NNPS"} or token.pos_ == "NOUN" and token.lower_.endswith("s") and \
        not token.lower_.endswith(("ss", "us", "is"))


def _antecedent(pronoun: Token) -> Optional[Token]:
    """The noun a third-person pronoun stands for: "accused him of" -> the person named before, "They
    perpetrated" -> the plural subject before. The pronoun's own sentence (words before it) is searched first,
    then the two sentences before it; in each, subjects first, left to right, then the other noun phrases,
    nearest first. An object is never its own verb's subject ("X accused him": him is not X)."""
    word = pronoun.lower_
    if word in PERSONAL_PRONOUNS:
        agrees = _person
    elif word in PLURAL_PRONOUNS:
        agrees = _plural
    else:
        return None
    avoid: set[int] = set()
    if pronoun.dep_ not in {"nsubj", "nsubjpass"}:
        verb = pronoun.head.head if pronoun.head.dep_ in {"prep", "agent"} else pronoun.head
        subject = _subject(verb)
        avoid = {t.i for t in subject.subtree} if subject is not None else set()
    doc, sent = pronoun.doc, pronoun.sent
    sentences = [doc[sent.start:pronoun.i]]
    while len(sentences) < 3 and sentences[-1].start > 0:
        sentences.append(doc[sentences[-1].start - 1].sent)
    for span in sentences:
        heads = [t for t in span if t.dep_ in ANTECEDENT_DEPS and t.i not in avoid and agrees(t) and
                 t.lower_ not in PRONOUNS]
        subjects = [t for t in heads if t.dep_ in {"nsubj", "nsubjpass"}]
        others = [t for t in reversed(heads) if t not in subjects]
        if subjects or others:
            return (subjects or others)[0]
    return None


class EventExtractor:
    """Finds hostile events in an article; the spaCy model loads on first use, once per object."""

    def __init__(self, model: str = MODEL, nlp: Optional[Language] = None):
        self.model = model
        self._nlp = nlp

    @property
    def nlp(self) -> Language:
        if self._nlp is None:
            import spacy

            self._nlp = spacy.load(self.model)
        return self._nlp

    def events(self, article: Article) -> list[Event]:
        return self.analyze(article)[0]

    def analyze(self, article: Article, attributions: Sequence[Attribution] = ()) -> tuple[
            list[Event], list[ResponsibilityClaim]]:
        """The article's events, and the claims of responsibility it narrates ("X claimed the attack").

        `attributions` (the article's) name a narrated claimant as its attribution does ("he" -> "Frank McKenzie").
        """
        doc = self.nlp(article.text)
        events = self._events(doc, article)
        narration = NarratedBlame(doc, attributions)
        claims = list(narration.claims())
        beliefs = narration.beliefs()
        if beliefs:
            claims += ResponsibilityExtractor(nlp=self.nlp).claims(beliefs)
        claims = _unique(claims)
        for sentence in narration.unclaimed:
            _mark_unclaimed(events, sentence)
        return events, claims

    def _events(self, doc: Doc, article: Article) -> list[Event]:
        found: list[Event] = []
        for mention in self._mentions(doc, article):
            same = next((e for e in found if _same_event(e, mention)), None)
            if same is None:
                found.append(mention)
            else:
                _merge(same, mention)
        return found

    def _mentions(self, doc: Doc, article: Article) -> Iterable[Event]:
        for token in doc:
            kind = self._kind(token)
            if kind is None:
                continue
            sent = token.sent
            instrument = self._instrument(token)
            if kind == "strike" and instrument == "air":
                kind, instrument = "airstrike", None
            compound = _child(token, "compound")
            if compound is not None and compound.lower_ == "assassination":
                kind = "assassination attempt"
            date, date_iso = self._date(sent, token, article)
            yield Event(kind=kind, trigger=token.text, target=self._target(token), date=date, date_iso=date_iso,
                        place=self._place(sent, token), instrument=instrument, span=_sentence_span(sent),
                        mentions=[_sentence_span(sent)])

    @staticmethod
    def _kind(token: Token) -> Optional[str]:
        lemma = token.lemma_.lower()
        if token.pos_ == "NOUN" and lemma == "attempt" and any(
                c.lower_ == "assassination" for c in token.children):
            return "assassination attempt"
        if token.pos_ in {"NOUN", "PROPN"} and lemma in EVENT_NOUNS:
            if token.dep_ == "compound":
                return None  # "assassination attempt": the head noun is the mention
            kind = EVENT_NOUNS[lemma]
            has_instrument = any(c.dep_ in {"compound", "amod"} and c.lower_ in INSTRUMENTS | {"military", "air"}
                                 for c in token.children)
            has_target = any(c.dep_ == "prep" and c.lower_ in {"on", "against"} for c in token.children)
            if kind == "strike" and not (has_instrument or has_target):
                return None
            return kind
        if token.pos_ == "VERB" and lemma in EVENT_VERBS:
            if any(c.dep_ == "aux" and c.lower_ in MODALS for c in token.children):
                return None  # "would attack": a threat, not a reported event
            return EVENT_VERBS[lemma]
        return None

    @staticmethod
    def _instrument(token: Token) -> Optional[str]:
        for child in token.children:
            if child.dep_ in {"compound", "amod", "nmod"} and child.lower_ in INSTRUMENTS:
                return "car bomb" if child.lower_ == "car" else child.lower_
        for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ in {"with", "by"}):
            obj = _child(prep, "pobj")
            if obj is not None and obj.lemma_.lower() in INSTRUMENTS | {"drone", "rocket", "missile"}:
                return obj.lemma_.lower()
        return None

    @staticmethod
    def _target(token: Token) -> Optional[str]:
        if token.pos_ == "VERB":
            obj = _child(token, "dobj", "nsubjpass")
            return _phrase_or_none(obj) if obj is not None and not _is_event(obj) else None
        for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ in {"on", "against", "of"}):
            obj = _child(prep, "pobj")
            if obj is not None and obj.pos_ != "NUM":
                return _phrase_or_none(obj)
        head = token.head
        if token.dep_ == "dobj" and head.lemma_.lower() == "survive":  # "X survived an attack"
            return _phrase_or_none(_child(head, "nsubj"))
        if token.dep_ == "nsubj" and head.lemma_.lower() in {"hit", "strike", "target"}:  # "bombings struck X"
            return _phrase_or_none(_child(head, "dobj"))
        return None

    @staticmethod
    def _date(sent: SpacySpan, trigger: Token, article: Article) -> tuple[Optional[str], Optional[str]]:
        """An absolute date governed by the trigger or by a verb of which it (or 'it') is a participant."""
        for ent in sent.ents:
            words = set(re.findall(r"\w+", ent.text.lower()))
            absolute = words & set(MONTHS) or any(w.isdigit() and len(w) == 4 for w in words)
            if ent.label_ != "DATE" or RELATIVE_DATE.search(ent.text) or not absolute:
                continue
            governor = ent.root.head
            if governor.dep_ == "prep":
                governor = governor.head
            participants = {c.i for c in governor.children if c.dep_ in {"nsubj", "nsubjpass", "dobj"}}
            lemma = governor.lemma_.lower()
            if governor.dep_ == "relcl" and governor.head.i == trigger.i:  # "the attack, which took place on ..."
                return ent.text, _resolve_date(ent.text, article)
            if governor.i == trigger.i or trigger.i in participants or lemma in HAPPEN_VERBS and (
                    trigger.head.i == governor.i or any(sent.doc[i].lower_ in EVENT_PRONOUNS for i in participants)
                    or lemma in {"occur", "happen"}):
                return ent.text, _resolve_date(ent.text, article)
        return None, None

    @staticmethod
    def _place(sent: SpacySpan, trigger: Token) -> Optional[str]:
        scope = {t.i for t in trigger.subtree} | {t.i for t in trigger.head.subtree}
        for ent in sent.ents:
            if ent.label_ in {"GPE", "LOC", "FAC"} and ent.root.i in scope:
                head = ent.root.head
                if head.dep_ == "prep" and head.lower_ in {"in", "at", "near", "outside", "across", "over", "of"}:
                    return ent.text
        return None


def _tokens(text: Optional[str]) -> set[str]:
    """The words that tell two names of a target, place or date apart."""
    return {w for w in re.findall(r"\w+", (text or "").lower()) if w not in NAME_STOPWORDS}


def _phrase_or_none(token: Optional[Token]) -> Optional[str]:
    """A target phrase, but not a bare pronoun ("he survived the blasts" names no target)."""
    if token is None or token.lower_ in PRONOUNS:
        return None
    return _noun_phrase(token, strip_article=True)


def _same_event(event: Event, mention: Event) -> bool:
    """Mentions agree unless both give a target, a date or a place and these differ."""
    if event.target and mention.target and not _tokens(event.target) & _tokens(mention.target):
        return False
    if event.date_iso and mention.date_iso and event.date_iso[:7] != mention.date_iso[:7]:
        return False
    if event.date and mention.date and not event.date_iso and _tokens(event.date) != _tokens(mention.date):
        return False
    if event.place and mention.place and not _tokens(event.place) & _tokens(mention.place):
        return False
    return True


def same_event_across(a: Event, b: Event) -> bool:
    """Two articles report one event: dates do not clash, and they name the same target (or place).

    Without both dates a shared place is also required, or a target sharing two words or more.
    """
    if a.date_iso and b.date_iso:
        n = min(len(a.date_iso), len(b.date_iso))
        if a.date_iso[:n] != b.date_iso[:n]:
            return False
    target = _tokens(a.target) & _tokens(b.target) if a.target and b.target else set()
    place = _tokens(a.place) & _tokens(b.place) if a.place and b.place else set()
    if a.date_iso and b.date_iso:
        return bool(target or place)
    return bool(target and place) or len(target) >= 2


def _merge(event: Event, mention: Event) -> None:
    for name in ("target", "date", "date_iso", "place", "instrument"):
        if getattr(event, name) is None and getattr(mention, name) is not None:
            setattr(event, name, getattr(mention, name))
    if event.kind in {"attack", "bombing"} and mention.kind not in {"attack", "bombing"}:
        event.kind = mention.kind  # the more specific name wins ("assassination attempt" over "attack")
    if mention.span not in event.mentions:
        event.mentions.append(mention.span)


def _resolve_date(text: str, article: Article) -> Optional[str]:
    """'November 7' + an article from 2021 -> 2021-11-07; '7 November 2021' as is; else None."""
    words = re.findall(r"\w+", text.lower())
    month = next((MONTHS[w] for w in words if w in MONTHS), None)
    year = next((int(w) for w in words if w.isdigit() and len(w) == 4), None)
    day = next((int(w) for w in words if w.isdigit() and len(w) <= 2 and 1 <= int(w) <= 31), None)
    known = article.published or article.page_date
    if year is None and known and month:
        year = int(known[:4])
    if year and month and day:
        return f"{year:04d}-{month:02d}-{day:02d}"
    if year and month:
        return f"{year:04d}-{month:02d}"
    return str(year) if year else None


def _mark_unclaimed(events: list[Event], sentence: Span) -> None:
    """The event reported in the sentence that says no one claimed it, else the article's main event."""
    if not events:
        return
    here = [e for e in events if sentence in e.mentions]
    event = here[0] if here else events[_main_event(events)]
    event.unclaimed = event.unclaimed or sentence


def _main_event(events: list[Event]) -> int:
    return max(range(len(events)), key=lambda i: (len(events[i].mentions), -i))


def _says_nobody(verb: Token) -> bool:
    """ "No group has claimed", "nobody claimed", "no one has yet claimed", "the attack has not been claimed"
    (but "Hamas did not claim it" says nothing of the others)."""
    subj = _child(verb, "nsubj")
    if subj is not None:
        return subj.lower_ in NOBODY or any(c.dep_ == "det" and c.lower_ == "no" for c in subj.children) or \
            subj.lower_ == "one" and subj.i > 0 and subj.doc[subj.i - 1].lower_ == "no"
    return _child(verb, "nsubjpass") is not None and _negated(verb)


def _names_someone(party: Optional[Token]) -> bool:
    """A party the reader can tell: a noun, a reflexive (the subject: "blamed himself"), or a pronoun that stands
    for a noun before it ("accused him of" after the man is named)."""
    if party is None:
        return False
    if party.lower_ in REFLEXIVES or party.lower_ not in PRONOUNS | SELF_PRONOUNS | {"you"}:
        return True
    return _antecedent(party) is not None


def _subject(verb: Token) -> Optional[Token]:
    """The verb's subject, or that of the verb it is joined to ("X criticised the plan and accused Y of ...",
    "X went on to accuse Y"; not "X urged police to charge Y", where the object does it)."""
    subject = _child(verb, "nsubj")
    while subject is None and (verb.dep_ == "conj" or verb.dep_ == "xcomp" and _child(verb.head, "dobj") is None) \
            and verb.head.i != verb.i:
        verb = verb.head
        subject = _child(verb, "nsubj")
    return subject


def _agent_of(verb: Token) -> Optional[Token]:
    """The 'by' phrase's object of a passive verb (spaCy may hang it on the verb's object instead)."""
    agent = _child(verb, "agent")
    if agent is None:
        agent = next((p for c in verb.children if c.dep_ == "prep" for p in [c, *c.subtree]
                      if p.dep_ == "prep" and p.lower_ == "by"), None)
    return _child(agent, "pobj") if agent is not None else None


def _agent_in_name(tokens: Iterable[Token]) -> Optional[Token]:
    """ "a terrorist act by X", "the attack by X", "an act of war by X": X, unless it is an instrument (by drone)."""
    for token in tokens:
        for prep in token.children:
            pobj = _child(prep, "pobj") if prep.dep_ in {"prep", "agent"} and prep.lower_ == "by" else None
            if pobj is not None and pobj.lemma_.lower() not in INSTRUMENTS and not _is_event(pobj):
                return pobj
    return None


class NarratedBlame:
    """Responsibility the article narrates with a verb of owning, blaming or naming, read from the article's parse.

    Each method is one construction of English; the claimant is the verb's subject (or agent), named as the
    attribution at that verb names its source, so the same claim read from an attribution's content agrees.
    """

    def __init__(self, doc: Doc, attributions: Sequence[Attribution] = ()):
        self.doc = doc
        self.attributions = [a for a in attributions if a.cue_span and a.part == "body"]  # spans into this text
        self.unclaimed: list[Span] = []  # sentences saying no one has claimed an event

    def claims(self) -> Iterable[ResponsibilityClaim]:
        for token in self.doc:
            if token.pos_ not in {"VERB", "AUX"}:
                if token.lemma_.lower() == "claim" and _child(token, "det") is not None and \
                        _child(token, "det").lower_ == "no":
                    self.unclaimed.append(_sentence_span(token.sent))  # "there has been no claim of responsibility"
                if token.lemma_.lower() in EVIDENCE_NOUNS and token.pos_ == "NOUN":
                    yield from self.unproven(token)
                continue
            lemma = token.lemma_.lower()
            rules = []
            if lemma in CREDIT_VERBS:
                rules.append(self.claimed_event)
            if lemma in BLAME_CUES:
                rules.append(self.blamed_party)
            if lemma in NAMING_VERBS:
                rules.append(self.named_with_agent)
            if lemma in NAMING_VERBS | REGARD_VERBS:
                rules.append(self.named_wrongdoer)
            if lemma in VERDICT_VERBS or token.lower_ in VERDICT_FORMS:
                rules.append(self.verdict)
            for rule in rules:
                yield from rule(token)

    def beliefs(self) -> list[Attribution]:
        """ "Police believe the gang carried out the robbery": a belief, outside any statement, as an attribution
        whose content the statement rules read (the believer is the source)."""
        found = []
        for verb in self.doc:
            clause = _child(verb, "ccomp")
            believer = _child(verb, "nsubj")
            if verb.lemma_.lower() not in BELIEF_VERBS or verb.pos_ != "VERB" or clause is None or believer is None \
                    or believer.lower_ in PRONOUNS or _negated(verb) or self._stated(verb):
                continue
            words = [t for t in clause.subtree if not (t.dep_ == "mark" and t.i == clause.left_edge.i)]
            start, end = words[0].idx, words[-1].idx + len(words[-1])
            named = _entity_at(believer)
            found.append(Attribution(
                source=Source(text=_noun_phrase(believer), kind="anonymous",
                              name=named.text if named is not None and named.root.i == believer.i else None),
                cue=verb.text,
                content=self.doc.text[start:end], quote="indirect", cue_span=(verb.idx, verb.idx + len(verb)),
                content_spans=[(start, end)], id=""))
        return found

    def _stated(self, token: Token) -> bool:
        """The token is inside an attribution (its content or its frame)."""
        return any(a.content_span and a.content_span[0] <= token.idx < a.content_span[1] or
                   a.cue_span[0] <= token.idx < a.cue_span[1] for a in self.attributions)

    def claimed_event(self, verb: Token) -> Iterable[ResponsibilityClaim]:
        """ "The Taliban claimed (responsibility for) the attack", "the attack was claimed by X";
        "no group has claimed responsibility" marks the event unclaimed."""
        obj = _child(verb, "dobj", "nsubjpass")
        if obj is None:
            return
        owned = obj.lemma_.lower() in {"responsibility", "credit"}
        prep = _child(obj, "prep") if owned else None
        if owned and prep is not None and prep.lower_ in {"for", "in"} and not _is_event_or_pronoun(_child(prep, "pobj")):
            return  # "took responsibility for the team's results"
        if not owned and not (verb.lemma_.lower() == "claim" and _is_event(obj)):
            return
        if _says_nobody(verb):
            self.unclaimed.append(_sentence_span(verb.sent))
            return
        if _negated(verb):
            return  # "Hamas did not claim the attack": neither a claim nor a denial
        who = _agent_of(verb) if obj.dep_ == "nsubjpass" else _subject(verb)
        yield from self._claims(verb, who, lambda claimant: [(claimant, None)], "claim-credit")

    def blamed_party(self, verb: Token) -> Iterable[ResponsibilityClaim]:
        """ "X blamed Y for the attack", "blamed the attack on Y", "accused Y of", "suspects Y of", "held Y responsible",
        "implicated Y in", "charged Y with"; passive with the accuser as agent ("Y was accused of it by X")."""
        if _negated(verb):
            return
        lemma = verb.lemma_.lower()
        passive = any(c.dep_ == "auxpass" for c in verb.children)
        party = _child(verb, "nsubjpass" if passive else "dobj")
        if not _names_someone(party):
            return  # "accused her of ..." with no one named before ("blamed himself" is the claimant)
        preps = {c.lower_: _child(c, "pobj", "pcomp") for c in verb.children if c.dep_ == "prep"}
        preps.update({c.lower_: _child(c, "pobj", "pcomp") for c in party.children if c.dep_ == "prep"})
        wanted = {"blame": "for", "accuse": "of", "suspect": "of", "implicate": "in", "charge": "with"}.get(lemma)
        if lemma == "blame" and _is_event_or_pronoun(party) and preps.get("on") is not None:
            party = preps["on"]  # "blamed the explosion on a gas leak"
        elif lemma == "hold":
            if not any(t.lower_ in {"responsible", "accountable", "liable"} and t.i > party.i
                       for t in [*verb.children, *party.children]):
                return  # "held X responsible", not "holding accountable corporations that ..."
        elif wanted is None or wanted not in preps:
            return
        who = _agent_of(verb) if passive else _subject(verb)
        hedge = "suspected" if lemma == "suspect" else None
        yield from self._claims(verb, who, lambda claimant: _parties(party, claimant), "accuse", hedge)

    def named_with_agent(self, verb: Token) -> Iterable[ResponsibilityClaim]:
        """ "called it a terrorist act by X", "condemned the attack by X", "described the raid as an act of war by X"."""
        obj = _child(verb, "dobj")
        if obj is None or not _is_event_or_pronoun(obj) or _negated(verb) or \
                any(c.dep_ == "auxpass" for c in verb.children):
            return
        names = [obj, verb, *(c for c in verb.children if c.dep_ in {"oprd", "attr", "xcomp", "ccomp", "dobj"})]
        names += [p for c in [obj, *names] for p in c.subtree if p.dep_ == "pobj" and p.head.lower_ == "as"]
        names += [p for c in names for p in c.subtree if p.dep_ == "pobj" and p.head.lower_ == "of"]  # act of war
        agent = _agent_in_name(names)
        if agent is not None:
            yield from self._claims(verb, _subject(verb), lambda claimant: _parties(agent, claimant), "accuse")

    def unproven(self, noun: Token) -> Iterable[ResponsibilityClaim]:
        """ "There never was any proof", "there is no evidence", said and nothing more: the speaker denies the
        accusation under discussion. Its party is left unnamed (""); `name_unnamed` gives it the party of the
        claim before it. "No evidence that X did it" is the content rules' (a denial about X)."""
        if not (any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children) or _negated(noun.head)):
            return
        if any(c.dep_ in {"prep", "acl", "relcl", "ccomp"} for c in noun.children):
            return  # "no evidence of foul play", "no proof that ...": it says what is unproven
        att = next((a for a in self.attributions if any(start <= noun.idx < end for start, end in a.content_spans)),
                   None)
        if att is not None:
            yield ResponsibilityClaim(
                claimant=att.source.name or att.source.text, blamed="", stance="deny", hedge=att.hedge,
                attribution=att.id, content=att.content, content_span=att.content_span)

    def named_wrongdoer(self, verb: Token) -> Iterable[ResponsibilityClaim]:
        """ "called X a murderer", "regarded X as a killer", "thought of X as a mass murderer"."""
        if _negated(verb) or any(c.dep_ == "auxpass" for c in verb.children):
            return
        of = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        roles = [c for c in verb.children if c.dep_ in {"oprd", "xcomp", "ccomp", "npadvmod"}]
        small_clause = next((_child(r, "nsubj") for r in roles if _child(r, "nsubj") is not None), None)
        party = _child(verb, "dobj") or (_child(of, "pobj") if of is not None else None) or small_clause
        if not _names_someone(party) or _is_event(party):  # "considered X the culprit": the small clause's subject
            return  # an event named so is named_with_agent's
        roles += [_child(p, "pobj") for p in [*verb.children, *party.children] if p.dep_ == "prep" and p.lower_ == "as"]
        roles = [r for r in roles if r is not None]
        roles += [c for r in roles for c in r.conjuncts]  # "a coward and a murderer"
        if any(r.lemma_.lower() in WRONGDOER_NOUNS for r in roles):
            subject = _subject(verb)
            if subject is None and verb.dep_ == "acl":
                subject = verb.head  # "X, the mother of a victim, thought of Y as ..." parsed as a modifier of X
            yield from self._claims(verb, subject, lambda claimant: _parties(party, claimant), "accuse")

    def verdict(self, verb: Token) -> Iterable[ResponsibilityClaim]:
        """ "The court convicted / sentenced / jailed X", "gave X a life sentence", "found X guilty"; "acquitted X"
        clears X. The court (the subject, or the agent of a passive) is the claimant."""
        lemma = verb.lemma_.lower()
        stance, needs = VERDICT_VERBS[lemma if lemma in VERDICT_VERBS else VERDICT_FORMS[verb.lower_]]
        if _negated(verb):
            return
        passive = any(c.dep_ == "auxpass" for c in verb.children)
        party = _child(verb, "nsubjpass" if passive else "dobj")
        if needs == "+penalty":
            if party is None or party.lemma_.lower() not in PENALTY_NOUNS or passive:
                return
            to = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"), None)
            party = _child(verb, "dative") or (_child(to, "pobj") if to is not None else None)
        elif needs == "+guilty":
            finding = next((c for c in verb.children if c.dep_ in {"ccomp", "oprd", "xcomp", "acomp"} and
                            c.lower_ in {"guilty", "innocent"}), None)  # not "found X responsible for the budget"
            if finding is None:
                return
            party = party or _child(finding, "nsubj")
            if AGENCY_ADJECTIVES[finding.lower_] ^ _negated(finding):
                stance = "deny"
        if _names_someone(party):
            who = _agent_of(verb) if passive else _subject(verb)
            yield from self._claims(verb, who, lambda claimant: _parties(party, claimant), stance)

    def _claims(self, verb: Token, subject: Optional[Token], parties, stance: Stance,
                hedge: Optional[str] = None) -> Iterable[ResponsibilityClaim]:
        att = next((a for a in self.attributions if a.cue_span[0] <= verb.idx < a.cue_span[1]), None)
        if att is not None:
            claimant = att.source.name or att.source.text
        elif subject is None or subject.lower_ in PRONOUNS:
            return  # no one named: the claim has no claimant
        else:
            claimant = _noun_phrase(subject)
        sent = verb.sent
        hedge = hedge or (att.hedge if att is not None else None) or _hedge_in(sent.text)
        for blamed, blamed_as in parties(claimant):
            if blamed.lower() in PRONOUNS | {"you"}:
                continue  # "accused him of ...": no one the reader can tell
            yield ResponsibilityClaim(
                claimant=claimant, blamed=blamed, stance=_own(stance, claimant, blamed), hedge=hedge, blamed_as=blamed_as,
                attribution=att.id if att is not None else "", content=sent.text.strip(),
                content_span=_sentence_span(sent))


def _own(stance: Stance, claimant: str, blamed: str) -> Stance:
    """Accusing oneself is owning the act ("We carried out this operation")."""
    return "claim-credit" if stance == "accuse" and claimant == blamed else stance


def _without_evidence(token: Token) -> bool:
    """The word is in what "there is no evidence that ..." (or "never any proof that ...") says did not happen."""
    for above in token.ancestors:
        if above.lemma_.lower() in EVIDENCE_NOUNS and above.pos_ == "NOUN":
            return any(c.dep_ == "det" and c.lower_ == "no" for c in above.children) or _negated(above.head)
    return False


class ResponsibilityExtractor:
    """Reads agency claims out of attributions: who is said to have done (or not done) an event."""

    def __init__(self, model: str = MODEL, nlp: Optional[Language] = None, share: Optional[EventExtractor] = None):
        self.model = model
        self._nlp = nlp
        self._share = share  # an extractor whose model to use instead of loading another

    @property
    def nlp(self) -> Language:
        if self._nlp is None:
            if self._share is not None:
                self._nlp = self._share.nlp
            else:
                import spacy

                self._nlp = spacy.load(self.model)
        return self._nlp

    def claims(self, attributions: Sequence[Attribution]) -> list[ResponsibilityClaim]:
        return [claim for made in self.claims_each(attributions) for claim in made]

    def claims_each(self, attributions: Sequence[Attribution]) -> list[list[ResponsibilityClaim]]:
        """The claims of each attribution, in order, from one batched parse of all the contents."""
        docs = self.nlp.pipe(a.content for a in attributions)
        return [self._claims_in(att, doc) for att, doc in zip(attributions, docs)]

    def _claims_in(self, att: Attribution, doc: Doc) -> list[ResponsibilityClaim]:
        claimant = att.source.name or att.source.text
        cue = att.cue.lower().split()[0] if att.cue else ""
        credit_cue = _cue_is(cue, CREDIT_VERBS)
        denied = att.stance == "deny"
        hedge = att.hedge or _hedge_in(doc.text)
        found: list[tuple[list[tuple[str, Optional[str]]], bool, bool]] = []  # (parties, negated, credit)
        doc.user_data["direct_quote"] = att.quote == "direct"  # whom "he" and "they" can stand for
        for token in doc:
            result = self._read(token, claimant, denied, credit_cue)
            if result:
                parties, negated, credit = result
                found.append((parties, negated ^ _without_evidence(token), credit))
            if _is_event(token) and token.pos_ == "NOUN" and (token.lemma_.lower() not in GENERIC_EVENT_NOUNS or any(
                    c.dep_ == "amod" or c.dep_ == "prep" and c.lower_ == "of" for c in token.children)):
                agent = _agent_in_name([token])
                if agent is not None:  # "a terrorist act by X", "the attack by X killed four"
                    found.append((_parties(agent, claimant), False, False))
        if not found and _cue_is(cue, BLAME_CUES):
            first = next((t for t in doc if t.dep_ in {"ROOT", "nsubj", "dobj"} and t.pos_ in {"PROPN", "NOUN"}), None)
            if first is not None and any(t.lower_ in {"of", "for"} for t in doc) and any(_is_event(t) for t in doc):
                found.append((_parties(first, claimant), False, False))
        claims = []
        for parties, negated, credit in found:
            for blamed, blamed_as in parties:
                if credit and not (negated ^ denied):
                    stance: Stance = "claim-credit"
                else:
                    stance = _own("deny" if negated ^ denied else "accuse", claimant, blamed)
                claims.append(ResponsibilityClaim(
                    claimant=claimant, blamed=blamed, stance=stance, hedge=hedge, blamed_as=blamed_as,
                    attribution=att.id, content=att.content, content_span=att.content_span))
        return _unique(claims)

    def _read(self, token: Token, claimant: str, denied: bool, credit_cue: bool):
        """The claim one word of the content makes, as (parties, negated, credit), by the construction it heads."""
        lemma = token.lemma_.lower()
        if token.pos_ in {"VERB", "AUX", "NOUN", "ADJ"} and (lemma in AGENCY_VERBS or token.lower_ in AGENCY_FORMS):
            return self._agency(token, claimant, speaker_did_it=denied or credit_cue) or (
                self._wrongdoer(token, claimant) if lemma in WRONGDOING_VERBS else None)  # "perpetrated such acts"
        if lemma == "suspect" and token.pos_ == "VERB" and _child(token, "prep") is not None:
            return self._suspected(token, claimant)
        if lemma in WRONGDOING_VERBS and token.pos_ == "VERB":
            return self._wrongdoer(token, claimant)
        if token.lower_ == "nothing" and token.dep_ in {"dobj", "attr"}:
            return self._nothing_to_do_with(token, claimant)
        if lemma == "behind" and _is_event_or_pronoun(_child(token, "pobj")) and (
                token.head.pos_ not in {"VERB", "AUX"} or token.head.lemma_ == "be"):  # not "put our minds behind it"
            parties = self._behind(token)
            return (parties, _negated(token.head), False) if parties else None
        if token.lower_ in AGENCY_ADJECTIVES and token.dep_ in {"acomp", "attr", "amod", "acl", "ROOT", "conj"}:
            return self._agency_adjective(token, claimant)
        if lemma in RESPONSIBILITY_NOUNS and token.pos_ in {"NOUN", "PROPN"}:
            return self._responsibility_noun(token, claimant, denied or credit_cue, credit_cue)
        if lemma in HARM_VERBS and token.pos_ == "VERB":
            return self._harm_by_named_actor(token)
        if lemma in WRONGDOER_NOUNS and token.dep_ == "attr" and token.head.lemma_ == "be":
            return self._called_wrongdoer(token, claimant)
        if token.lower_ in ALLEGATION_ADVERBS and token.dep_ == "advmod" and token.head.pos_ == "VERB":
            doer = _child(token.head, "nsubj")
            return (_parties(doer, claimant), False, False) if doer is not None else None
        return None

    @staticmethod
    def _called_wrongdoer(noun: Token, claimant: str):
        """ "He is a murderer", "they are terrorists who ...": the subject is blamed ("was no killer" clears it)."""
        subj = _child(noun.head, "nsubj")
        if subj is None or subj.lower_ in PRONOUNS and _antecedent(subj) is None:
            return None  # "he is a murderer" is never the speaker's word about himself
        cleared = _negated(noun.head) or any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children)
        return _parties(subj, claimant), cleared, False

    def _agency(self, token: Token, claimant: str, speaker_did_it: bool = False):
        """ "X carried out / ordered the attack", "the attack was ordered by X"; with no subject in a denial or
        a claim the speaker is the one who did it ("denied carrying out the attack")."""
        passive = any(c.dep_ == "auxpass" for c in token.children) or _child(token, "agent") is not None
        verb = token
        if token.dep_ == "acomp" and token.head.lemma_ == "be":  # "the strike was greenlit by X", parsed as an adjective
            passive, verb = True, token.head
        if passive:
            if not _is_event_or_pronoun(_child(verb, "nsubjpass", "nsubj")):
                return None
            who = _agent_of(token)
            return (_parties(who, claimant), _negated(token), False) if who is not None else None
        obj = _child(token, "dobj")
        subj = _child(token, "nsubj")
        if not _is_event_or_pronoun(obj):
            return None
        if subj is None:
            return ([(claimant, None)], False, False) if speaker_did_it and token.dep_ in {"ROOT", "xcomp"} else None
        return _parties(subj, claimant), _negated(token), False

    @staticmethod
    def _suspected(verb: Token, claimant: str):
        """ "two men suspected of carrying out the attack", "he is suspected of ordering it", "they suspect X of it"."""
        if not any(c.dep_ == "prep" and c.lower_ == "of" for c in verb.children) or _negated(verb):
            return None
        if verb.dep_ == "acl":
            party = verb.head
        else:
            party = _child(verb, "nsubjpass", "dobj")
        return (_parties(party, claimant), False, False) if party is not None else None

    @staticmethod
    def _wrongdoer(verb: Token, claimant: str):
        """ "Moxon proceeded to lie to him", "the guards tortured prisoners": the named doer is blamed."""
        doer, clause = _child(verb, "nsubj"), verb
        while doer is None and clause.dep_ in {"xcomp", "conj"} and clause.head.i != clause.i:
            clause = clause.head  # "X proceeded to lie", "X entered and stole"
            doer = _child(clause, "nsubj")
        if any(c.dep_ == "aux" and c.lower_ in MODALS for c in [*verb.children, *clause.children]):
            return None  # "they would steal it", "X might try to steal it": a fear, not an act
        if doer is None or doer.pos_ not in {"PROPN", "NOUN"} and not (doer.lower_ in PRONOUNS and _names_someone(doer)):
            return None  # "They perpetrated such acts": the group named before, never the speaker
        return _parties(doer, claimant), _negated(verb) or _negated(clause), False

    @staticmethod
    def _nothing_to_do_with(nothing: Token, claimant: str):
        """ "X had nothing to do with the attack": a denial that X did it."""
        doing = next((c for c in nothing.children if c.dep_ in {"relcl", "acl"} and c.lemma_ == "do"), None)
        prep = _child(doing, "prep") if doing is not None else None
        if prep is None or prep.lower_ != "with" or not _is_event_or_pronoun(_child(prep, "pobj")):
            return None
        subj = _child(nothing.head, "nsubj")
        return (_parties(subj, claimant), True, False) if subj is not None else None

    def _behind(self, behind: Token) -> list[tuple[str, Optional[str]]]:
        node = behind.head
        while node is not None:
            subj = _child(node, "nsubj")
            if subj is not None:
                return _parties(subj, "")
            if node.pos_ in {"PROPN", "NOUN"} and not _is_event(node):
                return _parties(node, "")
            if node.head.i == node.i:
                return []
            node = node.head
        return []

    def _agency_adjective(self, token: Token, claimant: str):
        """ "X was responsible for the attack", "others involved in the attack", "he was innocent"."""
        clears = AGENCY_ADJECTIVES[token.lower_]
        holders = [token] + ([token.head] if token.head.lemma_ == "be" else [])  # "was 'complicit' in": prep on "was"
        prep = next((c for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in {"for", "in", "of"}),
                    None)
        obj = _child(prep, "pobj") if prep is not None else None
        if prep is not None and not _is_event_or_pronoun(obj):
            return None
        if prep is None and not clears and token.lower_ != "guilty":
            return None  # "responsible" alone is too often another sense ("a responsible budget")
        if token.dep_ == "amod" and token.head.dep_ == "attr":  # "he was an innocent man"
            token = token.head
        elif token.dep_ in {"acl", "amod"} and token.head.pos_ in {"NOUN", "PROPN", "PRON"}:
            owner = token.head
            while owner.dep_ == "pobj" and owner.head.lower_ in {"besides", "except", "beyond"}:
                owner = owner.head.head  # "others besides X involved in the attack": the others
            return _parties(owner, claimant), clears, False
        verb = token.head if token.dep_ in {"acomp", "attr", "ROOT"} or token.head.lemma_ == "be" else token
        subj = _child(verb, "nsubj", "nsubjpass")
        if subj is None:
            return None
        return _parties(subj, claimant), _negated(verb) ^ clears, False

    def _harm_by_named_actor(self, verb: Token):
        """ "the U.S. airstrike killed 8 civilians": the event's named owner is accused."""
        subj = _child(verb, "nsubj")
        if subj is None or subj.lemma_.lower() not in EVENT_NOUNS:
            return None
        for mod in subj.children:
            ent = _entity_at(mod)
            if mod.dep_ in {"compound", "amod", "poss", "nmod"} and ent is not None and \
                    ent.label_ in {"GPE", "NORP", "ORG"} and mod.lower_ not in INSTRUMENTS:
                return [(ent.text, None)], _negated(verb), False
        return None

    def _responsibility_noun(self, token: Token, claimant: str, denied_or_claimed: bool, credit_cue: bool):
        lemma = token.lemma_.lower()
        head = token.head
        prep = _child(token, "prep") or (_child(head, "prep") if head.lemma_ == "have" else None)  # "having a hand in"
        obj = _child(prep, "pobj") if prep is not None else None
        if lemma in NEEDS_EVENT and not _is_event_or_pronoun(obj):
            return None
        if obj is not None and prep.lower_ in {"for", "in"} and not _is_event_or_pronoun(obj):
            return None
        if token.dep_ == "dobj" and head.lemma_.lower() in CREDIT_VERBS | {"deny", "reject"}:
            subj = _child(head, "nsubj")
            parties = _parties(subj, claimant) if subj is not None else [(claimant, None)]
            denies = head.lemma_.lower() in {"deny", "reject"}
            return parties, _negated(head) ^ denies, head.lemma_.lower() in CREDIT_VERBS
        if token.dep_ == "dobj" and head.lemma_ == "have" and head.dep_ == "ROOT" and _child(head, "nsubj") is None:
            token = head  # "denied having a hand in the attack"
        if token.dep_ != "ROOT" or not denied_or_claimed:
            return None  # the whole content is the thing denied or claimed: "denied its responsibility"
        owner = _child(token, "poss")
        if owner is None or owner.lower_ in SELF_PRONOUNS:
            parties = [(claimant, None)]
        else:
            parties = _parties(owner, claimant)
        return parties, False, credit_cue


def _parties(head: Token, claimant: str) -> list[tuple[str, Optional[str]]]:
    """The blamed NP; an appositive list of named groups expands to each group, described as the head."""
    if head.lower_ in {"who", "which", "that"} and head.head.dep_ == "relcl":
        head = head.head.head  # "terrorists, who committed the attack" -> the terrorists
    if head.lower_ in PERSONAL_PRONOUNS | PLURAL_PRONOUNS:
        named = _antecedent(head)
        if named is not None and head.lower_ in PERSONAL_PRONOUNS:
            person = _entity_at(named)
            return [(person.text if person is not None else named.text, None)]  # not those listed with them
        if named is not None:
            return _parties(named, claimant)
        if head.doc.user_data.get("direct_quote"):
            return []  # in the speaker's own words "he" and "they" are someone else, named outside the quote
    if head.lower_ in SELF_PRONOUNS | {"we", "i", "they", "he", "she", "it"} and claimant:
        return [(claimant, None)]
    if head.pos_ == "NOUN":
        kept = [t.i for t in head.subtree if t.i <= head.i or t.dep_ in {"prep", "pobj", "compound", "amod"}]
        listed = _named_list_after(head, max(kept) + 1)
        if listed:
            description = _noun_phrase(head)
            return [(name, description) for name in dict.fromkeys(listed)]
    members = []
    stack = [c for c in head.children if c.dep_ in {"appos", "conj"}]
    while stack:
        m = stack.pop(0)
        members.append(m)
        stack.extend(c for c in m.children if c.dep_ in {"conj", "appos"})
    described = head.pos_ == "NOUN" and any(m.dep_ == "appos" or m.head.dep_ == "appos" for m in members)
    parties: list[tuple[str, Optional[str]]] = []
    if not described:
        ent = _entity_at(head)
        parties.append((ent.text if ent is not None and ent.root.i == head.i else _noun_phrase(head), None))
    description = _noun_phrase(head) if described else None
    for m in sorted(members, key=lambda t: t.i):
        ent = _entity_at(m)
        name = ent.text if ent is not None else _noun_phrase(m)
        if name not in {p for p, _ in parties}:
            parties.append((name, description))
    return parties


def _cue_is(cue: str, verbs: set[str]) -> bool:
    """ "accused" is a form of "accuse", "claimed" of "claim" (the cue is one inflected word)."""
    return any(cue.startswith(v.rstrip("e")) for v in verbs) if cue else False


def _hedge_in(text: str) -> Optional[str]:
    low = text.lower()
    return next((h for h in HEDGES if re.search(rf"\b{h}\b", low)), None)


def _unique(claims: list[ResponsibilityClaim]) -> list[ResponsibilityClaim]:
    seen, out = set(), []
    for c in claims:
        key = (c.claimant, c.blamed, c.stance)
        if key not in seen:
            seen.add(key)
            out.append(c)
    return out


def name_unnamed(claims: list[ResponsibilityClaim]) -> list[ResponsibilityClaim]:
    """A claim whose party is unnamed ("there never was any proof") is about the party of the nearest claim
    before it in the text; with none before it, it is dropped."""
    named = sorted((c for c in claims if c.blamed and c.content_span), key=lambda c: c.content_span[0])
    out = []
    for claim in claims:
        if not claim.blamed:
            before = [c for c in named if claim.content_span and c.content_span[0] < claim.content_span[0]]
            if not before:
                continue
            claim.blamed, claim.blamed_as = before[-1].blamed, before[-1].blamed_as
        out.append(claim)
    return out


def attach_to_events(claims: list[ResponsibilityClaim], events: list[Event]) -> None:
    """Point each claim at the event its content names (by target words), else the article's main event."""
    if not events:
        return
    main = max(range(len(events)), key=lambda i: (len(events[i].mentions), -i))
    for claim in claims:
        words = _tokens(claim.content)
        scored = [(len(words & _tokens(e.target)), i) for i, e in enumerate(events) if e.target]
        best = max(scored, default=(0, main))
        claim.event = best[1] if best[0] > 0 else main
