"""Disputes: claims that contradict each other, inside one article or across the outlets of
one story.

Each detector looks for one generic signal, never for a topic:
- contrast: an attributed claim followed by a contrasting attributed claim ("X insisted …"
  / "However, Y said …"), where one side uses a strong-claim verb or a contradiction cue;
- denial: a denial of the claim just before it ("… deny this"), and, across a story,
  accusations against a party next to that party's rebuttals ("baseless", "unjustified");
- count: different casualty figures for one event from different sources (the merged
  events' per-article figures, and attributed figures side by side in one article);
- blame: two parties each blaming the other;
- correction: "initially it had been reported that …" against the article's own account;
- negation: a party's "only X and not Y" against story sentences that state Y;
- polarity: holders saying something prevents an outcome against holders saying it allows
  it, on an outcome phrase both sides name ("nuclear weapons");
- inline (dispute_inline.py): both sides in one sentence ("X blames ..., but Y says ...");
  fate (dispute_fate.py): the attackers killed in one outlet, fled in another; and the other
  dispute_*.py modules (what a thing was, a merged record's wounded, a compared toll, a distance).
Look-alikes that are no dispute, each seen on unseen coverage: a war's running total against
one day's toll, what one witness saw, a word figure ("scores"), two figures whose sentences
share no word (a pile-up's toll and a storm's), a party against its own voice ("Hayes'
lawyer" and "Cardell Hayes"), and any claims of a story with no event (a product page).
Holders are read by `dispute_holders.py`.
Precision matters more than recall here, so each detector needs two signals and the step
keeps at most a few disputes per story.
"""
from __future__ import annotations

import re
from collections import defaultdict
from typing import Callable

from ..model import Article, Claim, Dispute, Picture, Sentence
from ..nlp import split_sentences
from ..pipeline import corpus_step
from ..extract.resolver import Resolver, resolver_for
from .dispute_antecedent import points_back
from .dispute_background import background
from .dispute_cited import beside, cited
from .dispute_camps import denies_in_sentence, names_camp, side_keys
from .dispute_update import CORRECTION, REFERS, agreed, grew_from, grown_toll, past_rise, toll_partner, untold
from .dispute_holders import accuser, holder, no_file_ids, own_voice, quoted_by as _quoted_by, toll_holder, unnamed
from .dispute_sides import (CALLED_FALSE, accused_then_denied, accuses, charge_elsewhere, denied_in_aside, names_rebutter,
                            negated_denial, one_side, passive_blame, same_description, same_voice, state_keys, states_claim)
from .dispute_twins import dedupe as _dedupe, join_accused, join_shared
from .figures import (PART_TOLL, RUNNING_TOTAL, TOLL_PHRASE, counted_kinds, part_of_sum, one_told, own_words,
                      settled, stated_figures, toll_told, victims_toll)
from .toll_scope import bare_toll, counted_as_other, elsewhere, risen
from .war_total import own_sentence

STRONG = re.compile(r"\b(?:insist(?:ed|s)?|claim(?:ed|s|ing)?(?! (?:of )?(?:responsibility|credit))|"
                    r"maintain(?:ed|s)?|alleg(?:ed|es|ing)|"      # a claim of responsibility contests nothing
                    r"assert(?:ed|s)?|den(?:y|ied|ies|ying)|reject(?:ed|s)?|defended)\b", re.I)
CONTRA_CUE = re.compile(r"\b(?:actually|in fact|contrary|contradict\w*|disput\w+|no evidence|"
                        r"nothing in|no official confirmation|but (?:there was|officials|witnesses)|"
                        r"no (?:weapon|gun|body|bodies|trace)s? (?:was|were) (?:found|recovered)|"
                        r"did(?:n't| not) (?:hear|see|witness)|"
                        r"(?:this|that|it) (?:was|is) (?:false|untrue|not true))\b",   # "said this was false"
                        re.I)
CONTRAST_OPEN = re.compile(r"^(?:However|But|Yet|Still|Nevertheless|In contrast|Others)\b")
DENIAL = re.compile(r"\b(?:den(?:y|ied|ies|ying|ial)|reject(?:ed|s|ing)?|dismiss(?:ed|es|ing)?|"
                    r"refut\w+|baseless|unfounded|unjustified|no basis|false|fake|fabricat\w+|"
                    r"no legitimate justification|categorically|lies)\b", re.I)
