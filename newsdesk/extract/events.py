"""The "events" step: PLOVER event mentions with actor, recipient, place, date and casualties,
each traced to its sentence.

Speed comes from doing little: the trigger table (plover.py) is one regex pass over every
sentence; only sentences with a trigger go to spaCy (one `nlp.pipe` batch per article).
Quality comes from three things the naive coder got wrong: context filters (context.py),
grouping the several sentences of one event into one mention (ev_group.py), and falling back
to the dateline / article place and the article's date when a sentence names neither.
"""
from __future__ import annotations

from ..nlp import doc_text, lemma_in, pos, tok_spans as _tok_spans, token_at as _token_at

import re
from dataclasses import dataclass, field

from ..model import Article, Count
from ..pipeline import article_step
from . import actors as A
from .parties import roles
from . import ev_light as L
from . import ev_names as N
from . import context as C
from . import ev_context as X
from . import ev_filter as F
from . import ev_actor_fix as AF, ev_measures as M, ev_it as IT, ev_doer_shift as DS
from . import ev_unreal as U, ev_group_refs as G
from . import ev_shapes as S
from . import ev_generic as GS
from . import ev_judging as J
from . import ev_scheduled as SC
from .ev_quoted_acts import spoken_act
from .ev_assurance import assurance
from .ev_meetings import called_party, two_parties
from .ev_demanded import demanded_party
from .ev_group import group_mentions
from .ev_group_earlier import group_apart
from .ev_motive import motive_day
from .ev_group_twoacts import merge_in_sentence    # a sentence telling two acts: cut
from .ev_toll_names import strip_tolls
from .ev_killing import as_deeds, one_dead
from .ev_hostage import split_hostages
from . import ev_nonacts as NA
from .ev_unreal import (ANNOUNCING, idle_demand, CONDITIONAL, NEGATED_WORDING, YIELDING, drop_setting_talks,
                        drop_unrealised_content, judged_act, plan_content, refused, verbal_attack)
from . import plover as P
from .plover import Trigger, find_triggers
from .plover_recall import recall_sayer, recall_why
from .plover_culprit import culprit_roles
from .ev_doc_acts import document_content, document_voice
from .ev_included import join_included

MAX_CANDIDATES = 400          # parsed sentences per article (a 10,000-sentence dump stays cheap)
MAX_COUNT = 1_000_000         # no real event has more dead than this: drop absurd figures
PLACE_ENTS = ("GPE", "LOC", "FAC")
NATIONAL = re.compile(r"\b(?:nationwide|national (?:state of emergency|curfew)|across the country|throughout the country|"
                      r"countrywide|all over the country|across \w+ cities)\b", re.I)
NATIONAL_MODES = {"state of emergency", "curfew", "censor", "border control", "extend"}
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
    date_explicit: bool = False
    national: bool = False       # a country-wide measure or toll: the place is the country
    anaphoric: bool = False      # "the attacks", a bare toll: joins an earlier mention
    weak: bool = False           # may only join, never start an event (historical comparisons)
    triggers: list[Trigger] = field(default_factory=list)
    depth: int = 99              # the trigger's distance from the sentence root


def _plain_count(c) -> Count | None:
    if c is None:
        return None
    if c.low is None or c.low < 0 or c.low > MAX_COUNT or (c.high is not None and c.high > MAX_COUNT):
        return None
    return c


def _nobody(tok) -> bool:
    """"No guard was anywhere near when the gang ... beat them": a noun led by "no"
    names no one, so it is never the doer the parse may hang on it. ("No one" is left to the
    grouping, ev_group.NOBODY: "no one has claimed the attack" still cites the attack.)"""
    return tok.lower_ != "one" and any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children)


def _anaphoric(tok) -> bool:
    """A definite nominal ("the attacks", "Sunday's blasts", "such attack")."""
    if tok is None or pos(tok) not in ("NOUN", "PROPN"):
        return False
    for c in tok.children:
        if c.dep_ in ("det", "poss", "predet", "amod") and c.lower_ in (
                "the", "these", "those", "this", "that", "such", "its", "their"):
            return True
        if c.dep_ == "poss":
            return True
    return False


