"""Article context the event step needs: the dateline place, place names per sentence and the
event date (whether an article is English prose on a political topic: ev_topic.py).

The place, date and count modules of the team (`geo`, `dates`, `counts`) are used when they
are present; the small fallbacks here keep the step working (and honest: a date is the
article's `published` date shifted by a stated weekday or "yesterday", else null) until then.
"""
from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache

from ..across.merge_captions import is_caption
from ..model import Location
from .dates_nouns import only_names
from .ev_abroad import held_at_a_distance
from .place_province import province_holds
from .place_unknown import village_at_home
from .dateline_lead import find as find_dateline
from .ev_topic import ENGLISH, OFF_TOPIC, POLITICAL, is_english, off_topic  # noqa: F401 (re-exported)

try:  # collaborators' modules: optional until they land
    from .counts import casualties as _casualties
except Exception:  # pragma: no cover - absent module
    _casualties = None
try:
    from .dates import date_expressions as _date_expressions, event_date as _event_date
except Exception:  # pragma: no cover
    _date_expressions = _event_date = None
try:
    from .geo import ArticleGeo as _ArticleGeo
    from .geo.roles import filter_places as _filter_places
    from .geo.relative import village_area as _village_area
    from .geo.roles import authority_towns
    from .geo.resolve import FOCUS_RELATION as _FOCUS_RELATION
    from .geo.scale import above_countries, framed_default
except Exception:  # pragma: no cover
    _ArticleGeo = _filter_places = _village_area = _FOCUS_RELATION = None

    def above_countries(loc):
        return False

    def framed_default(texts, default):
        return default

    def authority_towns(text):
        return []

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"], 1)}
_EXPLICIT = re.compile(r"\b(?:on |since )?(\d{1,2}) (" + "|".join(MONTHS) + r")\b|\b("
                       + "|".join(MONTHS) + r") (\d{1,2})\b", re.I)

_TODAY = re.compile(r"\b(?:today|tonight|this (?:morning|afternoon|evening))\b", re.I)
_RELATIVE_PAST = re.compile(r"\b(?:last (?:week|month|year)|days ago|weeks ago|months ago|"
                            r"earlier this (?:week|month)|over the weekend|in recent (?:days|weeks)|"
                            r"recently|in the past)\b")
def dateline(text: str) -> str | None:
    """The city of the article's dateline (dateline_lead.py), else None."""
    found = find_dateline(text)
    return found[0] if found else None


_FULL_DATE = re.compile(r"\b(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2},? (?:19|20)\d\d|"
                        r"\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]* (?:19|20)\d\d)\b", re.I)


# "measures in force until March 21, 2014", "due by June 1, 2019": a span's bound or a
# deadline, which lies ahead of the report, not the day it was written
_SPAN_END = re.compile(r"\b(?:until|till|through|by|ahead of|before|starting|beginning|from|due|"
                       r"scheduled for|set for|expires?(?: on)?)\s+$", re.I)


def text_anchor(sentences: list[str]) -> str | None:
    """A stand-in publication date for an undated article: the first full calendar date
    ("April 22, 2019") in its opening sentences, not one that bounds a span ("until ...").
    None when there is none (no guessing). A photo caption's date is the picture's ("This photo taken Dec. 18, 2012 shows ..."), so
    captions are skipped."""
    from .ev_filter import caption
    for s in sentences:
        m = next((x for x in _FULL_DATE.finditer(s) if not _SPAN_END.search(s, 0, x.start())), None)
        if not m or caption(s):
            continue
        try:
            import dateparser
            d = dateparser.parse(m.group(0), settings={"STRICT_PARSING": True})
        except Exception:
            d = None
        if d is not None:
            return d.date().isoformat()
    return None


_ISO_HEAD = re.compile(r"(?:^|\n)\s*(?:date|published|updated)?:?\s*((?:19|20)\d\d-\d\d-\d\d)\b", re.I)


