"""Sentences coded without the parser: those whose only triggers are nominal ("the blasts",
"violence") or casualty statements ("were killed", "death toll").

Why: these statements have no actor to read off a parse and mostly retell an event stated
elsewhere (they join its mention); skipping spaCy for them cuts about a quarter of the parsed
words. Context (negation, modality) is read from a few words before the trigger, places from
capitalised names after a locative preposition.
"""
from __future__ import annotations

import re

from .geo.side_acts import CAUSE_NOUNS
from .plover import Trigger

# verb forms among the nominal triggers: regular ones end in -ed/-ing; the irregular pasts
# ("Police shot at the crowd", "rebels fought troops") have a subject the parse must read
_VERBISH = re.compile(r"(?:ed|ing)$|^(?:shot|fought|beaten|overran|broke up)$", re.I)
_NEG = re.compile(r"\b(?:no|not|never|without|nor|n't)\b", re.I)
_MODAL = re.compile(r"\b(?:would|could|might|may|will|if|unless|should|fear(?:s|ed)?|threats?|any|hinder\w*|deter\w*|"
                    r"order(?:s|ed)? to|"
                    r"risk|plan(?:s|ned|ning)?|plot\w*|prevent\w*|foil\w*|thwart\w*|avert\w*|future|potential|"
                    r"warn(?:s|ed|ing)?)\b", re.I)
# a day's possessive may take modifiers ("Sunday's pre-dawn raid"): the act the article tells
_DEFINITE = re.compile(r"\b(?:the|these|those|such|its|their|this|that)\s+(?:[\w'-]+\s+){0,2}$|['\u2019]s\s+$|"
                       r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|"
                       r"tonight|night|morning|weekend)['\u2019]s\s+(?:[\w-]+\s+){1,2}$|"
                       r"\b(?:the|these|those)\s+(?:two|three|four|twin|\d+)\s+(?:[\w'-]+\s+){0,2}$",
                       re.I)
# "went off south of Kobane": a compass point from a town places the act by that town, as the
# parsed path reads it (geo/relative.py)
_PLACE = re.compile(r"\b(?:in|at|near|outside|inside|across|around|throughout|"
                    r"(?:north|south|east|west)(?:[- ]?(?:east|west))?\s+of)\s+(?:the\s+)?"
                    r"(?:(?:central|downtown|northern|southern|eastern|western|north|south|east|west)\s+)?"
                    r"((?:[A-Z][\w'\u2019-]+)(?:\s+(?:al-|el-|de\s+|of\s+)?[A-Z][\w'\u2019-]+){0,3})")

# "the southern French resort city of Nice": the name after a settlement noun and "of" is the
# place ("in the southern French …" above only reaches the adjective), as the parsed path reads it
_CITY_OF = re.compile(r"\b(?:city|town|village|port|resort|capital|province|district)\s+of\s+"
                      r"((?:[A-Z][\w'\u2019-]+)(?:\s+(?:al-|el-|de\s+)?[A-Z][\w'\u2019-]+){0,2})")


def is_light(triggers: list[Trigger]) -> bool:
    """True when every trigger is nominal or a toll word (no verb form to parse)."""
    return all(t.kind in ("toll", "noun", "state") and not _VERBISH.search(t.text) for t in triggers)


# "violence and looting could continue", "fighting may resume": the nominal is the subject
# of a modal verb, a forecast rather than an event
_MODAL_AFTER = re.compile(r"^\s*(?:(?:and|or|,)\s+[\w'-]+\s+){0,2}(?:could|might|may|would|will|is likely to|are likely to)"
                          r"\s+(?:well\s+)?(?:continue|spread|erupt|escalate|break out|resume|follow|return|worsen|"
                          r"intensify|flare|happen|occur|take place)\b", re.I)


# "called the attack tragic", "condemned Tuesday's bombing": the act is only the object of a
# judgement (the parsed path's ev_unreal.judged_act)
_JUDGED = re.compile(r"\b(?:call(?:s|ed|ing)?|describ(?:e|es|ed|ing)|condemn(?:s|ed|ing)?|denounc(?:e|es|ed|ing)|"
                     r"brand(?:s|ed|ing)?|label(?:s|led|ed|ling)?|term(?:s|ed)?|slamm?(?:s|ed)?|decr(?:y|ies|ied)|"
                     r"deplor(?:e|es|ed))\s+(?:the|this|that|[\w'\u2019-]+['\u2019]s)\s+(?:[\w-]+\s+)?$", re.I)


def context_drop(text: str, tr: Trigger) -> bool:
    """Negated or unreal by the few words before the trigger ("no attacks", "could kill"), by
    a modal verb it is the subject of ("violence could spread"), or only judged ("called the
    attack tragic")."""
    before = text[max(0, tr.start - 40):tr.start]
    words = before.split()[-4:]
    window = " ".join(words)
    return bool(_NEG.search(window) or _MODAL.search(window) or _MODAL_AFTER.match(text[tr.end:tr.end + 60])
                or (tr.type == "ASSAULT" and tr.kind == "noun" and _JUDGED.search(before)))


def definite(text: str, tr: Trigger) -> bool:
    return bool(_DEFINITE.search(text[max(0, tr.start - 40):tr.start]))


def places(text: str, time_words: set[str], titles: set[str], party=None) -> list[str]:
    """Names after a locative preposition ("in central Velm"); `party` tells names
    that are a party, not a place ("near European Union offices"), as the parsed
    path does."""
    out = []
    for m in [*_CITY_OF.finditer(text), *_PLACE.finditer(text)]:
        name = m.group(1)
        first = name.split()[0].lower()
        if first in time_words or first.rstrip(".") in titles or (party is not None and party(name)) \
                or name in out:
            continue
        out.append(name)
    return out


# "in retaliation for", "revenge against", "in response to": what follows tells the act answered
_CAUSE = re.compile(r"\b(?:" + "|".join(sorted(CAUSE_NOUNS)) + r")\W{0,3}\s+(?:for|to|against|over)\b", re.I)


def own_places(text: str, tr: Trigger, names: list[str]) -> list[str]:
    """The sentence's places less those told after a cause phrase that follows the trigger
    ("the raid was revenge for an offensive in X"): X is the answered act's site, as the
    parsed path reads it (geo/side_acts.py). A trigger inside the cause keeps them all."""
    cut = next((m.end() for m in _CAUSE.finditer(text) if m.start() >= tr.end), None)
    if cut is None:
        return names
    return [n for n in names if 0 <= text.find(n) < cut]