ANAPHORIC_DENIAL = re.compile(r"\b(?:den(?:y|ied|ies)|reject(?:ed|s)?|dismiss(?:ed|es)?)\s+"
                              r"(?:this|it(?!\s+(?:had|has|was|is|were|did|played)\b)|the (?:report|reports|claim|claims|allegation|"
                              r"allegations|accusation|accusations))\b", re.I)
ACCUSE = re.compile(r"\b(?:accus(?:e|ed|es|ing)|blam(?:e|ed|es|ing)|alleg(?:e|ed|es|ing)|"
                    r"charg(?:ed|ing)|support(?:ing|s)? (?:for )?(?:terror\w*|extrem\w*|militant\w*)|"
                    r"backing|harbou?ring|behind the|responsib\w+ for)\b", re.I)
BLAME = re.compile(r"\b(?:blam(?:e|ed|es|ing)|accus(?:ed|es|ing)|(?:was|were|is|are) behind|"
                   r"irresponsibility)\b", re.I)
DEAD_HINT = re.compile(r"\b(?:kill\w*|martyr\w*|dead|deaths?|died|toll|slain|bodies|corpses|slaughter\w*|massacr\w*|fatalit\w*|"
                       r"gunn\w+ down|shot dead|claimed (?:the )?lives|lost (?:their )?lives)\b", re.I)
MAX_PER_STORY = 5    # a war story can hold five real ones (tolls, rival claims, taken/denied, blame)
# what one witness saw ("he saw at least two bodies") is a lower bound, not a toll
PART_BEFORE = re.compile(r"\b(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                         r"[a-z]+teen|twenty|thirty|forty|fifty)\s+(?:[a-z-]+\s+){1,2}and\s+$", re.I)
SIGHTING = re.compile(r"\b(?:saw|seen|had seen)\b", re.I)
KILLED_N = re.compile(r"\b(?:(at least|more than|over|as many as|some|nearly|about|around)\s+)?"
                      r"(\d[\d,]*)\s+(?:[a-z]+\s+)?(?:people|persons|civilians|protesters|victims|"
                      r"worshippers|villagers|inmates|prisoners)\b", re.I)
KILL_VERB = re.compile(r"\b(?:slaughter\w*|massacr\w*|gunn\w+ down|shot dead|kill\w*|died|dead)\b", re.I)
_NOT_ANCHOR = {w.capitalize() for w in __import__("newsdesk.extract.speakers", fromlist=["x"]).ORG_HEADS} | {
    "Health", "Interior", "Foreign", "Defence", "Defense", "United", "European", "President", "Prime"}

Detector = Callable[[list[Article], dict], list[Dispute]]
DETECTORS: dict[str, Detector] = {}


def detector(name: str):
    def deco(fn: Detector) -> Detector:
        DETECTORS[name] = fn
        return fn
    return deco


def sentences(art: Article) -> list[Sentence]:
    """The nlp step's sentences, else the same rule splitter run on the body."""
    return art.sentences or split_sentences(art.text)


def _claim(art: Article, s: Sentence, who: str | None) -> Claim:
    return Claim(art.id, who or own_voice(art.outlet), art.span(s.start, s.end))


def _topic(text: str, n: int = 10) -> str:
    m = re.search(r"\b(?:that|said|claimed|insisted)\s+(.*)", text)
    core = (m.group(1) if m else text).split()
    return " ".join(core[:n]).rstrip(",.;:")


@detector("contrast")
def contrast(articles: list[Article], ctx: dict) -> list[Dispute]:
    out = []
    for art in articles:
        res, sents = ctx["res"][art.id], ctx["sents"][art.id]
        for i, (a, b) in enumerate(zip(sents, sents[1:])):
            if not CONTRAST_OPEN.match(b.text):
                continue
            if not (STRONG.search(a.text) or CONTRA_CUE.search(b.text) or STRONG.search(b.text)
                    or CALLED_FALSE.search(a.text)):
                continue
            ha, hb = holder(a.text, res, a.start), holder(b.text, res, b.start)
            if not ha or not hb or ha.split()[-1].lower() == hb.split()[-1].lower() \
                    or same_voice(b.text, ha) or same_description(a.text, b.text):
                continue
            kind = "cause" if DEAD_HINT.search(a.text) and DEAD_HINT.search(b.text + a.text) else "claim"
            out.append(Dispute(f"{ha} vs {hb}: {_topic(a.text)}",
                               points_back(art, sents, i, res) + [_claim(art, a, ha), _claim(art, b, hb)], kind))
    return out


