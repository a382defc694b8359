"""An organisation named once in full and taken up later by a description or a short form.

Wire copy names a body once ('Greenfield Watch counted 40 flooded farms') and then varies the
reference: 'the Geneva-based monitoring group', 'the farm watchdog', 'Greenfield'. Readers (and
the gold) file all of them under the name the article gives in full. A description links to
the latest body named before it whose own name ends in a head word of a kind that
description's head noun can stand for (a 'watchdog' may be a commission or an agency, a
'group' not a ministry); a capitalised short form links to the one longer body name that
opens with it. Typed heads ('the ministry', 'the agency') are resolver.by_head's and
speaker_takeup.named_body's: they name their body's own head word.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .speakers import CAP_STOP, NAME_SEQ

# last words of a non-governmental body's own name ('Harbour Aid International', 'Greenfield Watch')
_NGO = frozenset("""
    international watch group foundation institute network observatory monitor federation
    association alliance coalition league committee council organisation organization centre
    center front movement union society trust fund forum initiative project campaign brigade
    brigades army
""".split())
# a description's head noun -> the name heads a body it stands for may end in
_KINDS: dict[str, frozenset[str]] = {
    "group": _NGO, "organisation": _NGO, "organization": _NGO, "body": _NGO, "charity": _NGO,
    "ngo": _NGO, "monitor": _NGO, "campaigners": _NGO, "outfit": _NGO,
    "watchdog": _NGO | {"agency", "authority", "commission", "office", "inspectorate", "board"},
}
# 'the Geneva-based monitoring group', 'The farm watchdog', 'the Swiss charity'
_DESCRIPTION = re.compile(r"[Tt]he\s+((?:[\w'’-]+\s+){0,4})([a-z]+)")
_NATIONAL = re.compile(r"[A-Z][a-z]+(?:ish|ian|ese|ean|an|i)")


def _modifiers_fit(mods: list[str]) -> bool:
    """A description's modifiers may be lower-case words, hyphenated compounds ('Geneva-based')
    and nationality adjectives; another capitalised word names a body of its own ('the UN
    group'), which the latest named body need not be."""
    return all(w[:1].islower() or "-" in w or _NATIONAL.fullmatch(w) for w in mods)


@lru_cache(maxsize=64)
def named_bodies(text: str) -> tuple[tuple[int, str], ...]:
    """(position, name) of each body the text names in full: a capitalised run of two or
    more words (a leading 'The' dropped) whose last word is a body's head word."""
    out = []
    for m in NAME_SEQ.finditer(text):
        toks = m.group().rstrip(".’'").split()
        if toks and toks[0] == "The":
            toks = toks[1:]
        if len(toks) < 2 or toks[0] in CAP_STOP or toks[-1].lower() not in _NGO:
            continue
        out.append((m.start() + m.group().find(toks[0]), " ".join(toks)))
    return tuple(out)


def described_body(np: str, text: str, pos: int) -> str | None:
    """'the Geneva-based monitoring group' -> the latest body named before `pos` whose name ends
    in a head word that kind of description stands for; None when the description is no
    body's ('the woman') or the text named no such body before it."""
    m = _DESCRIPTION.fullmatch(np.strip())
    if not m or (kinds := _KINDS.get(m.group(2))) is None or not _modifiers_fit(m.group(1).split()):
        return None
    best = None
    for at, name in named_bodies(text):
        if at < pos and name.split()[-1].lower() in kinds:
            best = name
    return best


def short_body(np: str, text: str) -> str | None:
    """'Greenfield' -> 'Greenfield Watch': a capitalised one- or two-word short form that
    opens exactly one longer body name of the text."""
    toks = np.strip().split()
    if not 1 <= len(toks) <= 2 or not all(t[:1].isupper() for t in toks) or toks[0] in CAP_STOP:
        return None
    lead = " ".join(toks) + " "
    longer = {name for _, name in named_bodies(text) if name.startswith(lead)}
    return longer.pop() if len(longer) == 1 else None
