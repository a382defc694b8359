"""Second look at who did what, found by reading unseen coverage (Multi-News validation):

- "he"/"she" went to the nearest multi-word name even when that name was a place or an
  institution ("Fox Cities", "Wayne State University", "Russia Thursday") or a person the text
  genders the other way ("Her family said she had died" -> a man named before). A candidate
  must look like a person and agree with the pronoun: titles (Mr/Mrs/Ms), gendered nouns next
  to the name ("his wife", "the mother of three") and a short first-name list decide; a name
  with no evidence stays a candidate.
- a measure or a state of affairs is no agent: "declaring a state of emergency, which put the
  National Guard on alert" -> the governor who declared it acts, not the emergency.
- the subject of a bare "accused of" is the accused; "killed himself" has no "himself" party;
  a person's surname after "at" ("at Smith killing") is no place; a list of charges line by
  line ("Charged with ...") is one case, not one event per line.

The article's text is read once per article (`begin`), so gender evidence anywhere in it
counts, not only in the pronoun's sentence.
"""
from __future__ import annotations

import re

from ..nlp import lemma_in, pos
from . import ev_names as N
from .actors import is_party as _is_party, phrase as _phrase
from .doc_party import bare_document, is_document, issuer as _issuer
from .ev_announced import announcer
from .ev_attackers import accused_doer, attackers_struck
from .ev_light import context_drop, definite
from .gender import FEMALE_NAMES, MALE_NAMES, first_gender as _first_gender, gender_in
from .offices import remember as remember_offices

_STATE: dict = {"text": "", "gender": {}}

ORG_HEADS = {"university", "college", "school", "department", "police", "council", "city", "cities",
             "county", "institute", "center", "centre", "hospital", "church", "company", "association",
             "committee", "agency", "office", "ministry", "board", "court", "news", "press", "times",
             "post", "tribune", "journal", "network", "service", "services", "patrol", "guard", "club",
             "party", "front", "forces", "army", "government", "league", "union", "foundation",
             "museum", "library", "airport", "station", "park", "township", "borough", "valley",
             "business", "district", "state", "states", "republic", "kingdom", "islands", "island",
             "alert", "warning", "act", "law", "bill"}


def begin(art) -> None:
    """Remember the article's text: gender evidence is read from all of it, and the states
    its officials serve (offices.py) from their first titled mention."""
    _STATE["text"] = art.text or ""
    remember_offices(art.text or "")
    _STATE["gender"] = {}


def _bare(name: str) -> str:
    """The person part of a name: no trailing day word ("Russia Thursday"), no "of Place"."""
    words = name.split()
    while len(words) > 1 and N.time_tail(words):
        words = words[:-1]
    while len(words) > 1 and words[0].lower().strip(".,") in N.TIME_WORDS:
        words = words[1:]           # "September Amber Alert"
    name = " ".join(words)
    return re.split(r"\s+of\s+", name, maxsplit=1)[0]


def person_like(name: str) -> bool:
    """A name that may be a person: not headed by an institution word, not a known place."""
    bare = _bare(name)
    words = [w.lower().strip(".,'\u2019") for w in bare.split()]
    if not words or words[-1] in ORG_HEADS:
        return False
    if _first_gender(bare) is not None:
        return True
    return N.place_kind(bare)[0] is None


def gender(name: str) -> str | None:
    """'m', 'f' or None for a person's name, from titles and gendered nouns the article uses
    with it, else the first name."""
    cache = _STATE["gender"]
    if name in cache:
        return cache[name]
    cache[name] = g = gender_in(_bare(name), _STATE["text"])
    return g


SAY = {"say", "tell", "add", "state", "explain", "report", "confirm", "write", "testify"}


def trailing_speaker(tok) -> str | None:
    """The surname of who reports the pronoun's clause after it ("he shot her, Burguan said"):
    the teller of a deed is rarely its doer."""
    root = tok.sent.root if hasattr(tok, "sent") else None
    if root is None or root.i < tok.i or not lemma_in(root, SAY):
        return None
    subj = next((c for c in root.children if c.dep_ == "nsubj" and c.i > tok.i), None)
    return subj.text if subj is not None and subj.text[:1].isupper() else None


