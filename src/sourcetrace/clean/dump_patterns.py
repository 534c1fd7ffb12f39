"""The vocabulary of the text-dump cleaner: what chrome, bylines, captions and dates look like.

Plain compiled regexes, kept apart from the passes in dump.py so the passes read as
logic. They name kinds of lines found on news sites in general, never one site.
"""
import re
from pathlib import Path

SENTENCE_END = re.compile(r"[.!?…:;。！？」』）][\"'”’)\]]*$")
CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
SENTENCE_INSIDE = re.compile(r"\w[.!?][\"'”’)]*\s+[\"'“‘(]?[A-Z0-9]")
WIDGET_WORDS = re.compile(
    r"^(?:advertisement|advertisements?|sponsored|skip (?:to|advertisement)\b.*|share(?: this| on \w+| full article)?|"
    r"recent (?:stories|posts|articles)|suggested for you|related(?: stories| articles| posts| content| topics)?|"
    r"(?:most )?(?:popular|read|viewed)(?: now| stories| articles)?|trending(?: now| stories)?|read (?:more|next|also)\b.*|"
    r"see also|more (?:from|on|stories|news)\b.*|you (?:may|might) (?:also )?like|comments?(?: \(\d+\))?|"
    r"leave a (?:comment|reply)|sign (?:in|up)\b.*|log ?in|subscribe\b.*|newsletter|follow us\b.*|tags?:?|topics?:?|"
    r"print|email|facebook|twitter|x|linkedin|whatsapp|reddit|pinterest|copy link|back to top|close|menu|search|"
    r"photo:?|image:?|video:?|credit:?|expand|loading\.*|\d+ (?:min|minute)s? read)$",
    re.I,
)
# matched against the lower-cased line (faster than re.I)
CHROME_PHRASES = re.compile(  # only page furniture says these
    r"\b(?:cookie (?:policy|settings|preferences|notice|consent)|(?:use|uses|accept|allow|manage) (?:of )?cookies|"
    r"privacy (?:policy|notice)|terms of (?:use|service)|all rights reserved|sign up for|"
    r"subscribe (?:to|now|today)|skip to (?:content|main)|create (?:a free|an) account|already a subscriber|"
    r"we may earn|affiliate (?:links?|commission)|do not sell|(?:link|url) (?:was )?copied|gift (?:this )?articles?|"
    r"editorial (?:process|policy|standards|guidelines)|fact[- ]checking policy|why you can trust|"
    r"(?:opens|open) in a new (?:window|tab)|click to share|(?:follow|like) us on|your browser|"
    r"this (?:article|story|page) is more than)\b|©|^please\b",
)
# words page furniture uses that a sentence of news may use too ("“We will try again,” she said",
# "subscribers complained", "a copyright lawsuit"): chrome in a line that is no sentence, or two at once
CHROME_WORDS = re.compile(
    r"\b(?:newsletters?|subscribers?|copyright|javascript|your inbox|rss|commission from|opt out|"
    r"personal (?:information|data)|learn more about|jump to|try again)\b"
)
# what opens a comment section: nothing after it is the article
COMMENTS_START = re.compile(
    r"^\W*(?:\d+\s+|top\s+|all\s+|view\s+|show\s+|read\s+)?(?:rated\s+)?(?:comments?|responses?|replies|reactions)\b.{0,40}$|"
    r"^(?:leave a (?:comment|reply)|post a comment|join the (?:discussion|conversation)|comments are closed)\b.{0,40}$|"
    r"^.{1,60}\s(?:says|said|wrote|commented):?$",
    re.I,
)
# widget headings: link lists follow them, inside or after the article
WIDGET_HEADING = re.compile(
    r"^(?:share this|related|recommended|you (?:may|might) (?:also )?like|more (?:stories|from|on this|in)\b|"
    r"read (?:more|next|also)|most (?:popular|read|viewed)|trending|popular|latest|recent (?:stories|posts|articles|news)|"
    r"suggested for you|tags?|topics?|filed under|back to top|about the author)\b.{0,40}$",
    re.I,
)
BYLINE = re.compile(r"^(?:(?i:by|written by|words by|author:?)\s+|By(?=[A-Z][a-z]))(?P<names>.+)$")
# Lower-case words a byline has around its names ("By Jane Doe and John Roe, staff writers for the Post,
# updated 5 pm"); more than two other lower-case words make a sentence ("By Sept. 30, the campaign had ...").
BYLINE_WORDS = frozenset(
    "and of the for in at on with from a an staff writer writers reporter reporters correspondent correspondents "
    "editor editors contributor columnist senior special associate contributing chief political published updated "
    "posted last am pm a.m. p.m. min read".split())
