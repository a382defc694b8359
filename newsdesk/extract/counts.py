"""Casualty figures (dead, injured) from one sentence, as `Count(low, high)`.

Why our own rules: no installed library links a number to "killed" vs "wounded", and the
mistakes that matter are specific (an age, "24 hours", "two of the blasts", the subgroup
"including 3 children" replacing the total). The approach is token based and cheap:

1. tokenise with character offsets;
2. read every quantity ("more than 40", "between 15 and 35", "a dozen", "dozens",
   "1,500", "three to five", "twenty-five") with its modifier, skipping dates, years,
   ages, units (hours, miles, %), money and fractions (`not_people.py`);
3. link a quantity to a cue: after it ("40 people were killed", "235 dead", "9,000
   wounded"), before it ("killing 6 civilians", "massacre of 40", "bodies of four"), or a
   toll ("the death toll rose ... to 63", "put the number of dead at 128");
4. per kind, prefer totals over subgroups ("of the", "including"), new figures over
   superseded ones ("an earlier tally of 38"), totals over increments ("two more"), and
   official figures over a party's claims ("the Brotherhood claims at least 2,000");
5. across the sentences of one event in one article, `pick` reconciles the statements
   (`same_toll`: "nearly 140" and "at least 138" are one toll told twice).

Quantities and their conventions ("nearly 140" -> (140, 140) with qualifier "approx",
"dozens" -> (24, None), ...) live in `quantities.py`.
"""
from __future__ import annotations

import re
from functools import lru_cache
from dataclasses import dataclass, field

from ..model import Count
from .grp_counts import (among_after, coordinated, first_told_pairs, forecast, joined as _joined, left as _left,
                         single_dead)
from .not_people import not_people
from .toll_bound import within_bounds
from .toll_reach import reached
from .toll_listed import listed
from .quantities import (STARTS, Quantity, Tok, abbrev_dot, phrase_set, word_set, parse_quantity,
                         quantities, quantity_at, tokenize)

__all__ = ["casualties", "mentions", "parse_quantity", "quantities", "Mention", "pick", "same_toll"]

SUBGROUP_AFTER_OF = word_set("the them those these whom which its their his her our us you")
SUBGROUP_BEFORE = phrase_set("including|among them|among whom|of whom|of them|included|"
                           "among the dead were|among those|among the victims were|"
                           "received|had received|has received")   # one hospital's intake of patients
SUPERSEDED = word_set("earlier previous initial preliminary first old")
TOLD_FIRST = phrase_set("initially|originally|at first|early reports|first reports|initial reports|"
                         "early report|first report|initial report|preliminary report|preliminary reports")
INCREMENT = word_set("more further additional another")   # not "others": "180 others were injured"
# cue words after the quantity ("40 people were killed", "235 dead", "2,200 deaths")
POST_DEAD = word_set("killed died dead deaths slain murdered massacred slaughtered executed "
                   "perished bodies corpses fatalities beheaded drowned lynched assassinated dies die martyred")
POST_INJ = word_set("injured wounded hurt hospitalised hospitalized injuries maimed stabbed")
POST_PHRASES = {ph: kind for kind, text in (
    ("dead", "lost their lives|lost their life|shot dead|gunned down|found dead|burned to death|"
             "burnt to death|stabbed to death|beaten to death|hacked to death|choked to death|"
             "choke to death|crushed to death|trampled to death|suffocated to death|embraced martyrdom|"
             "attained martyrdom"),
    ("injured", "treated for injuries|treated for wounds|sustained injuries|suffered injuries|"
                "admitted to hospital|taken to hospital|shot and wounded|shot and injured|"
                "stabbed and wounded|stabbed and injured"),
) for ph in phrase_set(text)}
# verbs that may be active ("Four gunmen killed 87 people"): the subject is then no toll
TRANSITIVE = word_set("killed murdered massacred slaughtered executed injured wounded hurt stabbed "
                    "beheaded lynched assassinated maimed")
# between a quantity and its post cue: a short noun phrase, then auxiliaries
GAP_BREAK = word_set("and or but while when after before in on at with from by for which as since "
                   "than said says if because into near during per will would could should can "
                   "may might must shall not never no")
AUX_OK = word_set("confirmed believed feared reported reportedly thought known presumed said been "
                "injured wounded armed unarmed unidentified suspected displaced trapped detained "
                "alleged wanted masked including "
                # a passive of record that takes the state as its complement ("77 were recorded injured")
                "recorded listed registered counted declared pronounced")