def raw_anchor(raw: str | None) -> str | None:
    """A publication date written in the head of the raw page (an ISO date line, or a
    "July 14, 2015 / 8:06 AM" line) that cleaning did not lift into `published`."""
    if not raw:
        return None
    head = raw[:1500]
    m = _ISO_HEAD.search(head)
    if m:
        return m.group(1)
    lines = [ln for ln in head.splitlines()[:25] if len(ln.split()) <= 12]
    return text_anchor(lines)


def article_anchor(art) -> str | None:
    """The day an article's relative dates resolve against: its stated `published`, else a
    date line in the raw page head, else a full date in its opening sentences (no guess)."""
    found = art.published or raw_anchor(art.raw)
    if found:
        return found
    found = text_anchor([s.text for s in art.sentences[:12] if not is_caption(s.text)])  # a photo's day
    # "On October 18 1944, the fleet sailed" in a story that names 2015: a date of the
    # background, not the day of the news
    later = [int(y) for y in re.findall(r"\b((?:19|20)\d\d)\b", art.text or "")]
    if found and later and max(later) >= int(found[:4]) + 2:
        return None
    if found and _told_later(art.sentences, found):
        return None
    return found


_MONTH_YEAR = re.compile(r"\b(" + "|".join(MONTHS) + r")(?:\s+\d{1,2},?)?\s+((?:19|20)\d\d)\b", re.I)
_AHEAD = re.compile(r"\b(?:will|would|shall|scheduled|set (?:for|to)|due|until|expected|plans?|planned|"
                    r"next|upcoming|ahead)\b", re.I)


def _told_later(sentences, found: str) -> bool:
    """Whether the text tells, in the past, of a month after the date it opens with ("killed
    Davis on Nov. 23, 2012" ... "the calls, all made in December 2012"): that date is then the
    event's, and the report was written later."""
    y, m = int(found[:4]), int(found[5:7])
    for s in sentences:
        for hit in _MONTH_YEAR.finditer(s.text):
            if (int(hit.group(2)), MONTHS[hit.group(1).lower()]) > (y, m) and not _AHEAD.search(s.text):
                return True
    return False


def dateline_end(text: str) -> int:
    """Character offset where a leading dateline ends (0 when there is none)."""
    found = find_dateline(text)
    return found[1] if found else 0


def _pub(published: str | None) -> date | None:
    try:
        return date.fromisoformat((published or "")[:10])
    except ValueError:
        return None


@lru_cache(maxsize=256)      # asked once per candidate: several per sentence
def event_date_ex(sentence: str, published: str | None, lede: str | None = None,
                  before: str | None = None) -> tuple[str | None, int]:
    """(ISO date, rank): OWN the sentence names a day other than publication, OWN_PUB it names
    the publication day ("detained on Saturday" in Saturday's paper), LEDE the lede's day (not
    publication), else 0. OWN and LEDE are stated; in an article a named day beats the lede's."""
    d = event_date(sentence, published, lede, before)
    pub = _pub(published)
    if d is None and _VAGUE_PAST.search(sentence):
        return None, True           # the sentence puts the act in a past period, not on a day
    off_pub = bool(d) and (pub is None or d != pub.isoformat() or bool(_TODAY.search(sentence)))
    if d and _event_date is not None and d == _event_date(sentence, published, before):
        return d, OWN if off_pub else OWN_PUB
    return d, LEDE if off_pub else 0


LEDE, OWN_PUB, OWN = 1, 2, 3        # stated ranks (dates.mention_day); LEDE and OWN are stated


# a past period, not a day: "the bombings in Volgograd last month", "weeks ago"
_VAGUE_PAST = re.compile(r"\b(?:last (?:month|year)|(?:weeks|months|years) ago|earlier this (?:month|year)|"
                         r"in recent (?:weeks|months))\b", re.I)


