"""Metadata stated in scraped plain text: headline, byline, date, outlet.

Scraped text carries its metadata as lines around the body ("By Maggie Michael",
"Published: Wednesday, Aug. 14 2013", "JERUSALEM (Reuters) -") or as a store prefix
(" date 2018-07-10 ..."). We read them from the blocks the classifier did not keep (the page
head and foot) and from the body's first paragraph (datelines), never guessing beyond what
the text states.
"""
from __future__ import annotations

import re
from bisect import insort
from functools import lru_cache
from itertools import compress, islice

import numpy as np

from .html_meta import NULL_DAYS
from .lines import BYLINE, HARD_DROP, LEXICON, WORD, Block, credit_match

MONTHS = {m: i + 1 for i, m in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"))}
MONTH = r"(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
DATE_PATTERNS = (   # (regex, group order) -> year, month, day
    (re.compile(MONTH + r"\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})", re.I), ("m", "d", "y")),
    (re.compile(r"(?<!\d)(\d{1,2})(?:st|nd|rd|th)?\s+" + MONTH + r",?\s+(\d{4})", re.I), ("d", "m", "y")),
    (re.compile(r"\b(\d{4})-(\d\d)-(\d\d)\b"), ("y", "m", "d")),
    (re.compile(r"\b(\d{4})/(\d\d)/(\d\d)\b"), ("y", "m", "d")),
    (re.compile(r"\b(\d\d)\.(\d\d)\.(\d{4})\b"), ("d", "m", "y")),
    # the East Asian form ("2019年07月22日"), as Chinese and Japanese bylines print it
    (re.compile(r"(?<!\d)(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日"), ("y", "m", "d")),
)
_MONTH3 = re.compile("|".join(MONTHS))     # a month name's first three letters
_PATTERN_NEEDS = tuple((rx, order, need) for (rx, order), need in
                       zip(DATE_PATTERNS, (None, None, "-", "/", ".", "年")))
STORE_PREFIX = re.compile(r"^\s*date (\d{4}-\d\d-\d\d)\s+")
PUBLISHED = re.compile(r"^\W*(published|posted|first published|date|updated|last updated)\b",
                       re.I)
URL_DATE = re.compile(r"https?://\S+?/(20\d\d|19\d\d)[/-](\d\d)[/-](\d\d)\b")
AGENCIES = {
    "reuters": "Reuters", "ap": "Associated Press", "associated press": "Associated Press",
    "afp": "AFP", "agence france-presse": "AFP", "agence france presse": "AFP",
    "xinhua": "Xinhua", "upi": "UPI", "bloomberg": "Bloomberg", "dpa": "dpa", "pti": "PTI",
    "ians": "IANS", "ani": "ANI", "anadolu agency": "Anadolu Agency", "efe": "EFE",
    "tass": "TASS", "kyodo": "Kyodo", "yonhap": "Yonhap",
}
AGENCY_DATELINE = re.compile(r"^[A-Z][\w ,.'-]{1,60}\((" + "|".join(
    re.escape(k) for k in AGENCIES) + r")\)\s*(-|\u2013|\u2014|--)", re.I)
NAME_DATE = re.compile(r"^([A-Z][A-Za-z\u00C0-\u024F'.-]+(?: [A-Z][A-Za-z\u00C0-\u024F'.-]+){1,3}?)\s*(\d{1,2} " + MONTH
                       + r" \d{4}|" + MONTH + r" \d{1,2},? \d{4})", re.I)
STAFF = re.compile(r"^(.+?) (staff|reporters?|correspondent)$")
STAFF_ENDS = ("staff", "reporter", "reporters", "correspondent")
YEAR = re.compile(r"\d{4}")
# a line that is only a weekday's date ("Tuesday 20 August 2019"): a blog's date header, or
# a site's chrome telling the day the page was viewed; a byline's date beats it. The chrome
# may lead with the site's name and put the weekday last ("The Daily Ledger 4 May 2031,
# Sunday"): a masthead's today, however old the article under it
_WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_DAY_MONTH = r"(?:\d{1,2}(?:st|nd|rd|th)?\s+" + MONTH + r"|" + MONTH + r"\s+\d{1,2}(?:st|nd|rd|th)?),?\s+\d{4}"
BARE_DAY = re.compile(r"^\W*(?-i:(?:[A-Z][\w&'.-]*\s+){1,5})?(?:" + _WEEKDAY + r",?\s+" + _DAY_MONTH
                      + r"|" + _DAY_MONTH + r",?\s+" + _WEEKDAY + r")\W*$", re.I)


@lru_cache(maxsize=4096)
def parse_date(text: str) -> str | None:
    """The first full date (year, month, day) stated in `text`, as ISO. Cached: a quarter
    of the calls ask again about a line already read (a page's head lines are tried as
    the headline and then for its date; the rules ask about their own lines)."""
    if not YEAR.search(text):           # every pattern states a four-digit year
        return None
    best = None
    month = None
    for rx, order, need in _PATTERN_NEEDS:
        if need is not None:           # a character the pattern needs is absent
            if need not in text:
                continue
        else:                          # a month name: its first three letters
            if month is None:          # (U+017F matches "s" under re.I)
                month = _MONTH3.search(text.lower()) is not None or "\u017f" in text
            if not month:
                continue
        m = rx.search(text)
        if not m or (best and m.start() >= best[0]):
            continue
        parts = dict(zip(order, m.groups()))
        mon = parts["m"]
        mon = int(mon) if mon.isdigit() else MONTHS.get(mon[:3].lower())
        y, d = int(parts["y"]), int(parts["d"])
        if mon and 1 <= mon <= 12 and 1 <= d <= 31 and 1900 <= y <= 2100:
            best = (m.start(), f"{y:04d}-{mon:02d}-{d:02d}")
    return best[1] if best else None


def _real_stamp(t: str) -> tuple[str | None, str]:
    """'Updated: Jan 1, 1970 | Published: Oct 9, 2031': beside a template's null day the same
    line may hold the real stamp in another field; the first field with a real date, and
    that field (so an "Updated" label is judged on its own field)."""
    for part in t.split("|"):
        d = parse_date(part)
        if d and d not in NULL_DAYS:
            return d, part.strip()
    return None, t


def store_prefix(raw: str) -> tuple[int, str | None]:
    """A store's " date YYYY-MM-DD " prefix: where the text starts after it, and the date."""
    m = STORE_PREFIX.match(raw)
    return (m.end(), m.group(1)) if m else (0, None)


PARTICLES = {"de", "da", "del", "van", "von", "der", "al", "el", "bin", "ibn", "la", "le", "and"}


def _name_like(text: str) -> bool:
    """A person's name (or two): 1-6 capitalised words, particles allowed."""
    words = text.split()
    return 1 <= len(words) <= 6 and all(
        w[:1].isupper() or w.lower() in PARTICLES or w.split("-")[0].lower() in PARTICLES
        for w in words)


def _author(text: str) -> str | None:
    m = BYLINE.match(text)
    if m:
        rest = text[m.end() - 1:]
        rest = re.split(r"\s+(?:on\s+)?(?=" + MONTH + r"\s+\d)|\s+\d|\s*[|,;\u2014\u2013]\s*|"
                        r"\s+-\s+|\s+and\s+(?=[A-Z][a-z]+ [A-Z][a-z]+,)", rest, flags=re.I)[0]
        rest = rest.strip(" .:")
        if rest and rest.lower() not in AGENCIES and _name_like(rest):
            return rest if not rest.isupper() else rest.title()
    m = YEAR.search(text) and NAME_DATE.match(text)     # NAME_DATE needs a year
    if m and len(WORD.findall(text)) <= 10:
        return m.group(1).strip()
    return None


def _outlet(text: str) -> str | None:
    m = "(" in text and AGENCY_DATELINE.match(text)
    if m:
        return AGENCIES[m.group(1).lower()]
    key = text.strip(" .").lower()
    if key in AGENCIES and len(key) > 3:
        return AGENCIES[key]
    m = key.endswith(STAFF_ENDS) and STAFF.match(key)
    if m and m.group(1) in AGENCIES:
        return AGENCIES[m.group(1)]
    return None


_STOP = frozenset("this that with from have been were will would their there they about after "
                  "into over than when what which while more most said says also just only "
                  "news live home latest".split())


def _content_words(text: str) -> set[str]:
    if "\u0130" not in text and "\u03a3" not in text:
        # lower() maps every other character to one character of the same word-ness, with no
        # context (U+03A3 has a final form; U+0130 lowers to two characters): so the whole
        # text can be lowered once and its words deduplicated before the length test
        return {w for w in set(WORD.findall(text.lower())) if len(w) >= 4} - _STOP
    return {w for w in (x.lower() for x in WORD.findall(text)) if len(w) >= 4 and w not in _STOP}


def _title_like(text: str, nw: int | None = None, lex: int | None = None) -> bool:
    """`nw`: the line's WORD count when already known; `lex`: its LEX-class tokens
    (`plain_page`), which let LEXICON (slow: tried at every word) run only where it
    could match (`_lexicon_possible`)."""
    # every test must pass: the cheap ones (length, first and last character) go first
    if len(text) > 250 or not (text[:1].isupper() or text[:1].isdigit()
                               or text[:1] in "'\"\u2018\u201c"):
        return False
    if nw is None:
        nw = len(WORD.findall(text))
    if not 3 <= nw <= 30:
        return False
    if text.endswith((".", ":", "|")) and not text.endswith("..."):
        return False
    if text.startswith(("Image copyright", "Image caption", "Media playback")):
        return False        # flattened photo chrome, not a headline
    # a separator (|, », ›: a menu or masthead), by substring tests; then the regexes
    if ("|" in text or "\u00bb" in text or "\u203a" in text
            or BYLINE.match(text) or HARD_DROP.match(text) or credit_match(text)):
        return False
    if nw <= 10 and _lexicon_possible(text, lex) and LEXICON.search(text):
        return False
    return not (nw <= 12 and parse_date(text))


def _lexicon_possible(text: str, lex: int | None) -> bool:
    """False only where LEXICON cannot match: each of its phrases holds a word of the LEX
    class (`plain_page.CLASS_WORDS`), but for "years old"; on ASCII text a word is a token
    (under re.I some other letters match i, s and k; those lines are always tried)."""
    return lex is None or lex > 0 or not text.isascii() or "old" in text.lower()


def _worth_reading(keep: list[bool], first_body: int, pg) -> tuple[list[int], list[bool]]:
    """The lines that could state an author, outlet or date (exactly), among those the
    classifier dropped (<= 24 words): a byline or "Published"-like opening word, a news
    agency's name (every outlet rule needs one), or a number (every date pattern and
    NAME_DATE need a year); and the first body line. -> (those lines, every line's
    agency flag). The tests on the page's arrays are made once for a whole batch of
    pages (`_stating_lines`); only the keep flags are read page by page."""
    lines, agency = _stating_lines(pg)
    cand = [i for i in lines if not keep[i]]
    if first_body < len(keep):
        insort(cand, first_body)            # (a kept line: not in cand yet)
    return cand, agency


def _stating_lines(pg) -> tuple[list[int], list[bool]]:
    """(the lines of <= 24 words that could state metadata, each line's agency flag) of
    the page `pg`, computed over its batch's joint arrays when it is a batch's page (a
    page's own numpy calls cost more than their work)."""
    if pg.batch is None:
        return _stating_pages(pg, [0, len(pg.nw)])[0]
    joint, j, bounds = pg.batch
    if joint.memo is None:
        joint.memo = {}
    per = joint.memo.get("meta_text")
    if per is None:
        per = joint.memo["meta_text"] = _stating_pages(joint, bounds)
    return per[j]


def _stating_pages(pg, bounds: list[int]) -> list[tuple[list[int], list[bool]]]:
    """`_stating_lines` of each page of `pg` (page k: lines bounds[k]..bounds[k+1]-1),
    lines numbered within their page."""
    from . import plain_page as P
    bits = ((pg.first_cls & (P.BYLINE_FIRST | P.PUB_FIRST)) | (pg.cls_any & P.AGENCY))
    idx = np.flatnonzero((pg.nw <= 24) & ((bits > 0) | (pg.char["digits"] > 0)))
    b = np.asarray(bounds)
    cut = np.searchsorted(idx, b).tolist()
    local = (idx - b[np.searchsorted(b, idx, side="right") - 1]).tolist()
    agency = ((pg.cls_any & P.AGENCY) > 0).tolist()
    return [(local[cut[k]:cut[k + 1]], agency[bounds[k]:bounds[k + 1]])
            for k in range(len(bounds) - 1)]


def _in_body(words: set[str], body: list[str]) -> bool:
    """Whether a word of `words` (`_content_words` of a line) is one of
    `_content_words(t)` for a text t of `body`. Why not build those sets: body paragraphs
    are long and a headline has a few words, each found by substring search, a match
    counted where no word character (re's \\w: alphanumeric or "_") touches it, as
    WORD.findall would cut it out of the lowered text."""
    for t in body:
        if "\u0130" in t or "\u03a3" in t:        # (`_content_words`' own slow path)
            if words & _content_words(t):
                return True
            continue
        low = t.lower()
        for w in words:
            at = low.find(w)
            while at >= 0:
                end = at + len(w)
                if ((at == 0 or not _word_char(low[at - 1]))
                        and (end == len(low) or not _word_char(low[end]))):
                    return True
                at = low.find(w, at + 1)
    return False


def _word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def extract(blocks: list[Block], keep: list[bool], raw: str = "",
            skip: list[int] | None = None, pg=None) -> dict:
    """title (+ its block index), author, published, outlet, as the text states them.
    `skip` flags blocks known to be outlet furniture (never the headline); `pg`, the page's
    arrays (`plain_page.page`), lets only lines that could state something be read."""
    out: dict = {"title": None, "title_index": None, "author": None, "published": None,
                 "outlet": None}
    n = len(blocks)
    if pg is not None:
        nws = pg.nw.tolist()                # (counts: never negative)
    else:
        nws = [b.nw for b in blocks]
        if min(nws, default=0) < 0:
            nws = [b.nw if b.nw >= 0 else len(WORD.findall(b.text)) for b in blocks]
    # the first kept line of >= 20 words (only kept lines are looked at)
    first_body = next((i for i in compress(range(n), keep) if nws[i] >= 20), n)
    # (a page's word count is WORD's wherever the text is ASCII: `plain_page` tokens)
    lex = pg.lex if pg is not None else None
    heads = [i for i in range(min(first_body, 12))
             if not (skip and skip[i]) and _title_like(
                 blocks[i].text, nws[i] if pg is not None and blocks[i].text.isascii() else None,
                 int(lex[i]) if lex is not None else None)]
    if len(heads) > 1:
        # the headline speaks of what the body says; a masthead or menu bar does not
        body = [blocks[i].text
                for i in islice((j for j in range(first_body, len(keep)) if keep[j]), 3)]
        i = next((i for i in heads if _in_body(_content_words(blocks[i].text), body)), heads[0])
        out["title"], out["title_index"] = blocks[i].text, i
    elif heads:
        out["title"], out["title_index"] = blocks[heads[0]].text, heads[0]
    published = other_date = bare_day = None
    # only lines the classifier dropped (and the first body line) state metadata
    if pg is not None:
        # an ASCII line without an agency's first word names no outlet (every `_outlet`
        # rule needs one as a token); other lines are always read
        cand, agency = _worth_reading(keep, first_body, pg)
    else:
        cand = [i for i, k in enumerate(keep) if (not k and nws[i] <= 24) or i == first_body]
        agency = None
    for i in cand:
        if (published is not None and other_date is not None and out["author"] is not None
                and out["outlet"] is not None):
            break                      # nothing left to find
        t = blocks[i].text
        nw = nws[i]
        head = i <= first_body
        if nw >= 10 and credit_match(t) is not None:
            continue                   # a credited photo caption: its day is the picture's
        if not keep[i] or i == first_body:
            if out["author"] is None and nw <= 14 and (head or BYLINE.match(t)):
                out["author"] = _author(t)
            if out["outlet"] is None and nw <= 12 and (
                    agency is None or agency[i] or not t.isascii()):
                out["outlet"] = _outlet(t)
        if out["outlet"] is None and i == first_body and (
                agency is None or agency[i] or not t.isascii()):
            out["outlet"] = _outlet(t)
        if published is None and not keep[i] and nw <= 24 and PUBLISHED.match(t):
            d = parse_date(t)
            if d in NULL_DAYS:         # "Updated: Jan 1, 1970": the template's empty timestamp
                d, t = _real_stamp(t)
            if d and not t.lower().lstrip(" :").startswith(("updated", "last updated")):
                published = d
            elif d and other_date is None:
                other_date = d
        if other_date is None and (not keep[i] or i == first_body) and nw <= 24 and (
                head or i >= len(blocks) - 3 or _stamp_under_lead(i, t, first_body)) and (
                bare_day is None or _metadata_line(i, keep, first_body)):
            other_date = parse_date(t)
            if other_date in NULL_DAYS:
                other_date, t = _real_stamp(t)
            if other_date and bare_day is None and i < first_body and BARE_DAY.match(t):
                bare_day, other_date = other_date, None     # kept unless a byline dates the page
    if published is None and other_date is None and bare_day is not None:
        other_date = _kept_stamp(blocks, keep, first_body, nws)
    if published is None and other_date is None and raw:
        m = URL_DATE.search(raw)
        if m:
            y, mo, d = (int(g) for g in m.groups())
            if 1 <= mo <= 12 and 1 <= d <= 31:
                other_date = f"{y:04d}-{mo:02d}-{d:02d}"
    out["published"] = published or other_date or bare_day
    return out


_STAMP_WORDS = frozenset(
    "mon tue tues wed thu thur thurs fri sat sun monday tuesday wednesday thursday friday "
    "saturday sunday am pm a m p at gmt utc bst cet cest edt est cdt cst pdt pst ist".split())


def time_stamp(text: str) -> bool:
    """The line is only a date, with a weekday, clock time or zone at most ("17:40 3 May
    2031", "May 3, 2031, 5:40pm"): a page's time stamp. Why: a standfirst of 20+ words reads
    as the body's first paragraph, and the stamp printed under it is still the page's own;
    a teaser or caption line says something besides its date."""
    if parse_date(text) is None or len(text) > 60:
        return False
    for rx, _order in DATE_PATTERNS:
        text = rx.sub(" ", text, count=1)
    return all(_CLOCK.fullmatch(w) or w in _STAMP_WORDS for w in WORD.findall(text.lower()))


_CLOCK = re.compile(r"\d+(?:am|pm|h|hrs)?")


def _stamp_under_lead(i: int, text: str, first_body: int) -> bool:
    """A dropped time stamp right under the first long paragraph (a standfirst of 20+ words
    is taken for the body's start): the page's own date line, not one of the body's."""
    return i == first_body + 1 and time_stamp(text)


_HEAD_CLOCK = re.compile(r"(?<![\d:.])\d{1,2}[:.]\d\d(?![\d:.])")


def _kept_stamp(blocks: list[Block], keep: list[bool], first_body: int, nws) -> str | None:
    """The date of a clock-stamped line above the body that the classifier kept ("Wire
    Service Monday, 4 May 2026, 09:15"), or None. Why: when the only date dropped in the
    head is the masthead's weekday (the day the page was viewed), a stamped byline is the
    article's own date even though it was taken for text."""
    for i in range(min(first_body, len(blocks))):
        t = blocks[i].text
        if keep[i] and nws[i] <= 24 and _HEAD_CLOCK.search(t):
            d = parse_date(t)
            if d and d not in NULL_DAYS:
                return d
    return None


def _metadata_line(i: int, keep: list[bool], first_body: int) -> bool:
    """A dropped line of the page head (a byline, a time stamp): once a bare weekday date is
    seen, only such a line's date may replace it, not a date the body's opening states."""
    return not keep[i] and i < first_body
