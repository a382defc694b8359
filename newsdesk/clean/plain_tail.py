"""The end of an article page: what follows a closing marker after the body is not body.

Why: on article pages most wrongly kept text comes after the article (comment threads,
related-story teasers, copyright footers), and much of it reads like prose, so neither the
model nor `plain._main_run` (which keeps prose groups the model is sure of) drops it. Pages
mark where the article ends with a short line of their own ("12 Comments", "Leave a reply",
"(c) 2019 ... All rights reserved"). Such a line also opens sidebars before the article, so
it closes the article only once a body has been read after the headline (`MIN_BODY` words
of kept prose paragraphs), and not when the page repeats it (a widget of each item: forum
answers, listing cards). A links heading ("Related articles", "Most popular videos") also
sits inside articles, where the body resumes after its links: it drops only the short lines
of its list (`drop_widgets`). Measured (in-sample model on WCXB dev, aeb-plain, WCXB-plain
test): DEVELOPERS.md, "Plain cleaning".
"""
from __future__ import annotations

import re
from collections import Counter

import numpy as np

from .lines import sentence_end
from .plain_appeals import drop_appeals
from .plain_captions import drop_captions
from .plain_copies import cut_copies, glued_copies
from .plain_head import standfirst_bullets
from .plain_labels import drop_tag_lists
from .plain_lede import above_dateline
from .plain_notices import drop_notices
from .plain_stamps import drop_stamps

# a whole short line (<= MAX_WORDS words) that opens a page's after-article part
CLOSING = re.compile(r"""^[^\w\n(©]*(?:
 (?:\d+\s+(?:comments?|responses|replies)|comments?)(?:\s*\(\d+\))?
 |\d+\s+(?:comments?|responses?)\s+(?:to|on|for|so\s+far)\b[^\n]{0,80}
 |(?:top\s+rated\s+|view\s+(?:all\s+)?|show\s+(?:all\s+)?|read\s+)?comments
 |leave\s+a\s+(?:reply|comment)(?:\s+cancel\s+reply)?
 |join\s+the\s+(?:discussion|conversation)
 |(?:©|\(c\)|copyright\b)[^\n]{0,120}\ball\s+rights\s+reserved
)[^\w\n]*$""", re.I | re.X)
MAX_WORDS = 12
UNCOUNTED = re.compile(r"[\W\d_]+")
MIN_BODY = 120      # words of kept prose after the headline before an ending counts


def closing_lines(texts: list[str], pg, pattern: re.Pattern = CLOSING) -> list[int]:
    """Indices of the short lines (<= MAX_WORDS words) that `pattern` matches whole. Every
    marker holds a furniture or marker word (`plain_page` classes LEX, MARK_FIRST), so the
    regex runs only on lines the page's arrays say hold one (a few in a hundred)."""
    from .plain_page import LEX, MARK_FIRST
    cand = np.flatnonzero((pg.nw <= MAX_WORDS) & ((pg.cls_any & (LEX | MARK_FIRST)) > 0))
    match = pattern.match
    return [i for i in cand.tolist() if match(texts[i])]


def _shape(text: str) -> str:
    """A marker's words without its count or plural ("12 Comments", "1 comment")."""
    return UNCOUNTED.sub("", text.lower()).rstrip("s")


def after_article(blocks: list, keep: list[bool], meta: dict, pg,
                  page_date: str | None = None) -> str | None:
    """The rules of this module, in order: the article's end, then links lists (`pg`: the
    page's `plain_page.Page`; `meta`: what `meta_text.extract` read, its `title_index` and
    `published`); then a long line glued from the kept paragraphs, a copy of the body, and
    a teaser cut from a body paragraph (`plain_copies`: run here, after
    `plain._header_and_tail`, which keeps a page's first and last prose lines); then
    summary bullets above the body (`plain_head`), time stamps (`plain_stamps`), tag lists
    (`plain_labels`), support appeals (`plain_appeals`), site notices (`plain_notices`),
    photo captions (`plain_captions`)
    and what stands above a datelined first paragraph (`plain_lede`), these two kept when
    they state the only date the page has. Returns `page_date` (a date the page stated
    before its text), else the date of a dropped stamp."""
    title_index = meta.get("title_index")
    texts = [b.text for b in blocks]
    close_article(blocks, keep, title_index, pg, texts)
    drop_widgets(blocks, keep, pg, texts)
    glued_copies(blocks, keep, pg.nw.tolist())
    cut_copies(blocks, keep, texts)
    standfirst_bullets(blocks, keep)
    stamp_date = drop_stamps(blocks, keep)
    drop_tag_lists(blocks, keep)
    drop_appeals(blocks, keep, texts)
    drop_notices(blocks, keep)
    dated = bool(page_date or stamp_date or meta.get("published"))
    drop_captions(blocks, keep, dated)
    above_dateline(blocks, keep, title_index, dated)
    return page_date or stamp_date


def close_article(blocks: list, keep: list[bool], title_index: int | None, pg,
                  texts: list[str] | None = None) -> None:
    """Drop every kept line after the first closing marker that follows a read body
    (kept paragraphs of 15+ words that end like a sentence)."""
    marks = closing_lines([b.text for b in blocks] if texts is None else texts, pg)
    if not marks:
        return
    # the same marker more than once ("1 comment" under each post of a listing, "5 Comments"
    # under each answer of a thread) is an item's widget, not the end of the page
    shapes = [_shape(blocks[m].text) for m in marks]
    seen = Counter(shapes)
    marks = [m for m, s in zip(marks, shapes) if seen[s] == 1]
    first = 0 if title_index is None else title_index + 1
    body = 0
    at = first
    for m in marks:
        if m < first:
            continue
        for i in range(at, m):
            b = blocks[i]
            if keep[i] and b.nw >= 15 and sentence_end(b.text):
                body += b.nw
        at = m
        if body >= MIN_BODY:
            for i in range(m + 1, len(keep)):
                keep[i] = False
            return


# a whole short line that heads a list of links to other pages ("Related articles", "Most
# popular videos", "You may also like"); within an article too, where the body then resumes
WIDGET = re.compile(r"""^[^\w\n]*(?:
 related(?:\s+(?:stories|articles|posts|links|content|coverage|news|reading|videos?))?
 |you\s+(?:may|might)\s+(?:also\s+)?(?:like|enjoy|be\s+interested\s+in)
 |more\s+(?:stories|news|articles|videos)(?:\s+from\s+\w+(?:\s+\w+)?)?
 |most\s+(?:popular|read|viewed|shared)(?:\s+(?:videos?|stories|articles|news|now))?
 |(?:read|watch|up)\s+next|recommended\s+for\s+you|(?:also|further)\s+read(?:ing)?
)[^\w\n]*$""", re.I | re.X)
WIDGET_SPAN = 12     # lines a list of links runs on at most


def drop_widgets(blocks: list, keep: list[bool], pg, texts: list[str] | None = None) -> None:
    """The items after a links heading are links to other pages, not body: kept short
    lines after it go, up to the first paragraph of 20+ words (where an inline widget
    ends and the body resumes) or WIDGET_SPAN lines."""
    n = len(blocks)
    texts = [b.text for b in blocks] if texts is None else texts
    for m in closing_lines(texts, pg, WIDGET):
        for i in range(m + 1, min(n, m + 1 + WIDGET_SPAN)):
            if keep[i]:
                b = blocks[i]
                if b.nw >= 20:
                    break
                keep[i] = False
