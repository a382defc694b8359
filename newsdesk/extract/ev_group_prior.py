"""Names and tolls in an attack statement that belong to another place or an earlier act.

Why: coverage of linked attacks places one against the other. "The suspects hit the
seaside town, 70 miles south of the capital" is not set in the capital, so the name must
not link the statement to the capital's attack. "The raid came hours after nine people
were killed in the capital" tells the earlier act's toll and place; read as a reference
back to the raid ("the raid"), it gave the raid the other act's toll and joined the two.
"""
from __future__ import annotations

import re

# a measured distance from an anchor town: "70 miles (112km) south of", "40 km north-west of"
_MEASURED = re.compile(
    r"\b\d[\d,.]*\s*[- ]?(?:miles?|mi|km|kms|kilomet(?:er|re)s?)\s+(?:\([^)]{0,24}\)\s+)?"
    r"(?:to the\s+)?(?:north|south|east|west)(?:[- ]?(?:east|west))?(?:ern)?\s+of\s+(?:the\s+)?$", re.I)

# the statement's act is told as following another: "came hours after ...", "an earlier
# bombing in ..."; the clause after the cue is the other act's
_PRIOR = re.compile(
    r"\b(?:came|comes|happened|occurred|followed)\b[^.;:]{0,40}?\bafter\b"
    r"|\b(?:an|the)\s+earlier\s+(?:[a-z]+\s+)?(?:attack|bombing|shooting|assault|rampage|blast|explosion)\b",
    re.I)
_CASUALTY = re.compile(r"\b(?:kill(?:ed|ing)|dead|deaths?|died|injur\w*|wound(?:ed|ing))\b", re.I)


def drop_anchor_places(art, cands: list) -> None:
    """A town named only as the anchor of a measured distance is not where the act was."""
    for c in cands:
        if not c.places:
            continue
        text = art.sentences[c.sent].text
        kept = [p for p in c.places if not _anchor_only(text, p)]
        if len(kept) != len(c.places):
            c.places = kept


def _anchor_only(text: str, name: str) -> bool:
    spots = [m.start() for m in re.finditer(re.escape(name), text)]
    return bool(spots) and all(_MEASURED.search(text[max(0, i - 60):i]) for i in spots)


def mark_prior_acts(art, cands: list) -> None:
    """An attack statement whose casualty words and places all sit after a "came ... after"
    or "an earlier attack" cue tells that earlier act: it keeps only the places named there
    and is no longer a bare reference back to the article's own attack."""
    for c in cands:
        if c.type != "ASSAULT" or (c.dead is None and c.injured is None) or not c.places:
            continue
        text = art.sentences[c.sent].text
        cue = _PRIOR.search(text)
        if cue is None:
            continue
        head, tail = text[:cue.start()], text[cue.end():]
        if _CASUALTY.search(head) or not _CASUALTY.search(tail):
            continue
        after = [p for p in c.places if p in tail and p not in head]
        if after:
            c.places, c.anaphoric = after, False
