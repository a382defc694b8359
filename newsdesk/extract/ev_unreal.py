"""Which triggers state no event: the content of a threat, demand, refusal or promise, a
demand that is another act's purpose, talks that only set the scene of an agreement, and the
items a plan lists. Kept apart from the events step so that step reads as the pipeline."""
from __future__ import annotations

import re

from ..nlp import lemma_in, pos
from . import context as C

# verbal acts whose complement did not happen: "threatened to expand sanctions", "refused to
# allow access", "urged them to withdraw", "agreed to release": the complement is what the act
# is about, not a second event
UNREALISED_HEADS = {"THREATEN", "REQUEST", "REJECT", "AGREE"}
_CONTENT_DEPS = {"xcomp", "ccomp", "pcomp", "pobj", "dobj", "prep", "advcl", "acomp", "oprd", "attr", "aux"}


def _infinitive(tok) -> bool:
    """'to surrender': an infinitive is no act done, so it may be the content of a call even
    where the parser hangs it on a relative clause ('called on soldiers who are still behind
    the plotters to surrender'); a finite verb there ('rebels, who seized the town') is an act."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)


def drop_unrealised_content(kept: list) -> list:
    """Drop triggers that sit in the complement of a threat, demand, refusal or promise in the
    same sentence. Violence keeps its mention (casualties hang on it), and so does an
    accusation ("urged the UN to condemn the massacre" is the speaker's own charge)."""
    heads = {tok.i: tr for tr, tok, why in kept
             if tok is not None and tr.type in UNREALISED_HEADS and why != "intent"}
    if not heads:
        return drop_negated_theme(drop_denied(drop_alleged(drop_purpose_demands(kept))))
    out = []
    for tr, tok, why in kept:
        if tok is not None and tr.type not in ("ASSAULT", "ACCUSE") and \
                (tr.type not in UNREALISED_HEADS or why == "intent"):
            t, hit = tok, False
            deps = _CONTENT_DEPS | {"relcl"} if _infinitive(tok) else _CONTENT_DEPS
            for _ in range(6):
                if t.head.i == t.i or t.dep_ not in deps:
                    break
                t = t.head
                if t.i in heads:
                    hit = True
                    break
            if hit:
                continue
        out.append((tr, tok, why))
    return drop_negated_theme(drop_denied(drop_alleged(drop_purpose_demands(out))))


def _no_theme(tok) -> bool:
    """The act's theme is quantified by "no" ("No motive has been released", "no deal was
    signed", "they reached no agreement"): the sentence says nothing of the kind happened."""
    if pos(tok) not in ("VERB", "AUX"):
        return False
    themes = [c for c in tok.children if c.dep_ in ("nsubjpass", "dobj")]
    return any(c.lower_ in ("nothing", "none") or any(d.dep_ == "det" and d.lower_ == "no" for d in c.children)
               for c in themes)


def drop_negated_theme(kept: list) -> list:
    """Drop acts whose theme is "no" thing. Violence keeps its mention ("no one was hurt in the
    blast" still tells the blast), and a denial or refusal says "no" by itself."""
    return [(tr, tok, why) for tr, tok, why in kept
            if tok is None or tr.type in ("ASSAULT", "REJECT") or not _no_theme(tok)]


def _denied(tok, via_report: bool = False) -> bool:
    """The trigger sits in a clause someone denies ("denied that arrest warrants had been
    issued", "denied reports that troops had detained him"): the denial says it did not happen.
    With via_report, only a clause told of a report the party denies counts."""
    t, clausal, reported = tok, False, False
    for _ in range(6):
        if t.head.i == t.i:
            return False
        # a "that" clause the parser hung on a noun ("denied in an interview that ...") is one too
        clausal = clausal or t.dep_ in ("ccomp", "acl") or \
            (t.dep_ == "relcl" and any(c.dep_ == "mark" and c.lower_ == "that" for c in t.children))
        t = t.head
        reported = reported or (clausal and pos(t) == "NOUN" and lemma_in(t, REPORTS))
        if clausal and pos(t) == "VERB" and lemma_in(t, DENYING):
            return reported or not via_report
    return False


def denied(tok) -> bool:
    """The trigger sits in a clause a party denies (any denial, not only of a report)."""
    return _denied(tok)


DENYING = {"deny"}
REPORTS = {"report", "claim", "suggestion", "rumour", "rumor"}


def drop_denied(kept: list) -> list:
    """Drop acts a party denies happened; the denial itself is coded elsewhere (REJECT) when it
    answers a charge. Violence and accusations keep their mention, as for other content (the
    army may deny only its part in a killing), except violence in a report the party denies:
    "denied reports that he was killed" says no killing happened, and the denial is the act."""
    return [(tr, tok, why) for tr, tok, why in kept
            if tok is None or tr.type in ("ACCUSE", "REJECT") or
            not _denied(tok, via_report=tr.type == "ASSAULT")]


def drop_alleged(kept: list) -> list:
    """"Accusing countries of inciting sectarianism and providing arms": what a party is
    accused of is the charge's content, not an event of its own (violence stays: its
    casualties hang on it)."""
    accusing = {tok.i for tr, tok, _ in kept if tok is not None and tr.type == "ACCUSE"}
    if not accusing:
        return kept
    out = []
    for tr, tok, why in kept:
        if tok is not None and tr.type not in ("ASSAULT", "ACCUSE"):
            t = tok
            while t.dep_ == "conj" and t.head.i != t.i:
                t = t.head
            if t.tag_ == "VBG" and t.dep_ == "pcomp" and t.head.lower_ in ("of", "for"):
                h = t.head.head         # "accusing [countries] of providing"
                if h.i in accusing or (h.dep_ == "dobj" and h.head.i in accusing):
                    continue
        out.append((tr, tok, why))
    return out


YIELDING = {"CONCEDE", "RETREAT", "AID", "COOPERATE", "AGREE"}
ANNOUNCING = {"say", "announce", "declare", "decide", "state", "confirm"}
CONDITIONAL = re.compile(r"\b(?:if|unless|until|could|might|may|threaten\w*|warn\w*|consider\w*)\b", re.I)
NEGATED_WORDING = re.compile(r"\b(?:not|never|no)\b|n't", re.I)     # the row says it: "no link to"


def refused(tok) -> bool:
    """The trigger's clause is a negated will / would: a stated refusal, not a non-event."""
    verb = C.clause_head(tok)
    kids = [c.lower_ for c in verb.children]
    return any(k in ("will", "wo", "would", "'ll", "shall") for k in kids) and \
        any(k in ("not", "n't", "never") for k in kids)


def drop_setting_talks(kept: list) -> list:
    """"An agreement was reached on the 18th day of marathon talks": talks named in a phrase
    are where the agreement came from, one event (AGREE), not a second CONSULT."""
    if not any(tr.type == "AGREE" and why != "intent" for tr, _, why in kept):
        return kept
    return [(tr, tok, why) for tr, tok, why in kept
            if not (tr.type == "CONSULT" and tok is not None and pos(tok) == "NOUN" and tok.dep_ == "pobj")]


def drop_purpose_demands(kept: list) -> list:
    """A demand stated as the aim of another act ("began a hunger strike to demand", "marched
    to call for") is what that act is for: PLOVER codes the act, not a second REQUEST."""
    acts = {tok.i for tr, tok, _ in kept if tok is not None and tr.type != "REQUEST"}
    if not acts:
        return kept
    out = []
    for tr, tok, why in kept:
        if tr.type == "REQUEST" and tok is not None and tok.dep_ in ("advcl", "xcomp", "acl") and \
                any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children) and \
                (tok.head.i in acts or any(c.i in acts for c in tok.head.children if c.dep_ == "dobj")):
            continue
        out.append((tr, tok, why))
    return out