AUXILIARIES = word_set("were was have has had been being be are is to later also all reportedly now "
                     "so far either both each apparently allegedly since then")
ASIDE = word_set("including mostly most many among all mainly both some police officials "
               "witnesses according")
# cue words before the quantity ("killing 6 civilians", "massacre of 40")
PRE_DEAD = phrase_set("killed|killing|kills|kill|slaughtered|slaughtering|massacred|massacring|"
                    "murdered|murdering|executed|executing|gunned down|gunning down|gun down|"
                    "shot dead|shooting dead|claimed the lives of|claiming the lives of|bodies of|corpses of|"
                    "massacre of|killing of|killings of|deaths of|death of|murder of|murders of|"
                    "lives of|left|leaving|leaves")
PRE_INJ = phrase_set("injured|injuring|injures|wounded|wounding|wounds|hurt|hurting|maiming|"
                   "injuries to")
# "left" / "leaving" need a following "dead"/"injured" (handled by the post cue instead)
PRE_NEEDS_POST = phrase_set("left|leaving|leaves")
PRE_GAP_OK = word_set("a an the some another off up all nearly reportedly at least")
TOLL_HEADS = {ph: kind for kind, text in (
    ("dead", "death toll|toll|number of dead|number of deaths|number of killed|"
             "number of fatalities|number of victims|fatality toll|body count|dead numbered|total fatalities|"
             "number of people killed|number of people dead|number of those killed|"
             "number of people who died|number of people who have died|number killed"),
    ("injured", "injury toll|number of injured|number of wounded|number of injuries|"
                "number of people injured|number of people wounded|number of those injured|"
                "number injured|number wounded"),
) for ph in phrase_set(text)}
TOLL_LINK = word_set("to at of hit hits reached reaches exceeds exceeded topped tops passed stood "
                   "stands is was surpassed neared past above beyond now currently")
# cheap prefilter (substring tests on the lower-cased sentence): most sentences have no cue
CUE_STEMS = ("kill", "dead", "death", "die", "slain", "murder", "massacr", "slaughter",
             "execut", "perish", "martyr", "bodies", "corpses", "fatal", "behead", "drown", "lynch", "assassin",
             "injur", "wound", "hurt", "hospital", "maim", "toll", "lives", "gunned", "gunning",
             "gun down", "body count", "stab", "loss of", "losses of", "lost")

@dataclass
class Mention:
    """One casualty figure found in a sentence."""
    kind: str             # "dead" or "injured"
    count: Count
    span: tuple[int, int]
    qualifier: str
    subgroup: bool = False
    superseded: bool = False
    increment: bool = False
    claim: bool = False       # a party's figure ("the Brotherhood claims at least 2,000")
    total: bool = False       # stated as the whole toll ("the death toll rose to", "in all")
    q: Quantity | None = field(default=None, repr=False, compare=False)  # where it was read


