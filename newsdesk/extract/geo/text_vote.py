"""The article's country when its event sentences cannot tell it.

The article's main country is voted by the place names of its event sentences (resolve.py).
Those sentences often name no site at all and only mention a foreign party in passing
("promised Washington's support", "a statement issued from Abuja"), or name two countries
equally often. Then one incidental name, or a near-tie settled by a rounding digit, decides
where every unplaced act of the article happened. The whole text is a steadier witness, read
in tiers: the big towns it names say where the news is (a country named as a party,
"Ruritania denied it", is a government; its towns are a scene); country names, then
demonyms, decide only when no single country leads in towns. So when the event votes are
thin (one name's worth), the country that alone leads the first decisive tier decides; when
every tier is tied, the votes stand.

Ties (a runner-up within TIE_SHARE of the top) may be broken the same way, among the tied
countries only. Off by default: on the fresh sets it placed a foreign leader's reaction in
the attack city where the actor's country was not read from his title ("U.S. President"),
so ev_abroad could not free it; worth switching on once that reading holds.
"""
from __future__ import annotations

from collections import Counter

from newsdesk.nlp.words import occurrences

from .filed import _DOTTED, _FUNCTION, _THE, _well_known
from .named_roles import owner_only

TIE_SHARE = None      # ties broken by the text too (0.999): off, see the module doc
THIN_VOTES = 1.0      # event votes of at most one name are too thin to decide alone


def _text_names(text: str) -> list[tuple[str, bool]]:
    """(name, whole) for the capitalised runs of the text, and for the first word of a
    longer run (not whole: "Ruritania President Max Holm" is about that country, but
    "Lagos Times" is no mention of the town)."""
    from .relative import name_sequences
    names = [_THE.sub("", piece.strip()) for _, n in name_sequences(text)
             for piece in n.split("\n") if piece.strip()]     # a run never spans a line break
    return [(n, True) for n in names + _DOTTED.findall(text)] + \
        [(n.split()[0], False) for n in names if " " in n]


def text_mentions(geo) -> tuple[Counter, Counter]:
    """(towns, countries): per country, the mentions of the big cities the whole text
    names (plus every repeat of a town or landmark the event sentences voted for, "the
    Kerch Strait", known to no list of big places), and (country names, demonyms) for the
    countries named. Capitals named only as owners ("Washington's support") tell a party,
    not the scene, and demonyms ("Ruritanian troops") a party's nationality: they only
    break ties. Memoised on `geo`."""
    memo = getattr(geo, "_text_vote", None)
    if memo is not None:
        return memo
    gz, lands, folk = geo.gz, Counter(), Counter()
    seen: list[tuple[str, str]] = []        # (town, country) as the text names them
    owners: dict[str, bool] = {}
    for name, whole in _text_names(geo.text):
        if name.lower() in _FUNCTION or (len(name) <= 2 and not name.isupper()):
            continue
        if (d := gz.demonym_place(name)) is not None:
            folk[gz.cc[d]] += 1 if gz.cc[d] else 0
            continue
        i = _well_known(gz, name)
        if i is None or not gz.cc[i]:
            continue
        if gz.kind(i) == "country":
            lands[gz.cc[i]] += 1
        elif whole and gz.kind(i) == "city" and \
                not owners.setdefault(name, owner_only(name, geo.text, gz)):
            seen.append((name, gz.cc[i]))
    # a town speaks for a country the text names (as such or by its people): a stray list
    # of cities in the page's sidebar does not; the event sentences' own names need no backing
    towns = Counter(c for _, c in seen if lands.get(c) or folk.get(c))
    counted = {n for n, c in seen if lands.get(c) or folk.get(c)}
    for name in getattr(geo, "given", ()):
        votes = geo.per.get(name, ({}, {}))[0]
        best = geo.best(name)
        area = best is not None and gz.kind(best[0].id) in ("country", "region", "admin1")
        if votes and name not in counted and not area:
            towns[max(votes, key=votes.get)] += len(occurrences(geo.text, name))
    geo._text_vote = (towns, Counter({c: (n, folk.get(c, 0)) for c, n in lands.items()}))
    return geo._text_vote


def own_votes(geo) -> float:
    """The votes of the caller's own names (the event sentences'). Well-known places
    harvested from the text when those sentences named too few (resolve.py) are the text's
    witness already, each named once or twice: a tie among them is settled by a gazetteer
    prior's last digits ("US Secretary of State" against the country named in every
    paragraph), which the text's tiers read better. The dateline is the caller's too."""
    given = getattr(geo, "given", None)
    if given is None:
        return geo.total
    own = set(given) | ({geo.dateline.strip()} if geo.dateline else set())
    return sum(geo.counts[n] * geo.q.get(n, 1.0) for n in own
               if n in geo.per and geo.per[n][0])


def text_country(geo, top: str) -> str:
    """`top`, the event sentences' country, unless their votes are thin or tied: then the
    country that alone leads the whole text's first decisive tier (see the module doc),
    among the tied countries only when the votes are tied."""
    if not geo.text or not geo.tc:
        return top
    best = geo.tc[top]
    thin = geo.total <= THIN_VOTES or own_votes(geo) <= THIN_VOTES
    tied = [c for c, v in geo.tc.items() if c != top and v >= TIE_SHARE * best] if TIE_SHARE else []
    if not thin and not tied:
        return top
    rivals = None if thin else {top, *tied}     # a tie is broken among the tied countries
    for tier in text_mentions(geo):
        tier = {c: n for c, n in tier.items() if rivals is None or c in rivals}
        if not tier:
            continue
        lead = max(tier.values())
        leaders = [c for c, n in tier.items() if n == lead]
        if len(leaders) == 1:
            return leaders[0]
    return top                          # a tie in every tier: the event votes stand
