"""A small text model that reads each line of a scraped page together with its neighbours.

The stage-1 word model of `plain.py` scores a line's vocabulary alone, so prose-like
furniture next to the article (captions, author bios, "read more" teasers, related
headlines) reads like body to it. This model is a second logistic regression over hashed
features of the line *in context*:
- the line's own words, bigrams and first/last-word markers (`plain_page.word_features`),
  once more conjoined with its length class (a word like "video" means little in a long
  paragraph but much in a four-word line);
- the words and first/last-word markers of the lines just above and below (offset-salted),
  so "Photo:" or "Related" above a line, or a credit below it, colour it;
- shape tokens: the length class and ending of the line and of its neighbours, conjoined
  (a short unpunctuated line between two long paragraphs is a crosshead or a caption).
Its scores (and its neighbours') are stacked into both tree stages (`text_columns`,
`smooth_columns`), trained out-of-fold on WCXB dev (`scripts/train_plain.py`) so the trees
do not over-trust it.
Evaluation is numpy over the page: one bincount over (line, bucket) pairs, no sklearn.
"""
from __future__ import annotations

from pathlib import Path

import numpy as np

from . import plain_page as P

U64 = np.uint64
SALT_LEN = U64(0x632BE59BD9B4E019)
SALT_NB = {-1: U64(0x85EBCA77C2B2AE63), 1: U64(0xFF51AFD7ED558CCD),
           -2: U64(0xC4CEB9FE1A85EC53), 2: U64(0x2545F4914F6CDD1D)}
SALT_SHAPE = U64(0x9E3779B97F4A7C15)
NB_WEIGHT = {-1: 0.7, 1: 0.7, -2: 0.35, 2: 0.35}    # how loud a neighbour's words are
NB_OFFSETS = (-1, 1)                                 # neighbours whose words we read
FIRST_LAST_ONLY = (-2, 2)                            # neighbours whose edge words we read
NAMES = ("t", "t_prev", "t_next", "t_prev2", "t_next2", "t_win3", "t_win10", "t_rel_mean",
         "t_rel_max", "t_minus_s")


def length_class(nw: np.ndarray) -> np.ndarray:
    """0 empty, 1: 1-3 words, 2: 4-8, 3: 9-20, 4: 21-50, 5: more."""
    return np.searchsorted(np.array([1, 4, 9, 21, 51]), nw, side="right").astype(np.int64)


_END: list = []


def _ending(pg) -> np.ndarray:
    """0 other, 1 sentence stop, 2 colon, 3 ellipsis, 4 digit, 5 question/exclamation."""
    if not _END:
        t = np.where(P.tables()["digit"], 4, 0).astype(np.int64)
        t[[46, 34, 0x201D, 0x2019, 39, 41]] = 1
        t[[63, 33]] = 5
        t[58] = 2
        t[0x2026] = 3
        _END.append(t)
    e1, e2, e3 = pg.char["end"]
    end = _END[0][e1]
    end[(e1 == 46) & (e2 == 46) & (e3 == 46)] = 3
    return end


def _salted(cols: np.ndarray, salt) -> np.ndarray:
    """A group's buckets re-hashed with its salt (scalar or one per element)."""
    return P.buckets(P.mix(cols.astype(U64) * U64(0x100000001B3) + salt))