@detector("denial")
def denial(articles: list[Article], ctx: dict) -> list[Dispute]:
    out = []
    accusations, rebuttals = [], []
    for art in articles:
        res, sents = ctx["res"][art.id], ctx["sents"][art.id]
        for i, s in enumerate(sents):
            if ANAPHORIC_DENIAL.search(s.text) and i and s.text[:1] not in "\"“‘'" \
                    and not charge_elsewhere(s.text, sents[i - 1].text, ANAPHORIC_DENIAL, (ACCUSE, STRONG)) \
                    and holder(s.text, res, s.start) and states_claim(sents[i - 1].text) \
                    and not accused_then_denied(s.text, ANAPHORIC_DENIAL) and not negated_denial(s.text, ANAPHORIC_DENIAL) \
                    and not denies_in_sentence(s.text, ANAPHORIC_DENIAL):    # denies its own sentence's charge
                prev = sents[i - 1]
                hp, hs = holder(prev.text, res, prev.start), holder(s.text, res, s.start)
                out.append(Dispute(f"whether this happened: {_topic(prev.text)}",
                                   [_claim(art, prev, hp), _claim(art, s, hs)], "occurrence"))
            elif DENIAL.search(s.text) and holder(s.text, res, s.start) and not accused_then_denied(s.text, DENIAL) \
                    and not denied_in_aside(s.text, DENIAL) and not negated_denial(s.text, DENIAL):
                rebuttals.append((art, s, holder(s.text, res, s.start)))
            elif accuses(s.text, ACCUSE) and not unnamed(s.text, res, s.start):
                accusations.append((art, s, holder(s.text, res, s.start) or accuser(s.text, res, s.start)))
    # accusation vs rebuttal across the story: the rebutting party is named in the accusation
    groups = []                       # a state answers by its organs ("the Turkish ministry" for Turkey)
    keys = {id(s): {_stem(h)} - {None} | state_keys(h) | side_keys(s.text, DENIAL) for _, s, h in rebuttals}
    for target in {k for ks in keys.values() for k in ks}:
        reb = [x for x in rebuttals if target in keys[id(x[1])]]
        acc = [x for x in accusations if names_rebutter(x[1].text, ACCUSE, target, [h for _, _, h in reb])
               or names_camp(x[1].text, ACCUSE, target)]
        if acc and reb and {a.id for a, _, _ in acc + reb}:
            groups.append((target, acc, reb))
    for acc, reb in join_accused(groups):
        claims = [_claim(a, s, h) for a, s, h in acc[:5] + reb[:5]]
        out.append(Dispute(f"accusations against {reb[0][2]} and its rebuttal", claims, "accusation"))
    return out


def _stem(name: str | None) -> str | None:
    caps = re.findall(r"\b[A-Z][a-z]{3,}", name or "")
    return caps[0][:5].lower() if caps else None


def _stems_after(text: str, cue: re.Pattern) -> set[str]:
    m = cue.search(text)
    return {w[:5].lower() for w in re.findall(r"\b[A-Z][a-z]{3,}", text[m.start():] if m else "")}


def _tolls(art: Article, sents: list[Sentence]) -> list[tuple[Sentence, tuple, str]]:
    """(sentence, (low, high), qualifier) for each stated death toll that is a total (not
    'two more', not 'including 3 children')."""
    from ..extract.counts import casualties
    from ..extract.dates import long_ago
    from .story_dates import own_anchor
    anchor = own_anchor(art) or art.layers.get("date_estimate")
    out = []
    for s, o in ((own_sentence(x), x) for x in sents if DEAD_HINT.search(x.text) or TOLL_PHRASE.search(x.text)):
        if not DEAD_HINT.search(s.text) and not TOLL_PHRASE.search(s.text):
            continue
        try:
            c = casualties(s.text)
        except Exception:          # the counts module is another layer's; never let it stop us
            c = {"dead": None, "mentions": []}
        ms = [m for m in c["mentions"] if m.kind == "dead" and not m.increment and not m.subgroup
              and not m.superseded]
        if re.search(r"\b(?:1[89]|20)\d\d(?:s|'s)?\b", s.text) or elsewhere(s.text) or \
                RUNNING_TOTAL.search(s.text) or long_ago(s.text, anchor) \
                or SIGHTING.search(s.text) or PART_TOLL.search(s.text) or counted_kinds(s.text) == {"attackers"}:
            continue                      # a figure from another year or month, a war's running total
            #                               (background), what one witness saw, one group's toll, attackers
        if any(PART_BEFORE.search(s.text[:m.span[0]]) or part_of_sum(s.text, *m.span) for m in ms):
            continue                      # "20 first graders and six educators dead": one part of a sum
        if c["dead"] and ms and (c["dead"].low >= 2 or one_told(s.text)):
            out.append((o, *victims_toll(s.text, c)))
            continue
        m = KILLED_N.search(s.text)       # 'slaughtered at least 87 young people'
        if m and KILL_VERB.search(s.text) and not counted_as_other(c, m) and not re.search(r"\b(?:more|other|another|additional|further)\b",
                                                           s.text[m.start():m.end() + 12]):
            n = int(m.group(2).replace(",", ""))
            q = (m.group(1) or "").lower()
            qual = "min" if q in {"at least", "more than", "over"} else "approx" if q else "exact"
            if n >= 2:
                out.append((o, (n, None if qual == "min" else n), qual))
            continue
        told = toll_told(s.text)
        if told:
            out.append((o, *told))
    return out


