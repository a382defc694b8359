"""A long line that strings together paragraphs the page also shows one by one is a copy.

Why: scraped pages sometimes hold the whole article (or a newsletter's items) a second time
as one long line: flattened structured data (an `articleBody`), a summary box of the items.
`repeats` finds only exact copies; this one is made of several kept paragraphs, glued, so
the body would be read twice. The paragraphs stay (they carry the article's structure) and
the glued line goes. It needs `MIN_PIECES` kept lines inside it: two or three rows repeated
in one longer line are common on listings and code pages, whose gold often keeps both.
Measured: DEVELOPERS.md, "Plain cleaning".
"""
from __future__ import annotations

import re

MIN_WORDS = 150     # a glued copy is long: shorter lines are summaries, not whole copies
MIN_PIECES = 5      # kept lines of PIECE_WORDS+ words each found inside it
PIECE_WORDS = 8
INSIDE = 0.9        # share of a piece's 4-word shingles found in the long line
COVER = 0.8         # share of the long line's shingles its pieces hold
WORD = re.compile(r"\w+")


def _shingles(text: str) -> set:
    w = WORD.findall(text.lower())
    return set(zip(w, w[1:], w[2:], w[3:]))


def glued_copies(blocks: list, keep: list[bool], nw: list[int]) -> None:
    """Drop each kept line of MIN_WORDS+ words that MIN_PIECES other kept lines make up
    (their shingles inside it, together COVER of its own). A piece is first looked for by
    its opening characters, so pages with no copy cost one substring test a line."""
    big = [i for i, m in enumerate(nw) if m >= MIN_WORDS and keep[i]]
    if not big:
        return
    for i in big:
        text = blocks[i].text
        cand = [j for j, m in enumerate(nw)
                if j != i and keep[j] and PIECE_WORDS <= m < nw[i]
                and blocks[j].text[:24] in text]
        if len(cand) < MIN_PIECES:
            continue
        own = _shingles(text)
        held: set = set()
        pieces = 0
        for j in cand:
            s = _shingles(blocks[j].text)
            if s and len(s & own) >= INSIDE * len(s):
                pieces += 1
                held |= s & own
        if pieces >= MIN_PIECES and len(held) >= COVER * len(own):
            keep[i] = False


CUT = ("...", "\u2026")
CUT_WORDS = 8       # a cut copy long enough to be a paragraph's opening, not a phrase


def cut_copies(blocks: list, keep: list[bool], texts: list[str] | None = None) -> None:
    """Drop a kept line cut with an ellipsis whose words open another kept line: a teaser
    of the paragraph the page shows in full (a summary box, an excerpt above the article).
    Other lines are first tested by their opening characters (one substring test each)."""
    texts = [b.text for b in blocks] if texts is None else texts      # (stripped lines)
    cut = [i for i, t in enumerate(texts) if t.endswith(CUT) and keep[i]]
    for i in cut:
        head = WORD.findall(blocks[i].text.lower())
        if len(head) < CUT_WORDS:
            continue
        lead = blocks[i].text[:24]
        for j, b in enumerate(blocks):
            if j != i and keep[j] and b.nw > len(head) and b.text.startswith(lead) and \
                    WORD.findall(b.text.lower())[:len(head)] == head:
                keep[i] = False
                break
