"""Rebuttals by a camp named with a common noun: "Kiev accuses the rebels of downing the jet"
against "the separatists have denied any links to the downing"; "the HDP leader blamed the
government for the attack" against "Interior Minister X ... denying there was a security
vacuum".

Why: the denial detector pairs a charge with a rebuttal through the rebutter's name (its
first capitalised word, or its state), but an armed camp is charged and answers as a class
("the rebels", "separatist insurgents"), and a government is charged as "the government"
while one of its ministers answers by name. So a rebuttal whose subject is a word of one of
these two camps carries that camp as a key, and a charge names the camp when the words just
after its accusing verb do ("accuse the rebels of", "blamed the government for").
Also here: "X have claimed ..., but Y deny this" -- a denial whose "this" points back inside
its own sentence rebuts that clause, not the sentence before it.
"""
from __future__ import annotations

import re

_FOES = r"(?:rebels?|separatists?|insurgents?|militants?|guerrillas?|militias?)"
_GOV_CHARGED = r"(?:the\s+)?(?:government|authorities|state)\b(?!\s+(?:media|news|television|tv|agency))"
# an office of the government speaking by name ("Interior Minister Selami Altinok"), not a
# party against it or another state's office ("the Russian foreign ministry")
_GOV_OFFICE = re.compile(r"\b(?:[Mm]inist(?:er|ry)|[Gg]overnment|[Cc]abinet|[Pp]remier)\b")
_NOT_GOV = re.compile(r"\b(?:former|ex|opposition|shadow|anti|pro)\W*$", re.I)
_FOES_WORD = re.compile(rf"\b{_FOES}\b", re.I)
_DEMAND = re.compile(r"\s+(?:the\s+|all\s+)?(?:calls?|demands?|requests?|appeals?|offers?|proposals?|pressure)\b", re.I)
_OFFICE_WORDS = {"Interior", "Foreign", "Prime", "Defence", "Defense", "Justice", "Home", "Finance", "Deputy",
                 "Health", "Information", "State", "Acting", "The", "Minister", "Ministry", "Government"}


def _own_office(subject: str) -> bool:
    """An office of the government with no other state named before it (a capitalised word
    that is no office word: "Russian Foreign Minister", "Qatar foreign ministry")."""
    for m in _GOV_OFFICE.finditer(subject):
        before = subject[:m.start()]
        if _NOT_GOV.search(before) or re.match(r"\s+of\s+(?:the\s+)?(?:[\w-]+\s+)?[A-Z]", subject[m.end():]):
            continue                  # "Prime minister of the self-declared Donetsk Republic": another polity
        lead = re.findall(r"\b[A-Z][\w'’-]*", " ".join(before.split()[-3:]))
        if all(w in _OFFICE_WORDS for w in lead):
            return True
    return False


def side_keys(text: str, denial: re.Pattern) -> set[str]:
    """The camps the subject of a rebuttal (the words before its denying verb) speaks for."""
    m = next((m for m in denial.finditer(text) if not _DEMAND.match(text[m.end():])), None)
    if not m:
        return set()              # "rejected calls for his resignation": a demand refused, no charge denied
    subject = text[:m.start()]
    keys = set()
    if _FOES_WORD.search(subject):
        keys.add("camp:foes")
    if _own_office(subject) and not _FOES_WORD.search(subject):
        keys.add("camp:gov")
    return keys


def names_camp(text: str, cue: re.Pattern, key: str) -> bool:
    """Whether the charge names the camp `key` right after its accusing word ("accuse the
    rebels of", "blamed the government for")."""
    if not key.startswith("camp:"):
        return False
    accused = _GOV_CHARGED if key == "camp:gov" else rf"(?:the\s+)?(?:[\w-]+\s+)?{_FOES}\b"
    return any(re.match(rf"\s+{accused}", text[m.end():], re.I) for m in cue.finditer(text))


_CLAIM_THEN_BUT = re.compile(r"\b(?:claim(?:s|ed)?|say|says|said|insist(?:s|ed)?|report(?:s|ed)?|"
                             r"announc(?:es|ed))\b[^.;]*,\s*(?:but|while|whereas|(?:al)?though)\s+[^,]{0,60}$", re.I)


def denies_in_sentence(text: str, denial: re.Pattern) -> bool:
    """'Government forces have claimed they re-took the city, but the Taliban deny this': the
    anaphor points to the claim told in the same sentence, not to the sentence before."""
    m = denial.search(text)
    return bool(m) and bool(_CLAIM_THEN_BUT.search(text[:m.start()]))
