"""The outlet of a scraped plain-text page, from the page furniture that names it.

Why: a brief that cites "000_6aad434db166bdcb" instead of "The Independent" is not one an
analyst can use, and plain text carries no <meta og:site_name>. Two kinds of furniture name
the outlet on real pages: the masthead on the first lines ("SOUTHERN MORNING POST",
"Pacific Wire Service | World | Sport") and brand lines in the boilerplate ("Start your day
with The Independent", "© 2019 The Irish Examiner"). Both are recognised by the shape of a
publication name: a few capitalised words ending in a publication noun (Post, Times, Wire,
Radio ...). The headline, kickers ("ISIS ATTACKS") and section names do not have that shape.
"""
from __future__ import annotations

import re
from collections import Counter

# head nouns of publication names (the last or first word of "The X Post", "Radio X")
PUBLICATION_NOUNS = frozenset("""
post times news herald wire service radio daily journal gazette tribune courier ledger press
telegraph guardian independent chronicle observer express mail star standard examiner report
tv television network agency review sun mirror record reporter dispatch bulletin monitor
weekly sentinel register enquirer inquirer globe mercury echo advertiser argus leader
today magazine broadcasting channel media insider digest voice week economist
""".split())
LEADING_NOUNS = frozenset({"radio", "channel", "agence", "voice"})
_SMALL = frozenset({"the", "of", "and", "de", "la", "el", "al", "&"})
_SEP = re.compile(r"\s+(?:\||\u2014|\u2013|-|::|\u00bb)\s+")
_WORD = re.compile(r"[A-Za-z][A-Za-z'&.]*")
_BRAND = re.compile(
    r"(?:\u00a9|\(c\)|copyright)\s*(?:\d{4}\s*)?(?P<a>(?:The\s+)?[A-Z][\w'&.]*(?:\s+[A-Z][\w'&.]*){0,4})"
    r"|\b(?:with|from|of|to|by|on)\s+(?P<b>The\s+[A-Z][\w']*(?:\s+[A-Z][\w']*){0,3})", re.I)
MAX_HEAD_LINES = 4
MAX_FURNITURE_WORDS = 14
_COPYRIGHT = re.compile(r"\u00a9|\(c\)|\bcopyright\b", re.I)


def _norm_case(name: str) -> str:
    """"SOUTHERN MORNING POST" -> "Southern Morning Post"; mixed case is kept."""
    if name.isupper():
        return " ".join(w if w.lower() in _SMALL - {"the"} else w.capitalize()
                        for w in name.lower().split())
    return name


def _has_digit(text: str) -> bool:
    """any(ch.isdigit() for ch in text); ASCII text (nearly all) is tested in C."""
    if text.isascii():
        return _ASCII_DIGIT.search(text) is not None
    return any(map(str.isdigit, text))


_ASCII_DIGIT = re.compile(r"[0-9]")


def publication_name(text: str) -> str | None:
    """`text` itself if it has the shape of a publication name, else None."""
    words = text.strip(" .:,").split()
    if not 1 <= len(words) <= 5:
        return None
    first, last = words[0].lower().strip(".'"), words[-1].lower().strip(".'")
    if last not in PUBLICATION_NOUNS and first not in LEADING_NOUNS:
        return None              # (the cheapest test first: most candidates fail it)
    if _has_digit(text) or not all(w[:1].isupper() or w.lower() in _SMALL for w in words):
        return None
    if len(words) == 1 and first in ("news", "today", "media", "report", "review", "week"):
        return None              # a section name, not a publication
    return _norm_case(" ".join(words).strip(" .:,"))


def masthead(lines: list[str]) -> str | None:
    """The publication named by a masthead on the first non-empty lines: the line itself or
    its first segment before a separator ("Pacific Wire Service | World | Americas")."""
    seen = 0
    for line in lines:
        line = line.strip()
        if not line:
            continue
        seen += 1
        if seen > MAX_HEAD_LINES:
            break
        name = publication_name(_SEP.split(line)[0])
        if name:
            return name
    return None


def brand_mentions(lines: list[str]) -> str | None:
    """The publication the boilerplate names: a copyright holder, or "The X" after "with /
    from / of" in a short furniture line ("Start your day with The Independent")."""
    text = "\n".join(lines)
    if text.count("\n") != len(lines) - 1:
        return _brand_votes(lines[i] for i in _candidates(lines))
    return _page_brand(text)


def _page_brand(text: str) -> str | None:
    """`brand_mentions` of the lines of `text` (lines joined by "\n", none holding one)."""
    if "\u0130" in text:        # the one character lower() makes two of: line by line
        lines = text.split("\n")
        return _brand_votes(lines[i] for i in _candidates(lines))
    low = _lower_ascii(text)
    # the lines that can vote, found over the whole page (no per-line loop over it), then
    # read in page order: lines holding a copyright needle (U+0130: see above), and lines
    # where _PREP_THE matches inside the line (a match running on past the line's end does
    # not count: it is not a match of that line, and it hides none, as it holds no second
    # preposition)
    ends: dict[int, int] = {}
    marked: set[int] = set()
    for needle, hay in (("\u00a9", text), ("(c)", low), ("copyright", low), ("\u0131", text)):
        pos = hay.find(needle)
        while pos >= 0:
            a, b = _line_at(low, pos)
            ends[a] = b
            marked.add(a)
            pos = hay.find(needle, b)
    for start, end in prep_the_spans(low):
        a, b = _line_at(low, start)
        if end <= b:
            ends[a] = b
    votes: Counter[str] = Counter()
    for a in sorted(ends):
        b = ends[a]
        line = text[a:b]
        # > MAX_FURNITURE_WORDS words: body prose, unless a copyright line (`_brand_votes`)
        if (len(line) > 2 * MAX_FURNITURE_WORDS
                and len(line.split(None, MAX_FURNITURE_WORDS)) > MAX_FURNITURE_WORDS
                and (a not in marked or not _copyright(line))):
            continue
        _vote(line, votes)
    return votes.most_common(1)[0][0] if votes else None


