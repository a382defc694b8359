"""Memoised lookups of the event layer return what a fresh computation returns, and hand out
fresh containers, so a caller that edits its result cannot change the next caller's."""
from __future__ import annotations

from newsdesk.extract import counts, dates
from newsdesk.extract import ev_names as N
from newsdesk.extract.geo import gazetteer
from newsdesk.extract.geo.resolve import ArticleGeo, _candidates, candidates
from newsdesk.extract.geo.roles import _landmarks, landmarks
from newsdesk.nlp import doc_text, parse

SENTENCES = [
    "Gunmen stormed the Turaibal border crossing near Rutba in Anbar province on Monday, "
    "killing 12 Iraqi soldiers, officials in Baghdad said.",
    "Protesters marched from Tahrir Square to the Rabaa al-Adawiya mosque in Cairo.",
]


def test_gazetteer_lookup_memo_is_the_lookup_and_hands_out_copies():
    gz = gazetteer()
    for name in ("Baghdad", "Iraq's", "Fallujah", "Falluja", "Northern Iraq", "Nowhereville"):
        first = gz.lookup(name)
        assert first == gz._lookup(name, True)
        first.append("junk")
        assert gz.lookup(name) == gz._lookup(name, True)


def test_candidates_memo_equals_scoring_afresh():
    gz = gazetteer()
    for name in ("Baghdad", "Paris", "Kirkuk", "Ontario", "BBC", "Canadian"):
        got = candidates(name)
        assert got == _candidates(name, gz)
        got.clear()
        assert candidates(name) == _candidates(name, gz)


def test_date_and_casualty_memos_hand_out_copies():
    s = "Police said Monday that 24 people were killed and 40 wounded in Sunday's bombing."
    d = dates.date_expressions(s, "2015-11-14")
    assert d and isinstance(d, list)
    d.clear()
    assert dates.date_expressions(s, "2015-11-14") == list(dates._date_expressions.__wrapped__(s, "2015-11-14"))
    c = counts.casualties(s)
    assert c["dead"].low == 24 and c["injured"].low == 40
    c["mentions"].clear()
    c["dead"] = None
    again = counts.casualties(s)
    assert again["dead"].low == 24 and again["mentions"]


def test_doc_memos_equal_fresh_reads():
    docs = parse(SENTENCES)
    fresh = parse(SENTENCES)
    for doc, other in zip(docs, fresh):
        assert doc_text(doc) == doc.text == doc_text(doc)
        assert landmarks(doc) == landmarks(doc) == _landmarks(other)
        trig = next(t for t in doc if t.tag_.startswith("VB"))
        assert N.places(doc) == N.places(other)
        assert N.places(doc, {doc[0]}, trig.i) == N.places(other, {other[0]}, trig.i)
    assert "Turaibal" in landmarks(docs[0])


def test_article_geo_best_memo_equals_scoring_afresh():
    text = " ".join(SENTENCES)
    geo = ArticleGeo(["Rutba", "Anbar", "Baghdad", "Cairo", "Rutba"], text=text)
    for name in ("Rutba", "Anbar", "Baghdad", "Cairo", "Mosul", "Nowhereville"):
        memo = geo.best(name)
        scored = geo.cands.get(name) or []
        fresh = max(((h, s + geo._context(name, h)) for h, s in scored), key=lambda t: t[1]) if scored else None
        assert memo == fresh == geo.best(name)


def test_relation_prefilter_keeps_every_relation():
    from newsdesk.extract.geo.relative import _RELATION, relation_before
    s = ("Clashes broke out 5 km north of Ramadi, near the town of Hit, on the outskirts of "
         "Fallujah and outside the city of Mosul, said officials in Baghdad.")
    found = []
    for start in range(len(s) + 1):
        m = _RELATION.search(s[max(0, start - 80):start])
        want = m.group("rel").strip() if m else None
        assert relation_before(s, start) == want
        found.append(want)
    assert {"5 km north of", "near", "on the outskirts of", "outside"} <= set(found)
