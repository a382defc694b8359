"""An adverbial aside between a subject and its speech verb: 'The ministry, in a statement,
said' / 'The army, however, said' / 'The council, on Friday, said'.

Why: the appositive reading of `speakers.subject_before` takes the words between two commas
for a description of the name before them, or for the subject itself ("a statement"); an
aside that opens with a preposition of manner, place or time, or is a lone connective
adverb, describes no one, so the speaker is the noun phrase before the aside.
"""
from __future__ import annotations

_OPENERS = {"in", "on", "at", "via", "through", "during", "after", "before", "from", "over"}
_ADVERBS = {"however", "though", "meanwhile", "also", "too", "then", "later", "earlier", "separately",
            "again", "moreover", "instead", "nevertheless", "meantime", "for its part", "in turn"}
_PERSONAL = {"his", "her", "their", "my", "our", "your"}    # 'X, in her 40s,' / 'X, by his own account,'


def adverbial(seg: list[str]) -> bool:
    """Whether the words between two commas are an adverbial aside (the prepositional phrase
    'in a statement', 'on Friday', 'via Telegram', or a connective like 'however')."""
    words = [w.lower() for w in seg]
    if not words:
        return False
    if " ".join(words) in _ADVERBS:
        return True
    return words[0] in _OPENERS and 2 <= len(words) <= 6 and not _PERSONAL & set(words) \
        and words[-1] not in {"and", "or", "of"}
