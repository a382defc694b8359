"""Photo captions (and editors' notes) left in an article's text are not reports of events.

Why: pages keep their picture captions ("In this May 3, 2015 photo, authorities investigate
a shooting ... (Associated Press)") and a caption restates the story in one line with the
day the photo was taken, not the day of the event. An event mention founded on one draws
the article's real sentences away from the event they belong to (an article's mentions
never merge with each other) and dates it by the photo. So a caption sentence is dropped
from a mention before merging, and a mention left with no sentence is dropped.

The markers are the caption conventions of wire and web pages (a photo credit, "This photo
shows", "Image caption", who stands where: "(L)", "(2nd R)"), never words of a story. An
editor's note ("Editor's note: this story was updated to reflect the latest toll") names the
event only to say what the page changed.
"""
from __future__ import annotations

import dataclasses
import re

from ..model import EventMention

CAPTION = re.compile(
    r"\((?:AP|AFP|EPA|Reuters|Getty Images|[A-Z][\w.]*)? ?Photo\b[^)]*\)"      # (AP Photo/Name)
    r"|\(Associated Press\)|\((?:AP|AFP|Reuters|EPA|Getty Images)\)$|\(Photo: [^)]*\)|\bSubmitted photo\b|\bImage (?:copyright|caption)\b"
    r"|\bHide Caption\b|\b\d+ of \d+ Photos\b|^Photos?: "                      # a gallery's captions
    r"|[A-Z][\w'’.-]+ \((?:\d(?:st|nd|rd|th) )?[LRC]\) (?:[\w,'’-]+ ){0,12}?(?:is|are|speaks?|talks?|"
    r"gestures?|looks?|attends?|arrives?|waves?|shakes?|meets?|holds?|stands?|sits?|walks?|"
    r"listens?|poses?|greets?|reacts?|leaves?|delivers?|speak|pray|march)\b"  # who stands where
    r"|^(?:In )?(?:this|This|These|A|An|The) (?:[\w.,'’-]+ ){0,8}(?:photo|photograph|picture|image|"
    r"handout photo|file photo)s? (?:\w+ ){0,3}?(?:shows?|released|provided|taken|made available)\b"
    r"|^In (?:this|these|a) (?:[\w.,'’-]+ ){0,6}(?:photo|photograph|picture|image|file photo)s?\b,?"
    r"|^(?:Editor|Editors)['’]?s?['’]? [Nn]ote\s*:|^(?:Correction|Clarification)\s*:")   # a page note


# every branch of CAPTION needs one of these (the pattern is case-sensitive): most sentences
# have none, and the full pattern is tried at every position
_NEEDS = ("(", "Photo", "photo", "picture", "image", "Image", "Caption", "Editor", "Correction",
          "Clarification")


def is_caption(text: str) -> bool:
    """Whether a sentence is a photo caption or credit."""
    return any(w in text for w in _NEEDS) and bool(CAPTION.search(text.strip()))


CREDIT_AFTER = 60        # characters after a sentence where its photo credit may sit


def without_captions(ms: list[EventMention], text: str = "") -> list[EventMention]:
    """The mentions with caption sentences left out (a mention's first non-caption sentence
    becomes its span); mentions told only in captions are dropped. `text` (the article's)
    lets a credit the sentence splitter cut off ("... (Associated Press)") mark its caption."""
    out = []
    for m in ms:
        spans = [m.span, *m.extra_spans]
        keep = [sp for sp in spans if not is_caption(sp.text + _tail(text, sp.end))]
        if len(keep) == len(spans):
            out.append(m)
        elif keep:
            out.append(dataclasses.replace(m, span=keep[0], extra_spans=keep[1:], **_figures_left(m, keep)))
    return out


_NUMBER = re.compile(r"\b\d|\b(?:dozens?|scores?|hundreds?|two|three|four|five|six|seven|eight|nine|ten)\b", re.I)


def _figures_left(m: EventMention, keep: list) -> dict:
    """The mention's tolls, dropped when the sentences left state no figure: the caption's
    early count ("at least 10", hours before the report's 28) was the only source."""
    if (m.dead or m.injured) and not any(_NUMBER.search(sp.text) for sp in keep):
        return {"dead": None, "injured": None}
    return {}


def _tail(text: str, end: int) -> str:
    """The rest of the line after a sentence (where a cut-off credit would be), if short."""
    rest = text[end:end + CREDIT_AFTER] if 0 <= end <= len(text) else ""
    return " " + rest.split("\n", 1)[0].strip() if rest.strip().startswith("(") else ""
