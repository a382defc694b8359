"""Whether an article is English prose and on a political topic at all: the event step's
first gate, counted on the text's word runs (nlp/words.py) so it stays one cheap pass."""
from __future__ import annotations

import re

from ..nlp.words import WORD_RUN, WordCount

ENGLISH = re.compile(r"\b(?:the|and|of|to|in|was|were|is|for|that|with|said|on|by)\b", re.I)
POLITICAL = re.compile(
    r"\b(?:government|minister|ministry|president|police|army|military|troops|forces|militants?|"
    r"rebels?|protesters?|killed|attacks?|bomb\w*|war|sanctions|diplomatic|officials?|security|"
    r"parliament|election|crisis|violence|ceasefire|talks|nuclear|terror\w*)\b", re.I)
OFF_TOPIC = re.compile(
    r"\b(?:goals?|striker|midfielder|defender|transfer|signing|league|club|coach|season|"
    r"shares|stocks|investors|index|ftse|dividend|earnings|oven|recipe|pasta|tablespoons?|"
    r"teaspoons?|cook|bake|film|movie|actor|actress|director|screenplay|thriller|plot|album|"
    r"song|box office|match|fans|football|cheese|sauce|stars?|rating|upgrade|downgrade|"
    r"analysts?|profit|pence|broker)\b", re.I)


# counted from the text's word runs (nlp/words.py): the same counts as the patterns' findall
_COUNT_ENGLISH, _COUNT_POLITICAL, _COUNT_OFF_TOPIC = (WordCount(r) for r in (ENGLISH, POLITICAL, OFF_TOPIC))


_LETTERS = re.compile(r"[^\W\d_]+")


def is_english(text: str) -> bool:
    sample = text[:5000]
    runs = WORD_RUN.findall(sample)
    # letter runs ([^\W\d_]+) from the word runs: an all-letter run is one
    words = sum(1 if w.isalpha() else len(_LETTERS.findall(w)) for w in runs)
    if words < 20:
        return True
    return _COUNT_ENGLISH(sample, runs) / words > 0.06


def off_topic(text: str) -> bool:
    """Sport, markets, food, reviews: no PLOVER events to code (the distractors)."""
    runs = WORD_RUN.findall(text)
    off = _COUNT_OFF_TOPIC(text, runs)
    pol = _COUNT_POLITICAL(text, runs)
    return off >= 4 and off > 1.5 * pol