def event_date(sentence: str, published: str | None, lede: str | None = None,
               before: str | None = None) -> str | None:
    """ISO date the sentence's event happened, or None (never guessed without `published`).
    A sentence that names no day takes the day the article's lede names (`lede`), else the
    publication day; `before` is the day the text named last (for "the previous night")."""
    pub = _pub(published)
    low = sentence.lower()
    if _date_expressions is not None and _event_date is not None:
        try:
            iso = _event_date(sentence, published, before)   # knows report-dated sentences
            found = _date_expressions(sentence, published)
        except Exception:
            iso, found = None, None
        if iso:
            return iso
        if found is not None:
            if (found and not only_names(sentence, found)) or _RELATIVE_PAST.search(low):
                return None                            # "last week", "said Monday": no guess
            return lede or (pub.isoformat() if pub else None)
    if pub is None:
        return None
    m = _EXPLICIT.search(low)
    if m:
        day = int(m.group(1) or m.group(4))
        month = MONTHS[(m.group(2) or m.group(3)).lower()]
        try:
            d = date(pub.year, month, day)
            if d > pub:
                d = date(pub.year - 1, month, day)
            return d.isoformat()
        except ValueError:
            return None
    if _RELATIVE_PAST.search(low):
        return None
    if "yesterday" in low or "last night" in low:
        return (pub - timedelta(days=1)).isoformat()
    for i, wd in enumerate(WEEKDAYS):
        if re.search(rf"\b{wd}\b", low):
            back = (pub.weekday() - i) % 7
            return (pub - timedelta(days=back)).isoformat()
    return pub.isoformat()


_NATIONWIDE = re.compile(
    r"\b(?:(?:swept|engulfed|gripped|rocked|across|throughout|around|all over) (?:the|this|that) "
    r"(?:country|nation)|in (?:several|many|other|a number of|dozens of) (?:cities|provinces|towns)|"
    r"(?:engulfed|swept|across|throughout|gripped) (?P<name>[A-Z][a-z]+(?: [A-Z][a-z]+)?)\b)")
# measures a state takes as a whole: where no place is stated, the place is the country
STATE_MODES = {"arrest"}


def _is_country(name: str) -> bool:
    try:
        from .geo import gazetteer
        gz = gazetteer()
        return any(h.how == "exact" and gz.kind(h.id) == "country" for h in gz.lookup(name, fuzzy=False))
    except Exception:
        return False


def nationwide(sentence: str, mode: str | None, places: list[str]) -> bool:
    """A country-wide event: violence that "swept the country" or "engulfed Egypt",
    attacks "in several cities", or arrests with no stated place (a national police
    dragnet). The event's place is then the country, not the dateline city."""
    for m in _NATIONWIDE.finditer(sentence):
        if not m.group("name") or _is_country(m.group("name")):   # "across Paris" is a city
            return True
    return mode in STATE_MODES and not places


def _after_locatives(doc) -> set[str]:
    """The words right after "in", "at", "near" or "outside" in a parsed sentence, read from
    the Doc's array of lower-case forms (no Token object per word)."""
    keys = {doc.vocab.strings.add(w) for w in ("in", "at", "near", "outside")}
    lows = doc.to_array("LOWER").tolist()
    return {doc[i + 1].text for i in range(len(lows) - 1) if lows[i] in keys}


def sentence_places(doc, first: list[str], rest: list[str], trigger=None) -> list[str]:
    """Candidate event places of a parsed sentence (geo/roles.py reads each name's role),
    else the name finder's own choice."""
    from .ev_actor_fix import person_surname      # "at Smith killing": the victim, no place
    at = doc.user_data.get("nd_at_words")       # the same for every trigger of the sentence
    if at is None:
        at = doc.user_data["nd_at_words"] = _after_locatives(doc)
    first = [n for n in first if n not in at or not person_surname(n)]
    if _filter_places is not None:
        try:
            return _filter_places(doc, first, rest, trigger)
        except Exception:
            pass
    return first or rest