def _index(phrases, pos: int) -> dict[str, list[tuple[str, ...]]]:
    """Phrases keyed by their first (pos 0) or last (pos -1) word, longest first."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for ph in sorted(phrases, key=len, reverse=True):
        out.setdefault(ph[pos], []).append(ph)
    return out


_POST_BY_FIRST = _index(POST_PHRASES, 0)
_PRE_BY_LAST = {"dead": _index(PRE_DEAD, -1), "injured": _index(PRE_INJ, -1)}
_TOLL_BY_LAST = _index(TOLL_HEADS, -1)


def _ends_with(toks: list[Tok], i: int, ph: tuple[str, ...]) -> bool:
    k = len(ph)
    return i - k + 1 >= 0 and all(toks[i - k + 1 + m].low == ph[m] for m in range(k))


ACTIVE = {("shot", "dead"), ("gunned", "down")}     # phrases that take an object as verbs


def _object_after(toks: list[Tok], q: Quantity, k: int, aux: bool, gap: int) -> bool:
    """An active verb right after the quantity's noun phrase with an object at `k`: the
    quantity counts the doers ("Four gunmen killed 87 people"), not the dead."""
    if aux or gap == 0 or _left(toks, q) or k >= len(toks):
        return False
    if toks[k].low == "at":     # "killed at least 87" is an object, "killed at a wedding" is not
        return k + 1 < len(toks) and toks[k + 1].low in ("least", "most")
    return toks[k].low in ("a", "an", "the", "his", "her", "their") or quantity_at(toks, k) is not None


def _match_phrase(toks: list[Tok], i: int, phrases) -> tuple[tuple[str, ...], int] | None:
    for ph in _POST_BY_FIRST.get(toks[i].low, ()):
        k = len(ph)
        if all(i + m < len(toks) and toks[i + m].low == ph[m] for m in range(k)):
            return ph, i + k
    return None


def _post_cue(toks: list[Tok], q: Quantity) -> tuple[str, int] | None:
    """Kind and distance of a cue after the quantity ("40 people were killed")."""
    n = len(toks)
    j, gap, aux = q.j, 0, False
    # "40 more people", "dozens of people": tolerate "of" right after the number
    while j < n and gap <= 10:
        t = toks[j]
        w = t.low
        if w in (",", "–", "—", "(") and j + 1 < n and toks[j + 1].low in ASIDE:
            # "Five Palestinians, including two children, were killed": skip the aside
            close = next((k for k in range(j + 2, min(n, j + 9))
                          if toks[k].low in (",", "–", "—", ")")), None)
            if close is None:
                return None
            j = close + 1
            continue
        ph = _match_phrase(toks, j, POST_PHRASES)
        if ph:      # "One officer shot dead four of them": an object follows, the number shot
            doers = ph[0] in ACTIVE and _object_after(toks, q, ph[1], aux, gap)
            return None if doers else (POST_PHRASES[ph[0]], gap)
        if (w in POST_DEAD or w in POST_INJ) and not (t.text[0].isupper() and not _titled(toks)):
            kind = "dead" if w in POST_DEAD else "injured"
            if j + 2 < n and toks[j + 1].low in ("or", "and", "/") and (
                    toks[j + 2].low in (POST_INJ if kind == "dead" else POST_DEAD)):
                return None   # "killed or wounded": a combined figure, neither kind
            if w in ("bodies", "corpses", "deaths", "fatalities", "injuries") and gap > 2:
                return None
            if w in TRANSITIVE and _object_after(toks, q, j + 1, aux, gap):
                return None     # "Four gunmen killed 87 people": an object follows, so this was the actor
            return kind, gap
        if w == "." and abbrev_dot(toks, j):
            j += 1            # "18 U.S. service members were injured": the dot of an initial
            continue
        if not w[0].isalnum() and w not in ("-", "’", "'"):
            return None
        if w in GAP_BREAK or w[0].isdigit():
            return None
        if w in AUXILIARIES:
            aux = True
        elif w.endswith("ed") and w not in AUX_OK:
            return None
        elif w.endswith("ing") and w not in ("being",):
            return None
        elif aux and not (w.endswith("ly") or w in AUX_OK or w in ("still", "yet", "not")):
            return None       # "three shows will mark the final ...": a verb phrase, no toll
        elif not aux and gap >= 6:
            return None       # noun phrases between a number and its verb are short
        j += 1
        gap += 1
    return None


def _titled(toks: list[Tok]) -> bool:
    """A headline in title case ("Dozens Die in Odessa Blaze"): capitals carry no meaning.
    Elsewhere a capitalised cue is a name ("the Grateful Dead", "Eagles of Death Metal")."""
    words = [t for t in toks if t.text[0].isalpha() and len(t.text) > 3]
    return bool(words) and sum(t.text[0].isupper() for t in words) >= 0.6 * len(words)


ATTEMPTED = word_set("attempted failed foiled thwarted botched")
# "admitted the loss of 31 fighters": a side's own dead, when what was lost are its men
LOSS_OF = phrase_set("loss of|losses of|lost")
COMBATANTS = word_set("fighters soldiers troops servicemen men personnel militants officers")


def _pre_cue(toks: list[Tok], q: Quantity) -> tuple[str, int] | None:
    """Kind and distance of an active or nominal cue before the quantity."""
    if q.j < len(toks) and toks[q.j].low in COMBATANTS and \
            any(_ends_with(toks, q.i - 1, ph) for ph in LOSS_OF):
        return "dead", 0
    i, gap = q.i - 1, 0
    while i >= 0 and gap <= 2:
        for kind, index in _PRE_BY_LAST.items():
            for ph in index.get(toks[i].low, ()):
                if _ends_with(toks, i, ph):
                    # "the attempted murder of two people": an attempt kills no one
                    if ph in PRE_NEEDS_POST or (kind == "dead" and i - len(ph) >= 0 and
                                                toks[i - len(ph)].low in ATTEMPTED):
                        return None
                    return kind, gap
        if toks[i].low not in PRE_GAP_OK:
            return None
        i -= 1
        gap += 1
    return None


def _toll_cue(toks: list[Tok], q: Quantity) -> tuple[str, int] | None:
    """'the death toll rose dramatically Monday, April 22 to 290', 'number of dead at 128'."""
    if q.i == 0 or toks[q.i - 1].low not in TOLL_LINK and toks[q.i - 1].low != "put":
        return None
    lo = max(0, q.i - 30)
    for i in range(q.i - 1, lo - 1, -1):
        if toks[i].text in (".", ";", "!", "?"):
            return None
        for ph in _TOLL_BY_LAST.get(toks[i].low, ()):
            kind = TOLL_HEADS[ph]
            if _ends_with(toks, i, ph):
                if ph == ("toll",) and (q.i - i > 8 or (i > 0 and toks[i - 1].low in (
                        "injury", "injuries", "a", "heavy", "its", "their", "emotional"))):
                    continue  # "has taken a toll": no figure follows
                return None if forecast(toks, i + 1, q.i) else (kind, q.i - i)
    return None


CLAIM_VERBS = word_set("claims claimed claim claiming alleges alleged allege alleging")
CLAIM_GAP = word_set("that at least more than over some nearly about around up to as many")


def _claimed(toks: list[Tok], q: Quantity) -> bool:
    """The figure is the object of a claim verb ("claims at least 2,000 people were killed",
    "claimed that more than 500 ..."); "claimed responsibility for the attacks that killed
    128" is not (the verb governs the responsibility, not the number)."""
    if _lives_taken(toks, q):
        return False          # "the blast claimed 40 lives": a toll, not a claim
    i = q.i - 1
    while i >= 0 and q.i - i <= 3 and toks[i].low in CLAIM_GAP:
        i -= 1
    return i >= 0 and toks[i].low in CLAIM_VERBS


