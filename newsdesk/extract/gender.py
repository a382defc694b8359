"""Gender evidence for a person named in an article, shared by event actors (ev_actor_fix) and
quote speakers (resolver): a "she" must not resolve to a man named just before it.

Evidence, strongest first: a title on the name itself (Mr, Mrs, Queen), a title before the
surname elsewhere in the text ("Ms. Varga"), a gendered noun beside it ("Brell, a father of
two", "Adler and her husband"), a well-known first name, and (only when asked, `local=True`)
the pronouns that follow the name's mentions ("Koni Aho raced to save her restaurant"). A name
with no evidence is None: it stays a candidate for either pronoun.
"""
from __future__ import annotations

import re
from functools import lru_cache

MALE_TITLES = {"mr", "sir", "lord", "king", "prince", "sheikh", "father", "brother", "monsignor"}
FEMALE_TITLES = {"mrs", "ms", "miss", "madam", "madame", "mme", "queen", "princess", "lady", "dame",
                 "sister", "mother", "umm"}   # 'Umm Ali Saleh' ("mother of Ali"): her son's name follows
# first names news gives to men and women alike ('Kelly', 'Jean' in French, 'Alexis' in Greek,
# 'Andrea' in Italian): a guess from them would send a "he" past the man who bears one
UNISEX = frozenset("kelly jean alexis andrea jordan terry jesse".split())
# common first names whose gender is near certain in English-language news (why a list: the
# parser here runs without NER, and the text often names a person once before "he"/"she")
MALE_NAMES = set("""
    john james robert michael william david richard joseph thomas charles christopher daniel
    matthew anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy
    ronald edward jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin scott
    brandon benjamin samuel gregory alexander frank patrick raymond jack dennis jerry tyler aaron
    jose adam henry nathan douglas zachary peter kyle walter ethan jeremy harold keith christian
    roger noah gerald carl terry sean austin arthur lawrence jesse dylan bryan joe jordan billy
    bruce albert willie gabriel logan alan juan wayne roy ralph randy eugene vincent russell
    elijah louis bobby philip johnny barack bill vladimir sergei sergey nicolas francois
    mohammed muhammad mohamed mohammad ahmed ahmad ali omar hassan hussein abdullah khalid
    mahmoud ibrahim youssef yusuf mustafa bashar nuri hamid ashraf recep benjamin binyamin
    xi shinzo narendra rahul imran nawaz boris emmanuel angelo giuseppe luis carlos
    miguel pedro jorge antonio manuel francisco hugo dmitry viktor petro arseniy oleksandr
    collin daron tony rick ban ki-moon anjem makram salman mike jim tom steve dave dan chris
""".split()) - UNISEX
FEMALE_NAMES = set("""
    mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty
    margaret sandra ashley kimberly emily donna michelle dorothy carol amanda melissa deborah
    stephanie rebecca sharon laura cynthia kathleen amy shirley angela helen anna brenda pamela
    nicole emma samantha katherine christine debra rachel catherine carolyn janet ruth maria
    heather diane virginia julie joyce victoria olivia kelly christina lauren joan evelyn
    judith megan cheryl andrea hannah martha jacqueline frances gloria ann teresa kathryn sara
    janice jean alice madison doris abigail julia judy grace denise amber marilyn beverly
    danielle theresa sophia marie diana brittany natalie isabella charlotte rose alexis kayla
    hillary angela theresa yulia julia marine segolene christiane aung san suu benazir indira
    fatima aisha ayesha zainab mariam maryam leila layla malala nadia farah yasmin noor
    erin melodye aurelie sophie camille chantal ingrid ursula federica catherine nikki
    jo cox erica claire tessa theresa sheila hilary
""".split()) - {"aung", "san", "suu", "jo", "cox", "rose"} - UNISEX
GEN_NOUN_F = (r"(?:mother|wife|daughter|sister|woman|girl|grandmother|widow|actress|niece|aunt|girlfriend|"
              r"fianc[eé]e|congresswoman|chairwoman|spokeswoman|businesswoman|policewoman)")
GEN_NOUN_M = (r"(?:father|husband|son|brother|man|boy|grandfather|widower|actor|nephew|uncle|boyfriend|"
              r"fianc[eé]|congressman|chairman|spokesman|businessman|policeman)")
PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "himself": "m",
                  "she": "f", "her": "f", "hers": "f", "herself": "f"}


