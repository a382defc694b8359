"""What ties two statements of one article to the same act when they name no actor, place or
mode in common, and which statements may not open an event of their own (extract/ev_group.py).

Why: a local report tells one shooting as "someone opened fire", "Heaven was shot in the
back", "the shooting occurred in ...": no shared name, but the same kind of act. The act a
trigger names ("shot", "gunfire", "stabbing") is that link; grouping still refuses it when
actors, places or tolls conflict, so two shootings with different places stay apart.
"""
from __future__ import annotations

import re

from .ev_group_fresh import retold_fresh
from .grp_parts import counted_part

# the act a trigger word names, by word start (on the trigger text); a trigger's own PLOVER
# mode counts too, so "opened fire" (firearms) meets "was shot"
ACTS = tuple((key, re.compile(rf"\b(?:{stems})", re.I)) for key, stems in (
    ("firearms", r"shot|shoot|gun|open(?:ed|ing)? fire|fired (?:on|at)|return(?:ed|ing)? fire|sniper"),
    ("stab", r"stab|knif|hack(?:ed|ing) to|slash"),
    ("explosion", r"bomb|blast|explo|suicide vest|ied\b|car bomb"),
    ("kill", r"kill|murder|slay|slain"),
    ("vehicle", r"ramm|run over|ran over|mow(?:ed|ing) down|drove into|plough|plow"),
))
ACT_WINDOW = 8       # sentences: how far a statement may sit from the group it links by act
# the stems that only name a result ("killed") link statements less surely than a means:
# they link only when neither side names a means that differs
RESULT = {"kill"}
MEANS_OF_MODE = {"firearms": "firearms", "explosion": "explosion", "suicide": "explosion",
                 "stabbing": "stab", "knife": "stab"}


def acts(c) -> set[str]:
    """The acts a candidate's triggers name (tolls name none: "died" is a result, no act)."""
    out = set()
    if c.mode in MEANS_OF_MODE:
        out.add(MEANS_OF_MODE[c.mode])
    for t in c.triggers:
        if t.kind == "toll":
            continue
        out.update(key for key, rx in ACTS if rx.search(t.text))
    return out


def group_acts(g) -> set[str]:
    return set().union(*(acts(c) for c in g.cands)) if g.cands else set()


def same_act(g, c) -> bool:
    """Both tell the same means ("opened fire" / "was shot"), or both only the same result
    ("killing the man" / "killing the suspect") with no differing means beside it."""
    a, b = group_acts(g), acts(c)
    means_a, means_b = a - RESULT, b - RESULT
    if means_a & means_b:
        return True
    if means_a and means_b:
        return False
    return bool(a & b & RESULT)


def empty_toll(c) -> bool:
    """Only toll words ("died", "injuries", "Lives") and no figure: nothing to found an
    event on; such a statement may join one ("the third victim's injuries")."""
    return bool(c.triggers) and all(t.kind == "toll" for t in c.triggers) and \
        c.dead is None and c.injured is None


def own_toll(c) -> bool:
    """Deaths told with their own figure and their own place and no word pointing back
    ("at least two deaths in Nebraska"): a bare toll is anaphoric, but this one says where,
    so a group placed elsewhere is not its event."""
    return bool(c.places) and (c.dead is not None or c.injured is not None) and \
        all(t.kind == "toll" for t in c.triggers)


def _regions(places, names) -> set | None:
    """(country, first-level region) of every name; None when one is wider or unknown."""
    out = set()
    for name in names:
        loc = places._resolve(name)
        region = loc and (loc.admin1 or (loc.name if loc.precision == "admin1" else None))
        if not region:
            return None
        out.add((loc.country, region))
    return out


def elsewhere(places, a, b) -> bool:
    """Both sides are placed in first-level regions (states, provinces) and share none: a
    toll "in Nebraska" is not the pile-up "in Iowa", though one country holds both."""
    if not a or not b:
        return False
    ra, rb = _regions(places, a), _regions(places, b)
    return bool(ra and rb) and not ra & rb


