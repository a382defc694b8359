"""A speech participle that closes a charge: 'The ministry accused the rebels of shelling the
town saying: "…"' — the quote is the accuser's, not the accused's.

Why: `attribution.left_speaker` reads the noun phrase right before a participle ('… X
saying') as its subject, as in 'a video showed a man saying'; but after a verb of charge or
praise ('accused X of', 'blamed X for', 'thanked X for') the words before the participle are
the verb's object and its complement, and the participle goes with the clause's subject,
as it would after a comma.
"""
from __future__ import annotations

import re

from .speech_verbs import PARTICIPLES

_CHARGE = re.compile(r"\b(?:accus|blam|charg|criticis|criticiz|condemn|prais|thank|fault|commend|credit)"
                     r"(?:ed|es|s|ing)?\s+[^,;:\"\u201c\u201d]{1,80}?\s(?:of|for)\s+[^,;:\"\u201c\u201d]{1,100}$", re.I)


def charged_object(left: str, at: int) -> bool:
    """Whether the participle at `at` in `left` follows, with no comma, the object and the
    'of/for' complement of a verb of charge or praise in the same clause."""
    return bool(_CHARGE.search(left[:at].rstrip()))


_AFTER_COMMA = re.compile(r",\s*(?:even\s|also\s|later\s|\w+ly\s)?\s*$")


def main_clause_participle(left: str, at: int) -> bool:
    """Whether the participle at `at` takes the clause's subject: after a comma (', calling it
    "…"') or after a charge's object and complement ('accused X of Y saying "…"')."""
    return bool(_AFTER_COMMA.search(left[:at])) or charged_object(left, at)


def charge_participle(left: str, verb: str) -> bool:
    """'… accused X of Y saying': a participle whose subject is not the words right before it
    (speech-verb mentions skip it; the charge verb already names the speaker)."""
    return verb.lower() in PARTICIPLES and charged_object(left, len(left))