def _lower_ascii(text: str) -> str:
    """`text` with its ASCII letters lowered, the rest kept (bytes.lower() leaves UTF-8's
    multi-byte sequences alone): a third of lower()'s cost on a page that is not ASCII,
    and the same for what `_page_brand` searches: its needles and _PREP_THE hold ASCII
    letters (and U+0131, lower case already), which no other character lowers to but
    U+0130 (left out before) and U+212A (to "k": none holds one); word-ness and
    whitespace are the same either way."""
    return text.encode("utf-8", "surrogatepass").lower().decode("utf-8", "surrogatepass")


def _line_at(page: str, pos: int) -> tuple[int, int]:
    """(start, end) of the line of `page` holding position `pos`."""
    b = page.find("\n", pos)
    return page.rfind("\n", 0, pos) + 1, len(page) if b < 0 else b


# Where a line has no copyright mark, _BRAND needs "with / from / ... the " (its group b):
# the same test on the lowered page, without re.I (lower() maps the page one character to
# one, keeping word-ness and whitespace; "i" also matches U+0131 under re.I).
_PREP_THE = re.compile(r"\b(?:w[i\u0131]th|from|of|to|by|on)\s+the\s")
# _PREP_THE spelt backwards, less its final \s (tested by hand): a pattern that opens with a
# literal is searched for by re's fast literal scan, one that opens with \b is tried at
# every position of the page (10x slower)
_PREP_THE_REV = re.compile(r"eht\s+(?:ht[i\u0131]w|morf|fo|ot|yb|no)\b")
_SPACE = re.compile(r"\s")


def prep_the_spans(low: str) -> list[tuple[int, int]]:
    """(start, end) of every _PREP_THE match in `low`, found in the reversed page (in
    reverse order). The same set: no match can overlap another (none holds a second "the"
    or preposition), so where the scan starts does not matter."""
    rev = low[::-1]
    n = len(low)
    return [(n - m.end(), n - m.start() + 1) for m in _PREP_THE_REV.finditer(rev)
            if m.start() and _SPACE.match(rev, m.start() - 1)]


def _brand_votes(lines) -> str | None:
    """The brand most named by _BRAND in these lines (a line of body prose, more than
    MAX_FURNITURE_WORDS words without a copyright mark, names sources, not hosts)."""
    votes: Counter[str] = Counter()
    for line in lines:
        if (len(line.split(None, MAX_FURNITURE_WORDS)) > MAX_FURNITURE_WORDS
                and not _copyright(line)):
            continue
        _vote(line, votes)
    return votes.most_common(1)[0][0] if votes else None


def _vote(line: str, votes: Counter) -> None:
    """One vote for each publication name _BRAND finds in the line."""
    for m in _BRAND.finditer(line):
        cand = m.group("a") or m.group("b")
        words = cand.split()
        for k in range(len(words), 0, -1):        # the longest prefix that is a name
            name = publication_name(" ".join(words[:k]))
            if name:
                votes[name] += 1
                break


# What _BRAND needs in a line: "the" (group b) or a copyright mark (group a). Under re.I an
# "i" also matches U+0130 / U+0131, whose lower() differs, so those let a line through too.
_NEEDLES = ("the", "\u00a9", "(c)", "copyright", "\u0130", "\u0131")


def _copyright(line: str) -> bool:
    """_COPYRIGHT.search(line), the regex run only where a substring test says it could."""
    low = line.lower()
    return (("\u00a9" in line or "(c)" in low or "copyright" in low or "\u0130" in line
             or "\u0131" in line) and _COPYRIGHT.search(line) is not None)


def _candidates(lines: list[str]) -> list[int]:
    """Indices of the lines where _BRAND could match (exact: none is missed): the page is
    lowered once and split again, and each line tested with C-level substring search
    ("the" first: most lines that hold a needle hold that one)."""
    text = "\n".join(lines)
    low = text.lower()
    lows = low.split("\n")
    if len(low) != len(text) or len(lows) != len(lines):
        return list(range(len(lines)))    # lower() changed lengths (U+0130): every line
    return [i for i, t in enumerate(lows) if "the" in t or "\u00a9" in t or "(c)" in t
            or "copyright" in t or "\u0131" in t]


def outlet_from_text(raw: str) -> str | None:
    """The outlet a scraped page names in its masthead or furniture, or None."""
    if not any(ch in raw for ch in _OTHER_BREAKS):
        # "\n" the only line break: the lines joined again are the page itself, less a
        # final newline (no list of lines to make and join: a tenth of this function's time)
        text = raw[:-1] if raw.endswith("\n") else raw
        return masthead(_lines(text)) or _page_brand(text)
    lines = raw.splitlines()
    return masthead(lines) or brand_mentions(lines)


# the line boundaries str.splitlines knows besides "\n" (searched one by one: a substring
# search is ten times faster than a regex class over a page)
_OTHER_BREAKS = "\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"


def _lines(text: str):
    """The lines of `text` (split at "\n"), one at a time: a masthead reads the first few."""
    a = 0
    while (b := text.find("\n", a)) >= 0:
        yield text[a:b]
        a = b + 1
    yield text[a:]