def relative_host(tok) -> str | None:
    """The last word of the noun a relative clause modifies when `tok` is that clause's
    subject pronoun: in "Sarnak, whom he blames", "he" is someone other than Sarnak."""
    verb = tok.head
    if tok.dep_ != "nsubj" or verb.dep_ != "relcl" or verb.head.i == verb.i or \
            not any(c.lower_ in ("whom", "who", "which", "that") for c in verb.children if c.i < tok.i):
        return None
    return verb.head.text


def not_named(tok) -> str | None:
    """Whom a subject pronoun cannot stand for: the sentence's trailing speaker, or the noun
    its relative clause modifies."""
    return trailing_speaker(tok) or relative_host(tok)


def _resolver():
    """The article's name resolver (resolver.py), built once per article text."""
    text = _STATE["text"]
    if _STATE.get("resolver_of") is not text:
        from .resolver import resolver_for
        _STATE["resolver"], _STATE["resolver_of"] = resolver_for(text), text
    return _STATE["resolver"]


def people_named(text: str) -> list[tuple[int, str]]:
    """(offset, name) of the persons the text introduces ('Deputy foreign minister Sergei
    Ryabkov said', 'Mr Ryabkov told'), found without the parser: a "he" may point at someone
    named in a sentence with no event, which the events step never parses."""
    if _STATE["text"] != text:
        _STATE["text"] = text
    return _resolver().names


# one person in a role, told again as "the source", "the official" after "an official source
# within X", "a senior official at Y" introduced them
BACK_ROLES = {"source", "official", "spokesman", "spokeswoman", "spokesperson", "diplomat", "officer"}


def introduced_as(tok, name: str) -> str | None:
    """'The source strongly denounced ...' after 'An official source within Saudi Arabia's
    Consulate General ...': a definite role noun names the one an indefinite phrase introduced
    before it (resolver.Resolver.introduced), which says who they are. A document speaks
    for its issuer (doc_party): "the statement" names whoever its sentence says issued it."""
    if is_document(tok):
        found = _issuer(tok)
        return _phrase(found) if found is not None else None
    words = name.lower().split()
    if not words or words[-1] not in BACK_ROLES or len(words) > 2 or \
            not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) or not _STATE["text"]:
        return None
    pos = _STATE["text"].find(tok.doc.text.strip()[:60])
    if pos < 0:
        return None
    found = _resolver().introduced("the " + name, pos + tok.idx)
    if not found:
        return None
    return re.sub(r"^(?:an?|one)\s+", "", found, flags=re.I)


def resolve_pronoun(pron: str, candidates: list[str], not_named: str | None = None) -> str | None:
    """The nearest candidate (`candidates` nearest first) that looks like a person and does not
    contradict the pronoun's gender (nor is `not_named`, the sentence's trailing speaker)."""
    want = "m" if pron.lower() in ("he", "him", "his") else "f"
    for name in candidates:
        if not person_like(name) or (not_named and _bare(name).split()[-1] == not_named):
            continue
        g = gender(name)
        if g is None or g == want:
            return _bare(name) if _bare(name) != name and " " in _bare(name) else name
    return None


# nominals that name a measure, a document or a state of affairs: they do not act
NON_AGENT = {"emergency", "order", "decree", "law", "curfew", "ban", "decision", "measure", "move",
             "policy", "rule", "regulation", "statement", "report", "announcement", "declaration",
             "resolution", "bill", "legislation", "deal", "agreement", "accord", "ceasefire", "truce",
             "storm", "snow", "weather", "flood", "flooding", "blizzard", "martial", "lockdown",
             "alert", "crisis", "situation", "incident", "tension", "tensions", "uncertainty"}


def _non_agent(tok) -> bool:
    if lemma_in(tok, NON_AGENT) and pos(tok) in ("NOUN", "PRON", "ADJ"):
        return True
    if tok.lower_ in ("state", "declaration", "imposition", "threat"):     # "a state of emergency"
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                g = next((g for g in c.children if g.dep_ == "pobj"), None)
                if g is not None and lemma_in(g, NON_AGENT):
                    return True
    return False


