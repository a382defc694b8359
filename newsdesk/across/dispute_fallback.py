"""A generic fallback for disputes no detector words: rank pairs of attributed sentences of one
story by generic features (dispute_fb_features.py) and keep the best pair not already told.

Why: each detector knows one wording of a quarrel, and fresh coverage keeps finding others
("locals said there were dozens" against "about 15 gunmen"; "varying reports ..."). What such
pairs share is generic: the same slot told two ways (clashing figures for one counted noun, a
statement against a denial of it), two holders, a contrast the reporter marks, and the event's
words in both sentences. A pair needs a slot signal AND a second voice; a small weighted score
with a threshold ranks them, and a strict per-story budget keeps the noise to at most one.
"""
from __future__ import annotations

from ..model import Article, Claim, Dispute
from .dispute_fb_features import Reading, denial, clash, counts, features, read
from .dispute_fb_slots import DENIED_PART, named_doers
from .dispute_holders import holder, own_voice
from .dispute_moment import earlier_moment

# weights of the pair features (dispute_fb_features.features) and the bar, chosen on the tuning
# sets pooled (standalone, every detector off): a slot told two ways and two sentences side by side
# weigh most; a figure told as a moment of a growing count weighs against
WEIGHTS = {"clash": 3.0, "polarity": 1.0, "contrast": 1.0, "marked": 0.0, "holders": 0.0, "outlets": 0.5,
           "shared": 2.0, "named": 1.0, "near": 3.0, "update": -2.0, "answers": 1.0,
           "doer": 3.0, "kind": 3.0, "intent": 3.0}
THRESHOLD = 4.75
BUDGET = 1                 # fallback disputes per story, on top of the detectors'
MIN_SHARED = 0.2           # below this two sentences speak of different things (unless side by side,
                           # naming two kinds of cause: "died in the shelling" / "had gunshot wounds")
MIN_WORDS, MAX_WORDS = 6, 70
MAX_READINGS = 160         # sentences weighed per story (the tuning stories hold at most 40)
MAX_ARTICLES = 8           # a bigger story is the detectors' alone: its wordings recur over many
                           # reports, and reading every sentence of 100 reports costs an incremental
                           # refresh more than all the detectors together (tuning stories hold <= 5)


_HOLDERS: dict[tuple, str | None] = {}   # (article, sentence start, sentence text) -> holder
MAX_HOLDERS = 20000


def _holder(art: Article, s, res) -> str | None:
    """The sentence's holder, kept across an incremental refresh of the story."""
    key = (art.id, s.start, s.text)
    if key not in _HOLDERS:
        if len(_HOLDERS) >= MAX_HOLDERS:
            _HOLDERS.clear()
        _HOLDERS[key] = holder(s.text, res, s.start)
    return _HOLDERS[key]


def readings(art: Article, sents: list, res) -> list[Reading]:
    """The article's sentences that hold a claim: a holder, a reporter's mark, or a counted figure
    (the outlet's own account)."""
    out = []
    for i, s in enumerate(sents):
        n = len(s.text.split())
        if not MIN_WORDS <= n <= MAX_WORDS:
            continue
        who = _holder(art, s, res)
        r = read(art.id, art.outlet, i, s.text, who)
        if who or r.marked or r.counts or r.doers or r.kinds or r.intent:
            r.holder, r.own = who or own_voice(art.outlet), not who
            out.append(r)
    return out


def slot(f: dict[str, float]) -> bool:
    """The pair tells one thing two ways: clashing figures, rival doers, two kinds of harm, on
    purpose against a mishap, a reporter's mark, or a denial that is marked as a contrast or
    shares much of the other sentence."""
    return bool(f["clash"] or f["marked"] or f["doer"] or f["kind"] or f["intent"]
                or (f["polarity"] and (f["contrast"] or f["shared"] >= 0.4)))


def _candidates(reads: list[Reading], denies: dict[int, bool]) -> list[tuple[int, int]]:
    """The index pairs (i < j, in order) that `_may_slot` can pass, found by what each reading
    carries instead of trying every pair: a big story's pairs grow with the square."""
    n = len(reads)
    pairs: set[tuple[int, int]] = set()
    by: dict[str, list[int]] = {}
    for i, r in enumerate(reads):
        if r.marked or r.negated:                  # a mark meets anything; a denial any plain claim
            pairs.update((min(i, j), max(i, j)) for j in range(n) if j != i)
        for key in [f"count:{g}" for g in r.counts] + ["kind"] * bool(r.kinds) + ["intent"] * bool(r.intent):
            by.setdefault(key, []).append(i)
        if r.doers or denies[id(r)]:
            by.setdefault("doer", []).append(i)
    for members in by.values():
        pairs.update((a, b) for k, a in enumerate(members) for b in members[k + 1:])
    return sorted(pairs)


