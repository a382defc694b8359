"""Dense (WordLlama) vectors of the articles a story index holds.

Why: TF-IDF cosines miss paraphrase ('Kiev' / 'Ukrainian capital', 'killed' / 'dead'),
and headlines share few words, so a headline's nearest neighbours by terms alone are
thin evidence. A static sentence model (newsdesk/nlp/vectors.py) embeds a text in ~0.3 ms,
so each article is embedded once, when it is added, and kept beside its terms.
A long text is embedded as its title and lead (the first `LEAD_WORDS` words), which
bounds the tokenizer's cost; the lead did not rank pairs better than the whole body
(Multi-News val pairs, dense cosine alone: AP lead 50 words 0.62, 150 0.72, all 0.76).
Page junk is scored as an empty text (stories.py) and gets a zero row: sign-in walls
look alike to a dense model, and a zero row gives them no dense evidence for each other.

Measured (session 8): as pair-model features (dense cosine, its margin over each article's
5th best, over its best; title-only cosine) the Multi-News pair AP in grouped CV moved
0.886 -> 0.894-0.898 but clustering did not (val 0.896 -> 0.895-0.897, test 0.884 ->
0.873-0.881 at pair_merge 0.25-0.4, lead 150 words or whole body): most same-story pairs
the pair model never scores have an empty page on one side, which no vector places.
Kept: a share in the headline kNN vote (`Params.short_vote_dense`); only headline feeds
are embedded (`feed_rows`).
"""
from __future__ import annotations

import numpy as np

LEAD_WORDS = 150
DIMS = 256


def lead(title: str | None, text: str, words: int | None = None) -> str:
    """Title and the first `words` (default `LEAD_WORDS`) words of the body (0: all)."""
    words = LEAD_WORDS if words is None else words
    body = (text or "").split()
    body = body[:words] if words else body
    head = (title or "").strip()
    return f"{head}. {' '.join(body)}" if head and body else head or " ".join(body)


def vectors(pairs: list[tuple[str | None, str]]) -> np.ndarray:
    """Unit float32 rows of title + lead, one tokenizer call for all (an empty text gives a
    zero row)."""
    from ..nlp import vectors as wl
    texts = [lead(t, b) for t, b in pairs]
    out = np.zeros((len(texts), DIMS), dtype=np.float32)
    todo = [i for i, t in enumerate(texts) if t]
    if todo:
        out[todo] = wl.embed([texts[i] for i in todo])
    return out


def stack(rows: list[np.ndarray | None]) -> np.ndarray:
    """(n, DIMS) in index order; a missing row is zeros."""
    out = np.zeros((len(rows), DIMS), dtype=np.float32)
    for k, r in enumerate(rows):
        if r is not None:
            out[k] = r
    return out


def feed_rows(inputs: dict[str, tuple[str | None, str]], short_words: int) -> dict[str, np.ndarray]:
    """Rows of a batch keyed by article, in one call, only for a headline feed (the vote that
    reads them runs when most texts are short): long texts skip the embedding."""
    short = sum(len(f"{t or ''} {b or ''}".split()) < short_words for t, b in inputs.values())
    if short * 2 <= len(inputs):
        return {}
    return dict(zip(inputs, vectors(list(inputs.values()))))
