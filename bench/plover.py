"""PLOVER gold standard records (322 coded sentences from the CAMEO manual): event-type
accuracy of our sentence coder (main event = the kept trigger nearest the parse root).

    .venv/bin/python bench/plover.py [--errors N]

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
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