_STOP = {"that", "with", "from", "have", "been", "were", "their", "they", "this", "which", "people",
         "killed", "dead", "died", "death", "deaths", "toll", "least", "more", "than", "said",
         "after", "when", "where", "while", "into", "about", "over", "some", "also", "according",
         "friday", "saturday", "sunday", "monday", "tuesday", "wednesday", "thursday", "injured",
         "wounded", "others", "other", "including", "morning", "evening", "night", "today",
         "dozen", "dozens", "scores", "hundreds", "thousands"}   # word figures name nothing counted


def _content(text: str) -> set[str]:
    return {w[:4] for w in re.findall(r"[a-z]{4,}", text.lower()) if w not in _STOP}


def _anchors(text: str) -> set[str]:
    """Named places or targets a toll is tied to ('at the Bataclan')."""
    return {w for w in re.findall(r"\b(?:the|The|at) ([A-Z][a-z]{3,})", text)
            if not w.endswith(("ist", "ian", "ese", "ish"))} - _NOT_ANCHOR


def _conflict(figs: list[tuple[tuple, str]], told: list = ()) -> bool:
    """Two figures that cannot both be right as stated: lows differ, unless one is a range holding
    the other or an approximate figure within 10% of it, or all are floors settled by one exact
    count `told` by the same reports. A word figure ("scores", "dozens") states no number to dispute."""
    for i, ((lo1, hi1), q1) in enumerate([] if told and settled(figs, told) else figs):
        for (lo2, hi2), q2 in figs[i + 1:]:
            if lo1 == lo2 or "vague" in (q1, q2):
                continue
            if (hi1 and hi1 != lo1 and lo1 <= lo2 <= hi1) or (hi2 and hi2 != lo2 and lo2 <= lo1 <= hi2):
                continue
            if ("approx" in q1 or "approx" in q2 or "max" in q1 or "max" in q2) and \
                    abs(lo1 - lo2) <= 0.1 * max(lo1, lo2) and not ("max" in q1 and lo2 > lo1 * 1.1):
                continue
            return True
    return False