def _denied_doer(tok) -> bool:
    """The token is the subject of the clause a party denies, not the one it answers; the
    parser often hangs it on "denied" as an object and leaves the clause subjectless."""
    if tok is None:
        return False
    if tok.dep_ in ("nsubj", "nsubjpass"):
        return True
    return tok.dep_ == "dobj" and any(c.dep_ == "ccomp" and c.i > tok.i and not any(
        g.dep_ in ("nsubj", "nsubjpass") for g in c.children) for c in tok.head.children)


def _sentence_cands(art: Article, si: int, doc, published_year: int | None,
                    person_memory: list[str], intent: bool = False,
                    triggers: list[Trigger] | None = None) -> list[Cand]:
    """Event statements of one parsed sentence. With `intent`, stated intentions are coded
    as PLOVER does for single sentences (AGREE / THREATEN / REQUEST) instead of dropped."""
    sent = art.sentences[si]
    text = sent.text[:len(doc_text(doc))]
    trigs = [t for t in (triggers if triggers is not None else P.retype(text, find_triggers(text)))
             if t.end <= len(text)]
    if not trigs:
        return []
    main = F.main_part(art, text)       # a closing past relative clause dates its noun, not the act
    historical = (published_year is not None and C._historical(M.undescribed(main), published_year)) \
        or C.strong_history(main) or F.past_setting(art, text)
    cumulative = F.cumulative(text)
    background = C.background(text)
    quoted = S.long_quotes(text)
    kept: list[tuple[Trigger, object, str | None]] = []
    tellers: dict = {}
    for tr in trigs:
        tok = _token_at(doc, tr.start)
        if tok is not None and tr.kind == "verb" and tr.type != "ASSAULT":
            # multiword triggers: the verb of the phrase carries the clause
            span_toks = [doc[i] for i, (a, _) in enumerate(_tok_spans(doc)) if tr.start <= a < tr.end]
            verbs = [t for t in span_toks if pos(t) == "VERB"] or \
                [t for t in span_toks if pos(t) == "AUX"]
            # no verb ("hunger strike"): the phrase's head, whose own head lies outside it
            heads = [t for t in span_toks if not tr.start <= t.head.idx < tr.end]
            tok = verbs[0] if verbs else (heads[0] if len(span_toks) > 1 and heads else tok)
        why = C.excluded(tok, tr.type, text, None)
        why = recall_why(text, tr, why)     # "must be held accountable": blame stated now (plover_recall)
        if F.in_name(tok, tr.text, tr.start, text):
            continue        # "the Organisation of Islamic Cooperation": a name, no act
        if why is None and tr.type == "REQUEST" and tok is not None and idle_demand(tok):
            continue        # "the students' list of demands": a noun naming demands, not the act
        if why == "negated" and tr.type in YIELDING and refused(tok):
            # "will not lift the ban", "won't release them": a refusal (PLOVER REJECT)
            tr = Trigger(tr.start, tr.end, "REJECT", "yield", tr.kind, tr.text)
            why = None
        elif why == "negated" and tr.type == "REJECT" and NEGATED_WORDING.search(tr.text):
            why = None          # the table row itself says "will not accept"
        if why in ("future", "hypothetical") and not intent and (tr.type == "SANCTION" or tr.mode in ("expel", "extend")) \
                and C.modal_of(tok) in ("will", "would", "'ll", "wo") \
                and lemma_in(C.clause_head(tok).head, ANNOUNCING) and not CONDITIONAL.search(text):
            why = None          # "announced they would cut ties": the announcement is the measure
        if intent and why in ("future", "hypothetical"):
            new = P.intent_type(tr.type, "unless" if S.UNLESS.search(text) else C.modal_of(tok))
            tr = Trigger(tr.start, tr.end, new, tr.mode, tr.kind, tr.text)
            why = "intent"
        teller = None if intent else (spoken_act(doc, tr, tok, quoted) or recall_sayer(tr, tok))
        if (why and why != "intent") or (teller is None and (tr.mode == "culprit" or (
                not intent and any(a <= tr.start < b for a, b in quoted)))):
            continue        # a culprit named with no one telling it: the reporter's inference (plover_culprit)
        if not intent and NA.no_act(tok, tr, text):
            continue        # "If the board rejects it, ...", "has repeatedly denied" (ev_nonacts)
        if teller is not None:
            tellers[tr.start] = teller
        if tok is not None and tok.head.i != tok.i and pos(tok.head) == "NOUN" and \
                lemma_in(tok.head, C.IRREALIS_NOUNS):
            continue
        if SC.scheduled(tok) or SC.setting_promise(tok, tr):
            continue        # "before the withdrawal deadline", "after the ministry promised" (ev_scheduled)
        if tok is not None and tr.mode == "aerial" and S.aircraft_moving(tok):
            continue        # "two fighter jets landed in Malta": aircraft moving, no strike
        if tok is not None and (plan_content(tok) or judged_act(tok, tr)):
            continue        # "the proposal includes a halt to the violence ...", "called the attack tragic"
        if J.empty_judgement(tok, tr) or J.blamed_thing(tok, tr) or J.standing_attribute(tok, tr) \
                or J.rally_slogan(tok, tr) or assurance(tok, tr) or (not intent and J.probed_occurrence(tok, tr)):
            continue        # "denounced the heinous attack": a reaction naming no party (ev_judging, ev_assurance)
        if tok is not None and tok.dep_ in ("acl", "amod") and tok.tag_ == "VBN" and \
                tr.type in ("COERCE", "SANCTION") and tr.kind == "verb":
            continue        # "buildings occupied by ...": a standing state, not the act
        kept.append((tr, tok, why))
    kept = drop_setting_talks(drop_unrealised_content(kept))
    out: list[Cand] = []
    for tr, tok, _ in kept:
        role_tok = tok if tok is None or pos(tok) in ("VERB", "NOUN", "PROPN", "AUX") else C.clause_head(tok)
        actor_tok, recip_tok = roles(role_tok) if role_tok is not None else (None, None)
        actor_tok, recip_tok = AF.fix_roles(tok, tr.type, actor_tok, recip_tok)    # ev_actor_fix
        actor_tok = DS.shift(tok, tr.type, actor_tok)     # describer, spokesman, group noun (ev_doer_shift)
        actor_tok, recip_tok = culprit_roles(tok, tr, actor_tok or document_voice(tok), recip_tok)  # ev_doc_acts
        if actor_tok is not None and (lemma_in(actor_tok, S.INSTRUMENTS) or pos(actor_tok) == "NUM"
                                      or _nobody(actor_tok)):
            actor_tok = None        # "a car bomb killed 12": the bomb is not the actor, nor "eight" (a toll)
        if NA.suspect_surrender(tr, actor_tok):
            continue        # "the gunman surrendered": the arrest tells it (ev_nonacts)
        if tr.type in ("MOBILIZE", "RETREAT") and tr.mode != "release" and actor_tok is None and \
                recip_tok is not None:
            actor_tok, recip_tok = recip_tok, None     # "troops were put on alert" (but "hostages were freed")
        if tr.mode == "criticised":
            actor_tok, recip_tok = None, actor_tok     # "the police faced criticism": the police are accused
        if tr.type == "COERCE" and role_tok is not None and lemma_in(role_tok, {"be", "remain", "stay"}):
            actor_tok, recip_tok = None, actor_tok or recip_tok    # "13 people are in custody"
        if tr.kind == "toll" and tok is not None and lemma_in(tok, S.VICTIM_SUBJECT):
            actor_tok, recip_tok = None, actor_tok or recip_tok
        if tr.type == "ASSAULT" and tok is not None and U.denied(tok):
            actor_tok = None        # "denied it was involved in the X attacks": the doer is what is denied
        if tr.type == "REJECT" and _denied_doer(recip_tok):
            recip_tok = None        # "denied its air force had fired": the denied clause's doer is no addressee
        if tr.type == "ASSAULT" and verbal_attack(tok, actor_tok):
            tr = Trigger(tr.start, tr.end, "ACCUSE", None, tr.kind, tr.text)
        if tr.type == "THREATEN" and tok is not None and any(c.dep_ == "nsubjpass" for c in tok.children):
            continue
        if tr.type == "CONSULT":
            recip_tok = recip_tok or called_party(tok, tr)
            if not two_parties(tok, recip_tok):
                continue
        recip_tok = recip_tok or demanded_party(tok, tr)     # "called for the minister's resignation"
        if AF.visited_town(tok, tr.type, recip_tok):
            recip_tok = None        # "visited Salisbury": where the visit was, no party met
        actor_tok = tellers.get(tr.start, actor_tok)     # "'We reject it,' X said": X rejects
        actor = _name(actor_tok, person_memory) or IT.prior_party(art, si, actor_tok, lambda t: _name(t, person_memory))
        recip = _name(AF.reflexive(recip_tok, actor_tok), person_memory, speaker_ok=False)  # "said she was killed"
        if recip and actor and recip == actor:
            recip = None
        if (tr.type == "CONSULT" and actor is None and tr.text.lower().startswith("arriv")) or not M.leaver_ok(tr, actor):
            continue        # "now it's arrived in our town": a visit needs a visitor (ev_measures: a leaver too)
        places = _places(doc, {actor_tok, recip_tok}, tok)
        c = Cand(tr.type, si, sent.start, sent.end, tr.mode, actor, recip, places,
                 triggers=[tr])
        c.depth = S.depth(tok)
        c.anaphoric = tr.kind == "toll" or (tr.kind == "noun" and _anaphoric(tok))
        ongoing = tok is not None and S.ongoing_description(tok) and not document_content(tok)
        ongoing = ongoing or bool(S.ONGOING_BEFORE.search(text[max(0, tr.start - 30):tr.start])) or \
            F.ongoing_after(text, tr.end) or \
            any(m.end() <= tr.start for m in S.CAME_AS.finditer(text))
        c.weak = M.setting(historical, cumulative, tr, text) or ongoing or (background and tr.kind != "verb") or (
            c.anaphoric and tr.kind == "noun" and not places and any(
                t.kind == "verb" and t.type != "ASSAULT" for t, _, _ in kept))
        out.append(c)
    person_memory.extend(N.persons(doc))
    return merge_in_sentence(join_included(out, text), text)     # "including a boycott" (ev_included)


