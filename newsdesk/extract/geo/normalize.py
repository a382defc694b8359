"""Name keys for gazetteer lookup. Shared by the build script and the resolver so the
index and the queries agree byte for byte.

Two keys per name:
- `key`: ASCII-folded, lower-cased, punctuation to spaces ("Şalāḩ ad Dīn" -> "salah ad din").
- `skeleton`: a transliteration-tolerant key for Arabic/Persian/Slavic romanisations, so
  Baqouba / Baquba / Baqubah / Ba'qubah, Tal Afar / Tall 'Afar, Fallujah / Falluja meet.
  It drops article prefixes (al-, el-, ad-, ...), maps ou->u, q->k, kh->k, ee->i, y->i,
  e->a (vowel quality is unstable across romanisations), collapses doubled letters and
  drops a final h.

The three keys are pure and asked for the same names many times per article (every
candidate of every name), so they are memoised.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_FOLD = str.maketrans({"ß": "ss", "æ": "ae", "Æ": "ae", "ø": "o", "Ø": "o", "ł": "l", "Ł": "l",
                       "đ": "d", "Đ": "d", "ı": "i", "œ": "oe", "Œ": "oe", "þ": "th",
                       "’": "'", "‘": "'", "ʼ": "'", "ʻ": "'", "`": "'", "´": "'"})
_NONWORD = re.compile(r"[^a-z0-9]+")
_PREFIX = re.compile(r"^(?:al|el|al|ad|ar|as|ash|at|az|an|adh|ath|ul|il)[\s\-]+(?=\w)")
_SKEL_RULES = [(re.compile(a), b) for a, b in (
    (r"'", ""), (r"ou", "u"), (r"oo", "u"), (r"ee", "i"), (r"ie", "i"), (r"ch", "sh"),
    (r"q", "k"), (r"kh", "k"), (r"gh", "g"), (r"dh", "d"), (r"th", "t"), (r"ph", "f"),
    (r"ck", "k"), (r"c", "k"), (r"y", "i"), (r"w", "u"), (r"j", "j"), (r"e", "a"),
    (r"o", "u"), (r"z", "s"),
)]
_ARTICLES = frozenset("al el ad ed ud ar as ash at az an ul il".split())
_DIN = re.compile(r"h?(?:[aeu]d|[aeu]l|[aeu])[ -]?din\b")
_DOUBLE = re.compile(r"(.)\1+")


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """ASCII fold: strip diacritics, map a few letters NFKD leaves alone."""
    text = text.translate(_FOLD)
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c))


def is_latin(text: str) -> bool:
    """True when the folded name is plain ASCII (skip Arabic/Cyrillic/CJK alternate names)."""
    return fold(text).isascii()


@lru_cache(maxsize=65536)
def key(text: str) -> str:
    return " ".join(_NONWORD.sub(" ", fold(text).lower().replace("'", "")).split())


@lru_cache(maxsize=65536)
def skeleton(text: str) -> str:
    s = fold(text).lower().strip()
    s = _PREFIX.sub("", s)
    s = s.replace("-", " ")
    s = _NONWORD.sub(" ", s.replace("'", "")).strip()
    words = s.split()
    s = " ".join(w for i, w in enumerate(words) if i == len(words) - 1 or w not in _ARTICLES)
    s = _DIN.sub("din", s)
    for pat, rep in _SKEL_RULES:
        s = pat.sub(rep, s)
    s = _DOUBLE.sub(r"\1", s)
    s = re.sub(r"h\b", "", s)
    return s.replace(" ", "")
