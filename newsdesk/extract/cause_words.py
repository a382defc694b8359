"""The words that turn what follows them into the act being answered ("in retaliation for
the raids", "the attack was revenge for ..."), kept in one place.

Why several lists: each reader asks a different question of the same vocabulary.
- `CAUSE_NOUNS`: a parsed name hanging under one of these nouns is the answered act's place
  (geo/side_acts.py, geo/attach.py, and ev_light.py on unparsed sentences). "reaction" and
  "answer" head such phrases too ("in answer to the shelling of X").
- `ANSWER_NOUNS`: "in <noun> for/to" marks an act done as a reply, a second act of the
  sentence (ev_group_twoacts.py, ev_group_reprisal.py).
- `MOTIVE_NOUNS`: the reason a claim gives ("was revenge for", "payback for"), whose act is
  only background (ev_motive.py); "response" there is a reply, read through "in response to".
"""
from __future__ import annotations

CAUSE_NOUNS = frozenset({"response", "retaliation", "reaction", "reprisal", "revenge", "answer"})
ANSWER_NOUNS = ("retaliation", "response", "reprisal", "revenge")
MOTIVE_NOUNS = ("retaliation", "reprisal", "revenge", "payback", "vengeance")


def alternation(words) -> str:
    """A regex group of the words ("(?:a|b|c)"), in a stable order."""
    return "(?:" + "|".join(words) + ")"
