"""Cross-source event merge on the dev gold: every gold (event, article) becomes one
EventMention (its quotes as spans, its own figures), the grouping is dropped, and we check
how well `merge` recovers it (BCubed F1 over mentions, as score.py's `event_merge`).
Bar: 0.85. An oracle of the merger alone (gold fields in), not of the extractor.

    .venv/bin/python bench/merge.py
"""
from __future__ import annotations

import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from newsdesk.across import merge  # noqa: E402
from newsdesk.model import Article, Count, EventMention, Location, Span  # noqa: E402

sys.path.insert(0, str(ROOT / "bench"))
from stories import bcubed  # noqa: E402

SHARED = ROOT.parent / "shared"


def _count(d) -> Count | None:
    return Count(d["low"], d.get("high")) if d else None


def _span(art: Article, quote: str) -> Span:
    """The quote where it sits in the body (the linker reads position: an article's first
    mention of a type is its lead), at 0 when the body does not hold it verbatim."""
    start = max(art.text.find(quote), 0)
    return Span(art.id, start, start + len(quote), quote)


def gold_articles(path: Path) -> tuple[list[Article], dict[int, str]]:
    """Articles carrying mentions built from the gold, and {id(mention): gold event id}."""
    g = json.loads(path.read_text(encoding="utf-8"))
    arts = {a["id"]: Article(a["id"], raw="", text=a.get("text") or "", title=a.get("title"),
                             published=a.get("published")) for a in g["articles"]}
    for s in g["stories"]:
        for aid in s["articles"]:
            arts[aid].story = s["id"]
    gold = {}
    for e in g["events"]:
        loc = e.get("location")
        location = Location(loc["name"], loc.get("country"), lat=loc.get("lat"),
                            lon=loc.get("lon")) if loc else None
        by_art: dict[str, list[str]] = {}
        for src in e["sources"]:
            by_art.setdefault(src["article"], []).append(src["quote"])
        for aid, quotes in by_art.items():
            spans = [_span(arts[aid], q) for q in quotes]
            dead = (e.get("dead_by_source") or {}).get(aid, e.get("dead"))
            if isinstance(dead, int):
                dead = {"low": dead, "high": dead}
            m = EventMention(aid, e["type"], spans[0], actor=e.get("actor"),
                             recipient=e.get("recipient"), location=location,
                             date=e.get("date"), date_explicit=bool(e.get("date")), dead=_count(dead) if isinstance(dead, dict) else None,
                             injured=_count(e.get("injured")), extra_spans=spans[1:])
            arts[aid].mentions.append(m)
            gold[id(m)] = e["id"]
    for art in arts.values():            # in reading order, as the extractor gives them
        art.mentions.sort(key=lambda m: m.span.start)
    return list(arts.values()), gold


def run(paths: list[Path], params: merge.MergeParams | None = None, quiet: bool = False) -> float:
    tot_p = tot_r = n_all = 0.0
    for path in paths:
        arts, gold = gold_articles(path)
        t0 = time.perf_counter()
        events = merge.merge(arts, params)
        dt = time.perf_counter() - t0
        pred = {id(m): ev.id for ev in events for m in ev.mentions}
        p, r, f = bcubed(pred, gold)
        n = len(gold)
        tot_p, tot_r, n_all = tot_p + p * n, tot_r + r * n, n_all + n
        label = path.parent.name if path.name == "gold.json" else path.stem.split(".")[0]
        if not quiet:
            print(f"{label:10s} mentions={n:4d} events={len(events):3d}/"
                  f"{len(set(gold.values())):3d} P={p:.3f} R={r:.3f} F1={f:.3f} "
                  f"{1000 * dt:.0f} ms")
    p, r = tot_p / n_all, tot_r / n_all
    f = 2 * p * r / (p + r) if p + r else 0.0
    if not quiet:
        print(f"{'all':10s} P={p:.3f} R={r:.3f} F1={f:.3f}   bar 0.85 (score.py event_merge)")
    return f


if __name__ == "__main__":
    run(sorted((SHARED / "eval/dev").glob("batch-*/gold.json")) + [SHARED / "eval/seeds.gold.json"])
