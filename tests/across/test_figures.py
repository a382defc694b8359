"""Event-level casualty figure from its sources (across/figures.best_count), on the tolls the
dev coverage really gives (Sri Lanka, Egypt, Odessa, Paris) and on the notes the events step
leaves on real articles."""
from __future__ import annotations

from newsdesk.across.figures import best_count
from newsdesk.model import Count, EventMention, Span
from conftest import shared_path


def _m(aid, dead=None, injured=None):
    return EventMention(aid, "ASSAULT", Span(aid, 0, 1, "x"),
                        dead=Count(*dead) if dead else None,
                        injured=Count(*injured) if injured else None)


def _note(low, high, qualifier="exact", superseded=False, claim=False):
    return {"low": low, "high": high, "qualifier": qualifier, "superseded": superseded, "claim": claim}


def pair(c):
    return None if c is None else (c.low, c.high)


def test_a_rising_toll_takes_the_newest_figure_not_the_most_cited():
    # Sri Lanka: 138 (day one, twice), 207 (PA), 290 (AFP next day)
    ms = [_m("a", (138, None)), _m("b", (138, None)), _m("c", (207, 207), (450, 450)),
          _m("d", (290, 290), (500, None))]
    assert pair(best_count(ms, "dead", {})) == (290, 290)
    assert pair(best_count(ms, "injured", {})) == (500, None)


def test_a_figure_a_source_calls_superseded_is_set_aside():
    # Odessa: the BBC gives 31 "revising down an earlier tally of 38"; Xinhua and Pravda say 38
    ms = [_m("bbc", (31, None)), _m("afp", (31, None)), _m("xinhua", (38, None)), _m("pravda", (38, 38))]
    notes = {"bbc": {"dead": [_note(31, None, "min"), _note(38, 38, superseded=True)]}}
    assert pair(best_count(ms, "dead", {}, notes)) == (31, None)
    assert pair(best_count(ms, "dead", {})) == (38, None)    # without the notes: highest


def test_claims_and_roundings_give_way_to_official_counts():
    ms = [_m("lat", (525, 525)), _m("lat2", (2000, None)), _m("bawaba", (118, 118)),
          _m("reuters", (87, None))]
    notes = {"lat2": {"dead": [_note(2000, None, "min", claim=True)]},
             "bawaba": {"dead": [_note(118, 118, "at_most")]}}
    assert pair(best_count(ms[:2], "dead", {}, notes)) == (525, 525)
    assert pair(best_count(ms[2:], "dead", {}, notes)) == (87, None)
    # only a claim: it is still the figure we have
    assert pair(best_count(ms[1:2], "dead", {}, notes)) == (2000, None)


def test_ties_go_to_the_more_cited_then_the_open_bound():
    ms = [_m("cnn", (128, 128)), _m("afp", (128, None)), _m("reuters", (127, 127))]
    assert pair(best_count(ms, "dead", {})) == (128, None)
    ms = [_m("a", (40, 40)), _m("b", (40, 40)), _m("c", (40, None))]
    assert pair(best_count(ms, "dead", {})) == (40, 40)
    assert best_count([_m("a")], "dead", {}) is None


def test_notes_from_real_articles_rule_out_the_superseded_toll():
    """The events step records the BBC's superseded 38 on the article; the event built from
    the BBC and Xinhua reports then keeps 31."""
    from newsdesk.api import _raw_articles
    from newsdesk.pipeline import ARTICLE_STEPS, Stats, load_steps
    load_steps()
    arts = _raw_articles([shared_path("eval", "dev", "batch-c", "articles", f"odessa-fire-{o}.txt")
                          for o in ("bbc", "xinhua")], Stats(), 10 ** 7)
    for i, art in enumerate(arts):
        for step in ("clean", "nlp", "events"):
            art = ARTICLE_STEPS[step](art)
        arts[i] = art
    fire = [next(m for m in a.mentions if m.type == "ASSAULT" and m.dead) for a in arts]
    assert [pair(m.dead) for m in fire] == [(31, None), (38, None)]
    notes = {a.id: a.layers["figures"] for a in arts}
    assert any(n.get("superseded") and n["low"] == 38 for n in notes[arts[0].id]["dead"])
    assert pair(best_count(fire, "dead", {}, notes)) == (31, None)


def _said(aid, dead, text):
    return EventMention(aid, "ASSAULT", Span(aid, 0, len(text), text), dead=Count(*dead))


def test_a_running_total_of_the_conflict_is_not_the_events_toll():
    day = _said("a", (144, None), "At least 144 people were reported killed on Monday in the city.")
    war = _said("b", (7500, None), "The UN says more than 7,500 people have now died in the crackdown.")
    since = _said("c", (300, 400), "At least 300 to 400 people had been killed since Feb. 15, a rights group said.")
    assert pair(best_count([day, war, since], "dead", {})) == (144, None)
    assert pair(best_count([war], "dead", {})) == (7500, None)      # the only figure we have
    fighting = _said("d", (9, 9), "Nine people were killed in the fighting on Monday.")
    assert pair(best_count([day, fighting], "dead", {})) == (144, None)   # no running total here
