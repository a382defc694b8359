"""Incremental ingest: time to add one article to a store of 10,000, beside the target
(< 200 ms per article), split into the per-article NLP/extraction cost and the store cost
(store + near-duplicate check + story assignment + that story's events and disputes).

    .venv/bin/python bench/incremental.py                  # 10,000 stored, 50 timed adds
    .venv/bin/python bench/incremental.py --n 2000 --adds 20 --rows 40   # quicker
    .venv/bin/python bench/incremental.py --db /tmp/nd.db  # build once, reuse (copy it first:
                                                           # timed adds stay in the store)

The bar (< 200 ms) holds for the median and the p95 of the store-side cost. Each phase is
timed in wall clock and in this process's CPU time: on a machine shared with other jobs the
wall clock runs several times the CPU time, which is close to what an idle machine shows.

How the 10,000-article store is built (the full pipeline costs ~0.5 s an article on this
machine, too slow for 10k): Multi-News validation clusters (real multi-outlet coverage of one
story) are cleaned and run through nlp/events/quotes once (`--rows` clusters, cached under
/tmp keyed by the layer version). Each synthetic article joins two paragraph runs of two
documents of one cluster; its layers are the real ones, shifted to the new offsets. Each
cluster recurs in several episodes spread over six months, so stories have ~20 articles and
the story window matters. Articles are bulk-inserted with their layers and placed one by
one in time order through the same code as `ingest`; every story's events and disputes are
then computed once.

Timed adds: (a) `--adds` new synthetic articles landing in existing stories (precomputed
layers: the store/story/merge cost alone), (b) `--adds` unseen Multi-News documents from raw
text (clean + NLP + events + quotes, then the same store path), each phase timed.
"""
from __future__ import annotations

import argparse
import ast
import csv
import gc
import os
import pickle
import random
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from newsdesk.clean import clean_article  # noqa: E402
from newsdesk.model import Article, RawDoc, Segment  # noqa: E402
from newsdesk.pipeline import Stats  # noqa: E402
from newsdesk.store import Store, doc_hash  # noqa: E402
from newsdesk.store import incremental as inc  # noqa: E402
from newsdesk.store import layers as L  # noqa: E402

SHARED = ROOT.parent / "shared"
TARGET_MS = 200.0
OUTLETS = ["Wire One", "Daily Ledger", "Harbour Post", "Evening Star", "Courier", "Tribune",
           "Gazette", "Observer", "Herald", "Chronicle"]
DAY = 86400.0
T0 = 1704067200.0          # 2024-01-01


def rows(split: str = "validation") -> list[list[str]]:
    csv.field_size_limit(10**9)
    with open(SHARED / f"bench/multinews/sample_{split}.csv", encoding="utf-8") as fh:
        return [ast.literal_eval(r["documents"]) for r in csv.DictReader(fh)]


def pool(clusters: list[list[str]]) -> list[list[Article]]:
    """Cleaned documents with their layers, per cluster (cached: NLP is the slow part)."""
    key = L.layer_version().removeprefix("bench-")
    cache = Path(tempfile.gettempdir()) / f"newsdesk-bench-inc-{key}-{len(clusters)}.pkl"
    if cache.exists():
        return pickle.loads(cache.read_bytes())
    out = []
    for r, docs in enumerate(clusters):
        arts = []
        for d, text in enumerate(docs):
            art = clean_article(Article(id=f"mn{r}-{d}", raw=text, kind="text"))
            if art is None or len(art.text.split()) < 40:
                continue
            arts.append(inc.compute_layers(art))
        out.append(arts)
        print(f"\r  layers: cluster {r + 1}/{len(clusters)}", end="", file=sys.stderr)
    print(file=sys.stderr)
    cache.write_bytes(pickle.dumps(out))
    return out


def _paras(art: Article) -> list[tuple[int, int]]:
    out, pos = [], 0
    for block in art.text.split("\n"):
        if block.strip():
            out.append((pos, pos + len(block)))
        pos += len(block) + 1
    return out


def _shift(obj, a: int, b: int, delta: int, aid: str):
    """A copy of a layer record inside [a, b) moved by delta into article `aid`, or None."""
    from dataclasses import fields, is_dataclass
    from newsdesk.model import Span
    if isinstance(obj, Span):
        if obj.start < a or obj.end > b:
            raise ValueError
        return replace(obj, article=aid, start=obj.start + delta, end=obj.end + delta,
                       raw_start=obj.start + delta, raw_end=obj.end + delta)
    if isinstance(obj, list):
        return [_shift(x, a, b, delta, aid) for x in obj]
    if is_dataclass(obj):
        kw = {f.name: _shift(getattr(obj, f.name), a, b, delta, aid) for f in fields(obj)}
        if "article" in kw:
            kw["article"] = aid
        if hasattr(obj, "start") and hasattr(obj, "end") and not hasattr(obj, "span"):
            if obj.start < a or obj.end > b:         # a Sentence
                raise ValueError
            kw["start"], kw["end"] = obj.start + delta, obj.end + delta
        return type(obj)(**kw)
    return obj


