"""Who holds a claim in one sentence: 'according to X', the subject of its first attribution
verb, or the noun phrase after a fronted verb, canonical through the article's resolver.

A holder is a named source, an outlet, or a descriptive source ("a police official"); so
the resolver's short form of "French officials" (the adjective alone) is not kept, "the
official" who speaks in a sentence that names its person is that person, and the subject of
"are reported to have killed" (what is reported, not who reports it) or of a participle
clause (", condemned as terrorism by ...") holds nothing.
"""
from __future__ import annotations

import re

from ..extract.resolver import Resolver
from ..extract.speakers import SPEECH_VERB, np_after, subject_before

HOLDER_VERB = re.compile(SPEECH_VERB.pattern + r"|\bput the (?:death )?toll\b|\bgave a toll\b|"
                         r"\bestimated\b|\bcited by\b")
# "Gunmen are reported to have killed ...": the subject is what is reported
PASSIVE_REPORT = re.compile(r"\b(?:is|are|was|were|been|being)\s+(?:\w+ly\s+)?$", re.I)
REPORT_VERBS = {"reported", "said", "believed", "thought", "alleged", "understood", "expected",
                "estimated", "claimed", "confirmed", "feared", "known"}   # "Nine people are confirmed dead"
# a person's role told with a definite article: "the official", "the city's mayor"
BARE_ROLE = re.compile(r"^(?:the|this|that)\s+(?:[a-z'’-]+\s+){0,2}(?:official|spokes(?:man|woman|person)|"
                       r"minister|mayor|prosecutor|commander|chief|officer|governor|president)$", re.I)


def holder(text: str, res: Resolver | None = None, offset: int = 0) -> str | None:
    """Who holds the claim in one sentence (`offset`: where the sentence starts)."""
    found = _holder(text, res, offset)
    return _known(found, res) if found else None


def unnamed(text: str, res: Resolver | None = None, offset: int = 0) -> bool:
    """The sentence's holder is a pronoun no one is named for: its claim has no side to stand on
    (neither the pronoun nor the outlet, who only reports it)."""
    found = _holder(text, res, offset)
    return bool(found) and _known(found, res) is None


def _holder(text: str, res: Resolver | None, offset: int) -> str | None:
    m = re.search(r"according to\s+", text, re.I)
    if m:
        np = np_after(text[m.end():])
        if np:
            return _canon(np[0], res, offset + m.end(), offset)
    for v in HOLDER_VERB.finditer(text):
        if _not_attribution(text, v):
            continue
        fronted = _fronted(text, v)
        if fronted:
            return _canon(fronted[0], res, offset + fronted[1], offset)
        if v.group().endswith("ing") and text[:v.start()].rstrip().endswith(","):
            lead = re.match(r"\s*((?:The|A|An)\s+(?:[a-z]+\s+(?=[a-z]+\s+(?:[a-z]+ed|said|says|has|had|was|were|is|are)\b))?[a-z]+"
                            r"|(?:[A-Z][\w'’-]*\s?){1,4})", text)
            if lead:                      # 'The government defended …, claiming …'
                return _canon(lead.group(1).strip(), res, offset + lead.start(1), offset)
        sub = subject_before(re.sub(r"^(?:However|But|Yet|Still|Nevertheless),?\s*", lambda x: " " * len(x.group()),
                                    text[:v.start()]))
        if sub and sub[0].lower() not in {"it", "this", "that", "there", "which"}:
            np = noun_phrase(sub[0])
            if np:
                return _canon(np, res, offset + sub[1], offset)
    return None


# the subject ran on into its clause: "the attack is being (labeled)", "the FBI issued statements
# (noting)", "The Associated Press first (reported)"
CLAUSE_AUX = re.compile(r"\s(?:is|are|was|were|be|been|being|has|have|had|will|would|may|might)$", re.I)
# a past-tense verb after a name: "FBI issued (statements)"; not an adjective ("Syrian armed forces")
GLUED_VERB = re.compile(r"(\b[A-Z][\w.'’-]*)\s+(?!un[a-z]*ed\b)(?!(?:armed|retired|elected|detained|wounded|"
                        r"injured|concerned|affected|named|united|trained|licensed|registered|unnamed)\b)[a-z]{3,}ed\b.*$")
