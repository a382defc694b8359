"""Photo captions the model keeps because they read like prose.

Why: a caption is a full sentence about a scene ("A man walks past a shuttered bank in the
capital on Monday."), so the model and `plain._captions` (which only looks above the
article's start) keep it; on our tuning sets captions were most of the junk left in plain
pages. Three shapes mark one whatever its length or place:
- the caption ends with its own photo credit ("... on Monday. PHOTO: AFP", "... Jane
  Doe/Getty Images)"): `_rule_drop` tests credits only on lines of <= 25 words;
- the next line is a photographer's credit alone ("Jane Doe | Reuters", "Jane Doe/AP"):
  a caption sits right above its credit anywhere in the article;
- the caption comes twice, side by side: once flattened with its markup (`<i>`,
  `&nbsp;`: alt text), once plain.
Measured: DEVELOPERS.md, "Plain cleaning".
"""
from __future__ import annotations

import re
from itertools import compress

AGENCY = (r"(?:Associated\s+Press|AP|Reuters|REUTERS|AFP|Getty\s+Images|EPA|Xinhua|Bloomberg|"
          r"AAP|PA|dpa|Shutterstock|Sipa|NurPhoto|Anadolu(?:\s+Agency)?|Gallo\s+Images)")
# a credit closing the line: "PHOTO: AFP", "Photo: Jane Doe", "Jane Doe/Getty Images)"
TRAILING = re.compile(
    r"(?:\b(?:PHOTO|Photo|IMAGE|Image|PICTURE|Picture|Photograph|PHOTOGRAPH)S?\s*:\s*"
    r"[A-Z][\w.'\u2019&/ -]{1,50}"
    r"|\b[A-Z][\w.'\u2019-]+(?:\s+[A-Z][\w.'\u2019-]+){1,3}\s*/\s*" + AGENCY +
    r"(?:\s+(?:via\s+)?Getty\s+Images)?)\s*\)?\s*$")
# a photographer's credit on its own line: "Jane Doe | Reuters", "Jane Doe/AP"
CREDIT_ALONE = re.compile(
    r"^[A-Z][\w.'\u2019-]+(?:\s+[A-Z][\w.'\u2019-]+){1,3}\s*[|/]\s*" + AGENCY +
    r"(?:\s+(?:via\s+)?Getty\s+Images)?\s*$")
QUOTES = re.compile("[\"\u201c\u201d]")
TAGS = re.compile(r"</?(?:i|b|em|strong|span|br|p)\b[^>]{0,80}>|&(?:nbsp|amp|quot|#\d{2,5});",
                  re.I)
WORD = re.compile(r"\w+")
MAX_WORDS = 80      # captions run long (agency captions name place, date and event)
OWN_WORDS = 60      # a caption above a credit line
HEAD = 6            # words a markup copy and its plain copy share at their start
TAIL = 120          # characters a trailing credit fits in (the regex reads only these)


def drop_captions(blocks: list, keep: list[bool], dated: bool = True) -> None:
    """Drop kept captions of the three shapes (see the module's why). On a page with no
    date of its own (`dated` False) a caption stating a full date stays (`keeps_date`)."""
    n = len(blocks)
    for i in compress(range(n), keep):
        b = blocks[i]
        if b.nw > MAX_WORDS:
            continue
        text = b.text
        tail = text[-TAIL:]
        if ((("/" in tail or ":" in tail) and TRAILING.search(tail))
                or (("<" in text or "&" in text) and TAGS.search(text)
                    and _plain_copy(blocks, keep, i))
                or (i + 1 < n and blocks[i + 1].nw <= 8 and b.nw <= OWN_WORDS
                    and CREDIT_ALONE.match(blocks[i + 1].text) and not QUOTES.search(text))):
            keep[i] = not dated and keeps_date(text)


def keeps_date(text: str) -> bool:
    """A caption's full date is the picture's day, the reported day: on a page that states
    no date elsewhere it is the only one the date steps can read the event's year from
    (they know captions: `extract.dates_caption`), so the caption stays. Every such caption
    stays: keeping only the first can leave it cut off from the body, and `plain._main_run`
    then drops it too."""
    from .meta_text import parse_date
    return parse_date(text) is not None


def _plain_copy(blocks: list, keep: list[bool], i: int) -> bool:
    """Drop the line next to a markup line that starts with its words (the caption its
    alt text repeats); whether there was one. Markup alone is no caption: documentation
    pages print tags and entities in their code."""
    head = WORD.findall(TAGS.sub(" ", blocks[i].text).lower())[:HEAD]
    if len(head) < HEAD:
        return False
    for j in (i - 1, i + 1):
        if 0 <= j < len(blocks) and keep[j] and not TAGS.search(blocks[j].text):
            if WORD.findall(blocks[j].text.lower())[:HEAD] == head:
                keep[j] = False
                return True
    return False
