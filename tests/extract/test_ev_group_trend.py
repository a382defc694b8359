"""An act noun told as part of a trend names no act of the day (extract/ev_group_trend.py).
(Sentences invented.)"""
from __future__ import annotations

from tests.conftest import assault_mentions

_TREND = ("Gunmen killed 12 worshippers at a church in Tarsk on Sunday, police said. "
          "Fears have grown in Velo about an upsurge in rebel attacks, after the rebels took "
          "over a dozen villages in recent months.")

_LAUNCHED = "Rebels launched a wave of attacks on police posts in Velo on Monday, officials said."


def _with(ms, words):
    return [m for m in ms if any(words in s.text for s in [m.span, *m.extra_spans])]


def test_a_trend_of_attacks_is_no_attack_statement():
    ms = assault_mentions(_TREND, "2026-03-10")
    assert not _with(ms, "upsurge")
    assert len(_with(ms, "Gunmen killed")) == 1


def test_a_launched_wave_of_attacks_is_told():
    assert _with(assault_mentions(_LAUNCHED, "2026-03-10"), "wave of attacks")


def test_a_run_of_blasts_an_act_caused_is_told():
    text = ("A limpet mine struck the cargo ship Arvel off Port Kesh, causing a series of "
            "large explosions in its engine room, the coast guard said.")
    assert _with(assault_mentions(text, "2026-03-10"), "limpet mine")