def title_gender(name: str) -> str | None:
    """Gender from a title inside the name ("Mrs. Anna Varga")."""
    for w in name.split()[:-1]:
        low = w.lower().strip(".,'\u2019")
        if low in MALE_TITLES:
            return "m"
        if low in FEMALE_TITLES:
            return "f"
    return None


def first_gender(name: str) -> str | None:
    """Gender from a title or a known first name among the words before the surname (place
    words and ranks before the name, "Wisconsin Gov. Scott Walker", are passed over)."""
    words = name.split()
    for w in words[:-1] if len(words) > 1 else words:
        low = w.lower().strip(".,'\u2019")
        if low in MALE_TITLES or low in MALE_NAMES:
            return "m"
        if low in FEMALE_TITLES or low in FEMALE_NAMES:
            return "f"
    return None


_TITLE_SUR = re.compile(r"\b(Mrs|Ms|Miss|Mme|Mr)\.?\s+([A-Z][\w'-]+)\b(?:(?=\s+([A-Z][\w'-]+)\b))?")
_NOUN = re.compile(rf"(?:{GEN_NOUN_F}|{GEN_NOUN_M})\b")
_NOUN_LEFT = re.compile(r"([A-Z][\w'-]*)\b(?:,\s+(?:\d+,\s+)?(?:(?:an?|the|his|her)\s+)?|\s+(?:an?|the)\s+)(?:\w+\s+)?$")
_AND_KIN = re.compile(r"\b([A-Z][\w'-]*)\s+and\s+(his|her)\s+(?:husband|wife|son|daughter|children)\b")
_RUN = re.compile(r"(?<![\w-])[A-Z][\w'-]*(?:[ \t]+[A-Z][\w'-]*)*")
# "her" as a possessive or a reflexive says who the subject is; "her" as an object ("shot her
# in the leg", "told her that") names someone else
_NOT_POSSESSED = set("""
    a an the this that these those to in on at for with from by of and or but as than so if
    when while after before because up down out off back away again twice once now then
    there here too also not never only just is was were be been
""".split())
# possessives and reflexives anywhere in the clause; a subject "he"/"she" only right after a
# speech verb ("Woods said she"): elsewhere it is as often someone else ("asked whether he")
_PRON_AFTER = re.compile(r"^\s+(?:said|says|told \w+|added|insisted)\s+(?:that\s+)?(he|she)\b()|"
                         r"\b(his|her|himself|herself)\b(?:\s+([a-z][\w'-]*))?")
_CLAUSE_END = re.compile(r"[.!?;:\"“”]|\s[A-Z][a-z]+\s+[A-Z]|\n")


class _Evidence:
    """Every surname the text genders, found in one pass per article (a regex per name was
    the cost of the quotes step): titles ("Ms. Varga"), gendered nouns beside a name ("Brell,
    a father of two"), "Adler and her husband", and pronoun votes after each mention."""

    def __init__(self, text: str):
        self.title: dict[str, str] = {}
        for m in _TITLE_SUR.finditer(text):
            g = "m" if m.group(1) == "Mr" else "f"
            for sur in m.group(2, 3):
                if sur and (g == "f" or self.title.get(sur) != "f"):
                    self.title[sur] = g
        self.noun: dict[str, str] = {}
        for m in _NOUN.finditer(text):
            g = "f" if re.fullmatch(GEN_NOUN_F, m.group()) else "m"
            w0 = max(0, m.start() - 80)
            for c in re.finditer(r"(?<![\w'-])[A-Z]", text[w0:m.start()]):
                left = _NOUN_LEFT.match(text, w0 + c.start(), m.start())
                if left and (g == "f" or self.noun.get(left.group(1)) != "f"):
                    self.noun[left.group(1)] = g
        for m in _AND_KIN.finditer(text):
            g = "m" if m.group(2) == "his" else "f"
            if g == "f" or self.noun.get(m.group(1)) != "f":
                self.noun[m.group(1)] = g
        self.votes: dict[str, list[int]] = {}
        for m in _RUN.finditer(text):
            if text.startswith(("'s", "\u2019s"), m.end()):
                continue                  # "Smith's wife said she": nothing about Smith
            window = text[m.end():m.end() + 60]
            if "he" not in window and "hi" not in window:
                continue                  # no he / she / his / her within reach of _PRON_AFTER
            stop = _CLAUSE_END.search(window)
            p = _PRON_AFTER.search(window[:stop.start()] if stop else window)
            word, nxt = (p.group(1) or p.group(3), p.group(4)) if p else (None, None)
            if not word or (word == "her" and (nxt is None or nxt in _NOT_POSSESSED)):
                continue                  # an object "her" is another person
            v = self.votes.setdefault(m.group().split()[-1], [0, 0])
            v[PRONOUN_GENDER[word] == "f"] += 1


