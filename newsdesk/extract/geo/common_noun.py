"""A capitalised common noun is no place name: "the Mosque" is not Moscow.

Why: reports capitalise the site of an act once it is known ("worshippers died in the Mosque",
"guards closed the Palace gates"), and the name finder passes the word on as a place. No
gazetteer entry bears it, but the spelling-tolerant index finds a town that sounds alike
("Mosque" ~ Moscow, "Palace" ~ Palakka). A word the same article also writes in lower case
("the mosque was full") is a noun of the language, so it casts no vote for the article's
places; its sentence still falls back to the article's own place, as a venue does.
"""
from __future__ import annotations

import re

from .gazetteer import Gazetteer


def common_noun(gz: Gazetteer, name: str, text: str) -> bool:
    """True for a one-word capitalised name that matches no gazetteer entry exactly and that
    `text` also writes in lower case as a word of its own."""
    if not text or " " in name or not name[:1].isupper() or not name[1:].islower():
        return False
    if not re.search(rf"(?<![\w-]){re.escape(name.lower())}(?![\w-])", text):
        return False
    return not gz.lookup(name, fuzzy=False)
