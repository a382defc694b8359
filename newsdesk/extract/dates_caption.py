"""Photo captions as date evidence: the day in a caption is the picture's, not the report's.

Why: scraped pages keep their captions, and a caption states a full date ("... at the
National Heroes Acre in Harare, on April 12, 2017. / AFP PHOTO") that can be an old file
photo's or the day before the report. Taken as the lede's day or the article's anchor it
dates the article's acts to that day (and "Wednesday" is then resolved back from it). A
credit marks most captions; an uncredited one still reads as one: a single line telling a
scene in the present tense ("Syrians leave a rebel-held area ... on Dec. 13, 2016"), which
no report states its news in when it gives a full date.
"""
from __future__ import annotations

import re
from functools import lru_cache

FULL_DATE = re.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2},? "
                       r"(?:19|20)\d\d\b|\b\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)"
                       r"[a-z]* (?:19|20)\d\d\b")
_PRESENT = {"VBZ", "VBP"}
_QUOTE = re.compile("[\"\u201c\u201d]")


# a list marker or a gallery counter a page prints before a caption ("• ", "3/12 ",
# "(3 of 12) ", "Photo 3: "): the caption's own conventions ("In this photo ...", "Photos: ")
# are read after it
_MARKER = re.compile(r"^\s*(?:(?:[\u2022\u00b7\u25aa\u25e6\u25ba*>]|-(?=\s))\s*"
                     r"|\(?\d{1,3}\s*(?:/|of)\s*\d{1,3}\)?[\s:.)\u2013\u2014-]+"
                     r"|(?:photo|image|picture|slide)\s+\d{1,3}(?:\s*(?:/|of)\s*\d{1,3})?[\s:.)\u2013\u2014-]+)+",
                     re.I)


def unmarked(text: str) -> str:
    """The text without the list markers or gallery counters it opens with."""
    m = _MARKER.match(text)
    return text[m.end():] if m else text


def caption_line(text: str) -> bool:
    """A photo caption or credit by the conventions the extract and merge steps know, also
    behind a bullet or a gallery counter."""
    from ..across.merge_captions import is_caption
    from .ev_filter import caption
    bare = unmarked(text)
    return caption(text) or is_caption(text) or (bare != text and (caption(bare) or is_caption(bare)))


def marked_caption(text: str) -> bool:
    """`merge_captions.is_caption`, also behind a bullet or a gallery counter."""
    from ..across.merge_captions import is_caption
    bare = unmarked(text)
    return is_caption(text) or (bare != text and is_caption(bare))


# a caption's label in capitals before a colon ("FILE PHOTO: ", "PICTURED: "): no part of
# the scene's sentence, and parsed with it the label would stand as a second root
_LABEL = re.compile(r"^\s*(?:[A-Z][A-Z'\u2019.-]*\s+){0,2}[A-Z][A-Z'\u2019.-]+\s*:\s+(?=\S)")


def unlabelled(text: str) -> str:
    """The text without a capitalised label that opens it before a colon."""
    m = _LABEL.match(text)
    return text[m.end():] if m else text


def scene_caption(text: str) -> bool:
    """An uncredited caption: a sentence with a full date whose main verb is in the present
    tense and which quotes no one (a quote's present is the speaker's, not a scene's)."""
    if not FULL_DATE.search(text) or _QUOTE.search(text) or len(text) > 400:
        return False
    return _present_root(unlabelled(unmarked(text)))


@lru_cache(maxsize=256)
def _present_root(text: str) -> bool:
    from ..nlp import parse_one             # a caption of <= 400 characters: never cut
    doc = parse_one(text)
    roots = [t for t in doc if t.dep_ == "ROOT"]
    return len(roots) == 1 and roots[0].tag_ in _PRESENT and not _past_form(roots[0].lower_) \
        and not any(t.tag_ == "VBD" and t.head is roots[0] for t in doc)


def _past_form(word: str) -> bool:
    """A past form the tagger may take for a present one ("retook" as VBP)."""
    from ..nlp import _IRREGULAR
    return word.endswith("ed") or any(
        word.endswith(p) and _IRREGULAR[p] != p and p not in ("is", "are", "has", "lives")
        for p in _IRREGULAR if len(p) >= 4)


# the wire's own mark of an old picture reused: "FILE PHOTO: ...", "(file picture)", "archive image"
_FILE_PICTURE = re.compile(r"\b(?:file|archive|archival)\s+(?:photo|photograph|picture|image|pic)s?\b", re.I)


def file_picture(text: str) -> bool:
    """Whether the text marks a picture as a file (archive) photo."""
    return bool(_FILE_PICTURE.search(text))


def file_photo_dated(sentences: list[str]) -> bool:
    """Whether the first sentence stating a full date is a caption that marks its picture as
    a file (archive) photo: that day is an old picture's, never the report's, however near
    or far from the story it falls."""
    first = next((s for s in sentences if FULL_DATE.search(s)), None)
    return first is not None and file_picture(first) and (
        caption_line(first) or scene_caption(first))


def caption_dated(sentences: list[str]) -> bool:
    """Whether the first sentence stating a full date is a caption (credited or a scene):
    the article's own day is then only a picture's."""
    first = next((s for s in sentences if FULL_DATE.search(s)), None)
    return first is not None and (caption_line(first) or scene_caption(first))
