"""A quoted phrase inside a sentence whose source closes the sentence: 'Two owners face
"reckless endangerment" charges, according to city police.' The words between the closing mark
and ', according to X' only finish the phrase (a head noun, a time), so X is the source of the
quoted words as much as of the sentence; without this reading the phrase took the speaker of
the quote before it. Read by the quotes step when no attribution follows the mark directly."""
from __future__ import annotations

import re

from .closing_person import person_closes, statement_by  # noqa: F401  (person_closes: read by quotes)
from .conditional_aside import after_aside
from .speech_verbs import SPEECH_VERB
from .time_aside import after_time_clause

# a few lower-case words (the phrase's head noun, 'last week') then ', according to'
_WORD = r"(?:[a-z][\w'’-]*|[0-9]+)"
_TAIL = re.compile(r"[\s'’\"”]*(?:" + _WORD + r"\s+){0,4}" + _WORD + r"\s*,\s+(?=according to\s)")


def trailing_according(right: str, read) -> tuple[str, int] | None:
    """(source, offset in `right`) read by `read` (attribution.right_speaker) from the
    'according to X' that closes the sentence after a quoted phrase; None otherwise."""
    m = _TAIL.match(right)
    if not m:
        return None
    got = read(right[m.end():])
    return (got[0], m.end() + got[1]) if got else None


# the sentence closes with its sayer: ', the ministry tweeted Friday.' / ', officials said.'
_CLOSER = re.compile(r",\s+(?:[Tt]he\s+)?[\w.'’-]+(?:\s+[\w.'’-]+){0,5}?\s+(?:said|says|tweeted|wrote|reported|stated|"
                     r"announced|added|told\s+[A-Z][\w.-]*)(?:\s+(?:on|in|late|early|a)?\s*[\w-]+){0,3}?\s*[.!?]?\s*$")


def closing_sayer(right: str, read) -> tuple[str, int] | None:
    """'Six guests were "led to safety" at the hotel, where ..., the army tweeted Friday.': a
    quoted phrase inside a sentence that closes with ', X said' is X's, however long the
    phrase's tail; the tail holds no other quotation mark or speech verb."""
    m = _CLOSER.search(right)
    if not m or len(right[:m.start()].split()) > 40 or re.search(r"[\"“”‘]", right[:m.start()]) \
            or SPEECH_VERB.search(right[:m.start()]):
        return None
    got = read(right[m.start():])
    return (got[0], m.start() + got[1]) if got else None


def closing_source(right: str, read) -> tuple[str, int] | None:
    """The source told after words that close a quote's sentence before its attribution: a
    conditional aside ('…" if confirmed, X warned'), a time clause ('…" as crews dug, X told
    reporters'), a quoted phrase's tail (' charges, according to X'), a longer tail closed by
    ', X said' or by ', a statement by X said'."""
    return after_aside(right, read) or after_time_clause(right, read) or trailing_according(right, read) \
        or closing_sayer(right, read) or statement_by(right)