def synth(aid: str, parts: list[tuple[Article, int, int]], ts: float, outlet: str) -> Article:
    """One article from runs of paragraphs of real documents, their layers carried over."""
    text, sents, ments, quotes = "", [], [], []
    for src, a, b in parts:
        if text:
            text += "\n\n"
        delta = len(text) - a
        text += src.text[a:b]
        for attr, acc in (("sentences", sents), ("mentions", ments), ("quotes", quotes)):
            for x in getattr(src, attr):
                try:
                    acc.append(_shift(x, a, b, delta, aid))
                except ValueError:
                    pass
    art = Article(id=aid, raw=text, kind="text", path=f"synthetic/{aid}.txt", text=text,
                  title=parts[0][0].title, outlet=outlet,
                  published=time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(ts)))
    art.segments = [Segment(0, 0, len(text))]
    art.sentences, art.mentions, art.quotes = sents, ments, quotes
    return art


def make(rng: random.Random, clusters: list[list[Article]], episodes: dict, n: int,
         prefix: str) -> list[Article]:
    out = []
    usable = [r for r, arts in enumerate(clusters) if arts]
    for i in range(n):
        r = rng.choice(usable)
        day = rng.choice(episodes[r])
        docs = clusters[r]
        parts = []
        for src in rng.sample(docs, min(2, len(docs))):
            ps = _paras(src)
            if not ps:
                continue
            k = rng.randint(1, max(1, min(len(ps), 6)))
            s = rng.randint(0, len(ps) - k)
            parts.append((src, ps[s][0], ps[s + k - 1][1]))
        if not parts:
            continue
        ts = T0 + day * DAY + rng.uniform(0, 3 * DAY)
        out.append(synth(f"{prefix}{i:05d}", parts, ts, rng.choice(OUTLETS)))
    return out


def build(store: Store, arts: list[Article]) -> tuple[float, float]:
    """Bulk insert with layers, place in time order, then every story's picture once."""
    from newsdesk.across.stories import arrival_order
    t0 = time.perf_counter()
    conn = store.conn
    with conn:
        for art in arts:
            doc = RawDoc(id=art.id, path=art.path, kind="text", content=art.raw,
                         title=art.title, outlet=art.outlet, published=art.published)
            store._put(art, doc_hash(doc))
            inc.save_layers(conn, art)
    touched = set()
    for k, art in enumerate(arrival_order(arts)):
        with conn:
            touched.add(inc.place(store, art))
        if k % 500 == 0:
            print(f"\r  placed {k}/{len(arts)}", end="", file=sys.stderr)
    print(file=sys.stderr)
    t1 = time.perf_counter()
    inc.refresh(store, touched)
    return t1 - t0, time.perf_counter() - t1


_GC = {"ms": 0.0, "t": 0.0}            # time inside the garbage collector, this process


def _gc_clock(phase: str, info: dict) -> None:
    if phase == "start":
        _GC["t"] = time.perf_counter()
    else:
        _GC["ms"] += (time.perf_counter() - _GC["t"]) * 1e3


def timed_add(store: Store, art: Article | RawDoc) -> dict[str, float]:
    """One add through the incremental path, each phase timed (ms): wall clock, this
    process's CPU time (`cpu_*`), which other work on a shared machine does not inflate,
    and the garbage collector's share of the store side (`gc_store`): a full collection
    walks every live object, so one landing in an add is a tail cost of the process's heap."""
    stats = Stats()
    clocks = []

    def tick():
        clocks.append((time.perf_counter(), time.process_time(), _GC["ms"]))

    tick()
    if isinstance(art, RawDoc):
        new = inc._store_new(store, art, stats)      # clean + NLP/events/quotes + insert
        if new is None:                              # dropped by cleaning, or stored before
            return None
    else:
        if not store.add(art):
            return None
        with store.conn:
            inc.save_layers(store.conn, art)
        new = art
    tick()
    with store.conn:
        sid = inc.place(store, new)                 # duplicates + story
    tick()
    inc.refresh(store, [sid])                       # that story's events/disputes, saved
    tick()
    out: dict = {"sid": sid, "gc_store": clocks[3][2] - clocks[1][2]}
    for pre, c in (("", 0), ("cpu_", 1)):
        (a, b, d, e) = (x[c] * 1e3 for x in clocks)
        out.update({pre + "article": b - a, pre + "place": d - b, pre + "story": e - d,
                    pre + "store_total": e - b})
    return out


def warm_up() -> float:
    """Load what a long-running ingest process loads once (the spaCy pipeline, one parse, the
    gazetteer), so no timed add pays for it; the seconds it took."""
    from newsdesk.extract.geo.gazetteer import gazetteer
    from newsdesk.nlp import get_nlp, parse
    t = time.perf_counter()
    get_nlp()
    parse(["The council said on Monday that the bridge would reopen."])
    gazetteer()
    return time.perf_counter() - t