def _may_slot(a: Reading, b: Reading, denies: dict[int, bool]) -> bool:
    """What `slot` needs, read from the two readings alone: most pairs of a big story fail here
    before their features are computed."""
    return bool(a.marked or b.marked or a.negated != b.negated or a.counts.keys() & b.counts.keys()
                or (a.kinds and b.kinds) or (a.intent and b.intent)
                or (a.doers and (b.doers or denies[id(b)])) or (b.doers and denies[id(a)]))


def score(f: dict[str, float]) -> float:
    return sum(WEIGHTS[k] * v for k, v in f.items())


def ranked(articles: list[Article], ctx: dict) -> list[tuple[float, Reading, Reading, dict]]:
    """Every candidate pair of the story with its score, best first."""
    reads = [r for art in articles for r in readings(art, ctx["sents"][art.id], ctx["res"][art.id])]
    if len(reads) > MAX_READINGS:      # a big story: pairs grow with the square; keep slot carriers, leads first
        reads = sorted(reads, key=lambda r: (not (r.counts or r.negated or r.marked), r.index))[:MAX_READINGS]
    out = []
    denies = {id(r): bool(DENIED_PART.search(r.text)) for r in reads}
    for i, j in _candidates(reads, denies):
        a, b = reads[i], reads[j]
        if a.article == b.article and a.index == b.index or not _may_slot(a, b, denies):
            continue
        f = features(a, b)
        apart = f["shared"] < MIN_SHARED and not (f["kind"] and f["near"])
        if f["clash"] and (earlier_moment(a.text) or earlier_moment(b.text)):
            f["clash"] = 0.0               # a figure of an earlier moment of the day clashes with nothing
        if apart or not (f["holders"] or f["outlets"]) or not slot(f):
            continue
        out.append((score(f), a, b, f))
    return sorted(out, key=lambda x: -x[0])


def _topic(a: Reading, b: Reading, f: dict[str, float]) -> str:
    """The slot in a few words: the two figures, the two doers or causes, what is denied, or the
    words both accounts share."""
    group = clash(a, b)
    if group:
        fig = [min(lo for lo, _ in r.counts[group]) for r in (a, b)]
        return f"number of {group}: {fig[0]} vs {fig[1]}"
    if f["kind"] or f["intent"]:
        told = [" or ".join(sorted(r.kinds if f["kind"] else r.intent)) for r in (a, b)]
        return ("how the harm was done: " if f["kind"] else "on purpose or by mishap: ") + " vs ".join(told)
    if f["doer"] and a.doers and b.doers:
        return "who did it: " + " vs ".join(named_doers(r.text)[0][0] for r in (a, b))
    for r in (a, b):
        m = denial(r.text) if r.negated else None
        what = " ".join(r.text[m.end():].split()[:8]).strip(" ,.;:") if m else ""
        if what:
            return f"{r.holder} {m.group().lower()}: {what}"
    common = [w for w in a.text.split() if w.lower()[:5] in (a.words & b.words)][:6]
    return "accounts differ on " + " ".join(common).strip(" ,.;:")


def _counted(kept: list[Dispute]) -> set[str]:
    """The counted groups a kept dispute already quarrels over (two of its claims count them)."""
    out = set()
    for d in kept:
        seen = [g for c in d.claims for g in counts(c.span.text)]
        out |= {g for g in seen if seen.count(g) >= 2}
    return out


def _told(kept: list[Dispute]) -> list[set[str]]:
    return [{c.span.text for c in d.claims} for d in kept]


def fallback(articles: list[Article], ctx: dict, kept: list[Dispute], budget: int = BUDGET,
             threshold: float = THRESHOLD) -> list[Dispute]:
    """At most `budget` disputes: the best-scored pairs above `threshold` that no kept dispute holds."""
    if len(articles) > MAX_ARTICLES:
        return []
    told, spans, out = _told(kept), {a.id: a for a in articles}, []
    counted = _counted(kept)
    used: set[tuple[str, int]] = set()
    for s, a, b, f in ranked(articles, ctx):
        if len(out) >= budget or s < threshold:
            break
        if {(a.article, a.index), (b.article, b.index)} & used:
            continue
        claims = [_claim(spans[r.article], ctx["sents"][r.article][r.index], r.holder) for r in (a, b)]
        if any({c.span.text for c in claims} & t for t in told) or clash(a, b) in counted:
            continue
        used |= {(a.article, a.index), (b.article, b.index)}
        d = Dispute(_topic(a, b, f), claims, "count" if f["clash"] else "claim")
        d.origin = "fallback"              # not written out: lets a measurement tell the two apart
        out.append(d)
    return out


def _claim(art: Article, s, who: str | None) -> Claim:
    return Claim(art.id, who, art.span(s.start, s.end))
