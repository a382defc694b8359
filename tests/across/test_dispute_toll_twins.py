"""Toll disputes of one act told twice under two place labels (a split record placed by a
background town) are one dispute when they share two figures (dispute_twins.join_shared)."""
from __future__ import annotations

from newsdesk.model import Claim, Dispute, Span


def _toll(topic: str, *arts: str) -> Dispute:
    return Dispute(topic, [Claim(a, None, Span(a, 0, 5, "x")) for a in arts], "count")


def _join(*found):
    from newsdesk.across.dispute_twins import join_shared
    return join_shared(list(found))


def test_two_shared_figures_join_whatever_the_place():
    big = _toll("death toll of the assault in Portvale", "a", "b", "c")
    small = _toll("death toll of the assault in Eastmarsh", "b", "d")
    out = _join((big, {40, 55, 61}), (small, {40, 61}))
    assert out == [big] and [c.article for c in big.claims] == ["a", "b", "c", "d"]


def test_one_shared_figure_joins_only_under_one_title():
    airport = _toll("death toll of the assault in Portvale", "a", "b")
    metro = _toll("death toll of the assault in Eastmarsh", "c", "d")
    assert len(_join((airport, {11, 14}), (metro, {14, 20}))) == 2
    again = _toll("death toll of the assault in Portvale", "e", "f")
    assert len(_join((_toll("death toll of the assault in Portvale", "a"), {11, 14}), (again, {14, 20}))) == 1


def _count(topic: str, *claims: tuple[str, int]) -> Dispute:
    return Dispute(topic, [Claim(a, None, Span(a, s, s + 5, f"said {s}")) for a, s in claims], "count")


def test_one_measure_disputed_twice_through_one_article_is_one_dispute():
    from newsdesk.across.dispute_twins import dedupe
    across = _count("number of injured: 57 vs 81 vs 112", ("a", 0), ("b", 10), ("c", 20))
    inside = _count("number of injured: 77 vs 83", ("b", 300), ("b", 400))
    out = dedupe([across, inside])
    assert out == [across] and [(c.article, c.span.start) for c in across.claims] == [
        ("a", 0), ("b", 10), ("c", 20), ("b", 300), ("b", 400)]


def test_the_dead_and_the_injured_or_two_articles_apart_stay_two_disputes():
    from newsdesk.across.dispute_twins import dedupe
    hurt = _count("number of injured: 77 vs 83", ("b", 300), ("b", 400))
    dead = _count("death toll of the assault in Portvale", ("b", 10), ("c", 20))
    other = _count("number of injured: 11 vs 14", ("d", 5), ("e", 9))
    assert len(dedupe([hurt, dead, other])) == 3
