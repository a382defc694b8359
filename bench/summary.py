#!/usr/bin/env python3
"""Multi-document summary benchmark: Multi-News (250 clusters), 250-word budget, rouge-score
F1 with the Porter stemmer; ours beside LEAD and LexRank (sumy) measured in the same run.

    .venv/bin/python bench/summary.py [--split test|validation] [--limit N] [--raw]

Sources are cleaned first with the project's plain-text cleaner (`clean_article` on a
kind="text" Article); if the cleaner fails on a document the raw text is used and the run
says how many fell back. A document the cleaner empties is read raw too, unless the cleaner
found it to be a site notice (`newsdesk.clean.NOTICE_PAGE`: a sign-in wall, an archive's
crawl page), which then counts as an empty source. Every system's output is cut at 250
words before scoring. Our system is `newsdesk.report.summary.summarize` (each article gets
a neutral id and no date, so story order is the cluster's order; `--compress` adds the
deletion-only compression of report/summary_compress.py). Tune on validation only; test is
for reporting.
Anchors (../shared/bench/README.md): LEAD 42.55/13.59/19.31, LexRank 43.44/13.60/19.27.
"""
from __future__ import annotations

import argparse
import ast
import csv
import hashlib
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from newsdesk.model import Article  # noqa: E402
from newsdesk.nlp import split_spans  # noqa: E402
from newsdesk.report.summary import summarize  # noqa: E402

BENCH = ROOT.parent / "shared" / "bench" / "multinews"
CACHE = Path("/tmp/newsdesk-bench-summary")
BUDGET = 250
TARGETS = {"rouge1": 46.5, "rouge2": 17.0}


def _cleaner_key() -> str:
    """Cache key: the cleaner's code and data files (a changed cleaner re-cleans)."""
    h = hashlib.sha1()
    for p in sorted((ROOT / "newsdesk" / "clean").glob("*.py")) + sorted((ROOT / "newsdesk" / "data").glob("plain*")):
        h.update(p.name.encode())
        h.update(p.read_bytes())
    return h.hexdigest()[:12]


def clean_docs(docs: list[str], raw: bool) -> tuple[list[str], int]:
    """Cleaned bodies (raw text where the cleaner fails) and the count of fallbacks."""
    out, failed = [], 0
    for i, doc in enumerate(docs):
        if raw:
            out.append(doc)
            continue
        try:
            from newsdesk.clean import NOTICE_PAGE, clean_article
            art = clean_article(Article(id=str(i), raw=doc, kind="text"))
            out.append(art.text if art.text.strip() or NOTICE_PAGE in art.notes else doc)
        except Exception:                                   # noqa: BLE001 (fallback is reported)
            out.append(doc)
            failed += 1
    return out, failed


def load(split: str, limit: int | None = None, raw: bool = False) -> tuple[list[dict], int]:
    """[{docs: cleaned texts, ref: reference summary}], and how many docs fell back to raw."""
    csv.field_size_limit(10**9)
    key = "raw" if raw else _cleaner_key()
    cache = CACHE / f"{split}-{key}.json"
    if cache.exists():
        data = json.loads(cache.read_text())
    else:
        rows = list(csv.DictReader(open(BENCH / f"sample_{split}.csv", encoding="utf8")))
        data = {"clusters": [], "failed": 0}
        for r in rows:
            docs = [d for d in ast.literal_eval(r["documents"]) if d.strip()]
            cleaned, failed = clean_docs(docs, raw)
            data["failed"] += failed
            ref = r["summary"].strip()
            data["clusters"].append({"docs": cleaned, "ref": ref[1:].strip() if ref.startswith("\u2013") else ref})
        CACHE.mkdir(parents=True, exist_ok=True)
        cache.write_text(json.dumps(data))
    clusters = data["clusters"][:limit] if limit else data["clusters"]
    return clusters, data["failed"]


def sentences(text: str) -> list[str]:
    return [text[a:b].strip() for a, b in split_spans(text) if text[a:b].strip()]


def cut(text: str, n: int = BUDGET) -> str:
    return " ".join(text.split()[:n])


def lead(docs: list[str]) -> str:
    """First sentence of each document in turn, then the second, ... up to the budget."""
    per = [[s for s in sentences(d) if len(s.split()) >= 4] for d in docs]
    out, depth = [], 0
    while sum(len(s.split()) for s in out) < BUDGET and any(depth < len(p) for p in per):
        out += [p[depth] for p in per if depth < len(p)]
        depth += 1
    return " ".join(out)


