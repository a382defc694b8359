"""Whether an act was lawful: "a justifiable action taken in self-defense", "under a provision
in the 2008 constitution" against "an obvious example of State terrorism", "an aggression",
"unlawful".

Why a detector of its own: the side that justifies an act and the side that condemns it
rarely share a sentence, a label or a contrast word (one says "defensive action", the other
"aggression"), and they usually speak in different outlets; yet whether a strike, a takeover
or an arrest was lawful is what an analyst must see contested. The signal is generic: one
holder gives the act a legal or defensive ground (self-defence, an imminent threat, the
constitution, "was necessary / justified / lawful") and another holder, not on its side,
calls it unlawful, illegal, aggression, terrorism, a crime or a violation of law. Both sides
must be attributed (a bare "terrorist attack" in a lede is the outlet naming, not a party).
"""
from __future__ import annotations

import re

from ..model import Article, Dispute
from .dispute_sides import one_side
from .disputes import _claim, _quoted_by, detector, holder

_ACT = (r"(?:action|actions|act|move|strike|attack|operation|takeover|killing|raid|measures?|steps?|"
        r"intervention|response)")
_GROUND = r"(?:lawful|legal|legitimate|constitutional|justified|justifiable|necessary|defensive)"
JUSTIFIED = re.compile(
    r"\bself[- ]defen[cs]e\b"
    r"|\bdefensive\s+" + _ACT + r"\b"
    r"|\bjustifi(?:ed|able)\s+" + _ACT + r"\b"
    r"|\bin\s+response\s+to\s+(?:an?\s+|the\s+)?imminent\b"
    r"|\b(?:it|this|the\s+(?:\w+\s+)?" + _ACT + r"|its\s+(?:\w+\s+)?" + _ACT + r")\s+(?:was|were|is|are|had\s+been)\s+"
    r"(?:\w+ly\s+)?(?:an?\s+)?" + _GROUND + r"\b(?!\s+(?:to|for)\b)"      # 'it is necessary to leave': no ground
    r"|\b(?:under|citing|cited|invok\w+|pointed\s+to|in\s+line\s+with|in\s+accordance\s+with)\s+"
    r"(?:(?:a|an)\s+(?:provision|article|clause)\s+(?:in|of)\s+)?(?:the\s+)?(?:\d{4}\s+)?constitution\b"
    r"|\bright\s+to\s+(?:take\s+over|defend\s+itself|self-defen[cs]e)\b"
    # an intervention's own ground: shielding a state from another's aggression, restoring its lawful rulers
    r"|\b(?:protect|defend|shield)\w*\s+(?:[\w'’-]+\s+){0,3}?against\s+[\"“]?(?:the\s+)?aggression\b"
    r"|\brestor\w*\s+(?:the\s+)?[\"“]?legitima(?:cy|te\s+(?:government|authorit\w+|president))\b"
    r"|\blegitimacy\W{0,3}\s(?:[^.;]{0,100}?\s)?(?:was|is|be|been)\s+restored\b", re.I)
CONDEMNED = re.compile(
    r"\b(?:unlawful|illegal|illegitimate|unconstitutional)\b(?!\s+(?:weapons?|arms|guns?|drugs?|immigra\w+|"
    r"migrants?|aliens?|workers?|mining|logging|fishing|settlements?|checkpoints?|crossings?|border|trade))"
    r"|\b(?:state|act\s+of)\s+terror(?:ism)?\b"
    r"|\ban?\s+(?:act\s+of\s+)?aggression\b"
    r"|\b(?:[\w-]+-led|foreign|military)\s+invasion\b"
    r"|\b(?:gross\s+|flagrant\s+|clear\s+)?violation\s+of\s+(?:\w+\s+){0,3}(?:law|sovereignty|charter)\b"
    r"|\bcriminal\s+(?:act|adventure)\b"
    r"|\bwar\s+crimes?\b", re.I)
# a cue under a negation or a doubt asserts neither side ("was not illegal", "whether it was lawful")
_UNSURE = re.compile(r"\b(?:not|no|never|whether|if|could|might|may)\s+(?:\w+\s+){0,2}$|n['’]t\s+(?:\w+\s+){0,2}$",
                     re.I)
# what an unlucky attribution makes a holder: an occasion, not a party
_NO_PARTY = re.compile(r"\b(?:session|meeting|briefing|conference|interview|summit)$", re.I)
_STATEMENT = re.compile(r"^(?:The|An?|Its)\s+(?:[\w'’-]+\s+){0,3}?(?:announcement|statement|declaration|decree)"
                        r"(?:\s+(?:on|by|from|of)\s+(?:[\w'’-]+\s+){0,3}?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)?")
MAX_SIDE = 3


def _asserted(cue: re.Pattern, text: str) -> int:
    """How many unhedged cues of one side the sentence holds."""
    return sum(1 for m in cue.finditer(text) if not _UNSURE.search(text[max(0, m.start() - 30):m.start()]))


def _holder(art: Article, s, res) -> str | None:
    """The sentence's holder, the speaker of a quote it lies in, else a statement that is
    its subject ('The announcement ... pointed to the 2008 constitution')."""
    who = _quoted_by(art, s) or holder(s.text, res, s.start)
    if who and not _NO_PARTY.search(who):
        return who
    m = _STATEMENT.match(s.text.strip())
    return m.group() if m else None


def _sides(articles: list[Article], ctx: dict) -> tuple[list, list]:
    """Justifications and condemnations as (strength, rank, article, sentence, holder)."""
    just, cond = [], []
    for art in articles:
        res = ctx["res"][art.id]
        for i, s in enumerate(ctx["sents"][art.id]):
            j, c = _asserted(JUSTIFIED, s.text), _asserted(CONDEMNED, s.text)
            if bool(j) == bool(c) or not (who := _holder(art, s, res)):
                continue                      # a sentence holding both sides is a report, not a side
            (just if j else cond).append((j or c, i, art, s, who))
    return just, cond


def _pick(side: list, others: list) -> list:
    """One claim per holder, holders not on the other side's, the strongest and earliest first."""
    out, seen = [], set()
    for x in sorted(side, key=lambda x: (-x[0], x[1])):
        if x[4] not in seen and not any(one_side(x[4], o[4]) for o in others):
            seen.add(x[4])
            out.append(x)
    return out[:MAX_SIDE]


@detector("legality")
def legality(articles: list[Article], ctx: dict) -> list[Dispute]:
    """At most one per story: the justifying holders against the condemning ones."""
    just, cond = _sides(articles, ctx)
    just, cond = _pick(just, cond), _pick(cond, just)
    if not just or not cond:
        return []
    claims = [_claim(a, s, h) for _, _, a, s, h in just + cond]
    return [Dispute(f"whether it was lawful: {just[0][4]} vs {cond[0][4]}", claims, "claim")]