def text_features(pg, segs=None) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(rows, cols, values) of the page's lines: hashed features as listed in the module
    docstring, each group scaled by 1/sqrt(its size on the line). `segs`
    (`plain_fast.Segs`): pg holds several pages' lines; no neighbour crosses a page edge.
    Every salted group is hashed in one pass at the end (one `mix` over all of them)."""
    n = len(pg.nw)
    rows, cols, count = P.word_features(pg)
    inv = (1.0 / np.sqrt(np.maximum(count, 1))).astype(np.float32)
    lc = length_class(pg.nw)
    # own words conjoined with the length class
    parts_r, parts_c, parts_s, parts_v = [rows], [cols], [SALT_LEN + lc[rows].astype(U64)], \
        [inv[rows]]
    # neighbours' words: unigram/bigram/markers of lines i-1 and i+1, edge markers of i+-2
    # (word_features lists unigrams, bigrams, first, last markers, <short>, <empty>)
    nh = int((pg.nw > 0).sum())
    edge = len(rows) - 2 * nh - int(((pg.nw > 0) & (pg.nw <= 3)).sum()) - int((pg.nw == 0).sum())
    pid = segs.pid if segs is not None and segs.pages > 1 else None
    for d in NB_OFFSETS + FIRST_LAST_ONLY:
        src = rows if d in NB_OFFSETS else rows[edge:edge + 2 * nh]
        sc = cols if d in NB_OFFSETS else cols[edge:edge + 2 * nh]
        tgt = src - d                      # line i reads line i + d
        ok = (tgt >= 0) & (tgt < n)
        if pid is not None:
            ok &= pid[np.clip(tgt, 0, max(n - 1, 0))] == pid[src]
        parts_r.append(tgt[ok])
        parts_c.append(sc[ok])
        parts_s.append(np.full(int(ok.sum()), SALT_NB[d], dtype=U64))
        parts_v.append(NB_WEIGHT[d] * inv[src[ok]])
    # shape tokens: (class, ending) of the line, with those above and below
    code = lc * 6 + _ending(pg) + 1          # 1..36; 0 = beyond the page edge
    prev, nxt, prev2, nxt2 = (_shift(code, d, segs) for d in (1, -1, 2, -2))
    idx = np.arange(n)
    pair = code * 64 + prev
    three = pair * 64 + nxt
    for k, tok in enumerate((code, pair, code * 64 + nxt, three,
                             three * 4096 + prev2 * 64 + nxt2)):
        parts_r.append(idx)
        parts_c.append(tok)
        parts_s.append(np.full(n, SALT_SHAPE + U64(k), dtype=U64))
        parts_v.append(np.full(n, 0.5, dtype=np.float32))
    salted = _salted(np.concatenate(parts_c), np.concatenate(parts_s))
    return (np.concatenate([rows] + parts_r), np.concatenate([cols, salted]),
            np.concatenate([inv[rows]] + parts_v).astype(np.float32))


def _shift(x: np.ndarray, d: int, segs=None, fill=0):
    """x of the line d places before (d > 0) or after (d < 0) on the same page, else fill."""
    if segs is not None and segs.pages > 1:
        return segs.shift(x, d, fill).astype(x.dtype)
    n = len(x)
    out = np.full(n, fill, dtype=x.dtype)
    if d > 0:
        out[d:] = x[:max(n - d, 0)]
    else:
        out[:max(n + d, 0)] = x[-d:]
    return out


def text_scores(pg, w: np.ndarray, bias: float, segs=None) -> np.ndarray:
    """The text model's logit for every line of the page (or batch of pages) at once."""
    rows, cols, vals = text_features(pg, segs)
    n = len(pg.nw)
    return (bias + np.bincount(rows, weights=w[cols] * vals, minlength=n)[:n]).astype(np.float32)


def text_context(t: np.ndarray, s: np.ndarray, segs=None) -> np.ndarray:
    """Stage-2 columns (NAMES): the text score, its neighbours', window means, its place on
    the page, and how far it moves the plain word score `s`."""
    n = len(t)
    if not n:
        return np.zeros((0, len(NAMES)), dtype=np.float32)
    if segs is not None and segs.pages > 1:
        mid = np.array([t[a:b].mean() if b > a else 0.0 for a, b in segs.spans],
                       dtype=np.float32)[segs.pid]
        top = np.array([t[a:b].max() if b > a else 0.0 for a, b in segs.spans],
                       dtype=np.float32)[segs.pid]
        w3, w10 = segs.window_means(t, (3, 10))
    else:
        from .lines import _window_mean
        mid, top = t.mean(), t.max()
        w3, w10 = _window_mean(t, 3), _window_mean(t, 10)
    sh = [_shift(t, d, segs, np.float32(-4.0)) for d in (1, -1, 2, -2)]
    return np.column_stack([t, *sh, w3, w10, t - mid, t - top, t - s]).astype(np.float32)


