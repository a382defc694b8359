"""Direct quotes and speakers on PolNeAR (brat Source / Cue / Content attributions).

    .venv/bin/python bench/quotes.py [--split test|dev|train] [--limit N] [--errors N]

--errors N prints up to N found quotations whose source we got wrong (for tuning on dev/train).

Gold: the Content spans that are quotations (the span opens with a quote mark or sits right
after one), three words or longer, with their linked Source. A predicted direct quote counts
as correct when at least half of its word tokens fall inside attributed content (a quoted
fragment inside a longer attributed clause is a correct quote, not a false one); a gold
quotation is found when at least half of its tokens are covered by predicted quotes (so a
quote split by "he said" is not punished twice). Source accuracy: on found quotations, our
speaker's last word is a word of the gold Source span (which often holds an appositive:
"Flynn, a top Trump surrogate,"), or our speaker mention overlaps the gold Source span (PolNeAR marks pronouns as sources; we resolve them to names).
Tune on train/dev; test is for reporting. Anchors from ../shared/bench/README.md beside.
"""
from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from newsdesk.extract.quotes import extract_quotes  # noqa: E402
from newsdesk.model import Article  # noqa: E402

DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "bench" / "polnear" / "data"
QUOTE_CHARS = "\"“”‘’'«»"
ANCHORS = ("GenderGapTracker (own 98 articles, 0.3 overlap): quote F1 83.7, speaker 86.5%; "
           "citron on PARC 3.0: content F1 83.3, source F1 85.3")


def tokens(text: str, base: int = 0) -> set[int]:
    """Character offsets of word tokens (so spans can be intersected)."""
    return {base + m.start() for m in re.finditer(r"\w+", text)}


def _opens(text: str, i: int) -> bool:
    """An opening quote mark at i (curly opener, or a straight one after a space)."""
    if i < 0 or i >= len(text) or text[i] not in QUOTE_CHARS:
        return False
    return text[i] in "“‘«" or i == 0 or text[i - 1].isspace() or text[i - 1] in "([—-"


def load_doc(ann: Path, text_dir: Path):
    stem = re.sub(r"_[0-9a-f]{4}$", "", ann.stem)
    txt = text_dir / f"{stem}.txt"
    if not txt.exists():
        return None
    text = txt.read_text(encoding="utf-8")
    spans, rels = {}, []
    for line in ann.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 2:
            label, _, offs = parts[1].partition(" ")
            frags = [tuple(map(int, f.split())) for f in offs.split(";")]
            spans[parts[0]] = (label, frags)
        elif line.startswith("E") and len(parts) >= 2:
            rels.append(dict(x.split(":", 1) for x in parts[1].split() if ":" in x))
    gold, content = [], set()
    for r in rels:
        c = spans.get(r.get("Content", ""))
        if not c:
            continue
        frags = c[1]
        a, b = frags[0][0], frags[-1][1]
        content |= set().union(*(tokens(text[x:y], x) for x, y in frags))
        if not (_opens(text, a) or _opens(text, len(text[:a].rstrip()) - 1)):
            continue
        toks = set().union(*(tokens(text[x:y], x) for x, y in frags))
        if len(toks) < 3:
            continue
        src = spans.get(r.get("Source", ""))
        gold.append({"toks": toks, "source": src and src[1], "start": a, "end": b})
    return text, gold, content


def last_word(s: str | None) -> str:
    w = re.findall(r"\w+", (s or "").lower())
    return w[-1] if w else ""


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--split", default="test")
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--errors", type=int, default=0, help="print up to N source errors")
    args = ap.parse_args(argv)
    base = DATA / args.split
    if not base.exists():
        print(f"needs {base} (absent on a bare clone)")
        return 2
    anns = sorted((base / "attributions").glob("*.ann"))
    if args.limit:
        anns = anns[:args.limit]
    n_pred = tp_pred = tp_strict = n_gold = tp_gold = src_ok = docs = shown = 0
    t0 = time.time()
    for ann in anns:
        loaded = load_doc(ann, base / "text")
        if not loaded:
            continue
        text, gold, content = loaded
        docs += 1
        art = Article(id=ann.stem, raw=text, text=text)
        preds = [q for q in extract_quotes(art) if q.kind == "direct" and len(re.findall(r"\w+", q.text)) >= 3]
        covered: set[int] = set()
        for q in preds:
            pt = tokens(q.text, q.span.start)
            n_pred += 1
            if len(pt & content) >= 0.5 * len(pt):
                tp_pred += 1
            if any(len(pt & g["toks"]) >= 0.5 * len(pt) for g in gold):
                tp_strict += 1
            covered |= pt
        for g in gold:
            n_gold += 1
            if len(g["toks"] & covered) < 0.5 * len(g["toks"]):
                continue
            tp_gold += 1
            best = max(preds, key=lambda q: len(tokens(q.text, q.span.start) & g["toks"]))
            if g["source"]:
                s0, s1 = g["source"][0][0], g["source"][-1][1]
                sp = best.speaker_span
                if last_word(best.speaker) in re.findall(r"\w+", text[s0:s1].lower()) or \
                        (sp and sp.start < s1 and s0 < sp.end):
                    src_ok += 1
                elif shown < args.errors:
                    shown += 1
                    ctx = text[max(0, g["start"] - 150):g["end"] + 120].replace("\n", " / ")
                    print(f"--- {ann.stem} gold={text[s0:s1]!r} ours={best.speaker!r} "
                          f"as={text[sp.start:sp.end] if sp else None!r}\n    {ctx}")
    p = tp_pred / n_pred if n_pred else 0.0
    r = tp_gold / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    acc = src_ok / tp_gold if tp_gold else 0.0
    secs = time.time() - t0
    print(f"PolNeAR {args.split}: {docs} docs, {n_gold} gold direct quotations, {n_pred} predicted")
    print(f"direct-quote content  P {p:.3f}  R {r:.3f}  F1 {f:.3f}   (target F1 >= 0.85)")
    ps = tp_strict / n_pred if n_pred else 0.0
    fs = 2 * ps * r / (ps + r) if ps + r else 0.0
    print(f"strict (P against quotation spans only, every other quoted fragment counted wrong): "
          f"P {ps:.3f}  F1 {fs:.3f}")
    print(f"source accuracy       {acc:.3f} on {tp_gold} found quotations")
    print(f"speed                 {docs / secs:.1f} docs/s (quotes step alone)")
    print(f"anchors               {ANCHORS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
