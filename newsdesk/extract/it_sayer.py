"""A speaking 'it' that opens the sentence right after one closed by '…, X said.': X.

'… "shot in the face," the network said. It said the reporter had been targeted …': the 'it'
continues the source just cited. A body with a name that reads like a person's ('Al Jazeera',
'Amnesty'), or a single capitalised word, is filed as a person, so the institution search of
the resolver passes it over and reaches the lede's body instead. Only a closing sayer the page
never calls he or she counts (the 'it' itself tells it is a body), and only in the sentence
right before the pronoun's, whose own subject is no body ('The ministry ordered …, the agency
said. It also urged …': the ministry may be meant), and only a source that said or added (an
outlet that 'reported' tells someone else's acts).
"""
from __future__ import annotations

import re

from .speakers import ORG_HEADS

# the end of the sentence before: '…, X said.' / '…," X said.' / '…, said X.' (X one name run,
# optionally 'the' + a lower-case description)
_CLOSING = re.compile(r"[,”\"’]\s+(?:(?P<a>(?:[Tt]he\s+)?[A-Z][\w'’.&-]*"
                      r"(?:\s+(?:[A-Z][\w'’.&-]*|of|for|al|el)){0,5})"
                      r"\s+(?:has\s+)?(?:said|says|added|stated)"
                      r"|(?:said|says|added|stated)\s+(?P<b>(?:[Tt]he\s+)?[A-Z][\w'’.&-]*"
                      r"(?:\s+(?:[A-Z][\w'’.&-]*|of|for|al|el)){0,5}))"
                      r"(?:\s+(?:on|in|late|early)\s+\w+)?[.”\"’]*\s*$")


# a sentence whose own subject is a body: its 'it' may be that body, not the closing source
_BODY_SUBJECT = re.compile(r"(?:The\s+)?(?:[\w.'’-]+\s+){0,4}?(?i:"
                           + "|".join(sorted(h for h in ORG_HEADS if h.isalpha())) + r")\b")


def closing_sayer(text: str, sent_start: int | None, gender) -> str | None:
    """The sayer that closes the sentence before `sent_start`, when the page gives it no
    gender (`gender(name)` is None); None otherwise."""
    if sent_start is None or not text[sent_start:sent_start + 3].lower().startswith("it "):
        return None
    prev = text[max(0, sent_start - 400):sent_start]
    m = _CLOSING.search(prev)
    if not m:
        return None
    opener = prev[:m.start()]
    opener = re.split(r"(?<=[.!?])\s+(?=[A-Z“\"])", opener[opener.rfind("\n") + 1:])[-1]
    if _BODY_SUBJECT.match(opener):
        return None                      # 'The State Department ordered …, X said. It also urged'
    name = re.sub(r"^[Tt]he\s+", "", m.group("a") or m.group("b")).rstrip(".")
    if name.split()[0] in {"He", "She", "It", "They", "We", "I"} or gender(name) is not None \
            or _surnamed(name, text):
        return None
    return name


def _surnamed(name: str, text: str) -> bool:
    """The page treats `name` as a person's: its last word stands alone elsewhere as a surname
    ('Reyes said' beside 'Tomas Reyes'), or a lone word ends a longer name ('Tomas Reyes' …
    'Reyes')."""
    words = name.split()
    for m in re.finditer(rf"(?<![\w'’-]){re.escape(words[-1])}(?![\w'’-])", text):
        before = text[max(0, m.start() - 40):m.start()]
        prev = before.split()[-1] if before.split() and before[-1:] in " \t" else ""
        capital = prev[:1].isupper() and prev[-1:].isalpha()
        if capital if len(words) == 1 else not capital:
            return True
    return False
