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
from typing import Iterable, Literal, Optional, Sequence

from spacy.language import Language
from spacy.tokens import Doc, Span as SpacySpan, Token

from ..models import Article, Attribution, Span
from ..nlp import MODEL


# Nouns naming a hostile event; "strike" counts only with an instrument or a target (not a labour strike).
EVENT_NOUNS = {
    "attack": "attack", "assault": "attack", "strike": "strike", "airstrike": "airstrike", "bombing": "bombing",
    "bomb": "bombing", "blast": "bombing", "explosion": "bombing", "assassination": "assassination",
    "cyberattack": "cyberattack", "shelling": "shelling", "shooting": "shooting",
    "raid": "raid", "ambush": "attack", "massacre": "attack",
}
EVENT_VERBS = {"attack": "attack", "bomb": "bombing", "shell": "shelling", "assassinate": "assassination",
               "ambush": "attack", "hack": "cyberattack"}
INSTRUMENTS = {"drone", "car", "rocket", "missile", "mortar", "truck", "suicide", "roadside", "artillery", "grenade",
               "knife", "gun", "chemical", "ransomware", "malware", "air", "bomb", "ied"}
# Nouns that can stand for an event in a responsibility claim ("the incident was carried out by ...").
EVENT_REFERENCES = set(EVENT_NOUNS) | {"incident", "plot", "killing", "murder", "operation", "crime", "attempt",
                                       "violence", "bombardment", "kidnapping", "abduction", "torture", "abuse",
                                       "mistreatment"}
EVENT_PRONOUNS = {"it", "this", "that"}
HAPPEN_VERBS = {"occur", "happen", "take", "strike", "hit", "explode", "kill", "wound", "injure", "target", "attack",
                "bomb", "launch", "carry", "survive"}
MODALS = {"would", "will", "could", "may", "might", "should", "can", "'ll"}
PRONOUNS = {"he", "she", "it", "they", "we", "i", "you", "him", "her", "them", "us", "me", "who", "which", "that"}
RELATIVE_DATE = re.compile(r"\b(this|last|next|earlier|later|ago|yesterday|today|tonight|monday|tuesday|wednesday|"
                           r"thursday|friday|saturday|sunday|week|weekend|morning|evening|night)\b", re.I)
MONTHS = {m: i for i, m in enumerate(["january", "february", "march", "april", "may", "june", "july", "august",
                                       "september", "october", "november", "december"], start=1)}

# Verbs that assign agency when the event is their object (active) or subject (passive).
AGENCY_VERBS = {"carry", "order", "sanction", "greenlight", "greenlit", "authorize", "authorise", "approve",
                "orchestrate", "plan", "launch", "conduct", "commit", "perpetrate", "mastermind", "stage", "direct",
                "organize", "organise", "execute", "sponsor", "back", "fund"}
RESPONSIBILITY_NOUNS = {"responsibility", "involvement", "complicity", "culpability", "guilt", "role", "hand", "part",
                        "wrongdoing", "corruption", "bribery", "charge", "allegation", "accusation"}
# Adjectives that say a party did (or did not) do it: "X was responsible for / complicit in / guilty of the attack".
AGENCY_ADJECTIVES = {"responsible": False, "complicit": False, "culpable": False, "guilty": False, "involved": False,
                     "innocent": True}  # True: the adjective itself clears the party
HARM_VERBS = {"kill", "wound", "injure", "destroy", "hit", "damage", "target", "strike", "level", "flatten"}
NEEDS_EVENT = {"role", "hand", "part"}  # only with "in the attack"
CREDIT_VERBS = {"claim", "take", "accept", "admit", "acknowledge"}
BLAME_CUES = {"accuse", "blame", "charge", "hold", "implicate"}
HEDGES = ("almost certainly", "most likely", "likely", "probably", "possibly", "allegedly", "reportedly",
          "apparently", "perhaps", "presumably", "suspected", "may have", "might have", "could have")
NAME_STOPWORDS = {"the", "a", "an", "of", "on", "in", "s"}  # \w+ never yields "'s"
SELF_PRONOUNS = {"its", "their", "his", "her", "our", "my", "itself", "themselves", "himself", "herself"}

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


def _sentence_span(sent: SpacySpan) -> Span:
    return (sent.start_char, sent.end_char)


def _noun_phrase(token: Token, strip_article: bool = False) -> str:
    """A token's noun phrase without relative clauses, appositives, conjuncts or clausal "of being ..." phrases."""
    cut = {"relcl", "acl", "appos", "conj", "cc", "punct", "advcl"}
    keep = [token]
    stack = [c for c in token.children if c.dep_ not in cut and not (
        c.dep_ == "prep" and any(g.dep_ == "pcomp" for g in c.children))]
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


def _is_event(token: Token) -> bool:
    return token.lemma_.lower() in EVENT_REFERENCES or token.lower_ in EVENT_REFERENCES


def _is_event_or_pronoun(token: Optional[Token]) -> bool:
    return token is not None and (_is_event(token) or token.lower_ in EVENT_PRONOUNS)


def _child(token: Token, *deps: str) -> Optional[Token]:
    return next((c for c in token.children if c.dep_ in deps), None)


