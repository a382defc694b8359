"""Dense text vectors from a static embedding model that ships inside a PyPI wheel.

Why this model: WordLlama (`wordllama` on PyPI) bundles its 256-dimension token table
(16 MB, distilled from an LLM's input embeddings and trained contrastively) in the wheel
itself, so it needs no torch, no model hub and no download: a text is the mean of its
token vectors, thousands of texts a second on one core. It adds what TF-IDF lacks:
'Kiev' and 'Ukrainian capital', 'killed' and 'dead' land close.

The package looks for its tokenizer file under `tokenizer/` but ships it under
`tokenizers/`; pointing its cache at the package folder finds both files, and
`disable_download=True` makes a missing file an error instead of a network request.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import numpy as np

INSTALL = "pip install wordllama==0.4.0.post1"


@lru_cache(maxsize=1)
def model():
    """The bundled WordLlama model, loaded once (~0.2 s)."""
    try:
        import wordllama
        from wordllama import WordLlama
    except ImportError as exc:  # a core dependency; say how to get it back
        raise ImportError(f"dense text vectors need wordllama: {INSTALL}") from exc
    import logging
    logging.getLogger("wordllama").setLevel(logging.WARNING)
    return WordLlama.load(cache_dir=Path(wordllama.__file__).parent, disable_download=True)


def embed(texts: list[str], batch: int = 256) -> np.ndarray:
    """Unit-length float32 vectors, one row per text (an empty text gives a zero row)."""
    if not texts:
        return np.zeros((0, 256), dtype=np.float32)
    vecs = np.asarray(model().embed(list(texts), norm=False, batch_size=batch), dtype=np.float32)
    norms = np.linalg.norm(vecs, axis=1, keepdims=True)
    return np.divide(vecs, norms, out=np.zeros_like(vecs), where=norms > 0)