def _places(doc, role_toks: set, near=None) -> list[str]:
    """Place names of the sentence, most telling first: names after locative prepositions
    (nearest the trigger first), else well-known places; never a name that is the actor or
    recipient ("France closed ..."), nor one used as a modifier, organisation part or the
    place of the reporting (geo/roles.py)."""
    first, rest = N.places(doc, {t for t in role_toks if t is not None} | NA.origin_tokens(role_toks),
                           near.i if near is not None else None)
    return X.sentence_places(doc, first, rest, near)


def _light_cands(art: Article, si: int, trigs: list[Trigger], year: int | None) -> list[Cand]:
    """Cands of a sentence with only nominal / toll triggers, without the parser (ev_light)."""
    sent = art.sentences[si]
    text = sent.text
    historical = (year is not None and C._historical(text, year)) or C.strong_history(text) \
        or F.past_setting(art, text) or F.cumulative(text)
    background = C.background(text)
    quoted = S.long_quotes(text)
    places = L.places(text, N.TIME_WORDS, N.TITLES, N.actor_alias)
    out = []
    for tr in trigs:
        if L.context_drop(text, tr) or any(a <= tr.start < b for a, b in quoted):
            continue
        # "The attack by ISIS-K": a definite act names its doer ("expect revenge attacks by ..." does not)
        actor = AF.light_actor(text, tr) if L.definite(text, tr) else None
        c = Cand(tr.type, si, sent.start, sent.end, tr.mode, A.canonical(actor) if actor else None, None,
                 L.own_places(text, tr, places), triggers=[tr])
        c.anaphoric = tr.kind == "toll" or L.definite(text, tr)
        c.weak = historical or background
        out.append(c)
    return merge_in_sentence(out, text)