# a singular definite reference to the act already told: "killed in the attack",
# "Saturday's shooting", "the London attack", "that bombing"
_SINGLE_REF = re.compile(r"\b(?:the|this|that|\w+day['\u2019]s|\w+day (?:night|morning|evening|"
                         r"afternoon)['\u2019]s)\s+(?:[A-Za-z-]+\s+)?$", re.I)


def refers_back_single(text: str, c) -> bool:
    """A death told "in the attack": it points at the article's main attack, not at the
    statement told just before."""
    return any(t.kind != "toll" and not t.text.lower().endswith("s") and t.type == c.type
               and _SINGLE_REF.search(text[:t.start]) for t in c.triggers)


# a victim singled out of a toll told before: "One of those hurt was ...", "Another of the
# wounded ...", "Among the dead were ..."
_VICTIM_OF = re.compile(r"^\W*(?:(?:one|another|two|three|some|several|many|most) of (?:those|the)|"
                        r"among (?:those|the))\s+(?:\w+\s+)?(?:injured|wounded|hurt|dead|killed|victims)\b",
                        re.I)


def victim_ref(groups, c, art, fits):
    """A sentence opening on a victim of a toll told before ("One of those seriously injured
    was a man of 70 ...") tells that toll's act: it joins the group of its type whose toll
    was told last before it (and `fits` it), not a group of its own (its hospital is no
    place of another act)."""
    if c.type != "ASSAULT" or not _VICTIM_OF.search(art.sentences[c.sent].text):
        return None
    told = [(max(o.sent for o in g.cands if o.sent < c.sent and (o.dead or o.injured)), k)
            for k, g in enumerate(groups) if g.type == c.type and fits(g)
            and any(o.sent < c.sent and (o.dead or o.injured) for o in g.cands)
            and not any(o.sent == c.sent for o in g.cands)]
    return groups[max(told)[1]] if told else None


_PAST_YEAR = re.compile(r"\b(?:in|of|during|back in|(?:[A-Z][a-z]+ \d{1,2},?))\s+(1[89]\d\d|20\d\d)\b")


def mark_past(art, cands, lede: int = 2) -> None:
    """Scratch flag `past`: a weak statement set in a year before the article's ("in 2013,
    the day after ... killed Lee Rigby") may join an event, never give it its victim or toll.
    Not the lede ("rose to 290, the worst since the war ended in 2009" still gives 290)."""
    from .ev_filter import anchor_year
    weak = [c for c in cands if c.weak and c.sent >= lede]
    year = anchor_year(art) if weak else None
    for c in cands:
        text = art.sentences[c.sent].text
        c.past = bool(year and c in weak and "since" not in text.lower() and any(
            int(y) < year for y in _PAST_YEAR.findall(text)))


def means(c) -> set[str]:
    """The means a candidate names ("shooting", "bomb"), results ("killed") left out."""
    return acts(c) - RESULT


def is_death(c) -> bool:
    """A statement of deaths: a dead figure, or a death toll word ("was also killed")."""
    return c.dead is not None or any(
        t.kind == "toll" and re.match(r"(?:kill|die|dead|death)", t.text.lower())
        for t in c.triggers)



# the party who carried out an attack, told as shot by the police or troops: "Officers shot
# the bomber dead", "the gunman, whom troops killed at the gate"
_ATTACKER = re.compile(r"\b(?:gunm[ae]n|attackers?|assailants?|driver|bombers?|shooters?|perpetrators?|"
                       r"hijackers?|hostage[- ]takers?|knifem[ae]n)\b", re.I)
_FORCES = re.compile(r"\b(?:police|policem[ae]n|officers|troops|soldiers|security forces|commandos)\b", re.I)
_FELLED = re.compile(r"\b(?:shot|killed|gunned down|neutrali[sz]ed)\b", re.I)


def ends_attack(art, g) -> bool:
    """An attack group opened by the police or troops felling the attacker: it ends the
    article's attack, and what the article says later of "the attack", its wounded or its
    scene is not about it."""
    if g.type != "ASSAULT":
        return False
    text = art.sentences[g.cands[0].sent].text
    return bool(_ATTACKER.search(text) and _FORCES.search(text) and _FELLED.search(text))


