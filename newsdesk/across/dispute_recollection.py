"""A person answering a record of what they did with no memory of it: "The minutes say the
inspector read the survey. He told reporters he did not remember receiving it."

Why a detector of its own: the answer uses no denial word -- it professes ignorance ("did not
recall", "was not aware", "had no recollection") rather than calling the record false -- yet it
is that person's rival account of the act the record gives him. The cue is generic: a saying
sentence whose clause is a negated remember / recall / be-aware. The record is an earlier
sentence of the same article that names the same person (surname) and shares a content word
with what is not recalled, and is held by someone else (minutes, records, an outlet). Precision
first: one per story, the record must state something, and it must not itself profess ignorance.
"""
from __future__ import annotations

import re

from ..model import Article, Dispute
from .dispute_holders import holder
from .dispute_sides import states_claim
from .disputes import _claim, detector

_NOT = r"(?:did(?:n['\u2019]t|\s+not)|does(?:n['\u2019]t|\s+not)|could(?:n['\u2019]t|\s+not)|can(?:['\u2019]t|not))"
NO_RECALL = re.compile(rf"\b{_NOT}\s+(?:remember|recall)\b|\b(?:had|has|have)\s+no\s+(?:recollection|memory|knowledge)\s+of\b"
                       r"|\b(?:was|were|is|are)(?:n['\u2019]t|\s+not)\s+(?:aware|told)\s+(?:of|that)\b", re.I)
SAYING = re.compile(r"\b(?:said|says|told|tells|insisted|maintained|testified|claimed)\b", re.I)
_STOP = frozenset("that this what with from have been were when which their there about after before "
                  "getting receiving seeing being made make said told town".split())


def _content(text: str) -> set[str]:
    return {w.lower().rstrip("s") for w in re.findall(r"[A-Za-z]{4,}", text)} - _STOP


@detector("recollection")
def recollection(articles: list[Article], ctx: dict) -> list[Dispute]:
    """At most one per story: the earlier record of a person's act and their professed non-recall."""
    for art in articles:
        res, sents = ctx["res"][art.id], ctx["sents"][art.id]
        for i, s in enumerate(sents):
            m = NO_RECALL.search(s.text)
            if not m or not SAYING.search(s.text[:m.start()]):
                continue
            who = holder(s.text, res, s.start)
            if not who or not who[:1].isupper():
                continue
            surname = who.split()[-1]
            what = _content(s.text[m.end():])
            records = [p for p in sents[:i] if re.search(rf"\b{re.escape(surname)}\b", p.text)
                       and not NO_RECALL.search(p.text) and states_claim(p.text) and what & _content(p.text)
                       and (holder(p.text, res, p.start) or "").split()[-1:] != [surname]]
            if not records:
                continue
            rec = records[-1]
            denials = [o for o in sents[i:i + 4] if NO_RECALL.search(o.text)
                       and (holder(o.text, res, o.start) or "").split()[-1:] == [surname]]
            return [Dispute(f"whether {who} knew: {holder(rec.text, res, rec.start) or 'the record'} vs {who}",
                            [_claim(art, rec, holder(rec.text, res, rec.start))]
                            + [_claim(art, o, who) for o in denials[:3]], "claim")]
    return []
