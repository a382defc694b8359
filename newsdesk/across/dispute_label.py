"""Whether an act deserves its name: the army's "this is not a military takeover" / "the
generals denied staging a coup" against an outlet's "Looks like it was a coup after all".

Why a detector of its own: the denying party and the naming outlet rarely share a sentence,
a figure or a contrast word, and the naming side is often the reporter's own voice in the
lede, which no attribution-based detector takes as a holder; yet what to call an act (coup,
massacre, terrorist attack, invasion) is what an analyst must see in dispute. The signal is
generic: one holder denies that the act is a <label> ("is not a", "denied staging a",
"there was no") and another holder, or the outlet in its first sentences, states the label
unhedged ("it was a", "all the features of a", "called it a", the label in the lede). Both
sides must use labels of one family (a "military takeover" denied, a "coup" named).
"""
from __future__ import annotations

import re
from collections import Counter

from ..model import Article, Dispute
from .dispute_sides import one_side
from .disputes import _claim, _quoted_by, detector, holder

FAMILIES = {
    "coup": r"coup(?:\s+d['’]\s?[ée]tat)?|putsch|military\s+takeover|seizure\s+of\s+power|"   # a bare
            r"takeover\s+of\s+(?:the\s+)?(?:government|power|country|state)",            # takeover: a firm's
    "massacre": r"massacre",
    "terrorist attack": r"terror(?:ist)?\s+attack|act\s+of\s+terror(?:ism)?|terrorism",
    "genocide": r"genocide|ethnic\s+cleansing",
    "invasion": r"invasion",
    "occupation": r"occupation",
    "war crime": r"war\s+crimes?",
    "ceasefire violation": r"(?:cease-?fire|truce)\s+violations?|violations?\s+of\s+the\s+(?:cease-?fire|truce)",
}
_ANY = "|".join(FAMILIES.values())
_ENDS = {name: re.compile(rf"(?:{p})$", re.I) for name, p in FAMILIES.items()}
# the label names the act, not a person or an institution tied to it ("a coup leader")
LABEL = rf"(?:{_ANY})(?![\w-])(?!\s+(?:leaders?|plotters?|makers?|suspects?|victims?|survivors?|"\
        r"trials?|tribunal|court|charges?|investigations?|laws?|memorial|anniversary|museum))"
_MODS = r"(?:(?:a|an|any)\s+(?:[\w-]+\s+){0,2}?)?"
DENIED = re.compile(
    r"(?:\b(?:is|was|are|were|be|been)|['’]s)\s+(?:\w+ly\s+)?(?:not|never)\s+" + _MODS + LABEL +
    r"|\b(?:isn|wasn|aren|weren)['’]t\s+" + _MODS + LABEL +
    r"|\bthere\s+(?:is|was|has\s+been|had\s+been)\s+no\s+(?:[\w-]+\s+)?" + LABEL +
    r"|\bden(?:y|ies|ied|ying)\s+(?:that\s+)?(?:(?:it|this|there|the\s+\w+)\s+(?:was|is|had\s+been|has\s+been)\s+"
    r"|(?:staging|mounting|launching|attempting|plotting|committing|carrying\s+out)\s+)" + _MODS + LABEL +
    r"|\brefus\w+\s+to\s+(?:call|describe|label|term)\s+(?:it|this|the\s+\w+)\s+(?:as\s+)?" + _MODS + LABEL,
    re.I)
NAMED = re.compile(
    r"\b(?:it|this|that)\s+(?:is|was|has\s+been|had\s+been|appears\s+to\s+have\s+been)\s+" + _MODS + LABEL +
    r"|\b(?:features|hallmarks|signs|marks)\s+of\s+(?:a|an)\s+" + LABEL +
    r"|\b(?:call\w*|term\w*|describ\w*|brand\w*|label\w*)\s+(?:it|this|the\s+\w+)\s+(?:as\s+)?" + _MODS + LABEL,
    re.I)
BARE = re.compile(r"\b" + LABEL, re.I)
# the taker of power calls its act a rescue, not a seizure: it was forced to act, it puts the
# country back on course; against a coup named elsewhere that is the other side of the label
RESCUE = re.compile(r"\b(?:rectify|rectifying|correct|correcting)\s+(?:the\s+|its\s+)?(?:[\w-]+['’]s\s+)?"
                    r"(?:course|path|direction|track)\b"
                    r"|\bforced\s+(?:him|her|them|us|it|the\s+(?:army|military))\s+to\s+(?:act|intervene|step\s+in)\b",
                    re.I)
# what makes a naming no assertion: a negation, a denial, a doubt or an alternative before it in its clause
UNSURE = re.compile(r"\b(?:not|no|never|den\w+|refus\w+|reject\w+|whether|if|may|might|rather|instead|"
                    r"possible|possibly|fears?|feared|suspected|alleged|apparent|rumou?r\w*)\b|n['’]t\b", re.I)
