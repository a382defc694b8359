"""A party denies an act that another source states as having happened: "the minister denied
reports that the governor had been detained" in one outlet against "the governor was detained
at a barracks, two officers said" in another.

Why a detector of its own: the denial detector pairs an anaphoric denial ("denied this") with
the sentence just before it, and `dispute_denied_claim.py` looks a few sentences back in one
article; but in crisis coverage the denial and the assertion it answers usually come from
different outlets, with no anaphor and no shared cue word. What makes them one quarrel is
the proposition: the denied clause (the complement of "deny", or of the report noun it takes)
has a verb and participants, and another sentence of the story asserts that same verb with
the same participant in the same role. Roles are read from the parse, so the passive and the
active form of one act match (the patient is a passive subject or an active object).
Guards against noise: the assertion must be a plain statement of the act (not negated, not
modal, not itself inside a denial, a rumour, an accusation or a "whether" clause), held by a
party not on the denier's side; a denial no one else states as fact makes no dispute; two
sentences naming different doers of the act are two acts, not one.
"""
from __future__ import annotations

import unicodedata

from ..model import Article, Dispute
from ..nlp import _IRREGULAR, lemma_forms, parse_one, pos
from .dispute_holders import own_voice
from .dispute_sides import kin, one_side
from .disputes import _claim, _quoted_by, detector, holder

DENY = frozenset({"deny"})
# nouns that carry a proposition without asserting it: "denied rumours that ...", "rumours that X"
REPORT_NOUNS = frozenset({"rumour", "rumor", "report", "claim", "allegation", "suggestion", "speculation",
                          "accusation", "charge", "assertion"})
# governors under which a clause is not stated as fact
NOT_STATED = frozenset({"deny", "reject", "dismiss", "refute", "question", "doubt", "accuse", "allege",
                        "rumour", "rumor", "speculate", "wonder", "ask", "investigate", "probe",
                        "unable", "claim"}) | REPORT_NOUNS
MODALS = frozenset({"would", "could", "may", "might", "should", "can", "will", "must", "shall"})
CONDITION = frozenset({"whether", "if", "unless"})
# words of a participant that tell no one apart ("any such weapons")
_EMPTY = frozenset({"any", "such", "the", "a", "an", "some", "this", "that", "these", "those", "all", "its",
                    "his", "her", "their", "our", "other", "several", "many", "mr", "mrs", "ms", "dr"})
_PRONOUNS = frozenset({"he", "she", "it", "they", "we", "i", "you", "him", "them", "us", "who", "which", "that"})
_PATIENT = {"dobj", "nsubjpass"}
_AGENT = {"nsubj"}
MAX_ASSERT = 3
MAX_DENY = 2
NEAR = 3            # sentences before a denial in its own article that tell the act it denies
# up from a clause to what governs it; through the object noun that carries it too ("dismissed
# statements that X was killed")
_LINKS = {"ccomp", "xcomp", "acl", "conj", "relcl", "advcl", "pcomp", "pobj", "prep", "dobj", "appos"}


def _fold(word: str) -> str:
    return unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode().lower()


def _is(tok, words: frozenset[str]) -> bool:
    return bool(lemma_forms(tok.text) & words)


def _words(tok) -> frozenset[str]:
    """The naming words of a participant: its head and the names / nouns before it."""
    if tok.text.lower() in _PRONOUNS:
        return frozenset()
    keep = [t for t in tok.subtree if t.i <= tok.i and t.dep_ in {"compound", "amod", "poss", "nmod"}
            and pos(t) in {"PROPN", "NOUN"}] + [tok]
    keep += [c for c in tok.children if c.dep_ == "conj" and pos(c) in {"PROPN", "NOUN"}]   # "Russia and Syria"
    return frozenset(w for t in keep if len(w := _fold(t.text)) > 2 and w not in _EMPTY)


def _named(words: frozenset[str], text: str) -> set[str]:
    """The words of a participant a sentence capitalises mid-sentence: names and titles
    ("President", "Kabore"), which pick out one party; "weapons" or "people" do not."""
    caps = {_fold(w) for w in text.split()[1:] if w[:1].isupper()}
    return {w for w in words if any(c.startswith(w) for c in caps)}