def sentence_events(text: str, published: str | None = None) -> list[Cand]:
    """The event statements of one free-standing sentence (or snippet), ungrouped, main
    event first (the trigger nearest the root): for benchmarks that code single sentences."""
    from ..nlp import parse, split_sentences
    art = Article(id="s", raw=text, text=text, published=published)
    art.sentences = split_sentences(text)
    AF.begin(art)
    docs = parse([s.text for s in art.sentences])
    year = X._pub(published).year if X._pub(published) else None
    out: list[Cand] = []
    for i, doc in enumerate(docs):
        out += _sentence_cands(art, i, doc, year, [], intent=True)
    if not out and S.MUST.search(text):
        # "X said Y must drop barriers": PLOVER codes what a party must do as a demand
        out.append(Cand("REQUEST", 0, 0, len(text)))
    out.sort(key=lambda c: (c.depth, c.sent))
    return out


def _name(tok, person_memory: list[str], speaker_ok: bool = True) -> str | None:
    name = _party_name(tok, person_memory, speaker_ok)
    if name and " " in name and N.time_tail(name.split()):
        name = name.rsplit(None, 1)[0]      # "traveled to Russia Thursday": the day is no name part
    return AF.tidy_party(name)


def _party_name(tok, person_memory: list[str], speaker_ok: bool = True) -> str | None:
    if tok is None:
        return None
    if tok.lower_ in ("it", "they") and tok.dep_ in ("nsubj", "nsubjpass"):
        # "Maldives has announced it is severing ties": the pronoun is the reporter
        v = tok.head
        while v.dep_ in ("ccomp", "xcomp", "conj") and v.head.i != v.i:
            v = v.head
            subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
            if subj is not None and subj.lower_ not in ("it", "they", "he", "she"):
                return _party_name(subj, person_memory)
        return None
    if tok.lower_ in ("he", "she"):
        speaker = _reporting_subject(tok) if speaker_ok else None
        if speaker is not None:            # "a tribal leader said he was mediating": the speaker
            return _party_name(speaker, person_memory)
        before = N.persons(tok.doc[:tok.i].as_doc()) if tok.i else []
        # "Kerry met Maliki; he asked the US": the nearest name that is a person of his gender
        name = AF.resolve_pronoun(tok.lower_, before[::-1] + person_memory[::-1], AF.not_named(tok))
        return A.canonical(name, is_person=True) if name else None
    name = A.phrase(tok)
    if not name:
        return None
    name = AF.introduced_as(tok, name) or name      # "the source": "official source within ..."
    is_person = N.is_person(tok)
    if not is_person and " " not in name and name[:1].isupper():
        key = A.surname_key(name)         # "Maliki" after "Nuri al-Maliki": that person
        full = next((p for p in reversed(person_memory) if " " in p and A.surname_key(p) == key), None)
        if full is not None and not N.well_known_place(name):
            return A.canonical(full, is_person=True)
    return A.canonical(name, is_person=is_person)


