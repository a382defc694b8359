"""Remembered cue searches for the dispute detectors.

Each of the ~50 detectors runs its own module-level patterns over every sentence of a story,
and an incremental ingest refreshes a story on every new arrival: without a memory the old
articles' sentences are searched again by every pattern each time, and a sentence a wire
copy repeats across outlets is searched once per copy. A regex search on a string is pure,
so its answer can be kept by sentence text: the detectors' output stays byte-identical and
a refresh pays only for the sentences it has not seen.

`remember_cues(modules)` swaps each module-level compiled pattern of the given modules for a
`MemoPattern` (one per pattern, shared by every module that imported it), and so the patterns
held in a module-level list, tuple or dict (a detector's frames); patterns deeper down or in
default arguments stay as they are. The memory is bounded by sentence count
(oldest text forgotten first) and holds no article, only texts and match objects.
"""
from __future__ import annotations

import re
from types import ModuleType

MAX_TEXTS = 6000     # the sentences of ~40 large live stories; ~3 kB of answers each, ~20 MB full
_MEMO: dict[str, dict] = {}
_MISS = object()


def _answers(text: str) -> dict:
    """The per-text table of remembered answers, made (and the oldest text dropped) if new."""
    got = _MEMO.get(text)
    if got is None:
        if len(_MEMO) >= MAX_TEXTS:
            try:
                del _MEMO[next(iter(_MEMO))]
            except (KeyError, RuntimeError, StopIteration):   # another thread evicted first
                pass
        got = _MEMO[text] = {}
    return got


class MemoPattern:
    """A compiled pattern whose search/match/fullmatch/findall/finditer answers on a plain
    string are remembered; anything else (keyword arguments, other methods, `.pattern`)
    goes to the pattern itself."""

    __slots__ = ("raw", "_keys")

    def __init__(self, raw: re.Pattern):
        self.raw = raw
        self._keys = {m: object() for m in ("search", "match", "fullmatch", "findall", "finditer")}

    def __getattr__(self, name: str):
        return getattr(self.raw, name)

    def __repr__(self) -> str:
        return f"MemoPattern({self.raw!r})"

    def _ask(self, meth: str, text, args: tuple, kw: dict):
        if kw or type(text) is not str:
            return getattr(self.raw, meth)(text, *args, **kw)
        table = _answers(text)
        key = (self._keys[meth], *args) if args else self._keys[meth]
        got = table.get(key, _MISS)
        if got is _MISS:
            got = getattr(self.raw, meth)(text, *args)
            if meth in ("findall", "finditer"):
                got = tuple(got)
            table[key] = got
        return got

    def search(self, text, *args, **kw):
        if args or kw or type(text) is not str:      # the detectors' common call, kept short
            return self._ask("search", text, args, kw)
        table = _MEMO.get(text)
        if table is None:
            table = _answers(text)
        key = self._keys["search"]
        got = table.get(key, _MISS)
        if got is _MISS:
            got = table[key] = self.raw.search(text)
        return got

    def match(self, text, *args, **kw):
        return self._ask("match", text, args, kw)

    def fullmatch(self, text, *args, **kw):
        return self._ask("fullmatch", text, args, kw)

    def findall(self, text, *args, **kw):
        got = self._ask("findall", text, args, kw)
        return list(got)               # a fresh list: a caller may change it

    def finditer(self, text, *args, **kw):
        return iter(self._ask("finditer", text, args, kw))


def remember_cues(modules: list[ModuleType]) -> int:
    """Swap the module-level compiled patterns of `modules` for remembering ones; the number
    of distinct patterns wrapped."""
    made: dict[int, MemoPattern] = {}

    def memo(val):
        return made.setdefault(id(val), MemoPattern(val)) if isinstance(val, re.Pattern) else val

    for mod in modules:
        for name, val in list(vars(mod).items()):
            if isinstance(val, re.Pattern):
                setattr(mod, name, memo(val))
            elif isinstance(val, list):          # a detector's list of frames, changed in place
                val[:] = [memo(v) for v in val]
            elif isinstance(val, tuple) and any(isinstance(v, re.Pattern) for v in val):
                setattr(mod, name, tuple(memo(v) for v in val))
            elif isinstance(val, dict):          # a family -> cue table
                for k, v in val.items():
                    val[k] = memo(v)
    return len(made)


def forget() -> None:
    """Drop every remembered answer (tests; a process that wants its memory back)."""
    _MEMO.clear()