@detector("count")
def count(articles: list[Article], ctx: dict) -> list[Dispute]:
    out = []
    tolls = {a.id: _tolls(a, ctx["sents"][a.id]) for a in articles}
    by_id = {a.id: a for a in articles}

    def claim(aid, s):
        return _claim(by_id[aid], s, toll_holder(s.text, ctx["res"][aid], s.start))

    # one merged event whose sources give different figures
    per_event: list[tuple[Dispute, set[int]]] = []
    for ev in ctx["events"]:
        figs = {}
        for m in ev.mentions:
            if m.article not in by_id or not m.dead or m.article in figs:
                continue
            stated = [(sp, q) for sp in [m.span, *m.extra_spans]      # the sentence giving it (grown from 40:
                      for _, v, q in _tolls(by_id[m.article], [Sentence(sp.start, sp.end, sp.text)])  # the report's
                      if v[0] == m.dead.low and not grew_from(sp.text)]                          # own update)
            if stated:                          # one stating it as no update first (toll_scope.py)
                figs[m.article] = (m, *min(stated, key=lambda x: risen(x[0].text)))
        words = {a: _content(sp.text) for a, (_, sp, _) in figs.items()}   # what each figure counts: none in
        unit = {m.article: _content(" ".join(x.text for x in [m.span, *m.extra_spans])) for m in ev.mentions}
        figs = {a: x for a, x in figs.items()   # common with any other source's part of the record: another
                if not own_words(words[a]) or any(words[a] & unit[b] for b in figs if b != a)  # thing (a bare toll:
                or bare_toll(x[1], ctx["res"][a], _content)}                                  # its own)
        if len(figs) >= 2 and _conflict([((m.dead.low, m.dead.high), q) for m, _, q in figs.values()], stated_figures(tolls, figs)):
            where = f" in {ev.location.name}" if ev.location else ""
            per_event.append((Dispute(f"death toll of the {ev.type.lower()}{where}",
                                      cited(figs, tolls, by_id, ctx["res"]), "count"),
                              {m.dead.low for m, _, _ in figs.values()}))
    out.extend(join_shared(per_event))
    # the overall toll: each article's largest stated figure
    tops = {aid: max(t, key=lambda x: x[1][0]) for aid, t in tolls.items() if t}
    stems = {aid: _content(s.text) for aid, (s, _, _) in tops.items()}
    ev_of = {(m.article, sp.start): ev.id for ev in sorted(ctx["events"], key=lambda e: (e.dead and e.dead.low) or 0)
             for m in ev.mentions for sp in [m.span, *m.extra_spans]}     # shared: the largest toll's
    from ..extract.ev_names import place_kind
    places = {aid: {w for w in re.findall(r"\b[A-Z][a-z]{3,}\b", s.text[1:])
                    if place_kind(w)[0] not in (None, "country")} for aid, (s, _, _) in tops.items()}

    def same_event(a: str, b: str) -> bool:
        """Two outlets' top figures count the same thing: they sit in one merged event, or they
        share content words and do not name two different places (Homs vs Aleppo)."""
        ea, eb = ev_of.get((a, tops[a][0].start)), ev_of.get((b, tops[b][0].start))
        if ea is not None and ea == eb:
            return bool(stems[a] & stems[b])      # unless the sentences share no word at all
        apart = places[a] and places[b] and not places[a] & places[b]
        return (len(stems[a] & stems[b]) >= 2 or a in bare or b in bare) and not apart
    # a sentence that only states the toll ("The number of victims exceeds 60.", "At least 22 people
    # were killed and dozens wounded.") counts the story's dead
    bare = {aid for aid, (s, _, _) in tops.items() if bare_toll(s, ctx["res"][aid], _content)}
    # only figures that count the same thing and disagree (a pile-up's 2 dead against a
    # storm's 8 is no dispute, though each shares words with a third report)
    clash = {x for a in tops for b in tops if a < b and same_event(a, b)
             and _conflict([tops[a][1:], tops[b][1:]]) for x in (a, b)}
    tops = past_rise({aid: v for aid, v in tops.items() if aid in clash}, tolls)
    if len(tops) >= 2 and _conflict([(v, q) for _, v, q in tops.values()], stated_figures(tolls, tops)):
        out.append(Dispute("overall death toll: " + " vs ".join(
            sorted({str(v[0]) + ("+" if v[1] is None and q == "min" else "") for _, v, q in tops.values()})),
            [c for aid, (s, v, _) in tops.items() for c in beside(by_id[aid], s, v, tolls[aid], claim)], "count"))
    # the toll at one named place or target shared by several outlets ('the Bataclan')
    anchors: dict[str, dict[str, tuple]] = defaultdict(dict)
    for aid, t in tolls.items():
        for s, v, q in t:
            for w in _anchors(s.text):
                anchors[w].setdefault(aid, (s, v, q))
    n_sent = sum(len(t) for t in tolls.values())
    for w, per in sorted(anchors.items(), key=lambda kv: -len(kv[1])):
        share = sum(1 for t in tolls.values() for s, _, _ in t if w in s.text)
        if len(per) < 2 or share > 0.6 * n_sent or not _conflict([(v, q) for _, v, q in per.values()]):
            continue
        if {(a, s.start) for a, (s, _, _) in per.items()} == {(a, s.start) for a, (s, _, _) in tops.items()}:
            continue
        contested = {(c.article, c.span.start) for d in out for c in d.claims}
        if {(a, s.start) for a, (s, _, _) in per.items()} & contested:
            continue                  # one of its figures is already contested in an event's toll
        out.append(Dispute(f"death toll at {w}", [claim(aid, s) for aid, (s, _, _) in per.items()], "count"))
        break
    for art in articles:           # attributed figures side by side in one article
        res = ctx["res"][art.id]
        run: list[tuple[Sentence, str, tuple, str]] = []
        for s, v, q in tolls[art.id]:
            who = holder(s.text, res, s.start)
            if who:
                if run and s.start - run[-1][0].end > 600:
                    run = []
                run.append((s, who, v, q))
        whos = {w.split()[-1].lower() for _, w, _, _ in run}
        # one scope: no two figures tied to different named places or targets (a sentence
        # naming none counts the same thing as its neighbours)
        scopes = {frozenset(_anchors(s.text)) for s, _, _, _ in run} - {frozenset()}
        about = [_content(s.text) for s, _, _, _ in run]     # the same toll: the figures share what they count
        same = all(about[i] & about[i + 1] for i in range(len(about) - 1)) and \
            len({counted_kinds(s.text) for s, _, _, _ in run}) == 1
        if len(whos) >= 2 and len(scopes) <= 1 and same and _conflict([(v, q) for _, _, v, q in run]):
            out.append(Dispute(f"death toll: {' vs '.join(w for _, w, _, _ in run[:4])}",
                               [_claim(art, s, w) for s, w, _, _ in run[:6]], "count"))
    return out