def casualties(sentence: str) -> dict:
    if _casualties is None:
        return {"dead": None, "injured": None}
    try:
        return _casualties(sentence)
    except Exception:
        return {"dead": None, "injured": None}


def _short_country(loc):
    """Gazetteer country names like "Iran, Islamic Republic of" read badly: keep "Iran"."""
    if loc is not None and loc.name and "," in loc.name:
        loc.name = loc.name.split(",")[0]
    return loc


def _surface_name(loc, names: list[str]):
    if loc is not None and getattr(loc, "precision", None) == "country":
        return _short_country(loc)
    return loc


# countries whose press places domestic news by city, county or state, and whose police and
# courts are local: the country alone is no place for their local events
LOCAL_NEWS = {"US", "CA", "AU"}
NATIONAL_TEXT = re.compile(r"\b(?:nationwide|across the (?:country|nation)|national|federal|FBI)\b", re.I)
SAID_TYPES = ("ACCUSE", "REQUEST", "THREATEN")       # a national call is made somewhere
_RANK = {"point": 5, "city": 4, "admin1": 3, "admin2": 3, "country": 2, "region": 1, None: 0}


class Places:
    """Place names per sentence and the article default (the dateline, else the most named
    place), through the team's ArticleGeo when present."""

    def __init__(self, names: list[str], dateline_name: str | None, text: str | None = None):
        self.names = names
        self.dateline = dateline_name
        self.text = text
        self.geo = None
        names = names + authority_towns(text)
        if _ArticleGeo is not None:
            try:
                self.geo = _ArticleGeo(names=names, dateline=dateline_name, text=text)
                if text and not self.geo.tc:
                    # the event sentences name no known place (The Hindu's "Temple Trees"
                    # story): read the well-known places of the whole text instead
                    self.geo = _ArticleGeo(names=names, dateline=dateline_name, text=text,
                                           harvest=True)
            except Exception:
                self.geo = None

    def group_location(self, art, cands: list, typ: str, default: Location | None = None
                       ) -> Location | None:
        """The place of one event mention from its statements (`cands`, in text order).

        Why not the first sentence that names a place: a mention also gathers sentences that
        only comment on it (background "France is bombing IS targets in Syria", weak), and a
        lede often names the country before a later sentence names the town. So: a
        country-wide measure or toll takes the country; else the first place a full
        statement gives, refined by a later, more specific place inside it; places only
        weak statements give, or later ones abroad, count only when the article has no
        default place."""
        if cands and not any(c.places for c in cands) and \
                held_at_a_distance(typ, art.sentences[cands[0].sent].text):
            return None     # said on the phone: where the parties are, not the article's place
        if any(c.national for c in cands) and typ not in SAID_TYPES:
            loc = self.country()
            if loc is not None and not self._local_arrest(art, cands, loc, default):
                return loc
        located, framed = [], []
        for c in cands:
            loc = self.locate(art.sentences[c.sent].text, c.places) if c.places else None
            if above_countries(loc):
                loc = None      # a continent frames an act, never places it
                framed.append(art.sentences[c.sent].text)
            area = self.village_area(art, c.sent)
            if area is not None and (loc is None or _RANK.get(loc.precision, 0) < _RANK[area.precision]
                                     or self._focus_guess(loc)):
                loc = area     # unknown villages: their admin area beats the country or a
                # guess at the article's focus city (villages are rarely in the capital)
            if loc is not None:
                located.append((c, loc))
        home = default.country if default is not None else None
        # a later sentence that drifts abroad ("the worst attack in Europe since Madrid",
        # "France is bombing IS in Syria") comments on the event; the opening one places it
        located = [(c, loc) for c, loc in located
                   if c is cands[0] or home is None or loc.country in (home, None)]
        strong = [(c, loc) for c, loc in located if not c.weak]
        pool = strong or ([] if default is not None else located)
        if not pool:
            return framed_default(framed, default) if framed else default
        loc = pool[0][1]
        if _RANK.get(loc.precision, 0) <= 2:          # a country or region: refine
            for _, other in pool[1:]:
                if _RANK.get(other.precision, 0) > 2 and other.country == loc.country:
                    return other
        return loc

    @staticmethod
    def _local_arrest(art, cands: list, country: Location, default: Location | None) -> bool:
        """Arrests with no stated place are a national dragnet, except where policing is local
        (LOCAL_NEWS): an arrest in an Anaheim story is Anaheim's, not the United States'."""
        return country.country in LOCAL_NEWS and default is not None and \
            default.precision not in ("country", "region", None) and default.country == country.country and \
            all(c.mode in STATE_MODES and not NATIONAL_TEXT.search(art.sentences[c.sent].text)
                for c in cands if c.national)

    def village_area(self, art, sent: int) -> Location | None:
        """The admin area holding the unknown villages a sentence names (geo/relative.py):
        the name finder often drops such names, and the article default (its capital) or
        the country would otherwise place the event."""
        if self.geo is None or _village_area is None:
            return None
        try:
            s = art.sentences[sent]
            return _village_area(self.geo, art.text, s.start, s.end)
        except Exception:
            return None

    def _focus_guess(self, loc: Location) -> bool:
        """Whether `loc` is the resolver's stand-in for an unknown name (the article's
        focus city, marked near), not a place the sentence states."""
        if not loc.near or self.geo is None:
            return False
        try:
            focus = self.geo.focus()
        except Exception:
            return False
        return focus is not None and focus.name == loc.name and loc.relation == _FOCUS_RELATION

    def locate(self, sentence: str, names: list[str]) -> Location | None:
        if self.geo is not None:
            try:
                loc = self.geo.locate(sentence, names)
                if loc is not None:
                    return _surface_name(loc, names)
            except Exception:
                pass
            return self.default()      # a bare unresolved name has no country or point
        return Location(name=names[0]) if names else None

    def _resolve(self, name: str):
        if self.geo is None:
            return None
        try:
            return self.geo.resolve(name)
        except Exception:
            return None

    def compatible(self, a: set[str], b: set[str]) -> bool:
        """Could two sets of place names be one event's place? Same name, one inside the
        other's country/region, or within 30 km."""
        if not a or not b or a & b:
            return True
        for x in a:
            lx = self._resolve(x)
            for y in b:
                if x in y or y in x:
                    return True
                ly = self._resolve(y)
                if village_at_home(self.geo, self.country(), x, lx, y, ly):
                    return True         # a village known only as a namesake abroad
                if lx is None or ly is None:
                    continue
                wide = ("country", "admin1", "region")
                if (lx.precision in wide or ly.precision in wide) and lx.country == ly.country \
                        and not _sibling_regions(lx, ly):
                    return True
                d = lx.km_to(ly)
                if (d is not None and d <= 30) or province_holds(self.text, x, lx, ly) \
                        or province_holds(self.text, y, ly, lx):
                    return True
        return False

    def country(self) -> Location | None:
        """The article's main country (for nationwide measures and tolls), as a
        country-level place without a point."""
        if self.geo is not None:
            try:
                return _short_country(self.geo.country())
            except Exception:
                pass
        return None

    def default(self) -> Location | None:
        if self.geo is not None:
            try:
                loc = self.geo.default()
                if loc is not None:
                    return _surface_name(loc, [])
            except Exception:
                pass
        if self.dateline:
            return Location(name=self.dateline)
        return None     # the most named word the gazetteer does not know ("at ThinkProgress") is no place


def _sibling_regions(a: Location, b: Location) -> bool:
    """Two different first-level regions of one country (Iowa and Nebraska): a pile-up in
    one and deaths in the other are two events, though a country holds both."""
    return a.precision == b.precision == "admin1" and a.admin1 != b.admin1 and \
        (a.geonameid is None or a.geonameid != b.geonameid)