_CACHE: dict[str, _Evidence] = {}


def _evidence(text: str) -> _Evidence:
    ev = _CACHE.get(text)
    if ev is None:
        if len(_CACHE) >= 4:
            _CACHE.pop(next(iter(_CACHE)))
        ev = _CACHE[text] = _Evidence(text)
    return ev


def text_gender(sur: str, text: str) -> str | None:
    """Gender the text gives a surname: "Ms. Varga", "Brell, a father of two", "Adler and her
    husband"."""
    if not sur or not text or sur not in text:
        return None
    ev = _evidence(text)
    return ev.title.get(sur) or ev.noun.get(sur)


def pronoun_votes(name: str, text: str, margin: int = 1) -> str | None:
    """Gender from the pronouns after each mention of the surname, in the same clause and
    within ~60 characters ("Koni Aho raced to build a berm around her restaurant"), when one
    gender leads by `margin` votes."""
    words = name.split()
    m, f = _evidence(text).votes.get(words[-1], (0, 0)) if words and text else (0, 0)
    return "m" if m - f >= margin else "f" if f - m >= margin else None


def gender_in(bare: str, text: str, local: int = 0) -> str | None:
    """'m', 'f' or None for a person's name (titles and places already split off) in `text`;
    `local` > 0 adds the pronouns that follow its mentions, the weakest evidence, when one
    gender leads by that many votes."""
    words = bare.split()
    g = title_gender(bare) or text_gender(words[-1] if words else "", text) or first_gender(bare)
    if g is None and local and words:
        g = pronoun_votes(bare, text, local)
    return g


def described_gender(bare: str, text: str) -> str | None:
    """Gender from what the text says around the name's mentions, not from the name itself:
    "Randy Nelson and his wife", "Koni Aho raced to save her restaurant". This marks a person
    the story is following; a known first name alone does not ("Police questioned Paul Dunn")."""
    words = bare.split()
    if not words or not text:
        return None
    return _evidence(text).noun.get(words[-1]) or pronoun_votes(bare, text)


KIN_F = r"(?:wife|mother|daughter|sister|widow|grandmother|aunt|niece|girlfriend|fianc[eé]e)"
KIN_M = r"(?:husband|father|son|brother|widower|grandfather|uncle|nephew|boyfriend|fianc[eé])"


@lru_cache(maxsize=4)
def _kin_rx(kind: str) -> "re.Pattern":
    kin = KIN_F if kind == "f" else KIN_M
    person = "woman|girl" if kind == "f" else "man|boy"
    return re.compile(rf"\b((?:[Tt]he\s+[a-z][\w-]+|[A-Z][\w'-]+)['\u2019]s\s+{kin}|(?:[Hh]is|[Hh]er)\s+{kin}"
                      rf"|[Tt]he\s+(?:{person}))\b")       # "Smith's wife", "the pilot's sister"


def relatives(text: str, kind: str, start: int, end: int) -> list[tuple[int, str]]:
    """(position, phrase) of unnamed kin of one gender in text[start:end] ("Smith's wife",
    "his mother", "the woman"): a "she" after "Smith's wife was struck" is her, not the man
    named before."""
    return [(m.start(), m.group(1)) for m in _kin_rx(kind).finditer(text, start, end)]


def opening_kin(text: str, kind: str, start: int, end: int) -> str | None:
    """The unnamed kin of one gender that opens the sentence at `start` ("Smith's widow could
    not be reached, but she said ...", "His wife ..."): the subject of the pronoun's own sentence, ahead of
    anyone named earlier. None when the sentence opens otherwise."""
    kin = relatives(text, kind, start, end)     # 'the woman' may be someone named before: not here
    if kin and not text[start:kin[0][0]].strip(" \t\"“'‘") and re.search(r"['’]s\s|^[Hh](?:is|er)\s", kin[0][1]) \
            and text[kin[0][0] + len(kin[0][1]):][:1] not in ("'", "’"):      # "His father's death": no subject
        return kin[0][1]
    return None