def agent(tok):
    """The actor token, unless it is a measure or state of affairs; then the party that made
    it (the subject of the clause that declared or issued it), else None."""
    if tok is None:
        return None
    t = tok
    if t.lower_ in ("which", "that") and t.head.dep_ == "relcl":
        t = t.head.head        # the antecedent of the relative clause
    if not _non_agent(t):
        return tok
    from .parties import is_party
    cur = t
    for _ in range(6):
        if cur.head.i == cur.i:
            break
        cur = cur.head
        if pos(cur) in ("VERB", "AUX"):
            subj = next((c for c in cur.children if c.dep_ == "nsubj"), None)
            if subj is not None and not _non_agent(subj) and subj.lower_ not in ("which", "that", "it") \
                    and is_party(subj):
                return subj
    return None


def reflexive(recip, actor):
    """"Anderson shot and killed himself": the recipient is the actor, not "himself"."""
    if recip is not None and recip.lower_ in ("himself", "herself", "themselves", "itself") and actor is not None:
        return actor
    return recip


def person_surname(name: str) -> bool:
    """A one-word "place" that the article uses as a person's surname ("the shooting at Smith
    killing" after "Will Smith, 34,"): no place of an event. Well-known places stay places."""
    text = _STATE["text"]
    if not text or " " in name.strip() or not name[:1].isupper() or N.well_known_place(name):
        return False
    s = re.escape(name)
    if re.search(rf"\b(?:Mr|Mrs|Ms|Dr)\.?\s+{s}\b|\b{s},\s+\d{{1,3}},|\b{s}\s+(?:said|says|told)\b|"
                 rf"\b{s}['\u2019]s\s+(?:wife|husband|mother|father|son|daughter|family|attorney|lawyer)\b", text):
        return True
    return any(w.lower() in MALE_NAMES | FEMALE_NAMES for w in re.findall(rf"\b([A-Z][a-z]+)\s+{s}\b", text))


# verbs by which a ministry, a hospital or the Red Cross gives a count it did not cause
TALLY_VERBS = {"report", "estimate", "put", "count", "record", "confirm", "register", "tally",
               "say", "announce", "state", "give", "raise", "revise"}


def _tally_teller(tok, actor) -> bool:
    """"The health ministry reported 157 deaths", "the Red Cross estimated the injured at
    200": the subject of a verb that reports a toll tells the count; it did not kill."""
    if tok is None or actor is None or actor.dep_ != "nsubj" or tok.tag_ == "VBG" or tok.dep_ == "xcomp":
        return False            # "the army reported killing 30 militants": the army acted
    verb = actor.head
    return verb.i != tok.i and lemma_in(verb, TALLY_VERBS) and verb.tag_.startswith("VB") and \
        verb.left_edge.i <= tok.i <= verb.right_edge.i


VICTIM_WORDS = {"injured", "wounded", "dead", "dying", "hurt"}


def _victims_named(tok) -> bool:
    """"offer help to injured", "care for the wounded": the toll word names the victims
    after a preposition or article; whoever helps them did not harm them."""
    return tok is not None and tok.lower_ in VICTIM_WORDS and tok.i > 0 and \
        tok.doc[tok.i - 1].lower_ in ("to", "for", "the", "of", "among")


# verbs whose subject is the one who was hit: "some 30 villagers died in the raid"
DYING = {"die", "perish", "drown", "suffocate", "succumb"}


def _died(tok, actor) -> bool:
    """'Some 30 villagers had died in the raid', '12 are reported dead': the subject of a
    verb of dying (or of "be ... dead") is the victim, never who attacked."""
    if tok is None or actor is None or actor.dep_ not in ("nsubj", "nsubjpass"):
        return False
    if lemma_in(tok, DYING) and tok.tag_.startswith("VB") and actor.head.i == tok.i:
        return True
    return tok.lower_ == "dead" and actor.head.i == tok.head.i and lemma_in(tok.head, {"be", "report"})


def _to_blame(tok, actor):
    """"Y were to blame", "Y is to blame": Y is the one blamed, and whoever says so
    ("militants insisted that Y were to blame") blames; (actor, recipient) or None."""
    if tok is None or actor is None or tok.lower_ != "blame" or tok.dep_ != "xcomp" or \
            not lemma_in(tok.head, {"be"}) or actor.head.i != tok.head.i:
        return None
    say = tok.head.head if tok.head.dep_ == "ccomp" else None
    teller = next((c for c in say.children if c.dep_ == "nsubj"), None) if say is not None else None
    return teller, actor


