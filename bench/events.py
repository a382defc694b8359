"""Speed of the event layer on 600-word articles, beside spaCy's own throughput measured in
the same run (same texts, same core).

    .venv/bin/python bench/events.py [--articles 60] [--words 600]
    .venv/bin/python bench/events.py --quality     # events on the gold bodies, scored

--quality runs sentences + events on the gold article bodies (so cleaning errors are left
out), one event per mention, and scores them with ../shared/eval/score.py.

Input: the dev gold bodies (../shared/eval) cut and joined into articles of ~600 words,
repeated to the requested count. Prints articles/s for our per-article analyze steps
(sentences + events + quotes when present), for events alone, and words/s for spaCy
(stock full pipeline, and NER alone) on the same texts; peak memory of the process. The
first WARM articles are run once untimed, so tables built on first use are not charged to
the timed articles (the warm-up time is printed).
Bars: >= 20 articles/s (aim 40) on one core, peak memory < 1 GB.
"""
from __future__ import annotations

import json
import re
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
EVAL = ROOT.parent / "shared" / "eval"
WARM = 5                      # untimed warm-up articles
GOLDS = [EVAL / "seeds.gold.json", EVAL / "dev/batch-c/gold.json", EVAL / "dev/batch-d/gold.json"]


def articles(n: int, words: int) -> list[str]:
    paras = []
    for g in GOLDS:
        for a in json.loads(g.read_text(encoding="utf-8"))["articles"]:
            paras += [p for p in a.get("text", "").split("\n\n") if p.strip()]
    out, cur, k = [], [], 0
    while len(out) < n:
        cur.append(paras[k % len(paras)])
        k += 1
        if sum(len(p.split()) for p in cur) >= words:
            out.append("\n\n".join(cur))
            cur = []
    return out


def quality() -> int:
    sys.path.insert(0, str(EVAL))
    import score as S
    from newsdesk.extract.events import events_step
    from newsdesk.model import Article, Event, Picture
    from newsdesk.nlp import sentences_step
    gold = S.load([str(g) for g in GOLDS])
    pic, n = Picture(), 0
    for a in gold["articles"]:
        art = Article(id=a["id"], raw=a["text"], text=a["text"], published=a.get("published"))
        events_step(sentences_step(art))
        pic.articles.append(art)
        for m in art.mentions:
            n += 1
            pic.events.append(Event.from_mention(f"e{n}", m))
    res = S.score(pic.to_json(), gold)
    for k in ("events", "events_any_type"):
        v = res[k]
        print(f"{k:16s} P {v['p']:.3f}  R {v['r']:.3f}  F1 {v['f1']:.3f}  (tp {v['tp']} pred {v['pred']} gold {v['gold']})")
    for k in ("location", "country", "date", "dead", "injured"):
        print(f"{k:16s} acc {res[k]['acc']}  (n {res[k]['n']})")
    return 0


def main(argv: list[str]) -> int:
    if "--quality" in argv:
        return quality()
    n = int(argv[argv.index("--articles") + 1]) if "--articles" in argv else 60
    words = int(argv[argv.index("--words") + 1]) if "--words" in argv else 600
    texts = articles(n, words)
    n_words = sum(len(re.findall(r"\S+", t)) for t in texts)

    from newsdesk.model import Article
    from newsdesk.pipeline import ARTICLE_STEPS, load_steps
    from newsdesk.nlp import get_nlp
    load_steps()
    get_nlp()                                   # load once, outside the timings
    steps = [ARTICLE_STEPS[s] for s in ("nlp", "events", "quotes") if s in ARTICLE_STEPS]
    # warm-up outside the timings: per-process tables built on first use (the gazetteer's
    # spelling index, ~1 s once per process) belong with model loading, not with each article
    t0 = time.process_time()
    for t in texts[:WARM]:
        warm = Article(id="w", raw=t, text=t, published="2015-11-14")
        for fn in steps:
            warm = fn(warm)
    t_warm = time.process_time() - t0

    def run(step_fns) -> tuple[float, int]:
        t0 = time.process_time()
        n_ev = 0
        for i, t in enumerate(texts):
            art = Article(id=f"a{i}", raw=t, text=t, published="2015-11-14")
            for fn in step_fns:
                art = fn(art)
            n_ev += len(art.mentions)
        return time.process_time() - t0, n_ev

    t_all, n_ev = run(steps)
    t_ev, _ = run([ARTICLE_STEPS["nlp"], ARTICLE_STEPS["events"]])

    import spacy                                # the whole stock model (BLIS), for reference
    nlp = spacy.load(get_nlp().meta["lang"] + "_" + get_nlp().meta["name"])
    t0 = time.process_time()
    for _ in nlp.pipe(texts, batch_size=16):
        pass
    t_spacy = time.process_time() - t0
    with nlp.select_pipes(enable=["ner"]):
        t0 = time.process_time()
        for _ in nlp.pipe(texts, batch_size=16):
            pass
        t_ner = time.process_time() - t0
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    print(f"{n} articles, {n_words / n:.0f} words each ({n_words} words), CPU seconds of one core")
    print(f"  newsdesk analyze steps {[s for s in ('nlp', 'events', 'quotes') if s in ARTICLE_STEPS]}: "
          f"{n / t_all:6.1f} articles/s  {n_words / t_all:8.0f} words/s  ({n_ev} mentions)")
    print(f"  newsdesk sentences+events only:          {n / t_ev:6.1f} articles/s  {n_words / t_ev:8.0f} words/s")
    print(f"  spaCy {nlp.meta.get('name')} full pipeline, every sentence: {n / t_spacy:6.1f} articles/s  "
          f"{n_words / t_spacy:8.0f} words/s")
    print(f"  spaCy NER only:                          {n / t_ner:6.1f} articles/s  {n_words / t_ner:8.0f} words/s")
    print(f"  warm-up, untimed: {WARM} articles in {t_warm:.2f} s (first-use tables included)")
    print(f"  peak memory: {peak_mb:.0f} MB        bars: >= 20 articles/s (aim 40), < 1024 MB")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