CLAUSE_BREAK = re.compile(r"[;:]|\b(?:but|while|whereas|however|said|says|according)\b", re.I)
LIVES_TAKEN = word_set("claimed claiming claims claim cost costing costs took taking takes take")


def _lives_taken(toks: list[Tok], q: Quantity) -> bool:
    """"claimed 40 lives", "has cost at least 12 lives" (never "saved 40 lives")."""
    if q.j >= len(toks) or toks[q.j].low not in ("lives", "life"):
        return False
    i = q.i - 1
    while i >= 0 and toks[i].low in PRE_GAP_OK:
        i -= 1
    return i >= 0 and toks[i].low in LIVES_TAKEN


TOTAL_WORDS = phrase_set("in all|in total|a total of|altogether|overall")


def _in_all(toks: list[Tok], q: Quantity) -> bool:
    """'In all, French authorities put the number of dead at 128': a total, not a part."""
    head = [t.low for t in toks[max(0, q.i - 12):q.i]]
    return any(tuple(head[k:k + len(p)]) == p for p in TOTAL_WORDS for k in range(len(head)))


def _flags(toks: list[Tok], q: Quantity) -> tuple[bool, bool, bool]:
    n = len(toks)
    nxt = toks[q.j].low if q.j < n else ""
    nxt2 = toks[q.j + 1].low if q.j + 1 < n else ""
    subgroup = (nxt == "of" and nxt2 in SUBGROUP_AFTER_OF) or \
        any(tuple(t.low for t in toks[max(0, q.i - len(p)):q.i]) == p for p in SUBGROUP_BEFORE) or \
        among_after(toks, q.j)
    before = {t.low for t in toks[max(0, q.i - 4):q.i]}
    superseded = bool(before & SUPERSEDED) and bool(before & {"tally", "toll", "figure", "count", "of"}) \
        or _told_first(toks, q.i)
    inc = (nxt in INCREMENT and not (nxt == "more" and nxt2 == "than")) or \
        (q.i > 0 and toks[q.i - 1].low in ("another", "further", "additional"))
    return subgroup, superseded, inc


def _other_kind_increments(found: list[Mention]) -> None:
    """"killed 140 and wounded another 525", "four died and 30 more were hurt": "another" /
    "more" adds to the earlier figure of the sentence, which counts the other kind, so the
    wounded are counted for the first time; an increment stays one when its own kind was
    counted before it, or when nothing was (its whole is told in another sentence)."""
    for k, m in enumerate(found):
        if m.increment and found[:k] and all(o.kind != m.kind for o in found[:k]):
            m.increment = False