@detector("blame")
def blame(articles: list[Article], ctx: dict) -> list[Dispute]:
    items = []
    for art in articles:
        res = ctx["res"][art.id]
        for s in ctx["sents"][art.id]:
            m = BLAME.search(s.text)
            if not m or passive_blame(s.text, m.start()):
                continue
            who = holder(s.text, res, s.start)
            after = _stems_after(s.text, BLAME) | {w[:5].lower() for w in re.findall(r"\b[A-Z][a-z]{3,}", s.text[max(0, m.start() - 40):m.start()])}
            if who:
                items.append((art, s, who, after - {_stem(who)}))
    out = []
    for i, (a1, s1, h1, t1) in enumerate(items):
        for a2, s2, h2, t2 in items[i + 1:]:
            k1, k2 = _stem(h1), _stem(h2)
            if not k1 or not k2 or k1 == k2 or s1 is s2 or not (t1 - t2 and t2 - t1) or one_side(h1, h2):
                continue
            if (k1 in t2 and k2 not in t2) or (k2 in t1 and k1 not in t1):
                out.append(Dispute(f"who is to blame: {h1} vs {h2}", [_claim(a1, s1, h1), _claim(a2, s2, h2)],
                                   "responsibility"))
                break
        if out:
            break
    return out


NEGATED = re.compile(r"\b(?:only\b[^.]{0,40}\b(?:and|but) not|rather than|instead of)\s+(?:any\s+)?([a-z]{4,})\b")
NEG_POLE = re.compile(r"\b(?:prevent\w*|stop\w*|block\w*|will not|won't|cannot|never)\b", re.I)
POS_POLE = re.compile(r"\b(?:allow\w*|path to|paving the way|pave the way|enabl\w+|lead to)\b", re.I)


@detector("correction")
def correction(articles: list[Article], ctx: dict) -> list[Dispute]:
    """'Initially it had been reported that …' against the article's current account."""
    out = []
    for art in articles:
        sents = ctx["sents"][art.id]
        for s in sents:
            cue = CORRECTION.search(s.text)
            if not cue or grew_from(s.text) or untold(s.text, cue):   # a count that grew: an update
                continue
            words = _content(s.text[:cue.start()] + s.text[cue.end():]) - REFERS  # 'reported': no shared topic
            pool = [o for o in sents if o is not s and not background(o.text, art)]
            told = toll_partner(s.text, pool)        # a corrected toll answers the article's toll
            best = None if told and grown_toll(s.text, told.text) else \
                told or max(pool, key=lambda o: len(_content(o.text) & words), default=None)  # grown: an update
            if best is not None and (told or len(_content(best.text) & words - _content(agreed(s.text, best.text))) >= 2):
                out.append(Dispute(f"earlier report vs later account: {_topic(s.text)}",
                                   [_claim(art, best, holder(best.text, ctx["res"][art.id], best.start)),
                                    _claim(art, s, "earlier reports")], "occurrence"))
    return out