def _roles(verb) -> dict[str, frozenset[str]]:
    """{'agent': words, 'patient': words} of a verb: the passive subject and the active object
    are one role, the active subject and the by-phrase another."""
    out: dict[str, frozenset[str]] = {}
    for c in verb.children:
        if c.dep_ in _PATIENT:
            out["patient"] = _words(c)
        elif c.dep_ in _AGENT:
            out["agent"] = _words(c)
        elif c.dep_ == "agent":
            obj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if obj is not None:
                out["agent"] = _words(obj)
    return {k: v for k, v in out.items() if v}


def _stated(verb) -> bool:
    """The verb asserts its act: no negation, modal or condition on it, and no governor that
    denies, doubts, reports a rumour or accuses (walking up complement links only)."""
    for c in verb.children:
        if c.dep_ == "neg" or (c.dep_ == "aux" and c.text.lower() in MODALS) or \
                (c.dep_ == "mark" and c.text.lower() in CONDITION):
            return False
    tok = verb
    while tok.dep_ in _LINKS and tok.head is not tok:
        coordinate = tok.dep_ == "conj"        # a clause joined by "but" is not governed by the first
        tok = tok.head
        if not coordinate and (_is(tok, NOT_STATED) or
                               (pos(tok) == "VERB" and any(c.dep_ == "neg" for c in tok.children))):
            return False
    return True


def denies(tok) -> bool:
    """The token is a denying verb that denies outright: not negated, not under a modal."""
    return pos(tok) == "VERB" and _is(tok, DENY) and not any(
        c.dep_ == "neg" or (c.dep_ == "aux" and c.text.lower() in MODALS) for c in tok.children)


def denied_acts(text: str) -> list[tuple[object, dict[str, frozenset[str]]]]:
    """(verb, roles) of each act a sentence denies: the clause under "deny" (or under the report
    noun it takes), or the gerund after it, whose doer is the denier."""
    doc = parse_one(text)
    out = []
    for d in doc:
        if not denies(d):
            continue
        clauses = [c for c in d.children if c.dep_ in {"ccomp", "xcomp"} and pos(c) == "VERB"]
        for obj in (c for c in d.children if c.dep_ == "dobj" and _is(c, REPORT_NOUNS)):
            clauses += [c for c in obj.children if c.dep_ in {"acl", "ccomp"} and pos(c) == "VERB"]
        denier = next((c for c in d.children if c.dep_ == "nsubj"), None)
        for v in clauses:
            # a verb coordinated in the same form is denied too ("arrested and detained"), not one
            # in another form, which is the denier's next act ("denied using ... and blamed")
            v_all = [v] + [c for c in v.children if c.dep_ == "conj" and c.tag_ == v.tag_]
            for verb in v_all:
                roles = _roles(verb) or _roles(v)
                if verb.tag_ == "VBG" and "agent" not in roles and denier is not None and _words(denier):
                    roles = {**roles, "agent": _words(denier)}
                if roles and _is_act(verb):
                    out.append((verb, roles))
    return out


def _is_act(verb) -> bool:
    """Speech and being are no acts to deny ("denied it was true", "denied he had said")."""
    return not lemma_forms(verb.text) & {"be", "have", "say", "know", "plan", "intend", "want", "seek"}


def _same_act(denied: tuple, verb, near: bool = False) -> bool:
    """`verb` asserts the denied act: one verb (any of its forms), a participant shared in one
    role, and no role whose two fillers are named apart (another doer, another victim). `near`:
    the assertion sits a few sentences from the denial in its own article, which tells one act,
    so a shared unnamed participant ("artillery and tanks were used") is enough."""
    d_verb, d_roles = denied
    if not {f for f in lemma_forms(d_verb.text) & lemma_forms(verb.text) if len(f) > 3}:
        return False
    roles = _roles(verb)
    if verb.dep_ == "conj" and verb.tag_ == verb.head.tag_:      # "was arrested and detained"
        roles = {**_roles(verb.head), **roles}
    shared = [r for r in roles if r in d_roles and roles[r] & d_roles[r]]
    apart = [r for r in roles if r in d_roles and not roles[r] & d_roles[r]]
    if not shared or apart:
        return False
    # one act: a named participant in common, or both roles filled alike ("weapons" alone
    # is any use of weapons anywhere)
    named = any(_named(roles[r] & d_roles[r], verb.doc.text + " " + d_verb.doc.text) for r in shared)
    return named or len(shared) >= 2 or near


