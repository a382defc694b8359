"""Deletion-only compression of the summary's sentences, and the refill of the freed budget.

Why: the summary has a word budget, and part of a chosen sentence can repeat what the summary
already said (a second "Ana Ruiz, who leads the farmers' union, said ...") or be a dateline
("WASHINGTON (AP) —"). Deleting such parts frees budget for one more sentence and reads
better. Why deletion only: the compressed sentence must stay checkable, so it is the source
sentence with whole spans removed (a removed head upper-cases the new first letter); the
citation keeps the full verbatim sentence.

Candidate spans come from spaCy's dependency parse (`parse_spans`) plus a dateline regex; a
span goes when REDUNDANT_SHARE of its content words were already said earlier in the summary.
What never goes: anything inside or before a quotation, an attribution ("according to"), a
span naming someone the rest refers to by pronoun; and every result must still read (`_ok`:
no dangling comma, brackets and quotes as balanced as in the source). Only the chosen
sentences are parsed (~30 per story), so a 300-source story costs the same as a small one.

Measured (5-fold CV of the scorer on Multi-News validation; `scripts/train_summary.py
--compress`): regex deletions (attribution tails, ages, discourse adverbs, day names,
parentheticals, "who" asides) were flat (-0.16..+0.05 R-1); deleting every parse span cost
0.5; a tree classifier of dead-weight spans (label: the span shares ~nothing with the
reference) added nothing beyond this redundancy rule and is not shipped. This rule: CV
47.62/18.13 -> 47.64/18.17 (R-1/R-2), test 46.50/16.59 -> 46.48/16.63: ROUGE-neutral, a
readability step, and it costs ~0.1 s per story (the parse), so `summarize` leaves it off
by default (`compress=True`).
"""
from __future__ import annotations

import re

REDUNDANT_SHARE = 0.6      # share of a span's content words already said to drop it (CV)
MIN_WORDS = 6

# "WASHINGTON (AP) — ", "LONDON, May 3 (Reuters) - ", "(CNN) — ", "BEIRUT -- "
DATELINE = re.compile(
    r"^(?:[A-Z][A-Z.'-]+(?:[ ,/]+[A-Z][A-Za-z.'-]+){0,4}(?:,? [A-Z][a-z]{2,8}\.? \d{1,2})?\s*)?"
    r"(?:\((?:AP|Reuters|AFP|CNN|UPI|dpa|Xinhua|Bloomberg|[A-Z][A-Za-z.]{1,15})\)\s*)?"
    r"[-\u2013\u2014]{1,2}\s+(?=[\"\u201c]?[A-Z0-9])")
_BAD = re.compile(r"^[\s,;:.\-\u2013\u2014]|[,;:]\s*[.!?,;:]|\s[,.;:!?]|\(\s*\)|\s{2,}|,\s*$")


def apply(text: str, spans: list[tuple[int, int]]) -> str:
    """`text` without `spans` (sorted, disjoint); a removed head upper-cases the first letter."""
    out, pos = [], 0
    for a, b in spans:
        out.append(text[pos:a])
        pos = b
    out.append(text[pos:])
    res = "".join(out)
    lead = len(res) - len(res.lstrip("\"\u201c"))
    if spans and spans[0][0] == 0 and res[lead:lead + 1].islower():
        res = res[:lead] + res[lead].upper() + res[lead + 1:]
    return res


def _ok(full: str, res: str) -> bool:
    """A compressed sentence that still reads: no dangling punctuation, balanced quotes and
    brackets, at least MIN_WORDS words, and it ends as the source does."""
    if len(res.split()) < MIN_WORDS or _BAD.search(res) or full.rstrip().endswith(("..", "\u2026")):
        return False
    for o, c in (("(", ")"), ("\u201c", "\u201d")):      # as balanced as the source
        if res.count(o) - res.count(c) != full.count(o) - full.count(c):
            return False
    if res.count('"') % 2 != full.count('"') % 2:
        return False
    return res.rstrip()[-1:] == full.rstrip()[-1:]


def is_deletion_of(short: str, full: str) -> bool:
    """True when `short` is `full` with characters deleted (the first letter may have been
    upper-cased): the check that a compressed sentence is still its source's words."""
    it = iter(full)
    for i, ch in enumerate(short):
        for c in it:
            if c == ch or (i <= 1 and c.islower() and c.upper() == ch):
                break
        else:
            return False
    return True


def delete(text: str, spans: list[tuple[int, int]], keep) -> str:
    """Longest spans first, each deleted when `keep(a, b)` says so and the result reads."""
    chosen: list[tuple[int, int]] = []
    for a, b in sorted(spans, key=lambda s: s[0] - s[1]):
        if any(a < e and s < b for s, e in chosen) or not keep(a, b):
            continue
        if _ok(text, apply(text, sorted([*chosen, (a, b)]))):
            chosen.append((a, b))
    return apply(text, sorted(chosen)) if chosen else text


# ---- parse-based deletable spans (spaCy dependency subtrees) ----
def _edge(doc, i: int, j: int) -> tuple[int, int] | None:
    """Token range [i, j) widened to the commas that set it off: both commas when the verb
    follows (", a spokesman for X, said"; before "who", "about", "to" the remaining comma
    would be missing), the leading one before a final full stop."""
    if i <= 0 or j >= len(doc):
        return None
    before, after = doc[i - 1].text, doc[j].text
    if before == "," and after == "," and j + 1 < len(doc) and doc[j + 1].tag_.startswith(("VB", "MD")):
        return i - 1, j + 1                  # between subject and verb: "X, a spokesman, said"
    if before == "," and after in (".", "!") and j == len(doc) - 1:
        return i - 1, j
    return None