PLAN_NOUNS = {"proposal", "plan", "deal", "draft", "resolution", "initiative", "roadmap", "agreement",
              "framework", "blueprint", "package", "offer", "demand", "condition", "term"}
PLAN_VERBS = {"include", "contain", "envisage", "propose", "outline", "require", "foresee", "provide"}


def plan_content(tok) -> bool:
    """A nominal trigger listed as what a plan contains ('the Annan proposal includes a halt to
    the violence, the release of detainees and the withdrawal of troops'): no event happened."""
    if pos(tok) not in ("NOUN", "PROPN"):
        return False
    t, hops = tok, 0
    while t.dep_ in ("conj", "appos", "pobj", "prep", "acl") and t.head.i != t.i and hops < 8:
        t, hops = t.head, hops + 1
    if t.dep_ not in ("dobj", "attr") or not lemma_in(t.head, PLAN_VERBS):
        return False
    subj = next((c for c in t.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj is not None and lemma_in(subj, PLAN_NOUNS)


# who "attacks" with words: a document or a speaker's medium is no armed party
SPEECH_NOUNS = {"statement", "editorial", "commentary", "article", "report", "newspaper", "letter",
                "speech", "column", "op-ed", "tweet", "post", "communique", "broadcast", "message"}


def verbal_attack(tok, actor_tok) -> bool:
    """"A statement attacked the US for leading a push for sanctions", "he attacked Obama for
    failing to act": criticism, which PLOVER codes ACCUSE, not ASSAULT. Told by a document as
    the attacker or a "for" + gerund giving the charge."""
    if tok is None or pos(tok) != "VERB":
        return False
    if actor_tok is not None and lemma_in(actor_tok, SPEECH_NOUNS):
        return True
    if not lemma_in(tok, WORD_ATTACKS) or any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children):
        return False        # "executed for refusing", "was attacked for wearing a kippah": violence
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if obj is None or not (obj.tag_ in ("NNP", "NNPS") or lemma_in(obj, OFFICE_NOUNS)):
        return False        # the one criticised is an office holder or a named party
    return any(c.dep_ == "prep" and c.lower_ == "for" and any(
        g.dep_ == "pcomp" or g.tag_ == "VBG" for g in c.children) for c in tok.children)


WORD_ATTACKS = {"attack", "slam", "blast", "lash", "savage", "hammer", "assail"}
OFFICE_NOUNS = {"government", "administration", "president", "minister", "party", "opposition", "leader",
                "council", "committee", "authorities", "senator", "governor", "mayor", "official",
                "officials", "cabinet", "parliament", "congress", "regime", "ministry", "rival", "critics"}


DEMAND_NOUNS = {"demand", "request", "appeal"}


def idle_demand(tok) -> bool:
    """A demand named inside a phrase ("a list of demands", "in response to demands", "amid
    demands for reform"): PLOVER codes the act of demanding ("issued demands", "made a
    request"), not every mention of one."""
    if pos(tok) != "NOUN" or not lemma_in(tok, DEMAND_NOUNS | {"call"}):
        return False
    if tok.dep_ == "pobj" and tok.head.lower_ in ("of", "to", "despite", "over", "amid"):
        return True         # "amid all the calls for de-escalation" too
    if lemma_in(tok, {"call"}):
        return False        # a "call" a party renews is often parsed as a subject: leave it
    # "the 14 demands include ...", "we have 14 demands", "the demands say": demands talked
    # about; the act is issuing them ("issued / made / presented demands")
    if tok.dep_ in ("nsubj", "nsubjpass"):
        return True
    return tok.dep_ in ("dobj", "attr") and not lemma_in(tok.head, ISSUING)


ISSUING = {"issue", "make", "present", "submit", "deliver", "put", "send", "publish", "announce",
           "release", "post", "list", "lodge", "file", "renew", "repeat", "reiterate", "hand", "voice"}


# verbs that pass judgement on an act named as their object: "called the attack appalling",
# "condemned the bombing", "described the shelling as a massacre"
JUDGING = {"call", "describe", "condemn", "denounce", "brand", "label", "term", "slam", "decry",
           "deplore", "criticise", "criticize"}


def judged_act(tok, tr) -> bool:
    """An attack noun that is only the object of someone's judgement: the sentence is the
    reaction (an ACCUSE of its own), not a report of the attack."""
    if tr.type != "ASSAULT" or tr.kind != "noun" or tok.dep_ not in ("dobj", "nsubjpass"):
        return False
    return tok.head.i != tok.i and lemma_in(tok.head, JUDGING)
