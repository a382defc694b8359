"""Lines of scraped text -> blocks (paragraph candidates) -> surface features.

The trained plain-text cleaner classifies *blocks*: one raw line each, except in hard-wrapped
text (lines cut at ~70 characters), where wrapped lines are rejoined so the classifier sees a
paragraph, not a fragment. Every block remembers the raw extent of each of its lines, so the
body can be mapped back to the raw input (one Segment per raw line).

Features are cheap, page-independent shapes (length, punctuation, capitalisation, lexicon
hits, position, neighbours' lengths) so that a model trained on flattened WCXB pages
transfers to any scraped text. The word-level text model and the tree ensembles live in
`plain.py`; this module only measures.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

import numpy as np

WORD = re.compile(r"\w+", re.UNICODE)
NON_WORD = re.compile(r"[^\w\n]+")
LINE = re.compile(r"[^\n]*")
TERMINAL = tuple('.!?"\u201d\u2019\')\u2026')
WRAP_OPEN = tuple(',;-\u2013\u2014')

# Boilerplate phrases that mark page furniture far more often than prose. Matched
# case-insensitively anywhere in short lines (feature) and, for the strict subset, as hard drops.
LEXICON = re.compile(
    r"\b(advertisement|advertising|sponsored|subscribe|subscription|newsletter|sign (in|up)|"
    r"log ?in|register|cookies?|privacy|terms of (use|service)|copyright|all rights reserved|"
    r"share (this|on)|follow us|facebook|twitter|whatsapp|linkedin|pinterest|instagram|email|"
    r"print|comments?|read more|more from|related|recommended|most (read|popular|viewed)|"
    r"trending|click here|watch|video|photo|image|gallery|getty|credit|caption|"
    r"previous|next|back to top|home|menu|search|skip to|loading|download|app|"
    r"min(ute)? read|updated|published|posted|years? old|tags?|topics?|categor(y|ies))\b",
    re.I)
# The same patterns matched on lowercased text (case-sensitive matching is ~3x faster), tried
# only on lines holding one of the words a LEXICON entry starts with (same counts, exactly).
LEXICON_LOWER = re.compile(LEXICON.pattern)
LEX_FIRST = frozenset(
    "advertisement advertising sponsored subscribe subscription newsletter sign log login "
    "register cookie cookies privacy terms copyright all share follow facebook twitter "
    "whatsapp linkedin pinterest instagram email print comment comments read more related "
    "recommended most trending click watch video photo image gallery getty credit caption "
    "previous next back home menu search skip loading download app min minute updated "
    "published posted year years tag tags topic topics category categories".split())
# Lines dropped whatever the model says: furniture that no article body states as such.
HARD_DROP = re.compile(
    r"^\W*(advertisement|hide ad|ad|sponsored( content)?|story continues below|"
    r"this (story|article|post) is (over|more than) \w+ years? old\W*|"
    r"read more( here)?\W*|click here\W*|(show|load|see) more( comments)?|"
    r"(share|tweet|email|print)( this( story| article)?)?( on \w+)?|"
    r"(\d+ )?comments?|leave a (comment|reply)|skip to (main )?content|back to top|"
    r"related( stories| articles| coverage| content| links| posts)?:?|"
    r"(photo|image|picture|file photo|video)( via| by| credit)?:? [\w .,/&-]{0,40}|"
    r"\d+ min(ute)? read|(most )?(popular|read|viewed|shared)( now| stories| articles)?|"
    r"follow us( on \w+)?|sign (in|up)|subscribe( now)?|all rights reserved\W*)\W*$",
    re.I)
BYLINE = re.compile(r"^\s*(by|words by|written by|reporting by)\s+[A-Z\u00C0-\u024F]", re.I)
CREDIT = re.compile(
    r"(\((Getty|AP|AFP|Reuters|EPA|Xinhua|Screen ?Grab|Photo|File)[^)]{0,40}\)\s*$|"
    r"^\s*(AP|AFP|Reuters|EPA|Getty Images|Associated Press)( photo)?\s*$|"
    r"\b(REUTERS|AFP|EPA|AP)/[A-Z]|\|\s*(Reuters|AP|AFP|Getty Images|EPA)\s*$|"
    r"^(photo|image|picture|credit)s?\s*(via|by|:|/)|\bPhoto: )", re.I)
DATELINE = re.compile(
    r"^[A-Z][A-Za-z .'-]{1,40}(,\s*[A-Za-z .'-]{2,30})?\s*(\([A-Za-z. ]{2,30}\)\s*)?"
    r"(\u2014|\u2013|--| - |-\s)")
DATEISH = re.compile(
    r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|"
    r"\b\d{1,2}\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b|"
    r"\b\d{4}-\d\d-\d\d\b|\b\d\d?[./]\d\d?[./]\d{4}\b|\b\d+ (hours?|days?|minutes?|weeks?) ago\b",
    re.I)
SEPARATORS = re.compile(r"[|\u00bb\u203a\u2022\u00b7>/]")
URLISH = re.compile(r"https?://|www\.|\.com\b|@\w", re.I)


@dataclass
class Block:
    """A paragraph candidate: its text (wrapped lines joined by one space) and the raw
    (start, length) of every line it was made from."""
    text: str
    pieces: list[tuple[int, int]] = field(default_factory=list)
    blank_before: bool = False
    nw: int = -1                  # word count and normalised key, filled by line_features
    key: str = ""
    furniture: bool | None = None  # short HARD_DROP or BYLINE line (line_features)


def _raw_lines(raw: str, start: int = 0) -> list[tuple[int, int, bool]]:
    """(start, length, blank_before) of every non-blank line, stripped of edge whitespace."""
    out, blank, pos = [], False, start
    for line in raw[start:].split("\n"):
        s, e = pos, pos + len(line)
        pos = e + 1
        while s < e and raw[s].isspace():
            s += 1
        while e > s and raw[e - 1].isspace():
            e -= 1
        if s == e:
            blank = True
            continue
        out.append((s, e - s, blank))
        blank = False
    return out


def wrap_width(lengths: list[int]) -> int:
    """The hard-wrap column of a text, or 0 when the text is not hard-wrapped: most lines
    end within a few characters of one width between 50 and 100."""
    if len(lengths) < 6:
        return 0
    srt = sorted(lengths)
    w = srt[int(0.85 * (len(srt) - 1))]
    if not 45 <= w <= 100:
        return 0
    near = sum(1 for n in lengths if w - 14 <= n <= w + 3)
    return w if near >= 0.55 * len(lengths) else 0


def split_blocks(raw: str, start: int = 0) -> list[Block]:
    """Raw text -> blocks; hard-wrapped lines are rejoined into paragraphs (a line that runs
    close to the wrap column and ends without sentence punctuation continues on the next)."""
    lines = _raw_lines(raw, start)
    width = wrap_width([n for _, n, _ in lines])
    blocks: list[Block] = []
    joinable = False
    for s, n, blank in lines:
        text = raw[s:s + n]
        if blocks and not blank and (joinable or (
                text[:1].islower() and text[1:2].islower() and blocks[-1].text[-1:].islower()
                and blocks[-1].text.count(" ") >= 4)):
            b = blocks[-1]
            b.text += " " + text
            b.pieces.append((s, n))
        else:
            blocks.append(Block(text, [(s, n)], blank))
        joinable = bool(width) and n >= 0.6 * width and not text.endswith(TERMINAL)
    return blocks


def norm_line(text: str) -> str:
    """Normalised form used for repetition and recurring-line hashing."""
    return " ".join(WORD.findall(text.lower()))


FEATURES = (
    "logw", "logc", "term", "colon_end", "cap_ratio", "digit_ratio", "comma_rate",
    "sent_count", "sep_rate", "url", "bullet", "byline", "credit", "dateline", "dateish",
    "lex", "hard", "all_caps", "first_upper", "quote", "pos", "mass_before", "mass_after",
    "w_prev", "w_next", "w_prev2", "w_next2", "mean_w5", "mean_w15", "long_dens5",
    "long_dens15", "term_dens5", "dup", "blank_before", "short_run", "avg_word_len",
    "lex_dens5", "rank_len",
)


ROW_COLS = list(range(20)) + [33, 35]


def line_features(blocks: list[Block], extra_dup: list[int] | None = None) -> np.ndarray:
    """One row of FEATURES per block (float32)."""
    n = len(blocks)
    F = np.zeros((n, len(FEATURES)), dtype=np.float32)
    if not n:
        return F
    words = np.zeros(n, dtype=np.float32)
    counts: dict[str, int] = {}
    keys = []
    rows = []
    # the words of every line, from one substitution over the page (\w+ runs, space-joined)
    spaced = NON_WORD.sub(" ", "\n".join(b.text for b in blocks)).split("\n")
    if len(spaced) != n:
        spaced = [NON_WORD.sub(" ", b.text) for b in blocks]
    for i, b in enumerate(blocks):
        t = b.text
        sp = spaced[i].strip(" ")
        toks = sp.split(" ") if sp else []
        nw = len(toks)
        words[i] = nw
        nc = len(t)
        short = nw <= 15
        k = sp.lower()
        b.nw, b.key = nw, k
        keys.append(k)
        counts[k] = counts.get(k, 0) + 1
        initials = "".join([w[0] for w in toks])
        caps = sum(map(str.isupper, initials))
        digits = sum(map(str.isdigit, initials))
        term = t.endswith(TERMINAL)
        lex = (len(LEXICON_LOWER.findall(t.lower())) / (nw + 1)
               if nw <= 30 and not LEX_FIRST.isdisjoint(k.split(" ")) else 0.0)
        low = t.lower()
        # cheap substring tests first: each regex runs only where it could match
        rows.append((
            math.log1p(nw), math.log1p(nc), term, t.endswith(":"),
            caps / nw if nw else 0.0, digits / nw if nw else 0.0, t.count(",") / (nw + 1),
            min(t.count(". ") + t.count("? ") + t.count("! ") + term, 10),
            len(SEPARATORS.findall(t)) / (nw + 1),
            ("://" in t or "@" in t or "www." in low or ".com" in low)
            and URLISH.search(t) is not None,
            t[:1] in "\u2022*-\u00b7\u25aa\u25ba>" or t[:2].rstrip(".)").isdigit(),
            (byline := short and BYLINE.match(t) is not None),
            nw <= 25 and _maybe_credit(t, low) and CREDIT.search(t) is not None,
            "A" <= t[:1] <= "Z" and ("-" in t or "\u2014" in t or "\u2013" in t)
            and DATELINE.match(t) is not None,
            nw <= 12 and digits > 0 and DATEISH.search(t) is not None, lex,
            (hard := short and HARD_DROP.match(t) is not None), nc > 3 and t.isupper(),
            t[:1].isupper(), t[:1] in '"\u201c\u2018\'', b.blank_before,
            (sum(map(len, toks)) / nw) if nw else 0.0))
        b.furniture = hard or byline
    F[:, ROW_COLS] = np.array(rows, dtype=np.float32)
    for i, k in enumerate(keys):
        F[i, 32] = min(counts[k] - 1, 3) if k else 3
    if extra_dup is not None:
        F[:, 32] += np.asarray(extra_dup, dtype=np.float32) * 2
    F[:, 20] = np.arange(n) / max(n - 1, 1)
    chars = F[:, 1]
    cum = np.cumsum(words)
    total = cum[-1] or 1.0
    F[:, 21] = (cum - words) / total
    F[:, 22] = (total - cum) / total
    lw = F[:, 0]
    pad = np.concatenate([[0, 0], lw, [0, 0]])
    F[:, 23], F[:, 24] = pad[1:n + 1], pad[3:n + 3]
    F[:, 25], F[:, 26] = pad[0:n], pad[4:n + 4]
    F[:, 27] = _window_mean(lw, 2)
    F[:, 28] = _window_mean(lw, 7)
    longl = (words >= 15).astype(np.float32)
    F[:, 29] = _window_mean(longl, 2)
    F[:, 30] = _window_mean(longl, 7)
    F[:, 31] = _window_mean(F[:, 2], 2)
    F[:, 34] = _window_mean((words <= 4).astype(np.float32), 3)
    F[:, 36] = _window_mean(F[:, 15], 2)
    order = np.argsort(-words, kind="stable")
    rank = np.empty(n, dtype=np.float32)
    rank[order] = np.arange(n)
    F[:, 37] = np.log1p(rank)
    del chars
    return F


CREDIT_HEADS = ("photo", "image", "picture", "credit", "ap", "afp", "reuters", "epa", "getty",
                "associated")


def _maybe_credit(t: str, low: str) -> bool:
    """Could CREDIT match? Every alternative needs a bracket, slash or bar, "photo:", or a
    credit word at the start of the line."""
    return ("(" in t or "/" in t or "|" in t or "photo: " in low
            or low.lstrip().startswith(CREDIT_HEADS))


def _window_mean(x: np.ndarray, k: int) -> np.ndarray:
    """Mean of x over [i-k, i+k], clipped at the edges (cumulative sums: O(n))."""
    n = len(x)
    c = np.concatenate([[0.0], np.cumsum(x, dtype=np.float64)])
    idx = np.arange(n)
    lo, hi = np.maximum(idx - k, 0), np.minimum(idx + k + 1, n)
    return ((c[hi] - c[lo]) / (hi - lo)).astype(np.float32)


# Rule-only patterns (not model features, so changing them needs no retraining).
AGENCY_CREDIT = re.compile(
    r"^[A-Z][\w.'\u2019 -]{2,50}(,|\||~|/)\s*(the )?(Associated Press|AP|Reuters|AFP|Getty Images|"
    r"EPA|Xinhua|Bloomberg|AAP|PA|dpa|Shutterstock|Sipa|NurPhoto|Anadolu( Agency)?)"
    r"( (via )?Getty Images| Photo| Images)?\s*$|"
    r"\b(Credit|Photograph|Photo|Picture|Image)s?: [A-Z][^.]{0,60}$|"
    r"\b(REUTERS|AFP|EPA|AP)\s?/\s?[A-Z][\w /-]{0,60}$|"
    r"^\((PA|AP|AFP|EPA|Reuters|Getty|Getty Images)( [A-Z]\w+)*\)$")
MARKUP = re.compile(r"<a\s+href|</a>|<img\s|<iframe|<script|<div\s", re.I)


def sentence_end(text: str) -> bool:
    """Ends like a sentence (closing quotes and brackets aside)."""
    return text.rstrip("\"'\u201d\u2019) ").endswith((".", "!", "?", "\u2026"))
