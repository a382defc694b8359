"""The "events" step: PLOVER event mentions with actor, recipient, place, date and casualties,
each traced to its sentence.

Speed comes from doing little: the trigger table (plover.py) is one regex pass over every
sentence; only sentences with a trigger go to spaCy (one `nlp.pipe` batch per article).
Quality comes from three things the naive coder got wrong: context filters (context.py),
grouping the several sentences of one event into one mention (ev_group.py), and falling back
to the dateline / article place and the article's date when a sentence names neither.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..model import Article, Count, EventMention
from ..pipeline import article_step
from . import actors as A
from . import context as C
from . import ev_context as X
from .ev_group import group_mentions
from .plover import Trigger, find_triggers

MAX_CANDIDATES = 400          # parsed sentences per article (a 10,000-sentence dump stays cheap)
MAX_COUNT = 1_000_000         # no real event has more dead than this: drop absurd figures
PLACE_ENTS = ("GPE", "LOC", "FAC")
VERBAL = {"ACCUSE", "REQUEST", "REJECT", "THREATEN", "AGREE", "CONSULT", "SUPPORT", "CONCEDE",
          "COOPERATE", "AID"}


@dataclass
class Cand:
    """One event statement in one sentence, before grouping."""
    type: str
    sent: int
    start: int
    end: int
    mode: str | None = None
    actor: str | None = None
    recipient: str | None = None
    places: list[str] = field(default_factory=list)
    dead: Count | None = None
    injured: Count | None = None
    date: str | None = None
    anaphoric: bool = False      # "the attacks", a bare toll: joins an earlier mention
    weak: bool = False           # may only join, never start an event (historical comparisons)
    triggers: list[Trigger] = field(default_factory=list)


def _token_at(doc, offset: int):
    for t in doc:
        if t.idx <= offset < t.idx + len(t.text) + 1:
            return t
    return None


def _plain_count(c) -> Count | None:
    if c is None:
        return None
    if c.low is None or c.low < 0 or c.low > MAX_COUNT or (c.high is not None and c.high > MAX_COUNT):
        return None
    return c


def _anaphoric(tok) -> bool:
    """A definite nominal ("the attacks", "Sunday's blasts", "such attack")."""
    if tok is None or tok.pos_ not in ("NOUN", "PROPN"):
        return False
    for c in tok.children:
        if c.dep_ in ("det", "poss", "predet", "amod") and c.lower_ in (
                "the", "these", "those", "this", "that", "such", "its", "their"):
            return True
        if c.dep_ == "poss":
            return True
    return False


def _sentence_cands(art: Article, si: int, doc, published_year: int | None,
                    person_memory: list[str]) -> list[Cand]:
    sent = art.sentences[si]
    text = sent.text[:len(doc.text)]
    trigs = find_triggers(text)
    if not trigs:
        return []
    historical = (published_year is not None and C._historical(text, published_year)) \
        or C.strong_history(text)
    background = C.background(text)
    quoted = _long_quotes(text)
    kept: list[tuple[Trigger, object, str | None]] = []
    for tr in trigs:
        tok = _token_at(doc, tr.start)
        if tok is not None and tr.kind == "verb" and tr.type != "ASSAULT":
            # multiword triggers: the verb of the phrase carries the clause
            span_toks = [t for t in doc if tr.start <= t.idx < tr.end]
            verbs = [t for t in span_toks if t.pos_ in ("VERB", "AUX")]
            tok = verbs[0] if verbs else tok
        why = C.excluded(tok, tr.type, text, None)
        if why or any(a <= tr.start < b for a, b in quoted):
            continue
        if tok is not None and tok.head is not tok and tok.head.lemma_ in C.IRREALIS_NOUNS:
            continue
        kept.append((tr, tok, why))
    out: list[Cand] = []
    for tr, tok, _ in kept:
        actor_tok, recip_tok = A.roles(tok) if tok is not None else (None, None)
        if tr.kind == "toll" and tok is not None and tok.lemma_ in VICTIM_SUBJECT:
            actor_tok, recip_tok = None, actor_tok or recip_tok
        if tr.type == "THREATEN" and tok is not None and any(c.dep_ == "nsubjpass" for c in tok.children):
            continue
        if tr.type == "CONSULT" and not _two_parties(tok, recip_tok):
            continue
        actor = _name(actor_tok, person_memory)
        recip = _name(recip_tok, person_memory)
        if recip and actor and recip == actor:
            recip = None
        places = _places(doc, {actor_tok, recip_tok})
        c = Cand(tr.type, si, sent.start, sent.end, tr.mode, actor, recip, places,
                 triggers=[tr])
        c.anaphoric = tr.kind == "toll" or (tr.kind == "noun" and _anaphoric(tok))
        c.weak = historical or (background and tr.kind != "verb")
        out.append(c)
    for e in doc.ents:
        if e.label_ == "PERSON" and len(e.text.split()) >= 2:
            person_memory.append(e.text)
    return _merge_in_sentence(out)


VICTIM_SUBJECT = {"die", "dead", "death", "toll", "perish", "casualty", "body", "life", "injury",
                  "death toll", "lives", "bodies", "deaths", "casualties", "injuries"}
PLACE_PREPS = {"in", "at", "near", "outside", "inside", "across", "around", "into", "through",
               "throughout", "from", "of", "on", "to", "toward", "towards", "between"}
_QUOTE = re.compile(r"\u201c[^\u201d]{20,}?\u201d|\"[^\"]{20,}?\"|\u2018[^\u2019]{30,}?\u2019(?!\w)")


def _long_quotes(text: str) -> list[tuple[int, int]]:
    """Spans of quotations of six words or more: speech content is a quote, not an event
    (short scare quotes like 'unjustified' stay codable)."""
    return [(m.start(), m.end()) for m in _QUOTE.finditer(text) if len(m.group(0).split()) >= 6]


def _places(doc, role_toks: set) -> list[str]:
    """Place names of the sentence, most telling first: objects of locative prepositions,
    then the rest; never a name that is the actor or recipient ("France closed ...")."""
    first, rest = [], []
    for e in doc.ents:
        if e.label_ not in PLACE_ENTS:
            continue
        root = e.root
        if root in role_toks or any(t in role_toks for t in e):
            continue
        if root.dep_ in ("nsubj", "nsubjpass", "dobj") and e.label_ == "GPE":
            continue
        if root.dep_ == "pobj" and root.head.lower_ in PLACE_PREPS:
            first.append(e.text)
        elif root.dep_ in ("poss", "compound", "npadvmod", "appos", "conj", "pobj"):
            rest.append(e.text)
    return first + rest


def _two_parties(tok, recip_tok) -> bool:
    """A meeting codes as CONSULT only between parties ("met Kerry", "a meeting with",
    "the two men spoke"), not an internal "emergency meeting of security chiefs"."""
    if tok is None:
        return False
    if recip_tok is not None and recip_tok.ent_type_ not in ("GPE", "LOC", "FAC", "DATE", "TIME"):
        return True
    for c in tok.subtree:
        if c.lower_ in ("with", "between") and c.head == tok or c.lower_ in ("two", "both") and c.i < tok.i:
            return True
    return False


def _name(tok, person_memory: list[str]) -> str | None:
    if tok is None:
        return None
    if tok.lower_ in ("he", "she") and person_memory:
        return A.canonical(person_memory[-1], is_person=True)
    name = A.phrase(tok)
    if not name:
        return None
    is_person = tok.ent_type_ == "PERSON"
    return A.canonical(name, is_person=is_person)


def _merge_in_sentence(cands: list[Cand]) -> list[Cand]:
    """Triggers of one type in one sentence are one event unless they name different
    actors ("insurgents attacked the jail; gunmen killed 40 prisoners" is two)."""
    out: list[Cand] = []
    for c in cands:
        same = [o for o in out if o.type == c.type and (c.type != "COERCE" or o.mode == c.mode)]
        target = None
        for o in same:
            if not (o.actor and c.actor and o.actor != c.actor):
                target = o
                break
        if target is None:
            out.append(c)
            continue
        target.triggers += c.triggers
        target.actor = target.actor or c.actor
        target.recipient = target.recipient or c.recipient
        target.mode = target.mode or c.mode
        target.anaphoric = target.anaphoric and c.anaphoric
        target.weak = target.weak and c.weak
    return out


def _attach_details(art: Article, cands: list[Cand], places: X.Places, para_place: dict) -> None:
    for c in cands:
        text = art.sentences[c.sent].text
        if c.type == "ASSAULT" and not c.weak:
            cas = X.casualties(text)
            c.dead = _plain_count(cas.get("dead"))
            c.injured = _plain_count(cas.get("injured"))
        c.date = X.event_date(text, art.published)


@article_step("events")
def events_step(art: Article) -> Article:
    """Fill `art.mentions` with grouped PLOVER event mentions."""
    art.mentions = []
    if not art.text or not art.sentences:
        return art
    if not X.is_english(art.text):
        art.notes.append("events: skipped, text does not look like English")
        return art
    if X.off_topic(art.text):
        art.notes.append("events: skipped, article is not about political events "
                         "(sport, markets, food or reviews)")
        return art
    from ..nlp import parse
    from .plover import candidates
    idx = [i for i, s in enumerate(art.sentences) if candidates(s.text)]
    if len(idx) > MAX_CANDIDATES:
        art.notes.append(f"events: only the first {MAX_CANDIDATES} of {len(idx)} "
                         "candidate sentences were coded")
        idx = idx[:MAX_CANDIDATES]
    docs = parse([art.sentences[i].text for i in idx])
    year = X._pub(art.published).year if X._pub(art.published) else None
    memory: list[str] = []
    cands: list[Cand] = []
    all_places: list[str] = []
    for i, doc in zip(idx, docs):
        cands += _sentence_cands(art, i, doc, year, memory)
        all_places += [e.text for e in doc.ents if e.label_ in PLACE_ENTS]
    dl = X.dateline(art.text)
    places = X.Places(all_places, dl)
    _attach_details(art, cands, places, {})
    art.mentions = group_mentions(art, cands, places)
    return art