CLAUSE_END = re.compile(r"[,;:]?\s+(?:although|though|but|while|yet|as|whereas)\s+|[,;:]\s+", re.I)
LEDE = 3
MAX_SIDE = 2


def _family(m: re.Match) -> str:
    """The family of the label a match ends with."""
    return next(name for name, end in _ENDS.items() if end.search(m.group()))


def _clause_start(text: str, pos: int) -> int:
    """Where the clause holding `pos` begins: after the last comma or conjunction before it."""
    ends = [c.end() for c in CLAUSE_END.finditer(text, 0, pos)]
    return ends[-1] if ends else 0


def _plain(text: str) -> str:
    """The text with quote marks blanked (offsets kept): a label quoted in part ('saying it
    was "not a coup"') is denied or named all the same."""
    return text.translate(_QUOTES)


_QUOTES = str.maketrans({c: " " for c in "\"“”‘‟«»"})


def _denier(art: Article, s, res) -> str | None:
    """The clause's subject ('..., although generals denied staging a coup'), else the
    sentence's holder, else the speaker of a quote it lies in."""
    cut = _clause_start(s.text, DENIED.search(_plain(s.text)).start())
    clause = s.text[cut:cut + 1].upper() + s.text[cut + 1:]     # read as a sentence of its own
    who = holder(clause, res, s.start + cut) if cut else None
    if who and clause[:1] != s.text[cut:cut + 1] and who.startswith(clause.split()[0]):
        who = s.text[cut] + who[1:]                              # 'generals', as written
    return who or holder(s.text, res, s.start) or _quoted_by(art, s)


def _named(text: str) -> tuple[re.Match, int] | None:
    """(label match, strength) of an unhedged naming: 2 for an explicit 'it was a <label>',
    1 for the bare label; None when its clause negates, denies or questions it."""
    for strength, cue in ((2, NAMED), (1, BARE)):
        for m in cue.finditer(text):
            if not UNSURE.search(text, _clause_start(text, m.start()), m.start()):
                return m, strength
    return None


def _sides(articles: list[Article], ctx: dict) -> tuple[list, list]:
    """Denials and namings as (family, rank, article, sentence, holder)."""
    denied, named = [], []
    for art in articles:
        res = ctx["res"][art.id]
        lede = -1                 # the lede counts the reporter's own sentences, not quotes set around them
        for i, s in enumerate(ctx["sents"][art.id]):
            lede += not (s.text[:1] in "\"“‘'" or _quoted_by(art, s))
            text = _plain(s.text)
            if m := DENIED.search(text):
                # 'there was no coup, then that the attempted coup had failed': named after all
                if not _named(text[m.end():]) and (who := _denier(art, s, res)):
                    denied.append((_family(m), i, art, s, who))
                continue
            if RESCUE.search(text) and not BARE.search(text):
                if who := holder(s.text, res, s.start) or _quoted_by(art, s):
                    denied.append(("coup", i, art, s, who))
                continue
            if not (hit := _named(text)):
                continue
            who = holder(s.text, res, s.start) or _quoted_by(art, s)
            # an explicit naming counts anywhere; a bare label or the outlet's own voice in the lede only
            if (who and hit[1] == 2) or lede < LEDE:      # rank: explicit namings first, then the earliest
                named.append((_family(hit[0]), i - 10 * hit[1], art, s, who or art.outlet or art.id))
    return denied, named


def _pick(side: list) -> list:
    """One claim per holder: the holders who say it most often first, then the earliest."""
    freq = Counter(x[4] for x in side)
    out, seen = [], set()
    for x in sorted(side, key=lambda x: (-freq[x[4]], x[1])):
        if x[4] not in seen:
            seen.add(x[4])
            out.append(x)
    return out[:MAX_SIDE]


@detector("label")
def label(articles: list[Article], ctx: dict) -> list[Dispute]:
    """At most one per story: the family with the most claims, its deniers against namers
    who are not their own voice."""
    denied, named = _sides(articles, ctx)
    out = []
    for fam in dict.fromkeys(x[0] for x in denied):
        no = [x for x in denied if x[0] == fam]
        yes = [x for x in named if x[0] == fam and not any(one_side(x[4], d[4]) for d in no)]
        if yes:
            no, yes = _pick(no), _pick(yes)
            claims = [_claim(a, s, h) for _, _, a, s, h in no + yes]
            out.append(Dispute(f"whether it was a {fam}: {no[0][4]} vs {yes[0][4]}", claims, "occurrence"))
    return sorted(out, key=lambda d: -len(d.claims))[:1]
