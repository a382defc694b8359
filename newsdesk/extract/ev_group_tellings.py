"""Which statements of one article tell one act, where names alone mislead (events.py,
ev_group.py).

Why: an article often puts two acts in one sentence ("the ambassador was shot in Ankara,
and three people were shot in Zurich"), gives the running toll of a whole war or a run of
earlier acts beside today's news ("Some 780 Palestinians have now been killed in the
fighting", "This followed weeks of protests"), or tells its act again without a shared
name ("jets resumed air raids" ... "aircraft resumed bombing"; "a second person was found
dead in ... the truck"). The first stay two acts, the backdrops are no act, the retellings
join their first telling.
"""
from __future__ import annotations

import re

try:
    from .geo.candidates import resolve as _resolve
except Exception:  # pragma: no cover - the geo layer is optional
    _resolve = None


def _country(name: str) -> str | None:
    if _resolve is None:
        return None
    try:
        loc = _resolve(name)
    except Exception:
        return None
    return getattr(loc, "country", None) if loc is not None else None


# where one clause of a sentence ends and the next begins ("..., and three people were shot")
_CLAUSE = re.compile(r",\s+(?:and|while|but|whereas|as well as)\s|;\s|\s-{1,2}\s")


def _clause_places(c, text: str) -> list[str]:
    """The candidate's places named in the clause of its first trigger."""
    at = c.triggers[0].start if c.triggers else 0
    cuts = [0] + [m.end() for m in _CLAUSE.finditer(text)] + [len(text)]
    lo = max(x for x in cuts if x <= at)
    hi = min(x for x in cuts if x > at) if any(x > at for x in cuts) else len(text)
    return [p for p in c.places if re.search(rf"\b{re.escape(p)}\b", text[lo:hi])]


def _clause_countries(c, text: str) -> set[str]:
    return {k for k in map(_country, _clause_places(c, text)) if k}


def _own_places(c, text: str) -> None:
    """A statement kept apart from another of its sentence is placed by its own clause:
    the other clause's places are the other act's."""
    c.places = _clause_places(c, text) or c.places


def apart(a, b, text: str | None) -> bool:
    """Two statements of one sentence whose clauses name places in different countries
    only: two acts, whatever type they share."""
    if not text or not a.places or not b.places:
        return False
    ka, kb = _clause_countries(a, text), _clause_countries(b, text)
    return bool(ka) and bool(kb) and not ka & kb


def merge_in_sentence(cands: list, text: str | None = None) -> list:
    """Triggers of one type in one sentence are one event unless they name different
    actors ("insurgents attacked the jail; gunmen killed 40 prisoners" is two) or lie in
    different countries ("... in Ankara, and ... in Zurich")."""
    out: list = []
    for c in cands:
        same = [o for o in out if o.type == c.type and (c.type != "COERCE" or o.mode == c.mode)]
        target = next((o for o in same if not (o.actor and c.actor and o.actor != c.actor)
                       and not apart(o, c, text)), None)
        if target is None:
            if text and any(apart(o, c, text) for o in same):
                for x in [c] + same:
                    _own_places(x, text)
            out.append(c)
            continue
        target.triggers += c.triggers
        target.actor = target.actor or c.actor
        target.recipient = target.recipient or c.recipient
        target.mode = target.mode or c.mode
        target.anaphoric = target.anaphoric and c.anaphoric
        target.weak = target.weak and c.weak
    return out


# a toll of the whole war: "have now been killed in the fighting", "Nearly half a million
# killed, and Syria civil war isn't over", "killed so far in the conflict"
_WAR = r"(?:civil war|war|conflict|fighting|uprising|insurgency|offensive)"
_WAR_TOTAL = re.compile(
    rf"\b(?:(?:ha(?:ve|s)|had) now been killed|killed (?:so far|to date|in all|in total))\b[^.;]{{0,40}}?"
    rf"\b(?:in|during|since) (?:the |this |its )?{_WAR}\b|\bcivil war\b", re.I)