def _reporting_subject(tok):
    """The named subject of the speech verb whose reported clause has `tok` as its subject."""
    v = tok.head
    if tok.dep_ not in ("nsubj", "nsubjpass") or v.dep_ != "ccomp" or v.head is v:
        return None
    say = v.head
    if not lemma_in(say, SAY_VERBS) or say.i > tok.i:   # "he shot her, the chief said": not the chief
        return None
    subj = next((c for c in say.children if c.dep_ == "nsubj"), None)
    return subj if subj is not None and subj.tag_ != "PRP" and A.is_party(subj) else None


SAY_VERBS = {"say", "tell", "add", "insist", "claim", "state", "announce", "explain", "warn",
             "report", "confirm", "deny", "admit", "argue", "write", "testify",
             "told", "wrote"}      # irregular pasts lemma_forms leaves as they are


def _light_doc(text: str, doc):
    """The parse of a light sentence for the generic-statement test: the events step's own
    when it made one, else one made only for a sentence that may be generic."""
    if doc is not None or not GS.may_be_generic(text):
        return doc
    from ..nlp import parse_one
    return parse_one(text)


def _day_context(art: Article) -> tuple:
    """(anchor, lede days, days before) that every statement's day is read against. With
    no publication date from cleaning, a date line in the page head or the opening
    sentences stands in (never a guess: None when there is none)."""
    from .dates import date_context
    from .dates_anchored import lede_days
    anchor = X.article_anchor(art)
    texts = [s.text for s in art.sentences]
    ledes, before = date_context(texts, anchor)
    return anchor, lede_days(texts, anchor) or ledes, before      # "Only hours earlier, ..." is no lede


