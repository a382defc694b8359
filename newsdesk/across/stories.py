"""Stories: articles about the same developing news story, across outlets.

Online single pass (as a live feed would run it): articles arrive in time order and each
joins the most similar *active* story or opens a new one. A story is active while its last
article is within `window_days` of the newcomer; similarity fades with the gap.
Similarity mixes a TF-IDF centroid cosine (words + capitalised names) with an LSA cosine
from the shipped model (embed.py). An inverted index over each story's telling terms means
adding one article only scores the stories it shares a rare term with, so the cost per
article stays flat as the store grows.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from datetime import datetime, timezone

import numpy as np

from ..model import Article, Picture, Story
from ..pipeline import corpus_step
from . import embed


@dataclass
class Params:
    threshold: float = 0.30      # join a story when the mixed similarity reaches this
    w_dense: float = 0.35        # share of the LSA cosine in the mix
    window_days: float = 7.0     # a story with no article for this long is closed
    decay_days: float = 3.0      # similarity loses 1/e of its margin over ~this gap
    decay_weight: float = 0.05   # at most this much is taken off for an old story
    w_link: float = 0.5          # share of the best single-article match (vs the centroid)
    index_terms: int = 40        # terms of each article posted to the inverted index
    title_boost: float = 2.0
    name_boost: float = 1.5


def parse_time(value: str | None) -> float | None:
    """Seconds since the epoch for an ISO date or datetime, else None (undated)."""
    if not value:
        return None
    s = str(value).strip().replace("Z", "+00:00")
    for cand in (s, s[:19], s[:10]):
        try:
            dt = datetime.fromisoformat(cand)
        except ValueError:
            continue
        if dt.tzinfo is None:
            dt = dt.replace(tzinfo=timezone.utc)
        return dt.timestamp()
    return None


@dataclass
class _Story:
    sid: str
    members: list[str] = field(default_factory=list)
    centroid: dict[str, float] = field(default_factory=dict)
    norm2: float = 0.0
    dense: np.ndarray | None = None
    last: float | None = None


class StoryIndex:
    """The online assigner. `add()` returns the story id of one article; state is kept so
    the same index serves a live feed (one article at a time) or a batch."""

    def __init__(self, params: Params | None = None, model: embed.Model | None = None):
        self.p = params or Params()
        self.m = model or embed.model()
        self.stories: list[_Story] = []
        self.postings: dict[str, list[tuple[int, float]]] = {}   # term -> (article#, weight)
        self.story_of: list[int] = []                             # article# -> story#
        self.vectors: dict[str, tuple[dict[str, float], np.ndarray | None]] = {}

    def features(self, title: str | None, text: str) -> tuple[dict[str, float], np.ndarray | None]:
        w = embed.term_weights(title or "", text or "", self.m, name_boost=self.p.name_boost,
                               title_boost=self.p.title_boost)
        return w, self.m.dense(w)

    def _links(self, vec: dict[str, float], ts: float | None) -> dict[int, float]:
        """Best (approximate) cosine to a single member, for every active story that shares
        an indexed term with the newcomer: the candidates."""
        acc: dict[int, float] = {}
        for t, w in vec.items():
            for k, v in self.postings.get(t, ()):
                acc[k] = acc.get(k, 0.0) + w * v
        best: dict[int, float] = {}
        for k, dot in acc.items():
            i = self.story_of[k]
            if dot > best.get(i, -1.0):
                best[i] = dot
        if ts is not None:
            horizon = self.p.window_days * 86400
            best = {i: d for i, d in best.items()
                    if self.stories[i].last is None or abs(ts - self.stories[i].last) <= horizon}
        return best

    def score(self, st: _Story, vec: dict[str, float], dense, ts: float | None,
              link: float = 0.0) -> tuple[float, float]:
        """(mixed similarity, raw dot with the centroid) of a newcomer against a story."""
        dot = sum(w * st.centroid.get(t, 0.0) for t, w in vec.items())
        cos = dot / math.sqrt(st.norm2) if st.norm2 > 0 else 0.0
        sim = (1 - self.p.w_link) * cos + self.p.w_link * link
        if dense is not None and st.dense is not None and self.p.w_dense > 0:
            dn = float(np.linalg.norm(st.dense))
            dcos = float(dense @ st.dense) / dn if dn > 0 else 0.0
            sim = (1 - self.p.w_dense) * sim + self.p.w_dense * dcos
        if ts is not None and st.last is not None:
            gap = abs(ts - st.last) / 86400
            sim -= self.p.decay_weight * (1 - math.exp(-gap / self.p.decay_days))
        return sim, dot

    def add(self, aid: str, title: str | None, text: str, ts: float | None) -> str:
        vec, dense = self.features(title, text)
        self.vectors[aid] = (vec, dense if self.p.w_dense > 0 else None)
        best, best_sim, best_dot = None, self.p.threshold, 0.0
        if vec:
            for i, link in self._links(vec, ts).items():
                sim, dot = self.score(self.stories[i], vec, dense, ts, link)
                if sim >= best_sim:
                    best, best_sim, best_dot = i, sim, dot
        if best is None:
            best = len(self.stories)
            self.stories.append(_Story(f"s{best + 1}"))
        st = self.stories[best]
        st.members.append(aid)
        if st.norm2 > 0 and best_dot == 0.0:
            best_dot = sum(w * st.centroid.get(t, 0.0) for t, w in vec.items())
        st.norm2 += 2 * best_dot + sum(w * w for w in vec.values())
        for t, w in vec.items():
            st.centroid[t] = st.centroid.get(t, 0.0) + w
        if dense is not None and self.p.w_dense > 0:
            st.dense = dense.copy() if st.dense is None else st.dense + dense
        if ts is not None:
            st.last = ts if st.last is None else max(st.last, ts)
        k = len(self.story_of)
        self.story_of.append(best)
        for t in sorted(vec, key=vec.get, reverse=True)[: self.p.index_terms]:
            self.postings.setdefault(t, []).append((k, vec[t]))
        return st.sid

    def central(self, st: _Story) -> str:
        """The member closest to the story centroid (its title names the story)."""
        def closeness(aid: str) -> float:
            vec = self.vectors[aid][0]
            return sum(w * st.centroid.get(t, 0.0) for t, w in vec.items())
        return max(st.members, key=closeness)


_SENT = re.compile(r"[^.!?\n]+[.!?]*")


def _sentences(text: str) -> list[str]:
    return [s for s in (" ".join(m.group(0).split()).lower() for m in _SENT.finditer(text or ""))
            if len(s.split()) >= 4]


def boilerplate(articles: list[Article], min_df: int = 3) -> set[str]:
    """Sentences found in `min_df` or more distinct articles (copies of one wire story
    count once): page furniture the cleaner let through (sign-in notices, archive crawl
    banners, 'video unavailable'). They must not tie unrelated articles into one story."""
    df: dict[str, int] = {}
    for art in articles:
        if art.duplicate_of:
            continue
        for s in set(_sentences(art.text)):
            df[s] = df.get(s, 0) + 1
    return {s for s, c in df.items() if c >= min_df}


def _content(text: str, boiler: set[str]) -> str:
    if not boiler:
        return text
    return " ".join(s for s in (" ".join(m.group(0).split()) for m in _SENT.finditer(text or ""))
                    if s.lower() not in boiler)


def arrival_order(articles: list[Article]) -> list[Article]:
    """By publication time; undated articles last, in input order."""
    dated = [(parse_time(a.published), i, a) for i, a in enumerate(articles)]
    return [a for t, i, a in sorted(dated, key=lambda x: (x[0] is None, x[0] or 0.0, x[1]))]


def assign(articles: list[Article], params: Params | None = None,
           model: embed.Model | None = None) -> list[Story]:
    """Fill `art.story` for every article and return the stories, ids in order of first
    article. Duplicates (art.duplicate_of) follow their original without being scored."""
    index = StoryIndex(params, model)
    boiler = boilerplate(articles)
    by_id = {a.id: a for a in articles}
    raw_story: dict[str, str] = {}
    for art in arrival_order(articles):
        if art.id in raw_story:        # an original already placed by its earlier copy
            continue
        orig = by_id.get(art.duplicate_of) if art.duplicate_of else None
        if orig is not None and orig.id in raw_story:
            raw_story[art.id] = raw_story[orig.id]
            continue
        raw_story[art.id] = index.add(art.id, art.title, _content(art.text, boiler),
                                      parse_time(art.published))
        if orig is not None:           # the original comes later in time order: share its story
            raw_story[orig.id] = raw_story[art.id]
    # renumber in order of each story's first article (arrival order) and title them
    members: dict[str, list[str]] = {}
    for art in arrival_order(articles):
        members.setdefault(raw_story[art.id], []).append(art.id)
    stories, ids = [], {}
    internal = {st.sid: st for st in index.stories}
    for k, (raw, aids) in enumerate(members.items(), 1):
        ids[raw] = f"s{k}"
        st = internal.get(raw)
        head = index.central(st) if st is not None and st.members else aids[0]
        title = by_id[head].title or _first_words(by_id[head].text)
        stories.append(Story(f"s{k}", title, aids))
    for art in articles:
        art.story = ids[raw_story[art.id]]
    return stories


def _first_words(text: str, n: int = 12) -> str | None:
    ws = (text or "").split()
    if not ws:
        return None
    return " ".join(ws[:n]) + ("…" if len(ws) > n else "")


@corpus_step("stories")
def stories_step(articles: list[Article], picture: Picture) -> None:
    picture.stories = assign(articles)
