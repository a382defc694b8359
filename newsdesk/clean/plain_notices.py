"""Site notices: what a website or an embedded player tells its visitor about the site itself
(sign-in and registration walls, newsletter sign-up boxes, 'enable JavaScript', a player
that cannot play, an embedded post's location notice, a missing page, a web archive's crawl
description). They are furniture, however much they read like prose.

Why: scraped coverage often holds a notice where the article failed to load, or beside it.
Such lines are full sentences addressed to the reader, so the line model keeps many of them
(a lone notice line is as likely kept as a lone report), and one left in is a 'report' the
summary may quote and a text that ties unrelated pages together. Each kind below names
what only the furniture says: the site's own mechanics, not a subject a report discusses
("the page you requested", "your Tweet location history", "this crawl"). A line that
quotes someone is body (a reporter quoting a post or a person), so quoted lines stay.
When the cleaner keeps nothing of a page that holds a notice, the page was a notice and no
article (`notice_page`), which tells callers not to fall back to the raw text.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from itertools import accumulate

# kind of notice -> what marks it (case-insensitive; searched in lines of <= MAX_WORDS words;
# a line is of the first kind that matches it)
KINDS: dict[str, str] = {
    "newsletter box": (
        r"\bsign\s+up\s+for\s+(?:our|the)\b[^.!?]{0,60}\bnewsletters?\b"
        r"|\bnewsletter\s+sign\s*-?up\b|\be-?mail\s+sign\s*-?up\b|\bdelivered\s+to\s+your\s+inbox\b"
        r"|\bjoin\s+our\s+(?:mailing|e-?mail)\s+list\b"
        r"|\bby\s+signing\s+up\b[^.]{0,80}\byou\s+agree\b"
        r"|\bthank\s+you\s+for\s+(?:signing\s+up|subscribing)\b"),
    "account wall": (
        r"\b(?:sign|log)\s+in\s+(?:using|with)\s+(?:your|you)\b|\balready\s+have\s+an\s+account\b"
        r"|\bforgot\s+(?:your\s+)?password\b"
        r"|\bby\s+(?:submitting|registering|creating)\b[^.]{0,80}\byou\s+agree\b"
        r"|\bthank\s+you\s+for\s+registering\b"
        r"|\bverify\s+(?:that\s+)?you'?re\s+not\s+a\s+robot\b"
        r"|\bconfirm\s+your\s+(?:signature|subscription|e-?mail\s+address)\b"),
    "script": (
        r"\b(?:enable|turn\s+on|activate)\s+javascript\b|\bjavascript\s+is\s+(?:disabled|required"
        r"|turned\s+off|not\s+enabled)\b|\brequires\s+javascript\b"
        r"|\byour\s+browser\s+(?:does\s+not|doesn'?t)\s+support\b"),
    "player": (
        r"\bvideo\s+has\s+been\s+rented\b|\bfeature\s+is\s+not\s+available\s+right\s+now\b"
        r"|\btranscript\s+could\s+not\s+be\s+loaded\b|\bmedia\s+playback\s+is\s+unsupported\b"
        r"|\breplay\s+more\s+videos\b|^\s*poster\s*=\s*\""),
    "embedded post": (
        r"\blocation\s+information\s+to\s+your\s+tweets\b|\btweet\s+location\s+history\b"
        r"|\btweet\s+with\s+a\s+location\b"),
    "missing page": (
        r"\b(?:page|article|story)\s+you\s+(?:requested|are\s+looking\s+for|were\s+looking\s+for"
        r"|tried\s+to\s+(?:reach|open))\b[^.]{0,50}\b(?:not\s+be\s+found|cannot\s+be\s+found"
        r"|no\s+longer|been\s+(?:re)?moved|does\s+not\s+exist|doesn'?t\s+exist)"
        r"|\bpage\s+url\s+may\s+have\s+changed\b"),
    "reader call": (
        r"\bsend\s+us\s+your\s+(?:photos?|images?|videos?|pictures?)\b"
        r"|\bshare\s+your\s+comments\s+with\b|\b(?:join|like|follow)\s+us\s+on\s+facebook\b"),
}
NOTICE = re.compile("|".join(f"(?:{p})" for p in KINDS.values()), re.I)
KIND_RES = {k: re.compile(p, re.I) for k, p in KINDS.items()}
# kinds that fill a page where the article failed to load: the lines beside them that talk
# to the visitor are the rest of the wall ('If you still cannot find it, contact us'); a
# sign-up box or a player sits inside articles, where the next line is body
WALLS = ("account wall", "missing page")
# words one of KINDS needs (lower case): found by substring search over the page's kept
# text, so NOTICE runs on the few lines holding one
KEYS = ("in using", "in with", "an account", "password", "you agree", "thank you for",
        "robot", "confirm your", "newsletter", "sign up", "sign-up", "signup", "inbox",
        "javascript", "your browser", "rented", "right now", "be loaded", "playback",
        "more videos", "poster", "tweet", "you requested", "you are looking", "you were looking",
        "you tried", "may have changed", "send us your", "share your comments", "mailing list",
        "us on facebook", "crawl")
CRAWL_KIND = "crawl description"
# a web archive describing its crawl: a crawl word and a word only an archive's crawl
# notes use (a book or a guide about crawlers names no Wayback Machine or WARC file)
CRAWL = re.compile(r"\bcrawl(?:s|ed|er|ers|ing)?\b", re.I)
ARCHIVE = re.compile(
    r"\b(?:wayback\s+machine|internet\s+archive|warc|seed\s*-?list|out-?links|web\s+captures"
    r"|embargo\s+period|publicly\s+accessible|archive\s+(?:the\s+)?pages)\b", re.I)
QUOTED = re.compile("[\"\u201c\u201d]")
YOU = re.compile(r"\b(?:you|your)\b", re.I)
MAX_WORDS = 150
ARCHIVE_SURE = 2
REPORT_WORDS = 40
NEAR_WORDS = 40


def notice(text: str, nw: int | None = None) -> bool:
    """The line is a site notice (see the module's why)."""
    return notice_kind(text, nw) is not None


def notice_kind(text: str, nw: int | None = None) -> str | None:
    """Which site notice the line is: one of KINDS, or a crawl description (a crawl word and
    an archive word); None for any other line and for a line that quotes someone (a crawl
    description with ARCHIVE_SURE archive words may quote a collection's name)."""
    if (nw if nw is not None else len(text.split())) > MAX_WORDS:
        return None
    quoted = QUOTED.search(text) is not None
    low = text.lower()
    if "crawl" in low and CRAWL.search(text):
        n = len(ARCHIVE.findall(text))
        if n >= ARCHIVE_SURE or (n >= 1 and not quoted):
            return CRAWL_KIND
    # a quote is body; the player's poster attribute holds quote marks of its own
    if (quoted and not low.lstrip().startswith("poster")) or not any(k in low for k in KEYS) \
            or NOTICE.search(text) is None:
        return None
    return next(k for k, rx in KIND_RES.items() if rx.search(text))


def drop_notices(blocks: list, keep: list[bool]) -> None:
    """Drop every kept line that is a site notice. Beside a wall (WALLS), the kept lines that
    talk to the visitor too (NEAR_WORDS or fewer words, 'you', no quote) go with it; on a
    page with a crawl description, every kept line with a crawl word belongs to it."""
    kept = [i for i, k in enumerate(keep) if k]
    hits = {}
    for i in _with_key([blocks[i].text for i in kept]):
        kind = notice_kind(blocks[kept[i]].text, blocks[kept[i]].nw)
        if kind:
            hits[kept[i]] = kind
    if CRAWL_KIND in hits.values():
        hits.update({i: CRAWL_KIND for i in kept
                     if blocks[i].nw <= MAX_WORDS and CRAWL.search(blocks[i].text)})
    for i in hits:
        keep[i] = False
    for i in (i for i, k in hits.items() if k in WALLS):
        for step in (-1, 1):
            j = i + step
            while 0 <= j < len(blocks) and keep[j] and _to_visitor(blocks[j]):
                keep[j] = False
                j += step


def _with_key(texts: list[str]) -> list[int]:
    """Indices of the texts holding one of KEYS: one substring search of the page per key
    (testing every kept line on its own took ~9 microseconds a line)."""
    low = "\n".join(texts).lower()
    ends = list(accumulate(len(t) + 1 for t in texts))
    found: set[int] = set()
    for key in KEYS:
        at = low.find(key)
        while at >= 0:
            line = bisect_right(ends, at)
            found.add(line)
            at = low.find(key, ends[line]) if line < len(ends) else -1
    return sorted(found)


def _to_visitor(b) -> bool:
    return b.nw <= NEAR_WORDS and YOU.search(b.text) is not None and QUOTED.search(b.text) is None


def without_notices(raw: str) -> str:
    """The raw text's lines less its site notices (`drop_notices` over all of them): what a
    caller reading a page's raw text instead of its body (the story terms of a near-empty
    page) may read."""
    from .lines import WORD, Block
    lines = [line.strip() for line in (raw or "").splitlines() if line.strip()]
    blocks = [Block(t, nw=len(WORD.findall(t))) for t in lines]
    keep = [True] * len(blocks)
    drop_notices(blocks, keep)
    return "\n\n".join(t for t, k in zip(lines, keep) if k)


def notice_page(raw: str) -> bool:
    """Whether a page the cleaner emptied was a site notice (a sign-in wall, a missing page,
    an archive's crawl page), so that its raw text is no stand-in for a body: it holds a
    notice line and no other line of REPORT_WORDS+ words (a report the cleaner lost).
    Callers ask only about pages with an empty body."""
    found = False
    for line in (raw or "").splitlines():
        line = line.strip()
        if not line:
            continue
        nw = len(line.split())
        if notice(line, nw):
            found = True
        elif nw >= REPORT_WORDS:
            return False
    return found
