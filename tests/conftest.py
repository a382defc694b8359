"""Shared fixtures. Tests that need ../shared (benchmarks, gold) skip with a clear reason
on a bare clone, and run in CI where ../shared is present."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
EXAMPLES = ROOT / "examples"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def shared_path(*parts: str) -> Path:
    """A path under ../shared, or a skip when that material is absent (bare clone)."""
    p = SHARED.joinpath(*parts)
    if not p.exists():
        pytest.skip(f"needs ../shared/{'/'.join(parts)} (absent on a bare clone; present in CI)")
    return p


@pytest.fixture
def seeds_dir() -> Path:
    return shared_path("seeds")


@pytest.fixture
def seeds_gold() -> Path:
    return shared_path("eval", "seeds.gold.json")


def direct_quotes(text: str) -> list:
    """The direct quotations found in one article made of `text`."""
    from newsdesk.extract.quotes import extract_quotes
    from newsdesk.model import Article
    art = Article(id="t", raw=text, text=text)
    return [q for q in extract_quotes(art) if q.kind == "direct"]


def direct_speakers(text: str) -> list[tuple[str, str]]:
    """(speaker, quote) of the direct quotations the quotes step finds in one article made of
    `text`, each checked to quote its span verbatim."""
    from newsdesk.extract.quotes import quotes_step
    from newsdesk.model import Article
    art = quotes_step(Article(id="t", raw=text, text=text))
    for q in art.quotes:
        assert text[q.span.start:q.span.end] == q.text == q.span.text
    return [(q.speaker, q.text) for q in art.quotes if q.kind == "direct"]


def together(groups, *ms) -> bool:
    """Whether one group of a merge result holds every one of the mentions `ms` (by identity)."""
    return any({id(m) for m in ms} <= {id(x) for x in g} for g in groups)


def story_disputes(*texts: str, story: str = "s") -> list:
    """The disputes found in one story whose articles are `texts`."""
    from newsdesk.across.disputes import find_disputes
    from newsdesk.model import Article, Picture
    arts = [Article(id=f"a{i}", raw=t, text=t, story=story) for i, t in enumerate(texts)]
    pic = Picture(articles=arts)
    find_disputes(arts, pic)
    return pic.disputes


def detector_disputes(detector, *texts: str) -> list:
    """What one dispute detector finds in one story whose articles are `texts`."""
    from newsdesk.across.disputes import story_context
    from newsdesk.model import Article
    arts = [Article(id=f"a{i}", raw=t, text=t, story="s") for i, t in enumerate(texts)]
    return detector(arts, story_context(arts))


def event_mentions(text: str, published: str = "2031-03-04") -> list:
    """The event mentions the events step finds in one article of `text`."""
    from newsdesk.extract.events import events_step
    from newsdesk.model import Article
    from newsdesk.nlp import sentences_step
    return events_step(sentences_step(Article(id="t", raw=text, text=text, published=published))).mentions


def assault_mentions(text: str, published: str) -> list:
    """The ASSAULT mentions the events step finds in one article of `text`."""
    return [m for m in event_mentions(text, published) if m.type == "ASSAULT"]


def mention_types(text: str, published: str = "2021-03-02") -> list[str]:
    """The types of the event mentions one article of `text` yields."""
    return [m.type for m in event_mentions(text, published)]


def trigger_types(text: str) -> set[str]:
    """The types of the triggers one sentence fires, after retyping."""
    from newsdesk.extract.plover import find_triggers, retype
    return {t.type for t in retype(text, find_triggers(text))}


def first_event(text: str, typ: str, published: str = "2031-03-04"):
    """The first candidate of type `typ` the events step reads in one sentence, or None."""
    from newsdesk.extract.events import sentence_events
    return next((c for c in sentence_events(text, published) if c.type == typ), None)


def clean_wcxb_dev(pid: str):
    """A WCXB dev page cleaned as `analyze` cleans it (with its ground truth's URL)."""
    import json
    from newsdesk.clean import article_from_raw, clean_article
    from newsdesk.model import RawDoc
    from newsdesk.read.decode import decode_bytes, read_capped
    p = shared_path("bench", "wcxb", "dev", "html", f"{pid}.html.gz")
    url = json.loads(shared_path("bench", "wcxb", "dev", "ground-truth", f"{pid}.json")
                     .read_text("utf8")).get("url")
    html = decode_bytes(read_capped(p, 50_000_000), str(p), html=True)[0]
    return clean_article(article_from_raw(RawDoc(id=pid, path=f"{pid}.html", kind="html",
                                                 content=html, url=url)))


def example_stage_rows():
    """The shipped plain model and our example page's stage-2 rows M, their probabilities p
    and stage-3 rows S: real rows for checks on the tree ensembles."""
    import numpy as np
    from newsdesk.clean import plain, plain_fast, plain_page, plain_text
    from newsdesk.clean.lines import line_features, split_blocks
    m = plain.load_model()
    blocks = split_blocks((FIXTURES / "plain_harbor_gazette.txt").read_text("utf8"))
    pg = plain_page.page([b.text for b in blocks])
    s = plain.word_scores(pg, m["words"]["w"], m["words"]["bias"])
    M = np.hstack([plain.stage2_matrix(line_features(blocks, None, pg), pg, s),
                   plain_text.text_columns(pg, s)])
    p = plain_fast.predict(m["gbm"], M)
    S = np.hstack([plain.smooth_features(p, M), plain_text.smooth_columns(M)])
    return m, M, p, S