def _told_first(toks: list[Tok], i: int) -> bool:
    """The figure's clause opens with "initially" / "at first" ("At first only 12 were
    thought to have died, but ..."): what was first believed, since replaced."""
    head = [t.low for t in toks[max(0, i - 10):i]]
    head = head[max((k + 1 for k, w in enumerate(head) if w in ("but", "now", ";", "however")), default=0):]
    return any(tuple(head[k:k + len(p)]) == p for p in TOLD_FIRST for k in range(len(head)))


def mentions(sentence: str) -> list[Mention]:
    """Every casualty figure in the sentence, each quantity used at most once."""
    if not sentence:
        return []
    low = sentence.lower()
    if not any(st in low for st in CUE_STEMS):
        return []
    toks = tokenize(sentence)
    found: list[Mention] = []
    loose: list[Quantity] = []      # quantities with no cue of their own: parts of a list?
    pre_last = False                # the last figure found was read from a cue before it
    i = 0
    while i < len(toks):
        if not (toks[i].low[0].isdigit() or toks[i].low in STARTS):
            i += 1
            continue
        q = quantity_at(toks, i)
        if not q:
            i += 1
            continue
        i = q.j
        q = reached(toks, q) or q    # "bringing the total ... up to 22": a toll, not a ceiling
        if not_people(toks, q, sentence):
            if q.qualifier == "range":
                i = q.i + 1   # "April 22 to 290": the date ends the range, 290 stands alone
            continue
        toll = _toll_cue(toks, q)
        post, pre = _post_cue(toks, q), _pre_cue(toks, q)
        cues = [c for c in (post, pre, toll) if c] or \
            ([("dead", 0)] if _lives_taken(toks, q) else [])
        if not cues:
            if found and pre_last and found[-1].q.j <= q.i and coordinated(toks, found[-1].q, q):
                found[-1] = _joined(found[-1], q)    # "killing 20 children and six adults"
            else:
                loose.append(q)
            continue
        kind = min(cues, key=lambda c: c[1])[0]
        pre_last = min(cues, key=lambda c: c[1]) is pre
        sub, sup, inc = _flags(toks, q)
        total = bool(toll) or _in_all(toks, q)
        claim = _claimed(toks, q) or bool(found and found[-1].claim and not CLAUSE_BREAK.search(
            sentence[found[-1].span[1]:q.start]))   # "claimed 500 were killed and 9,000 wounded"
        m = Mention(kind, q.count, (q.start, q.end), q.qualifier, sub, sup, inc, claim, total, q)
        head = loose[-1] if loose and post is not None and min(cues, key=lambda c: c[1]) is post \
            and coordinated(toks, loose[-1], q) else None
        if head is not None:        # "20 first graders and six educators were killed"
            m = _joined(m, head)
            loose.pop()
        found.append(m)
    _other_kind_increments(found)
    first_told_pairs(found, sentence)
    return listed(sentence, found)


def _best(ms: list[Mention]) -> Mention | None:
    if not ms:
        return None
    return min(enumerate(ms), key=lambda p: (p[1].subgroup, p[1].superseded, p[1].increment,
                                             p[1].claim, p[0]))[1]


# how tightly a statement pins a toll: a count beats a bound, a bound beats a rounding
# ("nearly 140" is the rounded "at least 138" the same article gives later)
PRECISION = {"exact": 0, "singular": 0, "range": 1, "min": 2, "approx": 3, "at_most": 4, "vague": 5}


def same_toll(a: Count, b: Count) -> bool:
    """Two statements that can be one toll told twice: the same low ("at least 235" and
    "235"), a range holding the other ("three to five" and 4), or a round figure close to a
    precise one ("nearly 140" and "at least 138", "more than 30" and "at least 31")."""
    if a.low == b.low:
        return True
    for x, y in ((a, b), (b, a)):
        if x.high is not None and x.low <= y.low <= x.high and (y.high is None or y.high <= x.high):
            return True
    hi, lo = max(a.low, b.low), min(a.low, b.low)
    rounded = any(c.low >= 20 and c.low % 10 == 0 for c in (a, b))
    return rounded and hi - lo <= max(2, 0.05 * hi)


