"""Toll disputes of one story that are one dispute told twice.

Why: when the records of one attack are split (the attack, the siege that ended it), each
record's sources give their own figures and each yields a toll dispute with the same title;
a reader sees the same quarrel twice, the second one noise. `dedupe` does the same for
every detector's output: a dispute whose claims mostly sit in a larger one is that one.
"""
from __future__ import annotations

import re

from ..model import Dispute


def join_shared(found: list[tuple[Dispute, set[int]]]) -> list[Dispute]:
    """One toll split over two records of one kind and place ("the attack" and "the siege"):
    two such disputes that state one same figure count the same dead, so they are one
    dispute (each article once). Two disputes sharing two figures are one whatever place
    their records carry (a split record placed by a background town). The sites of one
    attack (airport 11 vs 14, metro 20 vs 15) share no figure and stay apart."""
    kept: list[tuple[Dispute, set[int]]] = []
    for d, figs in found:
        twin = next((k for k in kept if (k[0].topic == d.topic and k[1] & figs) or len(k[1] & figs) >= 2), None)
        if twin is None:
            kept.append((d, set(figs)))
            continue
        have = {c.article for c in twin[0].claims}
        twin[0].claims.extend(c for c in d.claims if c.article not in have)
        twin[1].update(figs)
    return [d for d, _ in kept]


def dedupe(disputes: list[Dispute]) -> list[Dispute]:
    """Drop a dispute whose claims mostly sit in a larger one; larger disputes first. Two
    toll disputes sharing a figure are one: the smaller's other figures join the larger one
    holding most of its claims (one article's ministry-vs-doctors toll, another's figure)."""
    out: list[Dispute] = []
    for d in disputes:                # a page that prints its body twice gives each sentence twice
        seen: set[tuple] = set()      # (one sentence with two holders is an inline dispute's two sides)
        d.claims = [c for c in d.claims if not ((k := (c.article, c.holder, " ".join(c.span.text.split()))) in seen
                                                or seen.add(k))]
    for d in sorted(disputes, key=lambda d: -len({(c.article, c.span.start) for c in d.claims})):
        keys = {(c.article, c.span.start) for c in d.claims}
        shared = {id(o): len(keys & {(c.article, c.span.start) for c in o.claims}) for o in out}
        kept = sorted((o for o in out if shared[id(o)] >= 0.5 * len(keys) and   # (the dead and the wounded
                       ((o.kind == d.kind and _measure(o) == _measure(d))          # one sentence gives: two counts)
                        or len(keys) < 2 or shared[id(o)] == len(keys))),   # wholly inside one
                      key=lambda o: -shared[id(o)])     # the one holding most of its claims first
        if kept and d.kind == kept[0].kind == "count":
            _fold(kept[0], d)
        if kept:
            continue                  # mostly the same claims as a dispute already kept
        twin = next((o for o in out if denied_links(o) & denied_links(d) or one_rebuttal(o, d)
                     or one_count(o, d) or retells(o, d)), None)
        if twin is not None:
            _fold(twin, d)
            continue
        out.append(d)
    return out


# a denial of a tie to a named party: "no known connections to the Northern Front", "no proof
# tying the gunman to the Northern Front"
NO_LINK = re.compile(r"\bno\s+(?:known\s+|proof\s+|evidence\s+)?(?:connections?|links?|ties|tying\s+\S+)\s+"
                     r"(?:to|with)\s+(?:the\s+)?((?:[A-Z][\w'’-]*\s?)+)")


def denied_links(d: Dispute) -> set[str]:
    """The parties `d`'s claims deny a tie to. Two disputes of one story that deny the same tie
    (one from a contrast, one from a no-evidence statement) are one quarrel told twice."""
    return {m.group(1).strip() for c in d.claims for m in NO_LINK.finditer(c.span.text)}


DENIAL = re.compile(r"\bden(?:y|ies|ied|ying|ial)\b", re.I)


_DENIABLE = frozenset({"accusation", "occurrence"})


def one_rebuttal(a: Dispute, b: Dispute) -> bool:
    """Two accusation (or occurrence) disputes holding one same denial sentence are one quarrel:
    the party's rebuttal answers one charge, whether the charge was found as an accusation, as an
    event record of the party's side (dispute_denied_record) or as a claim of the act
    (dispute_denied_claim); the second's charges join the first."""
    if a.kind not in _DENIABLE or b.kind not in _DENIABLE:     # "whether it happened" answers the same
        return False                                           # charge as "whether they did it"
    keys = {(c.article, c.span.start) for c in a.claims if DENIAL.search(c.span.text)}
    return any((c.article, c.span.start) in keys for c in b.claims)


MAX_CLAIMS = 6
_WORD = re.compile(r"[a-z]{4,}")