def _attach_details(art: Article, cands: list[Cand], days: tuple) -> None:
    """Tolls, day and national scope of statements. Each sentence's are its own: the
    statements of unparsed sentences get theirs before the parse (ev_group_refs.needs_parse)."""
    anchor, ledes, before = days
    by_sent: dict[int, list[Cand]] = {}
    for c in cands:
        if c.type == "ASSAULT":
            by_sent.setdefault(c.sent, []).append(c)
    for si, group in by_sent.items():
        cas = X.casualties(art.sentences[si].text)
        for kind in ("dead", "injured"):
            count, span = _plain_count(cas.get(kind)), cas.get(f"{kind}_span")
            if count is None:
                continue
            # two events in one sentence: the figure belongs to the nearer trigger only
            owner = min(group, key=lambda c: min(abs(t.start - span[0]) for t in c.triggers)
                        if span else 0)
            if not owner.weak:
                setattr(owner, kind, count)
        one_dead(art.sentences[si].text, group)      # "was murdered": one victim (ev_killing)
    from .dates_acts import lede_rank
    from .dates_anchored import act_day
    from .dates_retold import mention_day
    for c in cands:
        text = art.sentences[c.sent].text
        day_of = lambda t, i=c.sent: X.event_date_ex(t, anchor, ledes[i], before[i])  # noqa: E731
        c.date, c.date_explicit = mention_day(text, c.triggers, c.type, day_of)     # dates_retold
        c.date, c.date_explicit = act_day(text, c.triggers, c.date, c.date_explicit)
        c.date, c.date_explicit = motive_day(text, c.date, c.date_explicit, day_of)    # ev_motive
        c.date_explicit = lede_rank(c.date_explicit, c.type)
        c.national = bool(NATIONAL.search(text)) or c.mode in NATIONAL_MODES or \
            X.nationwide(text, c.mode, c.places)


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
    AF.begin(art)
    found = {}
    for i, s in enumerate(art.sentences):
        trig = F.live_triggers(art, s.text, find_triggers(s.text))
        if trig:
            found[i] = as_deeds(s.text, P.retype(s.text, trig))     # one person's killing: the act (ev_killing)
    idx = list(found)
    if len(idx) > MAX_CANDIDATES:
        art.notes.append(f"events: only the first {MAX_CANDIDATES} of {len(idx)} "
                         "candidate sentences were coded")
        idx = idx[:MAX_CANDIDATES]
    dl_end = X.dateline_end(art.text)
    heavy = [i for i in idx if not L.is_light(found[i]) or AF.declared_measure(art.sentences[i].text, found[i])]
    year = F.anchor_year(art)
    unparsed = {i: _light_cands(art, i, found[i], year) for i in sorted(set(idx) - set(heavy))}
    days = _day_context(art)
    for cs in unparsed.values():
        _attach_details(art, cs, days)
    light = [i for i, cs in unparsed.items() if G.needs_parse(art, cs)]
    parsed = parse([S.blank_dateline(art.sentences[i], dl_end) for i in heavy]
                   + [art.sentences[i].text for i in light])      # light: for the reference and judgement tests
    docs = dict(zip(heavy, parsed))
    memory: list[str] = []
    cands: list[Cand] = []
    all_places: list[str] = []
    people, told = AF.people_named(art.text), 0      # persons of sentences not parsed, for "he"/"she"
    light_docs = dict(zip(light, parsed[len(heavy):]))
    for i in idx:           # a generic statement's places still vote for the article's place
        doc = docs.get(i)
        if doc is None:
            cs = unparsed[i]
            all_places += cs[-1].places if cs else []
            cands += GS.drop_generic(cs, _light_doc(art.sentences[i].text, light_docs.get(i)) if cs else None)
            continue
        memory.extend(n for p, n in people if told <= p < art.sentences[i].start)
        told = art.sentences[i].end
        cands += GS.drop_generic(_sentence_cands(art, i, doc, year, memory, triggers=found[i]), doc)
        all_places += N.article_places(doc)
    dl = X.dateline(art.text)
    places = X.Places(all_places, dl, art.text)
    _attach_details(art, [c for c in cands if c.sent not in unparsed], days)
    art.mentions = group_apart(group_mentions, art, cands, places, {**docs, **light_docs})
    for m in art.mentions:        # a figure of people names no recipient (ev_actor_fix.who_named)
        if m.recipient and AF.who_named(m.recipient) is None:
            m.recipient = m.recipient_class = None
    strip_tolls(art.mentions)     # "12 soldiers" -> "soldiers" when 12 is the toll
    art.mentions = split_hostages(art.mentions)     # a hostage-taking beside a killing: its own act
    return art