def pick(ms: list[Mention]) -> Mention | None:
    """One figure from every statement an article makes of one event's toll: official
    figures over a party's claims, totals over increments, new over superseded, never a
    subgroup alone; then, among the statements of the first toll stated (or of a larger whole
    told after it: "at least 80 at a concert hall" ... "in all ... 128"), the most precise
    (a bound over a rounding, an unround number over a round one), the most repeated."""
    whole = [m for m in ms if not m.subgroup]
    if not whole:
        return None           # "four of the dead had gunshot wounds": a part, the toll unknown
    plain = [m for m in whole if not (m.superseded or m.increment or m.claim)] \
        or [m for m in whole if not m.superseded] or whole
    lead = plain[0]
    total = next((m for m in plain if m.total and m.count.low > lead.count.low), None)
    lead = total or lead      # a whole told after its part, never a rival smaller toll
    if lead.qualifier == "vague":     # "dozens killed" ... "at least 25 were killed": the count;
        # "scores wounded" ... "500 wounded": a vague word has no top, any count above it fits
        lead = next((m for m in plain if m.qualifier != "vague" and lead.count.low <= m.count.low), lead)
    same = within_bounds([m for m in plain if same_toll(m.count, lead.count)])
    said = [(m.count.low, m.count.high) for m in same]
    best = min(same, key=lambda m: (PRECISION.get(m.qualifier, 6), m.count.low % 10 == 0,
                                    -said.count((m.count.low, m.count.high)), same.index(m)))
    # "At least 70 killed" ... "confirmed 70 deaths": one toll, and the bound is the fuller
    # statement of it, the plain figure its shorthand (as `figures.best_count` holds for events)
    return next((m for m in same if m.qualifier == "min" and m.count.high is None
                 and m.count.low == best.count.low), best)


_SINGULAR = re.compile(
    r"\b(?:an?|one)\s+(?!number\b|total\b|further\b)(?:(?!who\b|which\b|that\b|and\b)[\w'’-]+\s+){0,4}?"
    r"(?:was|has\s+been|had\s+been)\s+(?:(?:reportedly|also|later|fatally|seriously|critically)\s+)?"
    r"(killed|shot\s+dead|murdered|slain|wounded|injured|hurt)\b|"
    r"\b(?:an?|one)\s+(?!number\b|total\b)(?:(?!who\b|which\b|that\b|and\b)[\w'’-]+\s+){1,4}?"
    r"(died)\b", re.I)


def _singular(sentence: str) -> list[Mention]:
    """"A 52-year-old farmer was killed": one person (used only when no figure is given)."""
    out = []
    for m in _SINGULAR.finditer(sentence):
        if sentence[max(0, m.start() - 3):m.start()].lower() == "no ":
            continue          # "no one was hurt"
        verb = (m.group(1) or m.group(2)).lower()
        kind = "injured" if verb in ("wounded", "injured", "hurt") else "dead"
        out.append(Mention(kind, Count(1, 1), (m.start(), m.start() + len(m.group().split()[0])),
                           "singular"))
    return out


def casualties(sentence: str) -> dict:
    """{"dead", "injured", "dead_span", "injured_span"} for one sentence (Count or None;
    spans are character offsets of the quantity), plus "mentions" (all figures found)."""
    got = _casualties(sentence)
    return {**got, "mentions": list(got["mentions"])}


# the event step reads a sentence's figures twice (per-sentence counts, then the grouping's
# statements), and an incremental refresh has the toll detectors read a whole story's sentences
# on each arrival: a big story's sentences are kept (256 thrashed on a 100-report story)
@lru_cache(maxsize=8192)
def _casualties(sentence: str) -> dict:
    ms = mentions(sentence)
    kinds = {m.kind for m in ms}
    ms += [m for m in _singular(sentence) if m.kind not in kinds] if sentence else []
    if sentence and not any(m.kind == "dead" for m in ms):     # "Heaven was shot ... and died"
        ms += [Mention("dead", Count(1, 1), sp, "singular") for sp in single_dead(sentence)]
    dead = _best([m for m in ms if m.kind == "dead"])
    inj = _best([m for m in ms if m.kind == "injured"])
    return {"dead": dead.count if dead else None, "injured": inj.count if inj else None,
            "dead_span": dead.span if dead else None, "injured_span": inj.span if inj else None,
            "dead_qualifier": dead.qualifier if dead else None,
            "injured_qualifier": inj.qualifier if inj else None, "mentions": ms}
