"""Text features for comparing articles across outlets: weighted terms and names, with IDF
from the small table we ship (`newsdesk/data/embed_lsa.npz`, rebuilt by
`scripts/train_embed.py` from dev/train text only), and an optional dense LSA vector when
the table is built with `--dims N`.

Why not a transformer: no torch, no hub. Why an IDF table at all: a batch of ten articles
has no statistics of its own, and a shipped background makes the weights stable whether
one article or ten thousand are compared. (LSA did not beat TF-IDF on Multi-News
validation, so the default build ships the IDF table only, 0.2 MB.)
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


def _bare(w: str) -> str:
    """'Fed's' -> 'fed', 'Jones'' -> 'jones': a possessive is the same word (left on, it
    made 'titanfall'' a term of its own in one headline of five)."""
    w = w.lower().strip("'-")
    return w[:-2] if w.endswith("'s") else w


def words(text: str) -> list[str]:
    return [stem(w) for w in (_bare(m.group(0)) for m in _WORD.finditer(text))
            if w not in _STOP and len(w) > 1 and not w.endswith("n't")]


def names(text: str, common=None) -> list[str]:
    """Capitalised names (people, places, organisations): strong evidence of one story.
    `common(word)` says a lower-case word is ordinary; such a word that is capitalised only
    because it opens a sentence ('Stocks fall ...') is not a name."""
    out = []
    for m in _NAME.finditer(text):
        parts = [p for p in re.split(r"[ \-]", m.group(0)) if p not in _NOT_NAMES]
        if common and parts and parts[0] == m.group(0).split()[0] and common(parts[0].lower()):
            before = text[max(0, m.start() - 3):m.start()].strip()
            if not before or before[-1] in '.!?"\u201c:':
                parts = parts[1:]
        if not parts:
            continue
        name = " ".join(parts).lower()
        if len(name) > 2 and name not in _STOP:
            out.append(name)
    return out


def title_cased(text: str) -> bool:
    """'Fed Official Says Weak Data Caused By Weather': every word capitalised, so
    capitals say nothing about names there."""
    ws = [w for w in re.findall(r"[A-Za-z]+", text) if len(w) > 3]
    return len(ws) >= 3 and sum(w[0].isupper() for w in ws) / len(ws) > 0.75


class Model:
    """IDF table and optional LSA projection. Unknown terms get the highest IDF: a rare
    name that our background text never saw is as telling as any."""

    def __init__(self, vocab: dict[str, int] | None = None, idf: np.ndarray | None = None,
                 proj: np.ndarray | None = None):
        self.vocab = vocab or {}
        self.idf = idf if idf is not None else np.zeros(0, dtype=np.float32)
        self.proj = proj
        self.max_idf = float(self.idf.max()) if len(self.idf) else 8.0
        self.local_df: dict[str, int] = {}
        self.local_n, self.local_share, self.min_local = 0, 0.0, 1

    @classmethod
    def load(cls, path: Path = MODEL_PATH) -> "Model":
        if not path.exists():
            return cls()
        z = np.load(path, allow_pickle=False)
        vocab = {w: i for i, w in enumerate(z["vocab"].tolist())}
        proj = z["proj"].astype(np.float32) if "proj" in z.files else None
        return cls(vocab, z["idf"].astype(np.float32), proj)

    def is_common(self, word: str) -> bool:
        """A word our background text mostly writes in lower case: as a word it is far
        more frequent than as a capitalised name ('stocks' yes, 'obama' no)."""
        i = self.vocab.get(stem(word))
        if i is None:
            return False
        return float(self.idf[i]) + 1.5 < self.idf_of("n:" + word)

    def idf_of(self, term: str) -> float:
        i = self.vocab.get(term)
        bg = float(self.idf[i]) if i is not None else self.max_idf
        if self.local_n < self.min_local:
            return bg
        local = math.log((self.local_n + 1) / (self.local_df.get(term, 0) + 1)) + 1.0
        return (1 - self.local_share) * bg + self.local_share * local

    def with_corpus(self, texts, share: float = 0.5, min_docs: int = 200) -> "Model":
        """A copy whose IDF also reflects the corpus at hand: in a month of business
        headlines 'fed' is common, in our background text it is rare."""
        other = Model(self.vocab, self.idf, self.proj)
        df: dict[str, int] = {}
        n = 0
        for text in texts:
            n += 1
            for t in set(words(text)) | {"n:" + x for x in names(text)}:
                df[t] = df.get(t, 0) + 1
        other.local_df, other.local_n = df, n
        other.local_share, other.min_local = share, min_docs
        return other

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
                 title_boost: float = 2.0, max_body_words: int = 600,
                 prefix: int = 0, prefix_weight: float = 0.5,
                 bigram_weight: float = 0.0) -> dict[str, float]:
    """Unit-length TF-IDF vector (sublinear tf) over stemmed words and 'n:'-prefixed names.
    The title counts extra; only the lead of a long body is read (news puts the story
    first, and page junk accumulates at the end). With `bigram_weight`, adjacent content
    words are 'b:'-terms too, weighted by their words' mean IDF (our table has no pairs)."""
    m = m or model()
    tf: dict[str, float] = {}
    body = " ".join(body.split()[:max_body_words])
    for w in words(body):
        tf[w] = tf.get(w, 0.0) + 1.0
    for w in words(title or ""):
        tf[w] = tf.get(w, 0.0) + title_boost
    nm: dict[str, float] = {}
    head = "" if title_cased(title or "") else (title or "")
    for n in names(f"{head}. {body}", m.is_common):
        nm[n] = nm.get(n, 0.0) + 1.0
    vec = {t: (1.0 + math.log(c)) * m.idf_of(t) for t, c in tf.items()}
    if prefix:    # soft match of word forms in short texts: 'libya'/'libyan', 'russia'/'russian'
        for t, c in tf.items():
            if len(t) > prefix and not t.startswith("n:"):
                key = "p:" + t[:prefix]
                vec[key] = vec.get(key, 0.0) + prefix_weight * (1.0 + math.log(c)) * m.idf_of(t)
    if bigram_weight:   # adjacent content words: 'throat cancer' is a story, 'cancer' a topic
        bg: dict[str, float] = {}
        for ws in (words(title or ""), words(body)):
            for a, b in zip(ws, ws[1:]):
                bg[f"b:{a} {b}"] = bg.get(f"b:{a} {b}", 0.0) + 1.0
        for t, c in bg.items():
            a, b = t[2:].split(" ", 1)
            vec[t] = bigram_weight * (1.0 + math.log(c)) * 0.5 * (m.idf_of(a) + m.idf_of(b))
    for n, c in nm.items():
        key = "n:" + n
        vec[key] = (1.0 + math.log(c)) * m.idf_of(key) * name_boost
    norm = math.sqrt(sum(v * v for v in vec.values()))
    return {t: v / norm for t, v in vec.items()} if norm else {}