def _told_by(tok, blamed):
    """Whoever tells a charge: the party subject of the nearest verb above it ("Police said
    ...", "the minister pressed on, insisting that ..."), or None."""
    from .parties import is_party
    cur = tok
    for _ in range(4):
        if cur.head.i == cur.i:
            break
        cur = cur.head
        teller = next((c for c in cur.children if c.dep_ == "nsubj" and c.i != blamed.i), None)
        if pos(cur) in ("VERB", "AUX") and teller is not None:
            return teller if is_party(teller) else None
    return None


def _behind(tok, actor):
    """"Y was behind the raids": Y is the one blamed; whoever tells it ("Police said the
    militia was behind the bombing", "the minister pressed on, insisting that Y was behind
    ...") blames; (actor, recipient) or None."""
    if tok is None or actor is None or not lemma_in(tok, {"be"}) or tok.i + 1 >= len(tok.doc) or \
            tok.doc[tok.i + 1].lower_ != "behind" or actor.head.i != tok.i:
        return None
    return _told_by(tok, actor), actor


def _held_responsible(tok, actor):
    """"Y is responsible for the attack", "Y bears responsibility": Y is the one blamed;
    whoever tells it blames, as with `_behind` (the parser may hang Y on the verb of saying
    or on a modal: "said Russia ... bears responsibility", "Y has to bear"); (actor,
    recipient) or None."""
    if tok is None or actor is None:
        return None
    held = (lemma_in(tok, {"be"}) and any(c.dep_ == "acomp" and c.lower_ in ("responsible", "culpable")
                                          for c in tok.children)) or \
        (lemma_in(tok, {"bear"}) and any(c.dep_ == "dobj" and c.lower_ == "responsibility"
                                         for c in tok.children))
    if not held:
        return None
    return _told_by(tok, actor), actor


def visited_town(tok, typ: str, recip) -> bool:
    """'Theresa May visited Salisbury': a town or region visited is where the visit was, not
    a party met (a state still is, and a capital the alias table reads as one: 'visited Moscow')."""
    if typ != "CONSULT" or tok is None or recip is None or not lemma_in(tok, {"visit"}):
        return False
    r = N.run_of(recip)
    if r is None:
        return False
    from .actors import _alias
    name = recip.doc[r[0]:r[1]].text
    return N.place_kind(name)[0] not in (None, "country") and _alias(name) is None


def fix_roles(tok, typ: str, actor, recip):
    """(actor, recipient) after two checks: a measure is no agent (`agent`), and the subject
    of a bare participle "accused of" / "charged with" is the accused, not the accuser
    ("A former teacher is in custody, accused of luring a girl")."""
    actor = announcer(tok, typ, agent(actor))    # "the junta announced the removal of ...": the junta
    actor = _adjective_act_agent(tok, actor)
    if typ == "ASSAULT" and (_tally_teller(tok, actor) or _victims_named(tok)):
        return None, recip
    if typ == "ASSAULT" and _died(tok, actor):
        return None, recip or actor
    if typ == "ASSAULT" and actor is None and attackers_struck(tok, recip):
        return None, None
    if typ == "ASSAULT" and (doer := accused_doer(tok)) is not None:
        actor = doer        # "accuse the rebels of downing the jet": the rebels (ev_attackers.py)
    if typ == "ACCUSE" and (flip := _to_blame(tok, actor) or _behind(tok, actor)
                            or _held_responsible(tok, actor)) is not None:
        return flip
    if typ == "ACCUSE" and tok is not None and tok.tag_ == "VBN" and actor is not None and \
            not any(c.dep_ in ("agent", "aux") or c.lower_ in ("has", "have", "had") for c in tok.children) and \
            tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ in ("of", "with"):
        return None, recip or actor
    return actor, recip