def _assertions(text: str, denied: tuple, near: bool = False) -> bool:
    """Whether a sentence states the denied act (a telling of the denial itself does not: the
    act sits under "deny" there)."""
    return _may_assert(text, denied) and any(
        pos(t) == "VERB" and _same_act(denied, t, near) and _stated(t) and not _after_denial(t)
        for t in parse_one(text))


def _may_assert(text: str, denied: tuple) -> bool:
    """A test `_assertions` needs, without a parse (parsing every sentence of a large story was
    most of a refresh): a verb sharing a form of over three letters with the denied one
    (`_same_act`) spells, in the sentence, that form less its last letter (`lemma_forms`
    strips a suffix and adds back at most one letter) or an irregular form of it."""
    if not text.isascii():                 # lower-casing keeps substrings for ASCII alone
        return True
    low = text.lower()
    forms = {f for f in lemma_forms(denied[0].text) if len(f) > 3}
    return any(f[:-1] in low for f in forms) or any(k in low for k, v in _IRREGULAR.items() if v in forms)


_BREAK = frozenset({",", ";", ":", "but", "while", "and"})
_REFUSE = frozenset({"deny", "reject", "dismiss", "refute"})


def _after_denial(verb) -> bool:
    """A denial word earlier in the same clause, whatever the parse made of it: a headline
    ("Minister Denies Governor Was Detained") tags the denial as a name."""
    for tok in reversed(verb.doc[:verb.i]):
        if tok.text.lower() in _BREAK:
            return False
        if _is(tok, _REFUSE):
            return True
    return False


def _voice(art: Article, s, ctx: dict) -> str | None:
    return holder(s.text, ctx["res"][art.id], s.start) or _quoted_by(art, s)


def _what(verb) -> str:
    words = [t.text for t in verb.subtree if t.dep_ not in {"mark", "punct"}]
    return " ".join(words[:8]).rstrip(",.;:")


@detector("denied_fact")
def denied_fact(articles: list[Article], ctx: dict) -> list[Dispute]:
    """At most one per story: the denial whose act the most outlets state, with the other
    denials of that act (one party's denial told by several outlets)."""
    found = []
    for art in articles:
        for s in ctx["sents"][art.id]:
            if s.text[:1] in "\"“‘'" or ("deni" not in s.text.lower() and "deny" not in s.text.lower()):
                continue
            who = _voice(art, s, ctx)
            for act in denied_acts(s.text) if who else []:
                if told := _asserted(articles, ctx, art, s, who, act):
                    found.append((art, s, who, act, told))
    if not found:
        return []
    art, s, who, act, told = max(found, key=lambda x: len({a.id for a, _, _ in x[4]}))
    keys = {id(o) for _, o, _ in told}
    more = [(a, d, w) for a, d, w, _, t in found if d is not s and a is not art and keys & {id(o) for _, o, _ in t}]
    denials = [(art, s, who)] + more[:MAX_DENY - 1]
    claims = [_claim(a, o, h) for a, o, h in told[:MAX_ASSERT] + denials]
    return [Dispute(f"whether {_what(act[0])}: {told[0][2]} vs {who}", claims, "occurrence")]


def _asserted(articles, ctx, d_art, d_sent, who, act) -> list[tuple]:
    """(article, sentence, holder) of the sentences stating the denied act, one per article
    (its first with a named holder, else its first), other outlets first."""
    out = []
    for a in sorted(articles, key=lambda x: x is d_art):
        mine = []
        sents = ctx["sents"][a.id]
        at = next((i for i, o in enumerate(sents) if o is d_sent), None) if a is d_art else None
        for i, o in enumerate(sents):
            # a near telling stands for the act when someone named tells it ("They said" does not)
            near = at is not None and 0 < at - i <= NEAR and bool(_voice(a, o, ctx))
            if o is d_sent or o.text[:1] in "\"“‘'" or not _assertions(o.text, act, near):
                continue
            h = _voice(a, o, ctx)
            if not (h and (one_side(h, who) or kin(h, who))):
                mine.append((a, o, h))
        if mine:
            a, o, h = next((x for x in mine if x[2]), mine[0])
            out.append((a, o, h or own_voice(a.outlet)))
    return out