class _Tok:
    """sumy tokenizer interface over our splitter (no NLTK punkt data on this machine)."""
    language = "english"

    def to_sentences(self, text):
        return sentences(text)

    def to_words(self, text):
        import re
        return re.findall(r"\w+", text)


def lexrank(docs: list[str]) -> str:
    from sumy.nlp.stemmers import Stemmer
    from sumy.parsers.plaintext import PlaintextParser
    from sumy.summarizers.lex_rank import LexRankSummarizer
    from sumy.utils import get_stop_words
    tok = _Tok()
    doc = PlaintextParser.from_string("\n\n".join(docs), tok).document
    sm = LexRankSummarizer(Stemmer("english"))
    sm.stop_words = get_stop_words("english")
    sents = list(doc.sentences)
    words = [sm._to_words_set(s) for s in sents]
    if not words:
        return ""
    matrix = sm._create_matrix(words, sm.threshold, sm._compute_tf(words), sm._compute_idf(words))
    scores = sm.power_method(matrix, sm.epsilon)
    order = sorted(range(len(sents)), key=lambda i: -scores[i])
    chosen, total = [], 0
    for i in order:
        if total >= BUDGET:
            break
        chosen.append(i)
        total += len(str(sents[i]).split())
    return " ".join(str(sents[i]) for i in sorted(chosen))


READABLE = True
COMPRESS = False


def ours(docs: list[str]) -> str:
    arts = [Article(id=f"d{i}", raw=d, kind="text", text=d) for i, d in enumerate(docs)]
    return " ".join(s.text for s in summarize(arts, budget_words=BUDGET, overfill=True,
                                              readable=READABLE, compress=COMPRESS))


SYSTEMS = {"newsdesk": ours, "LEAD": lead, "LexRank (sumy)": lexrank}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--split", default="test", choices=["test", "validation"])
    ap.add_argument("--limit", type=int)
    ap.add_argument("--raw", action="store_true", help="skip cleaning (score on raw texts)")
    ap.add_argument("--only", help="comma-separated system names")
    ap.add_argument("--no-readable", action="store_true",
                    help="keep pronoun-speaker quotes (the ROUGE-only variant, not what ships)")
    ap.add_argument("--compress", action="store_true",
                    help="summarize(compress=True): delete asides already said, refill")
    args = ap.parse_args()
    global READABLE, COMPRESS
    READABLE = not args.no_readable
    COMPRESS = args.compress
    from rouge_score import rouge_scorer
    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeL"], use_stemmer=True)
    clusters, failed = load(args.split, args.limit, args.raw)
    n_docs = sum(len(c["docs"]) for c in clusters)
    how = "raw texts (--raw)" if args.raw else (
        f"cleaned by newsdesk.clean.clean_article; {failed} documents fell back to raw text "
        "(cleaner error)" if failed else "cleaned by newsdesk.clean.clean_article")
    print(f"Multi-News {args.split}: {len(clusters)} clusters, {n_docs} documents, {how}")
    print(f"budget {BUDGET} words, rouge-score F1 (stemmer); newsdesk readable={READABLE} "
          f"compress={COMPRESS}\n")
    print(f"{'system':<18}{'R-1':>7}{'R-2':>7}{'R-L':>7}{'s/story':>9}")
    only = set(args.only.split(",")) if args.only else None
    for name, fn in SYSTEMS.items():
        if only and name not in only:
            continue
        tot = {"rouge1": 0.0, "rouge2": 0.0, "rougeL": 0.0}
        t0 = time.perf_counter()
        outs = [cut(fn(c["docs"])) for c in clusters]
        dt = (time.perf_counter() - t0) / max(1, len(clusters))
        for out, c in zip(outs, clusters):
            sc = scorer.score(c["ref"], out)
            for k in tot:
                tot[k] += sc[k].fmeasure
        r = {k: 100 * v / max(1, len(clusters)) for k, v in tot.items()}
        mark = ""
        if name == "newsdesk":
            met = all(r[k] >= t for k, t in TARGETS.items())
            mark = f"   target R-1>={TARGETS['rouge1']} R-2>={TARGETS['rouge2']}: {'met' if met else 'not met'}"
        print(f"{name:<18}{r['rouge1']:>7.2f}{r['rouge2']:>7.2f}{r['rougeL']:>7.2f}{dt:>9.3f}{mark}")
    print("\nanchors (README): LEAD 42.55/13.59/19.31, LexRank 43.44/13.60/19.27, "
          "greedy oracle 60.78/31.63/25.89, PRIMERA fine-tuned 49.9/21.1/25.9")


if __name__ == "__main__":
    main()