def _adjective_act_agent(tok, actor):
    """'after a ground offensive by the army', an act noun misread as an adjective: the
    clause's subject did not do it; a "by" phrase on it or on its noun names who did."""
    if tok is None or tok.dep_ not in ("amod", "acomp") or tok.tag_ != "JJ" or tok.head.i == tok.i:
        return actor
    by = next((c for t in (tok, tok.head) for c in t.children if c.dep_ in ("agent", "prep") and c.lower_ == "by"), None)
    if by is None:
        return actor        # "declared a state of martial law": the adjective of a measure's name
    doer = next((g for g in by.children if g.dep_ == "pobj"), None)
    return doer if doer is not None and _is_party(doer) else None


# "the government declared a 60-day state of martial law", "imposed a curfew", "They announced a
# curfew": a verb of decree right before the measure's name ("announcing" is left out: "bulletins
# announcing a curfew" describes the medium, whose sentence the light reading codes)
_DECLARED = re.compile(r"\b(?:(?:declar|impos|introduc|proclaim)(?:e|es|ed|ing)|announc(?:e|es|ed))\s+"
                       r"(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}$", re.I)


# "launched an offensive", "staged a raid", "carried out a wave of strikes": a verb of taking
# right before a new act named by a noun with "a"/"an"; its subject is the act's doer. A bare
# plural ("have carried out bomb attacks", "stages regular attacks") tells a habit, not an act.
_TAKEN = re.compile(r"\b(?:launch(?:es|ed|ing)?|carr(?:y|ies|ied|ying) out|stag(?:e|es|ed|ing)|"
                    r"mount(?:s|ed|ing)?|conduct(?:s|ed|ing)?|wag(?:e|es|ed|ing)|unleash(?:es|ed|ing)?)\s+"
                    r"an?\s+(?:[\w-]+\s+){0,3}(?:of\s+(?:[\w-]+\s+)?)?$", re.I)
# "an offensive by the army", "an air campaign and ground offensive by ...": a new act with a
# named doer after "by" (words of its own noun phrase only between "a" and the act)
_NP_WORD = r"(?!(?:after|before|in|on|of|at|by|for|with|from|to|that|which|who|as|when|while)\s)[\w-]+\s+"
_A_ACT = re.compile(rf"\ban?\s+(?:{_NP_WORD}){{0,5}}$", re.I)
_BY_DOER = re.compile(r"\s+by\s+(?:the\s+)?\w")


def declared_measure(text: str, triggers) -> bool:
    """A measure named by a noun ("martial law", "curfew") that a verb of decree governs, or a
    new act named by a noun that a verb of taking governs ("launched an offensive") or a "by"
    phrase follows: the sentence needs the parser to find who declared or took it (a
    noun-only sentence is read without). A definite act ("launched the attack") retells one
    told before, and a feared or negated one ("fear raids by X") is no act: both stay with
    the reading without the parser."""
    return any((t.kind == "state" and _DECLARED.search(text[max(0, t.start - 60):t.start])) or
               (t.kind == "noun" and not definite(text, t) and not context_drop(text, t) and (
                   _TAKEN.search(text[max(0, t.start - 60):t.start]) or
                   (_BY_DOER.match(text, t.end) and _A_ACT.search(text[max(0, t.start - 60):t.start]))))
               for t in triggers)


# "The attack by ISIS-K", "raids carried out by the Burmese Army": a named doer right after a
# nominal act, read without the parser (ev_light codes such sentences from the text alone)
_BY_NAME = re.compile(r"\s+(?:(?:carried out|claimed|launched|staged|mounted)\s+)?by\s+(?:the\s+)?"
                      r"((?:[A-Z][\w\u2019'-]*)(?:\s+(?:of\s+|al-|el-)?[A-Z][\w\u2019'-]*){0,4})")


def light_actor(text: str, trigger) -> str | None:
    """The name after "by" that follows a nominal trigger, when it may be a party: not a
    day or month, not a place below a state ("an attack by Kabul" says nothing)."""
    if trigger.kind != "noun":
        return None
    m = _BY_NAME.match(text, trigger.end)
    if m is None:
        return None
    name = m.group(1)
    words = name.lower().split()
    if words[0] in N.TIME_WORDS or words[-1] in N.TIME_WORDS or words[-1] in N.NOT_PARTY_HEADS:
        return None
    if N.well_known_place(name) and N.place_kind(name)[0] != "country" and not N.actor_alias(name):
        return None
    return name


