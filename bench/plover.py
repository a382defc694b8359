"""PLOVER gold standard records (322 coded sentences from the CAMEO manual): event-type
accuracy of our sentence coder (main event = the kept trigger nearest the parse root).

    .venv/bin/python bench/plover.py [--errors N] [--quad train|test]

With --quad it also codes the CAMEO quad-class sentences (../shared/bench/cameo-quad; tune on
train, report test) and maps our main event to a quad: 1 verbal cooperation (AGREE, CONSULT,
SUPPORT), 2 material cooperation (AID, COOPERATE, CONCEDE, RETREAT), 3 verbal conflict (REQUEST,
ACCUSE, REJECT, THREATEN, PROTEST, SANCTION: the set files CAMEO's reduce-relations and protest
codes there), 4 material conflict (MOBILIZE, COERCE, ASSAULT), 0 no event. Quad 0 also holds
CAMEO's appeals, which we code as REQUEST, so the 0 row is read for conflict false alarms only.

Older PLOVER names map as the scorer maps them (DEMAND=REQUEST, DISAPPROVE=ACCUSE,
FIGHT=ASSAULT); INVESTIGATE and DOCUMENT records are outside the 16 categories and are
left out. A sentence where we find no event counts as wrong. Bar: >= 0.75.
"""
from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from newsdesk.extract.events import sentence_events  # noqa: E402
from newsdesk.model import PLOVER_TYPES  # noqa: E402

GSR = Path(__file__).resolve().parent.parent.parent / "shared/bench/plover/gold_standard_records/PLOVER_GSR_CAMEO.txt"
ALIASES = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "FIGHT": "ASSAULT"}
QUAD_DIR = GSR.parents[2] / "cameo-quad"
QUAD = {"AGREE": 1, "CONSULT": 1, "SUPPORT": 1, "AID": 2, "COOPERATE": 2, "CONCEDE": 2, "RETREAT": 2,
        "REQUEST": 3, "ACCUSE": 3, "REJECT": 3, "THREATEN": 3, "PROTEST": 3, "SANCTION": 3,
        "MOBILIZE": 4, "COERCE": 4, "ASSAULT": 4}


def quad(split: str) -> None:
    """Quad-class agreement on the cameo-quad split, with the confusion matrix."""
    rows = [ln.rstrip("\r\n").rsplit("\t", 1) for ln in
            (QUAD_DIR / f"{split}.tsv").read_text(encoding="utf-8").splitlines() if ln.strip()]
    conf: Counter = Counter()
    for text, label in rows:
        cands = sentence_events(text)
        conf[(int(label), QUAD.get(cands[0].type, 0) if cands else 0)] += 1
    right = sum(conf[(q, q)] for q in range(5))
    conflict_alarm = sum(conf[(g, p)] for g in (0, 1, 2) for p in (4,))
    coop_miss = sum(conf[(g, 0)] for g in (1, 2))
    print(f"CAMEO quad ({split}, {len(rows)} sentences): accuracy {right / len(rows):.3f}; "
          f"material-conflict type on quad 0-2 sentences: {conflict_alarm}; cooperation sentences "
          f"with no event: {coop_miss}")
    print("  gold\\ours  " + " ".join(f"{q:>5d}" for q in range(5)))
    for g in range(5):
        print(f"  {g:9d}  " + " ".join(f"{conf[(g, p)]:5d}" for p in range(5)))


def main(argv: list[str]) -> int:
    show = int(argv[argv.index("--errors") + 1]) if "--errors" in argv else 0
    records = json.loads(GSR.read_text(encoding="utf-8"))
    right = total = found = 0
    confusion: Counter = Counter()
    errors = []
    for r in records:
        gold = ALIASES.get(r["event"], r["event"])
        if gold not in PLOVER_TYPES or not r.get("text"):
            continue
        total += 1
        cands = sentence_events(r["text"])
        pred = cands[0].type if cands else None
        found += bool(cands)
        right += pred == gold
        if pred != gold:
            confusion[(gold, pred)] += 1
            errors.append((gold, pred, r["text"]))
    acc = right / total if total else 0.0
    print(f"PLOVER GSR event-type accuracy: {acc:.3f} ({right}/{total}; an event found in "
          f"{found}/{total})   bar 0.75")
    print("most common confusions (gold -> ours):",
          ", ".join(f"{g}->{p} {n}" for (g, p), n in confusion.most_common(10)))
    for g, p, t in errors[:show]:
        print(f"  {g:9s} {str(p):9s} {t[:150]}")
    if "--quad" in argv:
        quad(argv[argv.index("--quad") + 1])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