# tags that can open a main clause after a removed head ("In the video, provided ..." cannot)
_CLAUSE_START = frozenset("DT PRP PRP$ NNP NNPS NN NNS CD JJ EX".split())


def parse_spans(doc) -> list[tuple[int, int, str]]:
    """Deletable token ranges [i, j) of a parsed sentence, with the kind of each: comma-set
    appositives, relative and adverbial clauses, verb-attached phrases, parentheticals, and
    a sentence head set off by a comma ("However, ...", "After the vote, ...")."""
    out = []
    n = len(doc)
    for tok in doc:
        left, right = tok.left_edge.i, tok.right_edge.i + 1
        dep = tok.dep_
        if dep in ("appos", "relcl", "advcl", "prep", "npadvmod", "advmod", "prn", "acl"):
            if dep in ("npadvmod", "prep") and not tok.head.tag_.startswith(("VB", "MD")):
                continue
            if left == 0 and right + 1 < n and doc[right].text == ",":
                if doc[right + 1].tag_ in _CLAUSE_START:           # "However, the army ..."
                    out.append((0, right + 1, "head_" + dep))
                continue
            e = _edge(doc, left, right)
            if e:
                out.append((e[0], e[1], dep))
    return out


def token_spans_to_chars(doc, spans) -> list[tuple[int, int, str]]:
    """Token ranges -> character ranges of the sentence text (the space before a mid-sentence
    span goes with it, so the remaining words stay single-spaced)."""
    out = []
    for i, j, kind in spans:
        if i >= j:
            continue
        a = doc[i].idx
        b = doc[j - 1].idx + len(doc[j - 1].text)
        if i == 0:
            b = doc[j].idx if j < len(doc) else b
        else:
            a = doc[i - 1].idx + len(doc[i - 1].text)
            if doc[i].text == ",":
                a = doc[i].idx
        out.append((a, b, kind))
    return out


_TOK = re.compile(r"[A-Za-z0-9]+")


def sentence_spans(text: str, doc) -> list[tuple[int, int, str]]:
    """All candidate deletions of a sentence: its parse spans and a leading dateline."""
    spans = token_spans_to_chars(doc, parse_spans(doc)) if doc is not None else []
    m = DATELINE.match(text)
    if m and m.end() < len(text):
        spans.append((0, m.end(), "dateline"))
    return spans


_QUOTES = ('"', "\u201c", "\u201d")


def _outside_quotes(text: str, a: int) -> bool:
    """A quotation stays whole: a span may start only after the last quote mark of a sentence
    whose quotes are balanced (one cut mid-quote, or opened and never closed, is left alone)."""
    if text.count('"') % 2 or text.count("\u201c") != text.count("\u201d"):
        return False
    return a > max(text.rfind(q) for q in _QUOTES)


_NAME = re.compile(r"(?<!^)\b[A-Z][a-z]+")
_PRONOUN = re.compile(r"\b(he|him|his|she|her|hers|they|them|their|it|its)\b", re.I)


def _antecedent(text: str, a: int, b: int) -> bool:
    """A span naming someone the rest refers to ("As for Lehmkuhl, ... reach her") stays."""
    return bool(_NAME.search(text[a:b].lstrip())) and bool(_PRONOUN.search(text[:a] + text[b:]))


def _attribution(span: str) -> bool:
    """Who said it stays: a claim stripped of its source reads as established fact."""
    return "according to" in span.lower()


def compress_chosen(texts: list[str], spans: list[list[tuple[int, int, str]]]) -> list[str]:
    """The chosen sentences (in summary order) compressed; `spans[i]`: `sentence_spans` of
    `texts[i]`. A span goes when REDUNDANT_SHARE of its content words were said before it;
    a dateline always goes."""
    from .summary import _STOP, _stem
    seen: set[str] = set()
    out = []
    for text, sp in zip(texts, spans):
        datelines = {(a, b) for a, b, k in sp if k == "dateline"}

        def keep(a: int, b: int) -> bool:
            content = [w for w in (_stem(x.lower()) for x in _TOK.findall(text[a:b])) if w not in _STOP]
            return (a, b) in datelines or bool(content) and \
                sum(w in seen for w in content) / len(content) >= REDUNDANT_SHARE

        short = delete(text, [(a, b) for a, b, _ in sp
                              if _outside_quotes(text, a) and not _attribution(text[a:b])
                              and not _antecedent(text, a, b)], keep)
        out.append(short)
        seen |= {_stem(x.lower()) for x in _TOK.findall(short)}
    return out


def parsed_spans(texts: list[str]) -> list[list[tuple[int, int, str]]]:
    """`sentence_spans` of each text (one spaCy pass over all of them)."""
    from ..nlp import parse
    return [sentence_spans(t, doc) for t, doc in zip(texts, parse(texts))]


def refill(texts: list[str], chosen: list[int], order, reselect,
           spans: dict | None = None) -> tuple[list[int], dict[int, str]]:
    """Compress the chosen sentences, let `reselect(n_words)` fill the freed budget (lengths
    of compressed sentences shortened), and compress the final choice. `order(k)` sorts
    candidates into summary order; `spans`: candidate -> sentence_spans, filled (by parsing)
    for the chosen ones when missing. Returns the final choice and its shown texts."""
    spans = {} if spans is None else spans

    def shown(ch: list[int]) -> dict[int, str]:
        ch = sorted(ch, key=order)
        todo = [k for k in ch if k not in spans]
        if todo:
            spans.update(zip(todo, parsed_spans([texts[k] for k in todo])))
        return dict(zip(ch, compress_chosen([texts[k] for k in ch], [spans[k] for k in ch])))

    first = shown(chosen)
    n_words = [len(t.split()) for t in texts]
    for k, t in first.items():
        n_words[k] = len(t.split())
    final = reselect(n_words)
    return final, shown(final)
