"""Attack words that only point at an attack told elsewhere (ev_group.py).

Why: once an attack is reported, the coverage keeps naming it while telling something
else: who is suspected of being behind the attack, what a party claimed about the bombing,
who the victims of the blasts were, what was done in response to the attack. Each such
sentence carries a definite attack noun, so grouping by anaphora put it in the attack's
record, which then listed the accusation, the claim or the reaction as a telling.

The test is syntactic, not lexical. A statement tells the attack when its attack noun is
what a clause reports on: the subject, the complement of a copula, the verb's object, a
headline fragment; or the content of that object ("claimed responsibility for the attack",
"showed footage of the blast"); or the setting of a result ("houses damaged in the raids").
Lower down, as the object of a preposition hanging on the verb or on the subject ("was
behind the attack", "victims of the bombings", "in response to the attack"), the noun only
points at the act. An attack word used as a verb ("resumed bombing") tells an act and is
out of scope; a death noun with no figure ("measures following the leader's death",
"condolences over the deaths") is read as an attack noun is. A day the sentence names keeps
it a telling only when the day may be the attack's: one in another clause or before the
verb of the noun's clause ("the minister on Sunday condemned the raid as ...") dates the
saying or the reaction. Such a statement, with no toll or attacker of its own, still joins
the record it points at (its place and parties identify the act, and record merging, places
and dates read its text); only once the records are built (across/merge_refs.py) is its
sentence taken off the record's list of tellings. Two more tests mark such sentences: a
party's judgement of the act (ev_group_judged.py), attack words, toll included, that only
describe something inside a statement act of the sentence (ev_group_governed.py), and a
main clause that counts the act in a series ("it was the third raid since May",
ev_group_series.py).
"""
from __future__ import annotations

import re

from ..nlp import tok_spans
from .ev_context import OWN_PUB
from .ev_group_judged import judgement, may_judge

# the dependency roles in which a noun is what its clause reports on
_TOLD_ROLES = {"nsubj", "nsubjpass", "attr", "dobj", "ROOT", "appos", "conj"}


# nouns that only count or order what follows "of" ("a series of bombings", "the first wave
# of explosions"): the phrase's role is the counted noun's
_PARTITIVE = {"total", "series", "wave", "waves", "string", "spate", "number", "couple", "pair",
              "round", "rounds", "chain"}


def _noun_at(doc, start: int, end: int):
    """The head token of the trigger span (the last word of "suicide bombings")."""
    inside = [doc[i] for i, (a, _) in enumerate(tok_spans(doc)) if start <= a < end]   # no Token per word
    if not inside:
        return None
    heads = [t for t in inside if not (start <= t.head.idx < end) or t.head.i == t.i]
    return heads[0] if heads else inside[-1]


def _content_of_object(noun) -> bool:
    """The noun the preposition hangs on is what the clause states (its object, or the
    predicate of "there were ..."), and is not denied ("there has been no word")."""
    return noun.dep_ in ("dobj", "attr") and not any(c.dep_ == "det" and c.lower_ == "no"
                                                      for c in noun.children)


# a death named as a thing, not told as an event: "following the president's death", "over
# the deaths of the tourists" (a figure or a verb of dying tells one)
_DEATH_NOUN = re.compile(r"(?:deaths?|killings?|murders?|casualt(?:y|ies))", re.I)


def _told(tok) -> bool:
    """The noun is an argument of its clause's own predicate, or heads a fragment. A
    conjunct counts as its first conjunct does ("the blasts and the fire"), a counted noun
    as its count does ("a series of blasts")."""
    if tok.tag_.startswith("VB"):
        return True         # "used aircraft to bomb", "resumed bombing": a verb tells an act
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    while tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ in _PARTITIVE:
        tok = tok.head.head     # "a total of six attacks were launched": the attacks are the subject
    if tok.dep_ == "pobj" and _content_of_object(tok.head.head):
        return True         # "claimed responsibility for the attack", "two attackers behind the blasts"
    if tok.dep_ == "pobj" and tok.head.head.tag_ == "VBN":
        return True         # "houses damaged in the raids": a result of the act, told as such
    if tok.dep_ == "pobj" and tok.head.lower_ == "to" and tok.head.head.tag_.startswith("VB") \
            and _DEATH_NOUN.fullmatch(tok.text):
        return True         # "jumped to their deaths", "was beaten to death": a dying told
    return tok.dep_ in _TOLD_ROLES


