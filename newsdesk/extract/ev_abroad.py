"""Statements made from abroad take no place from their topic.

Why: "the UN Security Council slammed the unrest in Burundi", "the US imposed sanctions on
Venezuela's oil company", "Ban, who was traveling in Iraq, said he was appalled" name the
place the words are about, not where they were spoken. The place finder reads the topic's
place as the event's, which files a New York or Washington statement in Bujumbura or
Caracas. The dev gold leaves the place of such statements empty (Ban, Obama, Erdogan, the
Russian foreign ministry) and places only a country's own actors at home. So a verbal act by
a body that sits outside any one country's crisis (the Security Council, the secretary-
general, the EU, NATO, a bloc by its initials) or by a state other than the place's country
keeps no place. Likewise an exchange between parties apart (a call, a talk told by a verb of
speaking rather than of meeting) is held at no one place (held_at_a_distance).
"""
from __future__ import annotations

import re

from ..model import Location
from .actors import actor_country

# acts of words and measures taken at a distance (not the talks or aid delivered on the spot)
SAID_AT_A_DISTANCE = frozenset({"ACCUSE", "REQUEST", "REJECT", "THREATEN", "SUPPORT", "SANCTION"})
_OUTSIDE_BODY = re.compile(
    r"\b(?:Security Council|General Assembly|Human Rights Council|secretary[- ]general|"
    r"European Union|EU|NATO|African Union|Arab League|G7|G20|White House|State Department|"
    r"Kremlin|Pentagon)\b", re.I)
# blocs of states by their initials (case matters: "Kim Jong Un" is no UN); their field
# presence (peacekeepers, a mission, troops) does act on the spot
_BLOC = re.compile(r"\b(?:UN|U\.N\.|United Nations|AU|ECOWAS|SADC|ASEAN|OAS|IGAD|GCC|OIC)\b")
_FIELD = re.compile(r"\b(?:peacekeep\w*|missions?|troops|forces|soldiers|observers|monitors)\b", re.I)


def _outside_body(actor: str) -> bool:
    """A body that sits outside any one country's crisis: a council, a secretariat, a bloc."""
    return bool(_OUTSIDE_BODY.search(actor)) or bool(_BLOC.search(actor)) and not _FIELD.search(actor)


_THERE_WORD = r"\b(?:visit(?:ing)?|trip|tour|travel(?:l)?ing|speaking|arriv(?:ed|ing)|stay(?:ing)?)\b"
_THERE = _THERE_WORD + r"[^.;]{0,25}?\b(?:in|to|at)\s+"
_THERE_WORD_RX = re.compile(_THERE_WORD, re.I)


def _actor_there(texts: list[str], loc: Location) -> bool:
    """Whether the text puts the speaker at the place ("while on a state visit in Australia"):
    then the place is where the words were said. The pattern per place name is compiled
    only for texts with a travel word (every match starts with one; a compile costs ~1 ms)."""
    texts = [t for t in texts if _THERE_WORD_RX.search(t)]
    if not texts:
        return False
    there = re.compile(_THERE + re.escape(loc.name) + r"\b", re.I)
    return any(there.search(t) for t in texts)


def spoken_abroad(typ: str, actor: str | None, loc: Location | None, texts: list[str] = ()) -> bool:
    """Whether a statement's place is only its topic's: the act is one of words or distant
    measures, its actor is an outside body or a state other than the place's, and the text
    does not put the actor at the place."""
    if loc is None or not actor or typ not in SAID_AT_A_DISTANCE or _actor_there(list(texts), loc):
        return False
    if _outside_body(actor):
        return True
    home = actor_country(actor)
    return home is not None and loc.country is not None and home != loc.country


# talks and words exchanged at a distance ("a telephone conversation with Putin", "offered help
# by phone", "pledged support in a call with the premier"): no one place holds them, least of
# all the place the news is about
REMOTE_TYPES = ("CONSULT", "AGREE", "REQUEST", "SUPPORT", "REJECT", "ACCUSE", "THREATEN", "CONCEDE")
REMOTE = re.compile(r"\b(?:tele)?phone(?:d| calls?| conversations?| talks?)?\b|\bvideo ?(?:link|call|conference)|"
                    r"\bby (?:video|telephone|phone)\b|\bspoke by\b|"
                    r"\b(?:in|during|on) an? (?:[\w'’-]+ ){0,2}?call (?:with|from|between)\b", re.I)
# a talk told by a verb of speaking or calling, not of meeting ("spoke with", "phoned",
# "called up" against "met", "hosted", "visited"): the verb itself puts no one in one room
_CONVERSING = re.compile(r"^(?:spo(?:ke|ken)|speak\w*|talk(?:ed|ing)|phon\w*|telephon\w*|call\w*|rang)\b", re.I)


def held_at_a_distance(typ: str, text: str) -> bool:
    """Whether an act of words was done between parties apart (in a call, or in a
    conversation its sentence tells by a speaking verb: "spoke with the premier and pledged
    help") rather than at any one place: then it takes no place when its sentences name none."""
    if typ not in REMOTE_TYPES:
        return False
    if REMOTE.search(text):
        return True
    from .plover import find_triggers
    return any(t.type == "CONSULT" and _CONVERSING.match(t.text) for t in find_triggers(text))


def topic_free(typ: str, actor: str | None, loc: Location | None, texts: list[str] = ()
               ) -> Location | None:
    """The mention's place, or None when the statement was made from abroad."""
    return None if spoken_abroad(typ, actor, loc, texts) else loc
