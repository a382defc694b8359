"""Text features for comparing articles across outlets: weighted terms, names, and an
optional dense LSA vector from the small model we ship (`newsdesk/data/embed_lsa.npz`,
rebuilt by `scripts/train_embed.py` from dev text only).

Why not a transformer: no torch, no hub. A static LSA projection trained on news gives
paraphrase recall that plain term overlap misses, at a cost of one sparse-dense product.
"""
from __future__ import annotations

import math
import re
from functools import lru_cache
from pathlib import Path

import numpy as np
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

MODEL_PATH = Path(__file__).resolve().parent.parent / "data" / "embed_lsa.npz"

_WORD = re.compile(r"[A-Za-z][A-Za-z'\-]*[A-Za-z]|[A-Za-z]")
_NAME = re.compile(r"\b(?:[A-Z][a-z]+|[A-Z]{2,})(?:[ \-](?:[A-Z][a-z]+|[A-Z]{2,}))*\b")
_STOP = frozenset(ENGLISH_STOP_WORDS) | {
    "said", "says", "say", "told", "mr", "mrs", "ms", "new", "year", "years", "just", "like",
    "people", "time", "according", "including", "news", "reported", "report", "reports",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "week",
    "day", "today", "yesterday", "percent", "s", "t", "don", "it's", "he's", "image", "photo",
    "copyright", "getty", "images", "ap", "reuters", "afp", "click", "read", "share", "email",
}
# Capitalised words that open sentences or are page furniture, not names.
_NOT_NAMES = frozenset(w.capitalize() for w in _STOP) | {
    "But", "And", "The", "In", "On", "At", "It", "He", "She", "They", "We", "I", "This",
    "That", "There", "When", "While", "After", "Before", "As", "If", "For", "A", "An", "Advertisement",
}


def stem(w: str) -> str:
    """A light plural/verb-suffix fold: 'attacks'/'attacked' -> 'attack'. Cheap and good
    enough for overlap; a full stemmer buys little on news text."""
    if len(w) > 4 and w.endswith("ies"):
        return w[:-3] + "y"
    if len(w) > 4 and w.endswith("ing"):
        return w[:-3]
    if len(w) > 3 and w.endswith("ed"):
        return w[:-2]
    if len(w) > 3 and w.endswith("s") and not w.endswith("ss"):
        return w[:-1]
    return w


def words(text: str) -> list[str]:
    return [stem(w) for w in (m.group(0).lower().strip("'-") for m in _WORD.finditer(text))
            if w not in _STOP and len(w) > 1]


def names(text: str) -> list[str]:
    """Capitalised names (people, places, organisations): strong evidence of one story."""
    out = []
    for m in _NAME.finditer(text):
        parts = [p for p in re.split(r"[ \-]", m.group(0)) if p not in _NOT_NAMES]
        if not parts:
            continue
        name = " ".join(parts).lower()
        if len(name) > 2 and name not in _STOP:
            out.append(name)
    return out


class Model:
    """IDF table and optional LSA projection. Unknown terms get the highest IDF: a rare
    name that our background text never saw is as telling as any."""

    def __init__(self, vocab: dict[str, int] | None = None, idf: np.ndarray | None = None,
                 proj: np.ndarray | None = None):
        self.vocab = vocab or {}
        self.idf = idf if idf is not None else np.zeros(0, dtype=np.float32)
        self.proj = proj
        self.max_idf = float(self.idf.max()) if len(self.idf) else 8.0

    @classmethod
    def load(cls, path: Path = MODEL_PATH) -> "Model":
        if not path.exists():
            return cls()
        z = np.load(path, allow_pickle=False)
        vocab = {w: i for i, w in enumerate(z["vocab"].tolist())}
        proj = z["proj"].astype(np.float32) if "proj" in z.files else None
        return cls(vocab, z["idf"].astype(np.float32), proj)

    def idf_of(self, term: str) -> float:
        i = self.vocab.get(term)
        return float(self.idf[i]) if i is not None else self.max_idf

    def dense(self, weights: dict[str, float]) -> np.ndarray | None:
        """LSA vector (unit length) of a term-weight dict, or None without a model."""
        if self.proj is None:
            return None
        idx = [(self.vocab[t], w) for t, w in weights.items() if t in self.vocab]
        if not idx:
            return None
        rows = np.fromiter((i for i, _ in idx), dtype=np.int64)
        vals = np.fromiter((w for _, w in idx), dtype=np.float32)
        v = vals @ self.proj[rows]
        n = float(np.linalg.norm(v))
        return v / n if n > 0 else None


@lru_cache(maxsize=1)
def model() -> Model:
    return Model.load()


def term_weights(title: str, body: str, m: Model | None = None, name_boost: float = 1.5,
                 title_boost: float = 2.0, max_body_words: int = 600) -> dict[str, float]:
    """Unit-length TF-IDF vector (sublinear tf) over stemmed words and 'n:'-prefixed names.
    The title counts extra; only the lead of a long body is read (news puts the story
    first, and page junk accumulates at the end)."""
    m = m or model()
    tf: dict[str, float] = {}
    body = " ".join(body.split()[:max_body_words])
    for w in words(body):
        tf[w] = tf.get(w, 0.0) + 1.0
    for w in words(title or ""):
        tf[w] = tf.get(w, 0.0) + title_boost
    nm: dict[str, float] = {}
    for n in names(f"{title or ''}. {body}"):
        nm[n] = nm.get(n, 0.0) + 1.0
    vec = {t: (1.0 + math.log(c)) * m.idf_of(t) for t, c in tf.items()}
    for n, c in nm.items():
        key = "n:" + n
        vec[key] = (1.0 + math.log(c)) * m.idf_of(key) * name_boost
    norm = math.sqrt(sum(v * v for v in vec.values()))
    return {t: v / norm for t, v in vec.items()} if norm else {}