def retells(big: Dispute, d: Dispute) -> bool:
    """A dispute told in one sentence ("X believes he was killed there, but Y denied it") whose
    sentence retells a claim of a larger dispute of the story (half its words and at least six
    shared with that claim) is that quarrel seen again, not a second one."""
    if len({(c.article, c.span.start) for c in d.claims}) != 1 or len(big.claims) < 2 or big.kind == "count":
        return False
    words = {w[:4] for w in _WORD.findall(d.claims[0].span.text.lower())}
    for c in big.claims:
        other = {w[:4] for w in _WORD.findall(c.span.text.lower())}
        shared = len(words & other)
        if shared >= 6 and shared >= 0.5 * min(len(words), len(other)):
            return True
    return False


def _measure(d: Dispute) -> str | None:
    """What a count dispute counts: the injured, or the dead (a toll)."""
    if d.kind != "count":
        return None
    topic = d.topic.lower()
    return "injured" if re.search(r"injur|wound", topic) else "dead" if re.search(r"toll|dead|killed", topic) else None


def one_count(a: Dispute, b: Dispute) -> bool:
    """Two disputes over one measure (the injured, the dead) that quote one same article are
    one quarrel: the article's own figures (77 then 83 injured) and the figures outlets give
    for that attack (57, 81, 112) are one question for a reader, who should see every figure
    in one place rather than the same count disputed twice."""
    m = _measure(a)
    return m is not None and m == _measure(b) and bool({c.article for c in a.claims} & {c.article for c in b.claims}) \
        and _near(a, b)


def _near(a: Dispute, b: Dispute) -> bool:
    """The figures two count disputes name are of one magnitude: 11 vs 12 injured officers and
    460 vs 844 injured people count two groups, even where one article gives both."""
    fa, fb = (sorted(int(x.replace(",", "")) for x in re.findall(r"\d[\d,]*", d.topic)) for d in (a, b))
    if not fa or not fb:
        return True
    return min(fa[-1], fb[-1]) * 3 >= max(fa[0], fb[0])


def _fold(into: Dispute, d: Dispute) -> None:
    """Add `d`'s claims that `into` lacks (a sentence already there is not repeated)."""
    have = {(c.article, c.span.start) for c in into.claims}
    for c in d.claims:
        if (c.article, c.span.start) not in have and len(into.claims) < MAX_CLAIMS:
            into.claims.append(c)
            have.add((c.article, c.span.start))


def join_accused(groups: list[tuple[str, list, list]]) -> list[tuple[list, list]]:
    """Accusations against parties of one side are one dispute: (target stem, accusations,
    rebuttals) groups join a larger group when they share a sentence ("US said Russia has
    to bear the responsibility" accuses Syria's ally and Syria alike) or their rebuttal
    defends a target of that group ("Moscow rejected reports that the Syrian regime used
    chemical weapons"). A reader sees one quarrel, not one per ally that denies it. The most
    accused party leads (names the dispute)."""
    kept: list[tuple[set[str], list, list]] = []
    for target, acc, reb in sorted(groups, key=lambda g: (-len(g[1][:5] + g[2][:5]), -len(g[1]), g[0])):
        into = next((k for k in kept if _one_quarrel(k, acc, reb)), None)
        if into is None:
            kept.append(({target}, list(acc), list(reb)))
            continue
        _join(into, target, acc, reb)
    return [(acc, reb) for _, acc, reb in _settle(kept)]


def _join(into: tuple[set[str], list, list], target: str, acc: list, reb: list) -> None:
    into[0].add(target)
    into[1].extend(x for x in acc if all(x[1] is not y[1] for y in into[1] + into[2]))
    into[2].extend(x for x in reb if all(x[1] is not y[1] for y in into[1] + into[2]))


def _settle(kept: list[tuple[set[str], list, list]]) -> list[tuple[set[str], list, list]]:
    """A group met before the one that links it to a larger quarrel (its rebuttal names a party
    that joined that quarrel later) still joins it: the result must not hang on the order."""
    for i in range(len(kept) - 1, 0, -1):
        into = next((k for k in kept[:i] if _one_quarrel(k, kept[i][1], kept[i][2])), None)
        if into is not None:
            targets, acc, reb = kept.pop(i)
            for t in targets:
                _join(into, t, acc, reb)
    return kept


def _one_quarrel(big: tuple[set[str], list, list], acc: list, reb: list) -> bool:
    """The group (acc, reb) retells `big`: a shared sentence, or a rebuttal naming a target of `big`."""
    sents = {id(s) for _, s, _ in big[1] + big[2]}
    if any(id(s) in sents for _, s, _ in acc + reb):
        return True
    return any(big[0] & {w[:5].lower() for w in re.findall(r"\b[A-Z][a-z]{3,}", s.text)} for _, s, _ in reb)
