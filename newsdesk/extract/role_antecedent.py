"""A person's role used as the speaker right after the story named that person: "Roe scored
twice. '…,' the striker said" / "Mr Oda toured the site. He … The prime minister said …".

Why: reports name a person once and then call them by a role the page never writes next to the
name (world knowledge: the reader knows Roe is the striker). When no holder of the role is
named anywhere (role_holders found none, so the description survives to `named_form`), a
definite role speaker takes up the subject of the sentence before it, reached back through
sentences opened by he / she. Only when that subject is a personal name that opens its
sentence, shares it with no second coordinated person, carries no other title on the page, and
the chain never writes the role word itself (a 'the minister' met earlier in the chain is
someone else); a 'former' or 'deputy' role is someone else too. A reading of
speaker_named.named_form (the last one: every reading that finds a named holder comes first).
"""
from __future__ import annotations

import re

from ..nlp import split_spans
from .role_main_person import _OTHER_HOLDER
from .speakers import CAP_STOP, TITLES, looks_person, strip_titles

# roles a report uses as a second name for the person it is about: players' positions,
# offices held by one person. Not 'official', 'spokesman', 'witness': those are often new,
# unnamed people.
_ROLES = ("""striker forward midfielder defender goalkeeper keeper winger captain skipper coach manager
    boss player international batsman bowler jockey driver rider champion veteran
    minister premier president chancellor governor mayor senator congressman congresswoman lawmaker
    legislator politician leader actor actress singer star""").split()
_ROLE_HEAD = "|".join(sorted(_ROLES, key=len, reverse=True))
# 'the England centre forward', 'The Prime Minister', 'the 31-year-old striker'
_FORM = re.compile(rf"(?:[Tt]he\s+)?((?:[\w'’.-]+\s+){{0,3}}?)((?i:{_ROLE_HEAD}))")
_QUOTED = re.compile(r"“[^”\n]*”|\"[^\"\n]*\"")
_HONORIFIC = re.compile(r"(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?")
# a title's short form before a name: 'Sen. Ann Roe' is the senator
_SHORT_TITLES = {"sen.": "senator", "sen": "senator", "gov.": "governor", "gov": "governor", "rep.": "congressman",
                 "rep": "congressman", "capt.": "captain", "pres.": "president"}
_HONORIFICS = frozenset({"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr."})
# a name opening a sentence, middle initials included ('Harry M. Reid')
_NAME_OPENER = re.compile(r"[A-Z][\w'’-]*[\w](?:[ \t]+(?:[A-Z]\.|[A-Z][\w'’-]*[\w]|al-\w+)){0,3}(?![\w'’])")
# a second person coordinated with the subject: 'and Mr Oda', '; Oda stayed', 'while Ben Oda'
_SECOND_SUBJECT = re.compile(r"(?:\b(?:and|or|nor|while|but)|;)\s+(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?[A-Z][a-z][\w'’-]*"
                             r"(?:\s+[A-Z][a-z][\w'’-]*)?\s+(?:[a-z]+ed|[a-z]+s|was|is|had|has|did|stayed|left|met|said)\b")
_PRONOUN = re.compile(r"(?:He|She)\b")
_OPENER = re.compile(r"(?:(?:But|And|Yet|Still|Later|Earlier|Then),?\s+)?")


def blank_quotes(text: str) -> str:
    """The text with quoted words blanked to one word-like run of the same length: a sentence
    inside a quotation is the speaker's, not the story's, and the sentence after a quote
    still splits from it."""
    return _QUOTED.sub(lambda m: m.group()[0] + ("Q" + "x" * (len(m.group()) - 3))[:len(m.group()) - 2]
                       + m.group()[-1], text)


def _opening_name(sent: str, text: str) -> str | None:
    """The personal name that opens a sentence ('Mr. Oda, a …, declined' -> 'Oda'), else None."""
    at = _OPENER.match(sent).end()
    hon = _HONORIFIC.match(sent, at)
    m = _NAME_OPENER.match(sent, hon.end())
    if not m:
        return None
    name = strip_titles(m.group())
    if not name or name.split()[0] in {"The", "A", "An"} or not looks_person(name):
        return None                      # 'The Italy international' is a description
    if " " in name or hon.group() or full_named(name, text):
        return name
    return None                          # 'Democratic leaders …': one word is no known person


