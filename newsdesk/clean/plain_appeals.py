"""A box asking the reader to pay for the journalism (subscribe, donate, support us) is
page furniture, however much it reads like prose.

Why: outlets put a support or subscription appeal inside or above the article: a few
full sentences in the first person plural, talking to the reader, that the model keeps.
One line of the box says what it wants plainly (a subscription, a donation, "your
support", the paywall), addresses the reader and names the journalism it pays for
(shops, charities and newsletters ask for the same things), and quotes no one; the lines
next to it that talk of the journalism belong to the same box. A news story about a
paper's paywall names the same things but does not ask for them ("us", "our").
Measured: DEVELOPERS.md, "Plain cleaning".
"""
from __future__ import annotations

import re
from bisect import bisect_right
from itertools import accumulate

import numpy as np

ASK = re.compile(
    r"\b(?:your\s+support|support\s+(?:us|our|independent|quality)\b|subscrib(?:e|ing)\b"
    r"|donat(?:e|ing|ion)|paywalls?|lock\s+you\s+out|become\s+a\s+(?:member|subscriber)"
    r"|help\s+us\b)", re.I)
# a word every ASK holds: found by substring search over the page, so ASK runs on few lines
KEYS = ("support", "subscrib", "donat", "paywall", "lock you", "become a", "help us")
# what the box asks support for: the outlet's journalism (a shop or a charity asks too)
STORY = re.compile(r"\b(?:stor(?:y|ies)|journalism|journalists?|reporting|reporters|newsroom)\b",
                   re.I)
# the outlet asking ("us", "our"; "your support"): not "US", not a writer's own "I"
READER = re.compile(r"\b(?:[Ww]e|us|[Oo]ur|[Yy]our\s+support)\b")
QUOTED = re.compile("[\"\u201c\u201d]")    # "Help us," a witness told reporters: body
TOPIC = re.compile(r"\b(?:journalism|journalists?|reporters|newsroom)\b", re.I)
MAX_WORDS = 70


def appeal(text: str, nw: int) -> bool:
    """The line asks the reader for support (see the module's why)."""
    return (nw <= MAX_WORDS and ASK.search(text) is not None and READER.search(text) is not None
            and STORY.search(text) is not None and QUOTED.search(text) is None)


def _part(text: str, nw: int) -> bool:
    """A line of the same box: an appeal, or a line about the journalism (a body quote
    next to the box may say "we": that alone does not join it)."""
    return appeal(text, nw) or (nw <= MAX_WORDS and TOPIC.search(text) is not None)


def drop_appeals(blocks: list, keep: list[bool], texts: list[str] | None = None) -> None:
    """Drop each appeal line next to or among the kept lines, and the box lines adjacent
    to it (kept or not, they extend the box). Only lines holding a KEYS word can be
    appeals: substring searches over those lines joined find them."""
    n = len(blocks)
    texts = [b.text for b in blocks] if texts is None else texts
    k = np.asarray(keep, dtype=bool)             # seeds: kept lines and their neighbours
    near = k.copy()                              # (the ask itself may be a dropped line)
    near[1:] |= k[:-1]
    near[:-1] |= k[1:]
    own = np.flatnonzero(near).tolist()
    page = "\n".join([texts[i] for i in own]).lower()
    hits = [h for k in KEYS for h in _finds(page, k)]
    if not hits:
        return
    ends = list(accumulate(len(texts[i]) + 1 for i in own))  # each line's end + newline
    for i in sorted({own[bisect_right(ends, h)] for h in hits}):
        b = blocks[i]
        if not appeal(b.text, b.nw):
            continue
        keep[i] = False
        for step in (-1, 1):
            j = i + step
            while 0 <= j < n and _part(blocks[j].text, blocks[j].nw):
                keep[j] = False
                j += step


def _finds(page: str, key: str):
    """Every offset of `key` in `page`."""
    at = page.find(key)
    while at >= 0:
        yield at
        at = page.find(key, at + 1)