HOVER_CARD_END = re.compile(r"\bMORE\b")
GLUE = re.compile(r"(?<=[a-z.’'])(?=[A-Z])")
CAPTION = re.compile(
    r"^(?:photo|image|illustration|credit|source|video|file photo|getty)\b|getty images|\bvia (?:ap|reuters|getty)|"
    r"/\s*(?:ap|reuters|afp|getty|shutterstock)|^\(.*\)$|\(image:|\bphoto(?:graph)?:|\bcredit(?:\.\.\.|…|:)|"
    r"^[A-Z][\w.]*(?: [A-Z][\w.]*){1,3} / [A-Z]",
    re.I,
)
RELATIVE_TIME = re.compile(r"^\d+\s*(?:s|m|h|d|secs?|seconds?|mins?|minutes?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago\b", re.I)
# a timestamp, "updated"/"published" line or "Related:" pointer inside the text
META_LINE = re.compile(
    r"^(?:\d+\s*(?:s|m|h|d|min|mins|hours?|days?)\s+ago\b|\d{1,2}[:.]\d\d\s*(?:am|pm)?\b.{0,20}$|"
    r"(?:updated|published|posted|last (?:updated|modified))\b|(?:related|read more|see also|more|watch|listen)\s*:)",
    re.I,
)
# a site or section name after the headline starts with a capital or a digit, unlike a clause ("— and then ...")
TITLE_SUFFIX = re.compile(r"\s+(?P<sep>[|\-–—•])\s+(?P<tail>[A-Z0-9][^|\-–—:•]{1,39})$")

PUBLISHED_LABEL = re.compile(r"^(?:first )?(?:published|updated|posted|last (?:updated|modified))\b", re.I)
ROLE = re.compile(
    r"\b(?:staff|writer|reporter|editor|correspondent|contributor|columnist|published|updated|posted|senior|"
    r"associate|deputy|chief|contributing|read|min|archive|page|links|head|showbiz)\b",
    re.I,
)
TRAILING_ROLE = re.compile(r"(?:\s+(?:senior|staff|contributing|associate))?\s+(?:staff|writer|reporter|correspondent|editor)$", re.I)
MONTH_START = re.compile(r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d")
PERSON_NAME = re.compile(r"^[A-Z][\w'’.-]*(?: (?:[A-Z][\w'’.-]*|de|van|von|da|del|la|le|bin|al)){1,3}$")

MOJIBAKE = re.compile(r"[\u00c2-\u00f4][\u0080-\u00bf]{1,3}")


# a statement too short for prose: a capital (after an opening quote) and a full stop; questions and
# exclamations this short are mostly page furniture ("Like this story?", "Sharing is caring!")
SHORT_SENTENCE = re.compile(r"^[\"'“‘]?[A-Z0-9].*\w\.[\"'”’)]*$")
# a short line speaking to the reader: an instruction ("Click here to listen.") or "you"/"your"
READER_CALL_VERBS = [w for w in (line.split("#", 1)[0].strip() for line in
                     (Path(__file__).with_name("data") / "reader_calls.txt").read_text(encoding="utf-8").splitlines()) if w]
READER_CALL = re.compile(r"^(?:%s)\b|\byou(?:r|rs)?\b" % "|".join(READER_CALL_VERBS), re.I)
# a wire sign-off closing a story: the agency whose copy it is ("- Meridian Press", "— Reuters", "(AP)")
NAME_WORDS = r"[A-Z][\w&.'’]*(?:\s+[A-Z&][\w&.'’]*){0,3}"  # "Meridian Press", "AP"
SIGN_OFF = re.compile(rf"^(?:[-–—]\s*(?P<dash>{NAME_WORDS})|\((?P<paren>{NAME_WORDS})\))$")