_LIST_MARK = re.compile(r"^[\s\u2022\u00b7\u25aa\u25cf*\-\u2013\u2014>]+")
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
# a dateline or a bare date read as a party: "KIEV, July 17", "Oct", "September 21"
_DATE_PARTY = re.compile(rf"(?:[A-Z]{{3,}}(?:\s+[A-Z]{{3,}})*,?\s+)?{_MONTH}(?:\s+\d{{1,2}}(?:,?\s+\d{{4}})?)?")


def tidy_party(name: str | None) -> str | None:
    """A party as a reader names it: a list bullet or dash opening a bulleted line
    ("• Muslim leaders condemn ...") is no part of the name, and a dateline or a date
    ("KIEV, July 17 A Malaysian airliner ...", "Oct. 03") names nobody, nor does a bare
    figure ("at least 40", "40 dead": the toll, read as the object of "killed" or "left"), nor a
    bare document ("the statement": its issuer acts, doc_party)."""
    if not name:
        return name
    name = _LIST_MARK.sub("", name).strip()
    if not name or _DATE_PARTY.fullmatch(name) or _BARE_FIGURE.fullmatch(name) or bare_document(name):
        return None
    return name


_BARE_FIGURE = re.compile(r"(?:an?\s+)?(?:(?:estimated|further|additional|another)\s+)?"
                          r"(?:(?:at least|more than|some|about|nearly|over|around|up to|almost)\s+)?"
                          r"\d[\d,.]*(?:\s+(?:dead|injured|wounded|killed))?", re.I)


_NUMBER_WORDS = (r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
                 r"sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|"
                 r"hundred|thousand|a dozen|dozens|hundreds|thousands|scores|tens|several|many|some|few|a few|most|all|both")
# "at least 150 others", "no more than 46 people", "dozens of people", "more than seventy": a toll
# in words, which says how many were hit but not who (civilians, protesters, soldiers ...)
_FIGURE_ONLY = re.compile(
    rf"(?:(?:an?\s+)?(?:estimated|further|additional|another)\s+)?"
    rf"(?:(?:only|just|merely)\s+)?"
    rf"(?:(?:all|at least|at most|more than|no more than|not more than|less than|fewer than|some|about|nearly|"
    rf"over|around|up to|almost|close to|roughly|approximately|as many as)\s+)?"
    rf"(?:\d[\d,.]*|(?:{_NUMBER_WORDS})(?:[\s-](?:{_NUMBER_WORDS}))*)"
    rf"(?:\s*(?:to|or|-)\s*(?:\d[\d,.]*|{_NUMBER_WORDS}))?"
    rf"(?:\s+of)?(?:\s+(?:the|those|them))?(?:\s+(?:more|other|others|additional|further))?"
    rf"(?:\s+(?:people|persons|person|individuals|others|ones))?", re.I)


def who_named(recipient: str | None) -> str | None:
    """The recipient a reader can use: a figure of people ("at least 150 others", "one person")
    names no one, so the field stays empty rather than hold the toll (FORMAT.md: who was acted
    on). Kept on candidates, where the figure still ties a toll to its event."""
    if recipient and _FIGURE_ONLY.fullmatch(recipient.strip()):
        return None
    return recipient


def absorb_bare_charges(groups: list) -> list:
    """A list of charges line by line ("Charged with sale to minors." under each name) is one
    case, not one event per line: a charge with no accuser and no accused joins the nearest
    earlier charge group of the article."""
    out = list(groups)
    for g in list(out):
        if g.type != "ACCUSE" or g.actor or g.recipient or \
                not all(t.text.lower().startswith("charg") for c in g.cands for t in c.triggers):
            continue
        first = min(c.sent for c in g.cands)
        hosts = [h for h in out if h is not g and h.type == "ACCUSE" and min(c.sent for c in h.cands) < first
                 and any(t.text.lower().startswith("charg") for c in h.cands for t in c.triggers)]
        if hosts:
            host = max(hosts, key=lambda h: min(c.sent for c in h.cands))
            host.cands.extend(g.cands)
            host.cands.sort(key=lambda c: c.sent)
            out.remove(g)
    return out