TRAILING_ADVERB = re.compile(r"(?:\s+(?:first|also|later|earlier|initially|originally|previously|then|now|again))+$")
PRONOUN = {"he", "she", "they", "we", "i", "you", "him", "her", "them"}


def noun_phrase(np: str) -> str | None:
    """The holder's noun phrase alone: a subject ending on an auxiliary is a passive clause
    ("the attack is being" labeled) and holds nothing; a verb or adverb glued after the name
    ("FBI issued statements", "The Associated Press first") is cut off."""
    if CLAUSE_AUX.search(np):
        return None
    return TRAILING_ADVERB.sub("", GLUED_VERB.sub(r"\1", np)).strip() or None


def _known(name: str, res: Resolver | None) -> str | None:
    """A bare pronoun the resolver could not name ("He went on to say ...") tells a reader no
    one: the claim has no holder."""
    return None if res is not None and name.lower() in PRONOUN else name


# "…, said the special forces chief, Tomas Vell.": the verb comes first and its holder after it
FRONTED = re.compile(r"sa(?:id|ys)|added|stated")
APPOSED_NAME = re.compile(r",\s*((?:[A-Z][\w'’.-]*\s?){2,4})(?=[.,;]|$)")


def _fronted(text: str, v: re.Match) -> tuple[str, int] | None:
    """(holder, position) for a saying verb fronted after a comma: the words before it are
    the claim, so their last noun phrase ("one soldier were killed") holds nothing; a name in
    apposition to the role after the verb is the holder."""
    if not FRONTED.fullmatch(v.group()) or not text[:v.start()].rstrip().endswith(","):
        return None
    np = np_after(text[v.end():])
    if not np:
        return None
    pos = v.end() + np[1]
    name = APPOSED_NAME.match(text, pos + len(np[0]))
    if not name:
        return np[0], pos
    return re.sub(r"(?<=[a-z]{2})\.$", "", name.group(1).strip()), name.start(1)   # the full stop


def _not_attribution(text: str, v: re.Match) -> bool:
    """A verb whose subject holds no claim: a passive report ("are reported to have
    killed"), or a participle after a comma (", condemned as terrorism by ...")."""
    before = text[:v.start()]
    if v.group().lower() in REPORT_VERBS and PASSIVE_REPORT.search(before):
        return True
    return v.group().endswith("ed") and before.rstrip().endswith(",") and \
        bool(re.match(r"\s+(?:\w+\s+){0,2}?(?:as|by)\b", text[v.end():]))


def _canon(np: str, res: Resolver | None, pos: int, sent_start: int) -> str:
    """The resolver's name for the holder, unless that is a bare adjective of the phrase
    ("French" for "French officials"); a role the sentence gives a name ("the official"
    after "Mayor Yvan Mayeur") is that name."""
    if res is None:
        return np
    if BARE_ROLE.match(np):
        named = [(p, n) for p, n in res.names if sent_start <= p < pos]
        if named:
            return res.full(max(named)[1])
    name = res.resolve(np, pos, [])[0]
    if _of_tail(np, name):
        return np
    words = np.split()
    if len(words) > 1 and name == words[0] and all(w.islower() for w in words[1:]):
        return " ".join(w for w in words if not w.endswith("ly"))   # "... categorically"
    return name


def _of_tail(np: str, name: str | None) -> bool:
    """The resolver's name is only what follows "of" in the phrase ("Doctors" for "the Central
    Committee of Doctors"): it dropped the body's head noun, so the phrase itself names it."""
    head, sep, tail = np.rpartition(" of ")
    return bool(sep and name) and name != np and name in tail and name not in head


# no source named and no outlet known: a plain phrase, not the page's file id (which reads as
# a name, and the claim's `article` already points at the page)
UNNAMED_OUTLET = "the reporting outlet"


def own_voice(outlet: str | None) -> str:
    """Who holds a claim the article states in its own voice: its outlet, else a plain phrase."""
    return outlet or UNNAMED_OUTLET