@detector("negation")
def negation(articles: list[Article], ctx: dict) -> list[Dispute]:
    """A party's 'only X and not Y' against other sentences of the story stating Y."""
    out = []
    for art in articles:
        res = ctx["res"][art.id]
        for s in ctx["sents"][art.id]:
            if not STRONG.search(s.text):
                continue
            m = NEGATED.search(s.text)
            who = holder(s.text, res, s.start)
            if not m or not who:
                continue
            word, words = m.group(1), _content(s.text)
            others = [(a, o) for a in articles for o in ctx["sents"][a.id] if o is not s
                      and re.search(rf"\b{word}\b", o.text) and not NEGATED.search(o.text)
                      and len(_content(o.text) & words) >= 2]
            if others:
                claims = [_claim(art, s, who)] + [_claim(a, o, holder(o.text, ctx["res"][a.id], o.start))
                                                  for a, o in others[:4]]
                what = " ".join(s.text[m.start(1):].split()[:2]).strip(".,;")
                out.append(Dispute(f"{what}: {who} says no, other reports say yes", claims, "occurrence"))
    return out


@detector("polarity")
def polarity(articles: list[Article], ctx: dict) -> list[Dispute]:
    """Holders who say a thing will prevent an outcome against holders who say it will
    allow it ('prevent Iran from obtaining a nuclear weapon' / 'a sure path to nuclear
    weapons'); the outcome is a two-word phrase both sides name."""
    sides: dict[str, dict[str, list]] = defaultdict(lambda: {"neg": [], "pos": []})
    for art in articles:
        res = ctx["res"][art.id]
        for s in ctx["sents"][art.id]:
            neg, pos = NEG_POLE.search(s.text), POS_POLE.search(s.text)
            if bool(neg) == bool(pos):
                continue
            who = holder(s.text, res, s.start) or _quoted_by(art, s)
            if not who:
                continue
            for a, b in re.findall(r"\b([a-z]{4,}) ([a-z]{4,}?)s?\b", s.text.lower()):
                if a not in _STOP and b not in _STOP:
                    sides[f"{a} {b}"]["neg" if neg else "pos"].append((art, s, who))
    out = []
    for phrase, sd in sides.items():
        hn = {w.split()[-1].lower() for _, _, w in sd["neg"]}
        hp = {w.split()[-1].lower() for _, _, w in sd["pos"]}
        if sd["neg"] and sd["pos"] and hn - hp and hp - hn:
            claims = [_claim(a, s, w) for a, s, w in sd["neg"][:4] + sd["pos"][:4]]
            out.append(Dispute(f"whether it leads to {phrase}", claims, "claim"))
    return sorted(out, key=lambda d: -len(d.claims))[:1]


def _resolver(art: Article) -> Resolver:
    """One speaker resolver per article text, kept on the article: an incremental refresh
    reuses decoded articles, so a story's resolvers are not rebuilt on every new arrival."""
    if "resolver" not in art.layers:
        art.layers["resolver"] = resolver_for(art.text)
    return art.layers["resolver"]


def story_context(arts: list[Article], events=()) -> dict:
    """What every detector reads of one story: each article's resolver and sentences, its events."""
    return {"res": {a.id: _resolver(a) for a in arts}, "sents": {a.id: sentences(a) for a in arts},
            "events": list(events)}


@corpus_step("disputes")
def find_disputes(articles: list[Article], picture: Picture) -> None:
    stories: dict[str, list[Article]] = defaultdict(list)
    for art in articles:
        if not art.duplicate_of:
            stories[art.story or art.id].append(art)
    by_article = {a.id: a.story or a.id for a in articles}
    for sid, arts in stories.items():
        if all("figures" in a.layers and not a.mentions for a in arts):
            continue                  # the events step found no event: a review, a product page
        ctx = story_context(arts, [e for e in picture.events
                                   if any(by_article.get(m.article) == sid for m in e.mentions)])
        found: list[Dispute] = [d for fn in DETECTORS.values() for d in fn(arts, ctx)]
        kept = _dedupe(found)[:MAX_PER_STORY]
        kept += fallback(arts, ctx, kept)          # a generic pair no detector words (dispute_fallback.py)
        for d in kept:
            no_file_ids(d, {a.id: a.outlet for a in arts})
        picture.disputes.extend(kept)


from . import dispute_detectors  # noqa: E402,F401  (registers every detector, in order)
from .dispute_fallback import fallback  # noqa: E402
