"""Casualty figures (dead, injured) from one sentence, as `Count(low, high)`.

Why our own rules: no installed library links a number to "killed" vs "wounded", and the
mistakes that matter are specific (an age, "24 hours", "two of the blasts", the subgroup
"including 3 children" replacing the total). The approach is token based and cheap:

1. tokenise with character offsets;
2. read every quantity ("more than 40", "between 15 and 35", "a dozen", "dozens",
   "1,500", "three to five", "twenty-five") with its modifier, skipping dates, years,
   ages, units (hours, miles, %), money and fractions;
3. link a quantity to a cue: after it ("40 people were killed", "235 dead", "9,000
   wounded"), before it ("killing 6 civilians", "massacre of 40", "bodies of four"), or a
   toll ("the death toll rose ... to 63", "put the number of dead at 128");
4. per kind, prefer totals over subgroups ("of the", "including"), new figures over
   superseded ones ("an earlier tally of 38"), and totals over increments ("two more").

Conventions (FORMAT.md plus the dev gold): "more than / over / at least N" -> (N, None);
"N or more", "N-plus" -> (N, None); "between A and B", "A to B", "A or B" -> (A, B);
approximate and upper-bound phrases ("nearly", "about", "some", "up to", "as many as")
-> (N, N), the stated number, with the qualifier kept in `Mention.qualifier` so callers can
tell; "dozens" -> (24, None), "scores" -> (40, None), "hundreds" -> (200, None),
"thousands" -> (2000, None). Anything above 10 million is treated as noise (None).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Count

MAX_PLAUSIBLE = 10_000_000

_TOKEN = re.compile(r"\d+[A-Za-z][A-Za-z0-9]*|[A-Za-z]+\d[A-Za-z0-9]*|\d+(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|[A-Za-z]+(?:['’][A-Za-z]+)?|\S")

UNITS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
        "eighty": 80, "ninety": 90}
SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000}
# vague plurals: (low, None) as FORMAT.md fixes for "dozens"
VAGUE = {"dozens": 24, "scores": 40, "hundreds": 200, "thousands": 2000, "millions": 2_000_000}
FRACTIONS = {"half", "halves", "third", "thirds", "quarter", "quarters", "fifth", "fifths",
             "tenth", "tenths", "percent", "per", "%"}

# modifiers before a number: phrase -> qualifier
MODIFIERS = {
    ("more", "than"): "min", ("over",): "min", ("at", "least"): "min", ("upwards", "of"): "min",
    ("in", "excess", "of"): "min", ("no", "fewer", "than"): "min", ("no", "less", "than"): "min",
    ("not", "less", "than"): "min", ("just", "over"): "min", ("well", "over"): "min",
    ("a", "minimum", "of"): "min", ("exceeds",): "min", ("exceeded",): "min",
    ("nearly",): "approx", ("almost",): "approx", ("about",): "approx", ("around",): "approx",
    ("some",): "approx", ("approximately",): "approx", ("roughly",): "approx",
    ("close", "to"): "approx", ("an", "estimated"): "approx", ("estimated",): "approx",
    ("just", "under"): "approx", ("approx",): "approx", ("circa",): "approx",
    ("up", "to"): "at_most", ("as", "many", "as"): "at_most", ("at", "most"): "at_most",
    ("fewer", "than"): "at_most", ("less", "than"): "at_most", ("under",): "at_most",
}
MAX_MOD = max(len(k) for k in MODIFIERS)

MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun",
          "jul", "aug", "sep", "sept", "oct", "nov", "dec"}
# a quantity followed by one of these is a measure, not people
NOT_PEOPLE = {
    "hour", "hours", "day", "days", "week", "weeks", "month", "months", "year", "years",
    "minute", "minutes", "second", "seconds", "decade", "decades", "mile", "miles", "km",
    "kilometres", "kilometers", "kilometre", "kilometer", "metres", "meters", "m", "feet",
    "ft", "yards", "percent", "per", "%", "dollars", "euros", "pounds", "rupees", "usd",
    "times", "am", "pm", "a.m", "p.m", "gmt", "utc", "o'clock", "tons", "tonnes", "acres",
    "points", "votes", "seats", "rounds", "shells", "rockets", "missiles", "bombs", "blasts",
    "explosions", "attacks", "vehicles", "cars", "tanks", "buildings", "homes", "houses",
    "villages", "km2", "sq", "square", "degrees", "billion", "bn", "mn", "gallons", "barrels",
    "litres", "liters", "cm", "mm", "kg", "lbs", "pages", "games", "goals",
}
CURRENCY = {"$", "£", "€", "¥", "us$", "rs"}
SUBGROUP_AFTER_OF = {"the", "them", "those", "these", "whom", "which", "its", "their", "his",
                     "her", "our", "us", "you"}
SUBGROUP_BEFORE = {("including",), ("among", "them"), ("among", "whom"), ("of", "whom"),
                   ("of", "them"), ("included",), ("among", "the", "dead", "were"),
                   ("among", "those"), ("among", "the", "victims", "were")}
SUPERSEDED = {"earlier", "previous", "initial", "preliminary", "first", "old"}
INCREMENT = {"more", "other", "others", "further", "additional", "another"}

# cue words after the quantity ("40 people were killed", "235 dead", "2,200 deaths")
POST_DEAD = {"killed", "died", "dead", "deaths", "slain", "murdered", "massacred",
             "slaughtered", "executed", "perished", "bodies", "fatalities", "beheaded",
             "drowned", "lynched", "assassinated", "dies", "die"}
POST_INJ = {"injured", "wounded", "hurt", "hospitalised", "hospitalized", "injuries",
            "maimed"}
POST_PHRASES = {("lost", "their", "lives"): "dead", ("lost", "their", "life"): "dead",
                ("shot", "dead"): "dead", ("gunned", "down"): "dead", ("found", "dead"): "dead",
                ("burned", "to", "death"): "dead", ("burnt", "to", "death"): "dead",
                ("treated", "for", "injuries"): "injured", ("treated", "for", "wounds"): "injured",
                ("sustained", "injuries"): "injured", ("suffered", "injuries"): "injured",
                ("admitted", "to", "hospital"): "injured", ("taken", "to", "hospital"): "injured"}
# verbs that may be active ("Four gunmen killed 87 people"): the subject is then no toll
TRANSITIVE = {"killed", "murdered", "massacred", "slaughtered", "executed", "injured",
              "wounded", "hurt", "beheaded", "lynched", "assassinated", "maimed"}
# words allowed between a quantity and its post cue: the noun phrase and auxiliaries
GAP_BREAK = {"and", "or", "but", "while", "when", "after", "before", "in", "on", "at", "with",
             "from", "by", "for", "who", "which", "that", "as", "since", "than", "said", "says",
             "if", "because", "into", "near", "during", "per"}
AUX_OK = {"confirmed", "believed", "feared", "reported", "reportedly", "thought", "known",
          "presumed", "said", "been", "injured", "wounded", "armed", "unarmed", "unidentified",
          "suspected", "displaced", "trapped", "detained", "alleged", "wanted", "masked",
          "including"}
ASIDE = {"including", "mostly", "most", "many", "among", "all", "mainly", "both", "some",
         "many", "police", "officials", "witnesses", "according"}
# cue words before the quantity ("killing 6 civilians", "massacre of 40")
PRE_DEAD = {("killed",), ("killing",), ("kills",), ("kill",), ("slaughtered",),
            ("slaughtering",), ("massacred",), ("massacring",), ("murdered",), ("murdering",),
            ("executed",), ("executing",), ("gunned", "down"), ("gunning", "down"),
            ("gun", "down"), ("shot", "dead"), ("shooting", "dead"), ("claimed", "the", "lives", "of"),
            ("claiming", "the", "lives", "of"), ("bodies", "of"), ("massacre", "of"),
            ("killing", "of"), ("killings", "of"), ("deaths", "of"), ("death", "of"),
            ("murder", "of"), ("murders", "of"), ("lives", "of"), ("left",), ("leaving",),
            ("leaves",)}
PRE_INJ = {("injured",), ("injuring",), ("injures",), ("wounded",), ("wounding",), ("wounds",),
           ("hurt",), ("hurting",), ("maiming",), ("injuries", "to")}
# "left" / "leaving" need a following "dead"/"injured" (handled by the post cue instead)
PRE_NEEDS_POST = {("left",), ("leaving",), ("leaves",)}
PRE_GAP_OK = {"a", "an", "the", "some", "another", "off", "up", "all", "nearly", "reportedly",
              "at", "least"}
TOLL_HEADS = {("death", "toll"): "dead", ("toll",): "dead", ("number", "of", "dead"): "dead",
              ("number", "of", "deaths"): "dead", ("number", "of", "killed"): "dead",
              ("number", "of", "fatalities"): "dead", ("number", "of", "victims"): "dead",
              ("fatality", "toll"): "dead", ("body", "count"): "dead",
              ("injury", "toll"): "injured", ("number", "of", "injured"): "injured",
              ("number", "of", "wounded"): "injured", ("number", "of", "injuries"): "injured",
              ("dead", "numbered"): "dead"}
TOLL_LINK = {"to", "at", "of", "hit", "hits", "reached", "reaches", "exceeds", "exceeded",
             "topped", "tops", "passed", "stood", "stands", "is", "was", "surpassed", "neared",
             "past", "above", "beyond"}
_CUE_HINT = re.compile(r"kill|dead|death|die|slain|murder|massacr|slaughter|execut|perish|"
                       r"bod(?:y|ies)|fatal|behead|drown|lynch|assassin|injur|wound|hurt|"
                       r"hospital|maim|toll|lives|gun+ed down|gunning", re.I)


@dataclass
class Tok:
    text: str
    low: str
    start: int
    end: int


@dataclass
class Quantity:
    i: int                # first token (modifier included)
    j: int                # one past the last token
    count: Count
    qualifier: str        # exact, min, approx, at_most, range, vague
    start: int
    end: int


@dataclass
class Mention:
    """One casualty figure found in a sentence."""
    kind: str             # "dead" or "injured"
    count: Count
    span: tuple[int, int]
    qualifier: str
    subgroup: bool = False
    superseded: bool = False
    increment: bool = False


def tokenize(text: str) -> list[Tok]:
    return [Tok(m.group(), m.group().lower(), m.start(), m.end()) for m in _TOKEN.finditer(text)]


def _words_value(words: list[str]) -> int | None:
    """Number words ("one hundred and twenty", "twenty five") to an int."""
    total, cur, seen = 0, 0, False
    for w in words:
        if w in UNITS:
            cur += UNITS[w]
        elif w in TENS:
            cur += TENS[w]
        elif w == "hundred":
            cur = (cur or 1) * 100
        elif w in SCALES:
            total += (cur or 1) * SCALES[w]
            cur = 0
        elif w in ("and", "-", "a"):
            continue
        else:
            return None
        seen = True
    return total + cur if seen else None


def _core(toks: list[Tok], i: int) -> tuple[int, int, str] | None:
    """A bare number at token i: (value, next index, kind) with kind exact or vague."""
    n = len(toks)
    if i >= n:
        return None
    t = toks[i]
    w = t.low
    if w[0].isdigit():
        if not w.replace(",", "").replace(".", "").isdigit():
            return None       # 1e309, 9am, 3rd, 47s
        if i + 1 < n and toks[i + 1].start == t.end and toks[i + 1].low[0].isalnum():
            return None       # 1e309, 9am, 3rd
        try:
            v = float(w.replace(",", ""))
        except ValueError:
            return None
        j = i + 1
        if j < n and toks[j].low in SCALES:
            v *= SCALES[toks[j].low]
            j += 1
        if v != int(v):
            return None
        return int(v), j, "exact"
    if w == "tens" and i + 2 < n and toks[i + 1].low == "of" and toks[i + 2].low == "thousands":
        return 20000, i + 3, "vague"
    if w == "hundreds" and i + 2 < n and toks[i + 1].low == "of" and toks[i + 2].low == "thousands":
        return 200000, i + 3, "vague"
    if w in VAGUE:
        return VAGUE[w], i + 1, "vague"
    if w == "half" and i + 2 < n and toks[i + 1].low == "a" and toks[i + 2].low == "dozen":
        return 6, i + 3, "exact"
    if w == "a" and i + 1 < n and toks[i + 1].low == "dozen":
        return 12, i + 2, "exact"
    if w == "a" and i + 1 < n and toks[i + 1].low in ("hundred", "thousand", "million"):
        i += 1
        w = toks[i].low
    if w == "dozen":
        return 12, i + 1, "exact"
    if w not in UNITS and w not in TENS and w not in SCALES:
        return None
    j, words = i, []
    while j < n:
        lw = toks[j].low
        if lw in UNITS or lw in TENS or lw in SCALES:
            words.append(lw)
            j += 1
        elif lw in ("-", "and") and j + 1 < n and (toks[j + 1].low in UNITS or toks[j + 1].low in TENS) \
                and words and (words[-1] in TENS or (lw == "and" and words[-1] in SCALES)):
            j += 1
        else:
            break
    v = _words_value(words)
    return (v, j, "exact") if v is not None else None


def _modifier(toks: list[Tok], i: int) -> tuple[str, int] | None:
    for k in range(MAX_MOD, 0, -1):
        key = tuple(t.low for t in toks[i:i + k])
        if len(key) == k and key in MODIFIERS:
            return MODIFIERS[key], i + k
    return None


def _quantity_at(toks: list[Tok], i: int) -> Quantity | None:
    """The quantity starting at token i (modifier, number, range or open tail), if any."""
    n = len(toks)
    qual, k = "exact", i
    range_start = toks[i].low in ("between", "from")
    if range_start:
        k = i + 1
    else:
        mod = _modifier(toks, i)
        if mod:
            qual, k = mod
    core = _core(toks, k)
    if not core:
        return None
    low, j, kind = core
    high: int | None = low
    if kind == "vague":
        high, qual = None, "vague" if qual == "exact" else qual
    if qual == "min":
        high = None
    # range tail: "15 and 35" (after between), "three to five", "15-20", "three or four"
    links = ("and",) if toks[i].low == "between" else ("to", "-", "–", "or")
    if j + 1 < n and toks[j].low in links and kind == "exact":
        if toks[j].low == "-" and toks[j].start != toks[j - 1].end:
            pass
        else:
            nxt = _core(toks, j + 1)
            if nxt and nxt[2] == "exact" and nxt[0] > low:
                high, j, qual = nxt[0], nxt[1], "range"
    elif range_start:
        return None
    if j + 1 < n and toks[j].low == "or" and toks[j + 1].low in ("more", "so"):
        if toks[j + 1].low == "more":
            high, qual = None, "min"
        else:
            qual = "approx"
        j += 2
    elif j < n and (toks[j].low == "+" or (toks[j].low == "-" and j + 1 < n and toks[j + 1].low == "plus")):
        high, qual = None, "min"
        j += 1 if toks[j].low == "+" else 2
    if low > MAX_PLAUSIBLE or (high is not None and high > MAX_PLAUSIBLE):
        return None
    return Quantity(i, j, Count(low, high), qual, toks[i].start, toks[j - 1].end)


def _not_people(toks: list[Tok], q: Quantity, text: str) -> bool:
    """Dates, years, ages, times, money, fractions and measures are never casualties."""
    n = len(toks)
    num = next((t for t in toks[q.i:q.j] if t.low[0].isdigit()), None)
    first_num_idx = next((k for k in range(q.i, q.j) if toks[k].low[0].isdigit()), None)
    prev = toks[q.i - 1] if q.i > 0 else None
    nxt = toks[q.j] if q.j < n else None
    nxt2 = toks[q.j + 1] if q.j + 1 < n else None
    if prev is not None and prev.end == q.start and (prev.low in CURRENCY or prev.text in "-/:.#"
                                                    or prev.low[-1:].isalpha()):
        return True           # $5, F-16, 9:30, No.3, AK47-like glue
    if prev is not None and prev.low in CURRENCY:
        return True
    if nxt is not None and nxt.start == q.end and nxt.text in (":", "/", "%"):
        return True
    if nxt is not None and nxt.low in NOT_PEOPLE:
        return True
    if nxt is not None and nxt.text in ("-", "–") and nxt2 is not None and nxt2.low in NOT_PEOPLE | FRACTIONS:
        return True           # 52-year-old, 24-hour, two-thirds
    if nxt is not None and nxt.low in FRACTIONS:
        return True
    if nxt is not None and nxt.low in ("years", "year") or (nxt and nxt.low == "aged"):
        return True
    if prev is not None and prev.low in ("aged", "age", "ages", "number", "no", "route", "highway",
                                         "page", "chapter", "article", "resolution", "section",
                                         "room", "flight", "platform", "gate", "level", "zone",
                                         "phase", "grade", "sector", "km", "mile", "kilometre"):
        return True
    if prev is not None and prev.low in MONTHS or (nxt is not None and nxt.low in MONTHS):
        return True           # 16 June, June 16
    if prev is not None and prev.low == "of" and q.i >= 2 and toks[q.i - 2].low in MONTHS:
        return True
    if num is not None and first_num_idx == q.i and "," not in num.text and len(num.text) == 4:
        v = int(num.text)
        if 1800 <= v <= 2100:
            if nxt is None or nxt.low not in ("people", "persons", "civilians", "protesters",
                                              "soldiers", "others", "dead", "killed", "were",
                                              "have", "had", "injured", "wounded"):
                return True   # a year
    if q.count.low == 1 and prev is not None and prev.low in ("no", "the", "this", "that", "each",
                                                              "every", "any", "which"):
        return True           # "no one", "the one"
    return False


def _match_phrase(toks: list[Tok], i: int, phrases) -> tuple[tuple[str, ...], int] | None:
    for ph in sorted(phrases, key=len, reverse=True):
        k = len(ph)
        if tuple(t.low for t in toks[i:i + k]) == ph:
            return ph, i + k
    return None


def _post_cue(toks: list[Tok], q: Quantity) -> tuple[str, int] | None:
    """Kind and distance of a cue after the quantity ("40 people were killed")."""
    n = len(toks)
    j, gap, aux = q.j, 0, False
    # "40 more people", "dozens of people": tolerate "of" right after the number
    while j < n and gap <= 10:
        t = toks[j]
        w = t.low
        if w in (",", "–", "—", "(") and j + 1 < n and toks[j + 1].low in ASIDE:
            # "Five Palestinians, including two children, were killed": skip the aside
            close = next((k for k in range(j + 2, min(n, j + 9))
                          if toks[k].low in (",", "–", "—", ")")), None)
            if close is None:
                return None
            j = close + 1
            continue
        ph = _match_phrase(toks, j, POST_PHRASES)
        if ph:
            return POST_PHRASES[ph[0]], gap
        if w in POST_DEAD or w in POST_INJ:
            kind = "dead" if w in POST_DEAD else "injured"
            if j + 2 < n and toks[j + 1].low in ("or", "and", "/") and (
                    toks[j + 2].low in (POST_INJ if kind == "dead" else POST_DEAD)):
                return None   # "killed or wounded": a combined figure, neither kind
            if w in ("bodies", "deaths", "fatalities", "injuries") and gap > 2:
                return None
            if w in TRANSITIVE and not aux and gap > 0:
                # "Four gunmen killed 87 people": an object follows, so this was the actor
                nx = toks[j + 1] if j + 1 < n else None
                if nx is not None and (nx.low in ("a", "an", "the", "his", "her", "their", "at")
                                       or _quantity_at(toks, j + 1) is not None):
                    return None
            return kind, gap
        if not w[0].isalnum() and w not in ("-", "’", "'"):
            return None
        if w in GAP_BREAK or w[0].isdigit():
            return None
        if w in ("were", "was", "have", "has", "had", "been", "being", "be", "are", "is", "to",
                 "later", "also", "all", "reportedly", "now", "so", "far"):
            aux = True
        elif w.endswith("ed") and w not in AUX_OK:
            return None
        elif w.endswith("ing") and w not in ("being",):
            return None
        j += 1
        gap += 1
    return None


def _pre_cue(toks: list[Tok], q: Quantity) -> tuple[str, int] | None:
    """Kind and distance of an active or nominal cue before the quantity."""
    i, gap = q.i - 1, 0
    while i >= 0 and gap <= 2:
        for phrases, kind in ((PRE_DEAD, "dead"), (PRE_INJ, "injured")):
            for ph in phrases:
                k = len(ph)
                if i - k + 1 >= 0 and tuple(t.low for t in toks[i - k + 1:i + 1]) == ph:
                    if ph in PRE_NEEDS_POST:
                        return None
                    return kind, gap
        if toks[i].low not in PRE_GAP_OK:
            return None
        i -= 1
        gap += 1
    return None


def _toll_cue(toks: list[Tok], q: Quantity) -> tuple[str, int] | None:
    """'the death toll rose dramatically Monday, April 22 to 290', 'number of dead at 128'."""
    if q.i == 0 or toks[q.i - 1].low not in TOLL_LINK and toks[q.i - 1].low != "put":
        return None
    lo = max(0, q.i - 30)
    for i in range(q.i - 1, lo - 1, -1):
        if toks[i].text in (".", ";", "!", "?"):
            return None
        for ph, kind in TOLL_HEADS.items():
            k = len(ph)
            if i - k + 1 >= 0 and tuple(t.low for t in toks[i - k + 1:i + 1]) == ph:
                if ph == ("toll",) and i > 0 and toks[i - 1].low in ("injury", "injuries"):
                    continue
                return kind, q.i - i
    return None


def _flags(toks: list[Tok], q: Quantity) -> tuple[bool, bool, bool]:
    n = len(toks)
    nxt = toks[q.j].low if q.j < n else ""
    nxt2 = toks[q.j + 1].low if q.j + 1 < n else ""
    subgroup = (nxt == "of" and nxt2 in SUBGROUP_AFTER_OF) or \
        any(tuple(t.low for t in toks[max(0, q.i - len(p)):q.i]) == p for p in SUBGROUP_BEFORE)
    before = {t.low for t in toks[max(0, q.i - 4):q.i]}
    superseded = bool(before & SUPERSEDED) and bool(before & {"tally", "toll", "figure", "count", "of"})
    inc = nxt in INCREMENT or (q.i > 0 and toks[q.i - 1].low in ("another", "further", "additional"))
    return subgroup, superseded, inc


def quantities(text: str) -> list[Quantity]:
    """Every quantity in the text (people-like or not), left to right, non-overlapping."""
    toks = tokenize(text)
    out, i = [], 0
    while i < len(toks):
        q = _quantity_at(toks, i)
        if q:
            out.append(q)
            i = q.j
        else:
            i += 1
    return out


def parse_quantity(text: str) -> Count | None:
    """The first quantity in a phrase: "more than 40" -> Count(40, None); None if absent,
    a fraction ("two-thirds") or implausibly large."""
    toks = tokenize(text)
    for i in range(len(toks)):
        q = _quantity_at(toks, i)
        if q:
            if q.j < len(toks) and (toks[q.j].low in FRACTIONS or (
                    toks[q.j].text in "-–" and q.j + 1 < len(toks) and toks[q.j + 1].low in FRACTIONS)):
                return None
            return q.count
    return None


def mentions(sentence: str) -> list[Mention]:
    """Every casualty figure in the sentence, each quantity used at most once."""
    if not sentence or not _CUE_HINT.search(sentence):
        return []
    toks = tokenize(sentence)
    found: list[Mention] = []
    i = 0
    while i < len(toks):
        q = _quantity_at(toks, i)
        if not q:
            i += 1
            continue
        i = q.j
        if _not_people(toks, q, sentence):
            if q.qualifier == "range":
                i = q.i + 1   # "April 22 to 290": the date ends the range, 290 stands alone
            continue
        cues = [c for c in (_post_cue(toks, q), _pre_cue(toks, q), _toll_cue(toks, q)) if c]
        if not cues:
            continue
        kind = min(cues, key=lambda c: c[1])[0]
        sub, sup, inc = _flags(toks, q)
        found.append(Mention(kind, q.count, (q.start, q.end), q.qualifier, sub, sup, inc))
    return found


def _best(ms: list[Mention]) -> Mention | None:
    if not ms:
        return None
    return min(enumerate(ms), key=lambda p: (p[1].subgroup, p[1].superseded, p[1].increment, p[0]))[1]


_SINGULAR = re.compile(
    r"\b(?:an?|one)\s+(?!number\b|total\b|further\b)(?:(?!who\b|which\b|that\b|and\b)[\w'’-]+\s+){0,4}?"
    r"(?:was|has\s+been|had\s+been)\s+(?:(?:reportedly|also|later|fatally|seriously|critically)\s+)?"
    r"(killed|shot\s+dead|murdered|slain|wounded|injured|hurt)\b", re.I)


def _singular(sentence: str) -> list[Mention]:
    """"A 52-year-old farmer was killed": one person (used only when no figure is given)."""
    out = []
    for m in _SINGULAR.finditer(sentence):
        kind = "injured" if m.group(1).lower() in ("wounded", "injured", "hurt") else "dead"
        out.append(Mention(kind, Count(1, 1), (m.start(), m.start() + len(m.group().split()[0])),
                           "singular"))
    return out


def casualties(sentence: str) -> dict:
    """{"dead", "injured", "dead_span", "injured_span"} for one sentence (Count or None;
    spans are character offsets of the quantity), plus "mentions" (all figures found)."""
    ms = mentions(sentence)
    kinds = {m.kind for m in ms}
    ms += [m for m in _singular(sentence) if m.kind not in kinds] if sentence else []
    dead = _best([m for m in ms if m.kind == "dead"])
    inj = _best([m for m in ms if m.kind == "injured"])
    return {"dead": dead.count if dead else None, "injured": inj.count if inj else None,
            "dead_span": dead.span if dead else None, "injured_span": inj.span if inj else None,
            "dead_qualifier": dead.qualifier if dead else None,
            "injured_qualifier": inj.qualifier if inj else None, "mentions": ms}