def _negated(token: Token) -> bool:
    """A neg on the verb itself or on the auxiliary it leans on."""
    heads = [token] + [c for c in token.children if c.dep_ in {"aux", "auxpass"}]
    return any(c.dep_ == "neg" or c.lower_ == "never" for h in heads for c in h.children)


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

    def analyze(self, article: Article) -> tuple[list[Event], list[ResponsibilityClaim]]:
        """The article's events, and the claims of responsibility it narrates ("X claimed responsibility")."""
        doc = self.nlp(article.text)
        return self._events(doc, article), list(self._narrated_credit(doc))

    def _narrated_credit(self, doc: Doc) -> Iterable[ResponsibilityClaim]:
        """Claiming an attack is mostly reported, not quoted: "The group claimed responsibility for it"."""
        for token in doc:
            verb = token.head
            if token.lemma_.lower() != "responsibility" or token.dep_ != "dobj" or \
                    verb.lemma_.lower() not in CREDIT_VERBS or _negated(verb):
                continue
            prep = _child(token, "prep")
            subj = _child(verb, "nsubj")
            if subj is None or subj.lower_ in PRONOUNS or (prep is not None and not _is_event_or_pronoun(
                    _child(prep, "pobj"))):
                continue
            who = _noun_phrase(subj)
            sent = token.sent
            yield ResponsibilityClaim(claimant=who, blamed=who, stance="claim-credit", content=sent.text.strip(),
                                      content_span=_sentence_span(sent))

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
        for token in doc:
            lemma = token.lemma_.lower()
            if token.pos_ in {"VERB", "AUX", "NOUN", "ADJ"} and lemma in AGENCY_VERBS | {"greenlit"}:
                result = self._agency(token, claimant)
                if result:
                    found.append(result)
            elif lemma == "behind" and _is_event_or_pronoun(_child(token, "pobj")):
                parties = self._behind(token)
                if parties:
                    found.append((parties, _negated(token.head), False))
            elif token.lower_ in AGENCY_ADJECTIVES and token.dep_ in {"acomp", "attr", "amod", "acl", "ROOT", "conj"}:
                result = self._agency_adjective(token, claimant)
                if result:
                    found.append(result)
            elif lemma in RESPONSIBILITY_NOUNS and token.pos_ == "NOUN":
                result = self._responsibility_noun(token, claimant, denied or credit_cue, credit_cue)
                if result:
                    found.append(result)
            elif lemma in HARM_VERBS and token.pos_ == "VERB":
                result = self._harm_by_named_actor(token)
                if result:
                    found.append(result)
        if not found and _cue_is(cue, BLAME_CUES):
            first = next((t for t in doc if t.dep_ in {"ROOT", "nsubj", "dobj"} and t.pos_ in {"PROPN", "NOUN"}), None)
            if first is not None and any(t.lower_ in {"of", "for"} for t in doc) and any(_is_event(t) for t in doc):
                found.append((self._parties(first, claimant), False, False))
        claims = []
        for parties, negated, credit in found:
            for blamed, blamed_as in parties:
                if credit and not (negated ^ denied):
                    stance: Stance = "claim-credit"
                else:
                    stance = "deny" if negated ^ denied else "accuse"
                claims.append(ResponsibilityClaim(
                    claimant=claimant, blamed=blamed, stance=stance, hedge=hedge, blamed_as=blamed_as,
                    attribution=att.id, content=att.content, content_span=att.content_span))
        return _unique(claims)

    def _agency(self, token: Token, claimant: str):
        passive = any(c.dep_ == "auxpass" for c in token.children) or _child(token, "agent") is not None
        if passive:
            if not _is_event_or_pronoun(_child(token, "nsubjpass")):
                return None
            agent = _child(token, "agent")
            who = _child(agent, "pobj") if agent is not None else None
            return (self._parties(who, claimant), _negated(token), False) if who is not None else None
        obj = _child(token, "dobj")
        subj = _child(token, "nsubj")
        if subj is None or not _is_event_or_pronoun(obj):
            return None
        return self._parties(subj, claimant), _negated(token), False

    def _behind(self, behind: Token) -> list[tuple[str, Optional[str]]]:
        node = behind.head
        while node is not None:
            subj = _child(node, "nsubj")
            if subj is not None:
                return self._parties(subj, "")
            if node.pos_ in {"PROPN", "NOUN"} and not _is_event(node):
                return self._parties(node, "")
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
            return self._parties(owner, claimant), clears, False
        verb = token.head if token.dep_ in {"acomp", "attr", "ROOT"} or token.head.lemma_ == "be" else token
        subj = _child(verb, "nsubj", "nsubjpass")
        if subj is None:
            return None
        return self._parties(subj, claimant), _negated(verb) ^ clears, False

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
        prep = _child(token, "prep")
        obj = _child(prep, "pobj") if prep is not None else None
        if lemma in NEEDS_EVENT and not _is_event_or_pronoun(obj):
            return None
        if obj is not None and prep.lower_ in {"for", "in"} and not _is_event_or_pronoun(obj):
            return None
        head = token.head
        if token.dep_ == "dobj" and head.lemma_.lower() in CREDIT_VERBS | {"deny", "reject"}:
            subj = _child(head, "nsubj")
            parties = self._parties(subj, claimant) if subj is not None else [(claimant, None)]
            denies = head.lemma_.lower() in {"deny", "reject"}
            return parties, _negated(head) ^ denies, head.lemma_.lower() in CREDIT_VERBS
        if token.dep_ != "ROOT" or not denied_or_claimed:
            return None  # the whole content is the thing denied or claimed: "denied its responsibility"
        owner = _child(token, "poss")
        if owner is None or owner.lower_ in SELF_PRONOUNS:
            parties = [(claimant, None)]
        else:
            parties = self._parties(owner, claimant)
        return parties, False, credit_cue

    def _parties(self, head: Token, claimant: str) -> list[tuple[str, Optional[str]]]:
        """The blamed NP; an appositive list of named groups expands to each group, described as the head."""
        if head.lower_ in {"who", "which", "that"} and head.head.dep_ == "relcl":
            head = head.head.head  # "terrorists, who committed the attack" -> the terrorists
        if head.lower_ in SELF_PRONOUNS | {"we", "i", "they", "he", "she"} and claimant:
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