# ---------------------------------------------------------------- model files, and swapping them
DATA = Path(__file__).resolve().parent.parent / "data"
TEXT_FILE, MODEL_FILE = "plain_text.npz", "plain_model_v2.npz"
SMOOTH_TEXT = True           # the stage-3 smoother also reads the text-model columns
_TEXT: dict | None = None


def save(model: dict, out: Path) -> None:
    """The v2 cleaner model: text model -> plain_text.npz; word model, stage-2 and stage-3
    trees, threshold -> plain_model_v2.npz (the keys of plain_model.npz plus `meta.*`)."""
    out.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(out / TEXT_FILE, w=model["text"]["w"].astype(np.float16),
                        bias=np.float32(model["text"]["bias"]), bits=np.int32(P.BITS))
    arrays = {f"{stage}.{k}": v for stage in ("gbm", "smooth") for k, v in model[stage].items()}
    arrays["words.w"] = model["words"]["w"].astype(np.float16)
    arrays["meta.words_bias"] = np.float32(model["words"]["bias"])
    arrays["meta.threshold"] = np.float32(model["threshold"])
    arrays["meta.bits"] = np.int32(P.BITS)
    np.savez_compressed(out / MODEL_FILE, **arrays)


def load_text() -> dict:
    """The text model's weights (float32) and bias, loaded once per process."""
    global _TEXT
    if _TEXT is None:
        z = np.load(DATA / TEXT_FILE)
        if int(z["bits"]) != P.BITS:
            raise ValueError("plain_text: built for another hash size; rerun train_plain.py")
        _TEXT = {"w": z["w"].astype(np.float32), "bias": float(z["bias"])}
    return _TEXT


def load_model_v2() -> dict:
    """plain_model_v2.npz as the dict `plain.load_model` returns."""
    z = np.load(DATA / MODEL_FILE)
    if int(z["meta.bits"]) != P.BITS:
        raise ValueError("plain_model_v2: built for another hash size; rerun train_plain.py")
    model = {"threshold": float(z["meta.threshold"]), "gbm": {}, "smooth": {},
             "words": {"bias": float(z["meta.words_bias"])}}
    for key in z.files:
        stage, k = key.split(".", 1)
        if stage != "meta":
            model[stage][k] = z[key]
    model["words"]["w"] = model["words"]["w"].astype(np.float32)
    return model


def text_columns(pg, s: np.ndarray, segs=None, tm: dict | None = None) -> np.ndarray:
    """The stage-2 columns this model adds (NAMES), for the page `pg` with word scores `s`."""
    tm = tm or load_text()
    return text_context(text_scores(pg, tm["w"], tm["bias"], segs), s, segs)


def smooth_columns(M: np.ndarray) -> np.ndarray:
    """The stage-3 columns this model adds: its own stage-2 columns (the last of M)."""
    return M[:, -len(NAMES):] if SMOOTH_TEXT else M[:, :0]


_SAVED: dict = {}


def install(model: dict | None = None, text: dict | None = None) -> None:
    """Point `plain`'s cleaner at another v2 model and text model (training's CV, tests):
    `model` (default plain_model_v2) and `text` (default plain_text); `uninstall` restores."""
    global _TEXT
    from . import plain
    if not _SAVED:
        _SAVED.update(model=plain._MODEL, text=_TEXT)
    _TEXT = text or _SAVED["text"]
    plain._MODEL = model or load_model_v2()


def uninstall() -> None:
    """Undo `install`."""
    global _TEXT
    from . import plain
    if _SAVED:
        plain._MODEL, _TEXT = _SAVED["model"], _SAVED["text"]
        _SAVED.clear()