def full_named(surname: str, text: str) -> bool:
    """The page writes `surname` after a first name or an initial in one line ('Ann Roe',
    'Harry M. Reid'): a person named in full. Only same-line spacing joins the two words, so
    'Roe.' ending one sentence and 'Roe' opening the next are no name."""
    for m in re.finditer(rf"(?<![\w-])([A-Z][\w'\u2019-]+|[A-Z]\.)[ \t]+{re.escape(surname)}(?![\w-])", text):
        first = m.group(1)
        if first.lower() not in TITLES and first not in {"The", "A", "An"} and first not in CAP_STOP \
                and looks_person(f"{first} {surname}"):
            return True
    return False


def _other_title(name: str, text: str, role_words: set[str]) -> bool:
    """The page writes a title before the name that is not the role ('Coach Ann Roe' is no
    striker)."""
    for m in re.finditer(rf"(?<![\w-]){re.escape(name.split()[-1])}(?![\w-])", text):
        prev = text[max(0, m.start() - 60):m.start()].split()
        for _ in range(3):               # the name's own first names: 'Coach Ivo Sandor'
            if not (prev and prev[-1][:1].isupper() and prev[-1].lower() not in TITLES):
                break
            prev.pop()
        for w in reversed(prev[-3:]):
            low = w.lower().strip(",")
            low = _SHORT_TITLES.get(low, low)
            if not w[:1].isupper() or low not in TITLES or low in _HONORIFICS:
                break                    # titles before a name are capitalised; 'of' is none
            if low not in role_words:
                return True
    return False


def _a_name(head: str, text: str, pos: int, end: int) -> bool:
    """A capitalised role word the page writes capitalised inside a sentence, no name after
    it, is a name ('an editor at The Forward'), not a role ('said Prime Minister Ann Roe' is);
    the speaker's own mention (`pos`..`end`) is no evidence."""
    if not head[:1].isupper():
        return False
    rx = rf"[a-z,]\s+(?:[Tt]he\s+)?(?:[A-Z][\w-]*\s+){{0,3}}{re.escape(head)}\b(?![ \t]+[A-Z])"
    return any(not pos - 2 <= m.end() <= end for m in re.finditer(rx, text))


def role_subject(np: str, text: str, pos: int) -> str | None:
    """The person a definite role speaker at `pos` takes up, or None."""
    m = _FORM.fullmatch(np.strip())
    if not m or not re.match(r"[Tt]he\s", text[pos:pos + 4]) or _a_name(m.group(2), text, pos, pos + 5 + len(np)):
        return None
    mods = m.group(1).split()
    if any(w.lower() in _OTHER_HOLDER or w.lower().startswith(("ex-", "vice")) for w in mods):
        return None                      # 'the former minister' is someone else
    role_words = {w.lower() for w in np.split()} - {"the"}
    head = m.group(2).lower()
    line = text.rfind("\n", 0, pos) + 1
    window = blank_quotes(text[max(0, line - 1500):line])
    end = text.find("\n", pos)
    own = blank_quotes(text[line:end if end >= 0 else len(text)])
    earlier = [window[a:b] for a, b in split_spans(window)]
    earlier += [own[a:b] for a, b in split_spans(own) if b <= pos - line]   # not the speaker's own
    for sent in reversed(earlier[-4:]):
        if re.search(rf"(?i)(?<![\w-]){re.escape(head)}s?(?![\w-])", sent):
            return None                  # the role was written in the chain: its own referent
        opened = _OPENER.match(sent).end()
        if _PRONOUN.match(sent, opened):
            continue
        name = _opening_name(sent, text)
        if not name or _other_title(name, text, role_words) or _SECOND_SUBJECT.search(sent):
            return None                  # 'Roe spoke first and Mr Oda answered': either of them
        return name
    return None