# a day of its own ("killed in clashes on Monday as the civil war ...") is today's act
_DAY = re.compile(r"\b(?:\w+day|today|tonight|last night|this morning|hours)\b", re.I)


# "the worst violence since its civil war ended": a comparison, not the war's toll
_COMPARED = re.compile(r"\b(?:worst|deadliest|bloodiest|largest|biggest|since)\b", re.I)


def war_total(c, text: str) -> bool:
    """An attack statement that only tells the running toll of a whole war: no act today,
    so it neither opens an event nor lends its figure to one."""
    if c.type != "ASSAULT" or c.dead is None or any(t.kind == "verb" for t in c.triggers):
        return False
    return any(not _COMPARED.search(text[max(0, m.start() - 90):m.start()])
               and not (m.group(0).lower() == "civil war" and _DAY.search(text))
               for m in _WAR_TOTAL.finditer(text))


def drop_war_totals(art, cands: list) -> list:
    return [c for c in cands if not war_total(c, art.sentences[c.sent].text)]


# "resumed bombing", "shelling resumed", "jets resuming air raids": the act of the day is
# the resumption, however each sentence names the weapon
_RESUMED = re.compile(r"\bresum(?:e|es|ed|ing|ption)\b", re.I)


def mark_resumed(art, cands: list) -> None:
    """Scratch flag: the attack statement tells a resumption (one act per article)."""
    for c in cands:
        c.resumed = c.type == "ASSAULT" and bool(_RESUMED.search(art.sentences[c.sent].text))


def both_resumed(g, c) -> bool:
    return getattr(c, "resumed", False) and any(getattr(o, "resumed", False) for o in g.cands)


# "the truck", "the market": a definite noun naming a thing the article told before
_DEFINITE = re.compile(r"\bthe ([a-z]{4,})\b")
_VAGUE = {"attack", "attacks", "city", "country", "police", "government", "area", "people",
          "incident", "scene", "victims", "victim", "time", "same", "first", "second", "last",
          "state", "region", "town", "capital", "army", "military", "group", "case", "world"}


def named_before(art, groups: list, c) -> object | None:
    """A bare death ("A second person was found dead in ... the truck") joins the tolled
    group whose sentences introduced the thing it names with "the", not the toll told last."""
    words = set(_DEFINITE.findall(art.sentences[c.sent].text)) - _VAGUE
    if not words:
        return None
    hits = [g for g in groups if any(re.search(rf"\b{w}\b", art.sentences[o.sent].text, re.I)
                                     for o in g.cands for w in words)]
    return hits[0] if len(hits) == 1 else None


# a run of earlier acts told as the backdrop: "after a series of attacks on its soil",
# "This followed weeks of protests", "the target of multiple attacks ... in recent months"
_SERIES = r"(?:a (?:series|string|spate|wave|number)|weeks|months|years|days)\s+of\s+(?:[\w-]+\s+){0,2}?"
_AFTER_SERIES = re.compile(rf"\b(?:after|following|followed|amid)\s+{_SERIES}$", re.I)
_MANY = re.compile(rf"\b(?:multiple|several|numerous|repeated|{_SERIES})\s*(?:[\w-]+\s+)?$", re.I)
_RECENT = re.compile(r"^[^.;]{0,60}?\b(?:in recent (?:days|weeks|months|years)|this year|before)\b", re.I)


def _backdrop(tr, text: str) -> bool:
    if not tr.text.lower().endswith("s"):
        return False        # a plural: "weeks of protests" (whatever kind the table gives)
    before, after = text[:tr.start], text[tr.end:]
    return bool(_AFTER_SERIES.search(before)) or \
        bool(_MANY.search(before) and _RECENT.search(after))


def drop_backdrops(art, cands: list) -> list:
    """Statements that only name a run of earlier acts as the news's backdrop: no act of
    the day, so they join none (the coup's weeks of protests, a country's recent attacks)."""
    return [c for c in cands if not c.triggers or
            not all(_backdrop(t, art.sentences[c.sent].text) for t in c.triggers)]
