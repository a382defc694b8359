"""The executor: the clean step's batch form gives each article what the single form gives,
and a failure inside a batch still names its article and spares the others."""
from pathlib import Path

from newsdesk.clean import clean_article, clean_articles
from newsdesk.model import Article
from newsdesk.pipeline import LocalExecutor, Stats, run_article_steps
from newsdesk.api import _raw_articles as raw_articles

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "coverage"


def _raw_articles():
    return raw_articles([EXAMPLES], Stats(), 50_000_000)


def test_batch_clean_equals_single_clean_on_the_example():
    one = [clean_article(a) for a in _raw_articles()]
    many = clean_articles(_raw_articles())
    assert len(one) == len(many) > 3
    assert {a.kind for a in one} >= {"text", "html"}
    for a, b in zip(one, many):
        assert (a.id, a.title, a.outlet, a.published, a.text) == (b.id, b.title, b.outlet,
                                                                  b.published, b.text)


def test_a_bad_article_in_a_batch_is_named_and_the_rest_cleaned():
    arts = _raw_articles()
    bad = Article(id="odd", raw="x", kind="no-such-kind", path="odd.xyz")
    stats = Stats()
    out = list(run_article_steps(arts[:2] + [bad] + arts[2:], ["clean"], stats,
                                 executor=LocalExecutor(batch=8)))
    assert [a.id for a in out] == [a.id for a in arts]
    assert all(a.text for a in out)
    assert len(stats.errors) == 1 and "odd.xyz" in stats.errors[0]


def test_chunks_are_bounded_by_count_and_size():
    ex = LocalExecutor(batch=3, batch_chars=10)
    arts = [Article(id=str(i), raw="abcd", kind="text") for i in range(7)]
    sizes = [len(c) for c in ex._chunks(arts)]
    assert sizes == [3, 3, 1]
    big = [Article(id=str(i), raw="a" * 20, kind="text") for i in range(4)]
    assert [len(c) for c in ex._chunks(big)] == [1, 1, 1, 1]