def about_attacker(art, c) -> bool:
    """The statement itself names the attacker (it may tell of his end)."""
    return bool(_ATTACKER.search(art.sentences[c.sent].text))


# "a second blast struck the depot", "Another bomb went off near the bridge": a new act
_ANOTHER = re.compile(r"\b(?:another|a (?:second|third|fourth|fifth|further|separate))\s+(?:[\w-]+\s+)?$", re.I)


# acts told as spread over days ("several airstrikes during the week", "fighting has raged
# around the city"): the campaign around an act, not the act told with its hour
_DURATIVE = re.compile(r"\b(?:(?:during|throughout|over)\s+the\s+(?:past\s+|last\s+|previous\s+)?"
                       r"(?:few\s+|several\s+|two\s+|three\s+)?(?:days|week|weeks)|"
                       r"in\s+(?:recent|the\s+past|the\s+last)\s+(?:few\s+|several\s+)?(?:days|weeks)|"
                       r"(?:has|have|had)\s+(?:been\s+)?rag(?:ed|ing))\b", re.I)


# an act told as "earlier in the day" right after its trigger ("riots emerged earlier in the
# day"): one that came before the act the article leads with, not a retelling of it
_EARLIER = re.compile(r"[\w\s-]{0,25}?\bearlier\s+(?:in\s+the\s+day|that\s+day)\b", re.I)


def earlier_same_day(text: str, c) -> bool:
    """A trigger of the statement is followed, within its clause, by "earlier in the day"."""
    return c.dead is None and any(_EARLIER.match(text, t.end) for t in c.triggers)


def another_act(art, c, groups=None) -> bool:
    """The statement names its act as one more of a series, or as a campaign spread over
    days: it is not the act told before, however it is linked to it (a shared place,
    anaphora, the same means). A statement with a toll of its own is left to the toll
    rules ("killed 40 over the past week" may total the act). So is one more act on a day
    of its own (`also_another_day`). A numbered part of a set the article counted ("a
    second bomb" after "two bombs hit the church") is that act's part (grp_parts.py), and
    "another attack" after a lede's "fresh attacks" is that act (ev_group_fresh.py)."""
    text = art.sentences[c.sent].text
    numbered = any(t.kind == "noun" and _ANOTHER.search(text[max(0, t.start - 40):t.start]) for t in c.triggers)
    return (numbered and not counted_part(art, c) and not retold_fresh(art, c, groups or [])) \
        or (c.dead is None and c.injured is None and bool(_DURATIVE.search(text))) \
        or earlier_same_day(text, c) or also_another_day(art, c, groups or [])


_ALSO = re.compile(r"\balso\s+(?:have\s+|has\s+|had\s+)?$", re.I)
_DAY = re.compile(r"\b(?:on|last|this)\s+((?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|"
                  r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2})\b")


def also_another_day(art, c, groups) -> bool:
    """"The rebels also shot down two military aircraft on Wednesday": a doer's further act
    told with a day of its own is not the act told before, unless a group it could join
    names that same day (then "also" may add a victim to that day's attack)."""
    text = art.sentences[c.sent].text
    day = _DAY.search(text)
    if day is None or c.dead is not None or \
            not any(t.kind == "verb" and _ALSO.search(text[max(0, t.start - 20):t.start]) for t in c.triggers):
        return False
    return not any(day.group(1).lower() in art.sentences[o.sent].text.lower()
                   for g in groups for o in g.cands)


def kept_apart(art, host, faceless) -> bool:
    """A faceless attack group is no telling of `host` when they share a sentence, or when
    `host` is a doer's further act on a day of its own (`also_another_day`)."""
    return any(o.sent == c.sent for o in host.cands for c in faceless.cands) or \
        any(also_another_day(art, o, []) for o in host.cands)


# a campaign, not one strike: "began an offensive to regain the city"
_CAMPAIGN = re.compile(r"^(?:(?:counter-?)?offensives?|campaigns?)$", re.I)


def campaign(c) -> bool:
    """The statement names a campaign (an offensive): with no toll or place of its own it is
    no faceless retelling of the article's attack, which it may contain or follow."""
    return any(t.kind != "toll" and _CAMPAIGN.match(t.text) for t in c.triggers)