def _summ(xs: list[float]) -> str:
    xs = sorted(xs)
    p95 = xs[min(len(xs) - 1, int(round(0.95 * (len(xs) - 1))))]
    return f"median {statistics.median(xs):7.1f} ms   p95 {p95:7.1f} ms"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=10000, help="articles in the store")
    ap.add_argument("--adds", type=int, default=50, help="timed single-article adds")
    ap.add_argument("--seed", type=int, default=7, help="which new articles are timed")
    ap.add_argument("--raw", type=int, default=None,
                    help="timed adds of unseen raw documents (default: --adds)")
    ap.add_argument("--rows", type=int, default=80, help="Multi-News clusters in the pool")
    ap.add_argument("--db", default=None, help="store path (default: a temp file)")
    ap.add_argument("--cold", action="store_true",
                    help="no warm-up: the first timed add loads spaCy and the gazetteer")
    args = ap.parse_args()
    # one layer version for the whole run: the tree may change under a long bench, and a
    # stale version would (rightly) make every story refresh recompute its members' layers
    os.environ.setdefault("NEWSDESK_LAYER_VERSION", "bench-" + L.layer_version())
    if args.db and os.path.exists(args.db):     # reusing a store: keep its layers' version
        import sqlite3
        with sqlite3.connect(args.db) as c:
            row = c.execute("SELECT version FROM layers LIMIT 1").fetchone()
        if row:
            os.environ["NEWSDESK_LAYER_VERSION"] = row[0]
    L.layer_version.cache_clear()
    rng = random.Random(11)
    all_rows = rows()
    clusters = pool(all_rows[: args.rows])
    episodes = {r: sorted(rng.sample(range(180), 6)) for r in range(len(clusters))}
    arts = make(rng, clusters, episodes, args.n, "syn")
    gc.callbacks.append(_gc_clock)
    db = args.db or os.path.join(tempfile.mkdtemp(prefix="nd-inc-"), "bench.db")
    with Store(db) as store:
        if store.count():
            print(f"store: reusing {db}", file=sys.stderr)
        else:
            t_place, t_refresh = build(store, arts)
            print(f"built in {t_place:.0f} s insert+place, {t_refresh:.0f} s all stories' events")
        n_st = store.conn.execute("SELECT count(*) FROM si_stories").fetchone()[0]
        n_ev = store.conn.execute("SELECT count(*) FROM events").fetchone()[0]
        print(f"store: {store.count()} articles, {n_st} stories, {n_ev} events")
        if not args.cold:
            print(f"warm-up: spaCy pipeline and gazetteer loaded before timing in {warm_up():.1f} s")
        stamp = f"new{int(time.time())}-"
        joins = make(random.Random(args.seed), clusters, episodes, args.adds, stamp)
        res_a = [r for r in (timed_add(store, a) for a in joins) if r]
        fresh = (RawDoc(id=f"{stamp}raw{i}", path=f"{stamp}raw{i}.txt", kind="text", content=d)
                 for i, d in enumerate(d for docs in all_rows[args.rows:] for d in docs)
                 if len(d.split()) > 60)
        res_b = []
        for doc in (fresh if args.raw != 0 else ()):
            r = timed_add(store, doc)
            if r:
                res_b.append(r)
            if len(res_b) >= (args.adds if args.raw is None else args.raw):
                break
        size = os.path.getsize(db) / 1e6
        n_in = store.count()
    print(f"\nstore file {size:.0f} MB; {len(res_a)} + {len(res_b)} timed adds into "
          f"a store of {n_in} articles (target < {TARGET_MS:.0f} ms per article)")
    print("(a) new articles joining existing stories, layers precomputed:")
    for key in ("place", "story", "store_total", "cpu_place", "cpu_story", "cpu_store_total", "gc_store"):
        print(f"    {key:15s} {_summ([r[key] for r in res_a])}")
    if res_b:
        print("(b) unseen raw documents, full path:")
        for key in ("article", "place", "story", "store_total", "cpu_article", "cpu_place", "cpu_story",
                    "cpu_store_total", "gc_store"):
            print(f"    {key:15s} {_summ([r[key] for r in res_b])}")
        tot = [r["article"] + r["store_total"] for r in res_b]
        print(f"    {'total':15s} {_summ(tot)}")
    store_ms = sorted(r["store_total"] for r in res_a + res_b)
    med = statistics.median(store_ms)
    p95 = store_ms[min(len(store_ms) - 1, int(round(0.95 * (len(store_ms) - 1))))]
    ok = med < TARGET_MS and p95 < TARGET_MS
    cpu = sorted(r["cpu_store_total"] for r in res_a + res_b)
    cpu95 = cpu[min(len(cpu) - 1, int(round(0.95 * (len(cpu) - 1))))]
    print(f"\nincremental store cost (dups + story + that story's events/disputes): median "
          f"{med:.1f} ms, p95 {p95:.1f} ms vs target {TARGET_MS:.0f} ms -> "
          f"{'OK' if ok else 'MISS'}  (CPU time: median {statistics.median(cpu):.1f} ms, "
          f"p95 {cpu95:.1f} ms; load average now {os.getloadavg()[0]:.1f})")
    if res_b:
        print(f"per-article NLP/extraction adds median "
              f"{statistics.median([r['article'] for r in res_b]):.0f} ms (runs once per article)")


if __name__ == "__main__":
    main()