def _nominal(t) -> bool:
    """An attack noun, or a death noun without a figure ("the impact of his death")."""
    return t.kind == "noun" or (t.kind == "toll" and bool(_DEATH_NOUN.fullmatch(t.text)))


def _candidate(c) -> bool:
    """An attack statement made of attack or death nouns alone, with no toll and no attacker."""
    return c.type == "ASSAULT" and bool(c.triggers) and c.dead is None and c.injured is None \
        and not c.actor and all(_nominal(t) for t in c.triggers)


def _own_day(c) -> bool:
    """The statement names a day of its own (ev_context's OWN_PUB / OWN ranks)."""
    return int(c.date_explicit or 0) >= OWN_PUB


_PREP = re.compile(r"\b(?:of|for|behind|to|in|into|after|on|over|at|from|since|with|by|against|following|"
                   r"about|during|before|despite|amid|among|near|like|than|as)\b", re.I)


def _prep_before(text: str, t) -> bool:
    return bool(_PREP.search(" ".join(text[:t.start].split()[-6:])))


def _after_prepositions(art, c) -> bool:
    """Every attack noun has a preposition within the six words before it: a noun that is
    no prepositional object is told, so only these sentences need a parse (a cheap test;
    the parse decides)."""
    text = art.sentences[c.sent].text
    return all(_prep_before(text, t) for t in c.triggers)


def _pointing(art, c) -> bool:
    """The statement goes to the reference test: attack nouns alone, each after a
    preposition, with no toll, attacker or day of its own."""
    return _candidate(c) and not _own_day(c) and _after_prepositions(art, c)


def _judgeable(art, c) -> bool:
    """The statement goes to the judgement test: an attack noun in a sentence of saying."""
    return c.type == "ASSAULT" and bool(c.triggers) and any(t.kind == "noun" for t in c.triggers) \
        and may_judge(art.sentences[c.sent].text)


def needs_parse(art, cands: list) -> bool:
    """A sentence the events step leaves unparsed goes to one of the tests with these
    (dated) statements: the events step parses it in its one parse call, as one more model
    pass per article costs more than the words. Grouping may still change a statement; the
    tests parse by themselves any sentence this misses, so this decides speed, not output."""
    return any(_pointing(art, c) or _judgeable(art, c) for c in cands)


def reference_sentences(art, cands: list, docs: dict | None = None) -> list[tuple[int, int]]:
    """(start, end) of the sentences whose every attack statement only points at an attack:
    the record keeps them for its place, parties and merging, but does not list them.
    `docs` are the parses the events step already made (sentence index -> Doc)."""
    refs = reference_only(art, cands, docs) | judged_only(art, cands, docs) | \
        described_only(art, cands, docs) | counted_only(art, cands, docs)
    attacks = [c for c in cands if c.type == "ASSAULT"]
    pointing = {c.sent for c in attacks if id(c) in refs} - {c.sent for c in attacks if id(c) not in refs}
    return [(art.sentences[i].start, art.sentences[i].end) for i in sorted(pointing)]


def _parsed(art, sents: set[int], docs: dict | None) -> dict:
    """The parses of `sents`, reusing the events step's and parsing only the rest."""
    docs = dict(docs or {})
    todo = sorted(sents - set(docs))
    if todo:
        from ..nlp import parse
        docs.update(zip(todo, parse([art.sentences[i].text for i in todo])))
    return docs


def _judgement(doc, c) -> bool:
    """Some attack noun of the statement is inside a party's judgement of the act
    (ev_group_judged.py) and every attack word lies within such a judgement's clause."""
    clauses = [judgement(_noun_at(doc, t.start, t.end)) for t in c.triggers if t.kind == "noun"]
    inside = {t.i for v in clauses if v is not None for t in v.subtree}
    return bool(inside) and all({x.i for x in doc if t.start <= x.idx < t.end} <= inside
                                for t in c.triggers)


