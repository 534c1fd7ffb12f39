"""Build the spaCy pipeline sourcetrace runs: the small English model plus the attribution components.

One parse per article; every attribution component reads the same Doc and adds its result as an
extension attribute (doc._.layout, doc._.quotes, doc._.cues, doc._.found, doc._.speakers, doc._.qualifiers).
"""
from __future__ import annotations

from .lean_spacy import import_thinc_without_torch

import_thinc_without_torch()  # before the first spaCy import

import spacy  # noqa: E402
from spacy.language import Language  # noqa: E402

from .attribution import cues, layout, qualify, quotes, sources, speech  # noqa: F401,E402  (registers the components)
from .models import REINSTALL, SetupError  # noqa: E402
from .packages import MODEL, require_model  # noqa: E402

ATTRIBUTION_COMPONENTS = ("text_layout", "quote_finder", "cue_finder", "speech_finder", "source_resolver", "statement_qualifier")


GLUED_QUOTES = (r"(?<=\S)[“”](?=\S)",  # scraped text drops spaces: 'said,“Look', 'started,”Clinton said'
                r"(?<=\w)[,:;](?=[“\"])",  # the comma of 'said,“Look'
                r"(?<=[,.!?:;])\"(?=[A-Za-z])")  # 'said,"Look'


def split_glued_quotes(nlp: Language) -> None:
    """A quotation mark glued to the words around it is a token of its own, as it would be with spaces."""
    from spacy.util import compile_infix_regex
    nlp.tokenizer.infix_finditer = compile_infix_regex(list(nlp.Defaults.infixes) + list(GLUED_QUOTES)).finditer


def load_pipeline(model: str = MODEL) -> Language:
    """The model with paragraph-aware sentences and the attribution components appended, in order."""
    require_model(model)
    try:
        nlp = spacy.load(model)
    except (OSError, ImportError, ValueError) as err:
        raise SetupError(f"cannot load the spaCy model {model} ({str(err).splitlines()[0][:200]}): "
                         f"reinstall it: {REINSTALL}") from err
    split_glued_quotes(nlp)
    nlp.add_pipe("paragraph_sentences", before="parser")
    nlp.add_pipe("dateline_sentences", before="parser")
    for name in ATTRIBUTION_COMPONENTS:
        nlp.add_pipe(name)
    return nlp