def judged_only(art, cands: list, docs: dict | None = None) -> set[int]:
    """ids of the attack statements that only carry a party's judgement of the act ("the
    minister said a militia was the prime suspect in the bombing"): the statement is the
    party's, not a telling of the attack, whatever toll or day it repeats."""
    todo = [c for c in cands if _judgeable(art, c)]
    if not todo:
        return set()
    docs = _parsed(art, {c.sent for c in todo}, docs)
    return {id(c) for c in todo if _judgement(docs[c.sent], c)}


def described_only(art, cands: list, docs: dict | None = None) -> set[int]:
    """ids of the attack statements whose attack words only describe something inside a
    statement act of their sentence ("blamed the rebels for the attack that killed 30",
    ev_group_governed.py): the sentence tells the statement, whatever toll it repeats."""
    from .ev_group_governed import inside_statement, may_be_inside    # it reads this module
    todo = [c for c in cands if may_be_inside(cands, c)]
    if not todo:
        return set()
    docs = _parsed(art, {c.sent for c in todo}, docs)
    return {id(c) for c in todo if inside_statement(docs[c.sent], c, cands)}


def counted_only(art, cands: list, docs: dict | None = None) -> set[int]:
    """ids of the attack statements told only by a main clause that counts the act among
    others ("it was the second raid this month") or by a party's campaign ("stepped up
    their raids", ev_group_series.py): the sentence is about the series."""
    from .ev_group_series import counts_series, may_count, names_campaign   # it reads this module
    todo = [c for c in cands if c.type == "ASSAULT" and c.triggers and
            may_count(art.sentences[c.sent].text, c)]
    if not todo:
        return set()
    docs = _parsed(art, {c.sent for c in todo}, docs)
    return {id(c) for c in todo if counts_series(docs[c.sent], c) or names_campaign(docs[c.sent], c)}


def reference_only(art, cands: list, docs: dict | None = None) -> set[int]:
    """ids of the candidates whose every attack noun only points at an attack. One that
    names a day of its own ("a witness to today's attack", "the attack on the envoy on
    March 4") is kept: a statement dated by its writer is usually an account of the act,
    unless the day plainly dates another act of the sentence (`_day_elsewhere`)."""
    todo = [c for c in cands if _candidate(c) and _after_prepositions(art, c)]
    if not todo:
        return set()
    docs = _parsed(art, {c.sent for c in todo}, docs)     # parse only the sentences not parsed yet
    out = set()
    for c in todo:
        toks = [_noun_at(docs[c.sent], t.start, t.end) for t in c.triggers]
        if toks and all(tok is not None and not _told(tok) for tok in toks) and \
                (not _own_day(c) or _day_elsewhere(docs[c.sent], toks)):
            out.add(id(c))
    return out


_DAY_WORD = re.compile(r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|yesterday|tonight|"
                       r"jan(?:uary)?|feb(?:ruary)?|march|april|may|june|july|aug(?:ust)?|"
                       r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?", re.I)
# the dependency roles that open a clause of their own
_CLAUSE_ROLES = {"ROOT", "ccomp", "xcomp", "advcl", "relcl", "acl", "csubj", "parataxis", "pcomp"}


def _clause(tok):
    """The head of the clause a token stands in."""
    while tok.dep_ not in _CLAUSE_ROLES and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _day_elsewhere(doc, nouns) -> bool:
    """Every day the sentence names dates another act than the attack nouns': it stands in
    another clause ("said the militia was behind the killings, prompting a session for
    Sunday"), or before the verb of theirs ("the president on Sunday condemned the raid as
    cowardly"), so it is the day of the saying or the reaction, not of the attack. A day
    after the nouns in their clause may be theirs ("warned about the bombing on May 4")."""
    days = [t for t in doc if _DAY_WORD.fullmatch(t.text) and (t.text[0].isupper() or t.lower_ in (
        "today", "yesterday", "tonight"))]
    if not days:
        return False
    for noun in nouns:
        head = _clause(noun)
        for day in days:
            if _clause(day).i == head.i and not day.i < head.i < noun.i:
                return False
    return True
