"""Capitalised site nouns are no towns (geo/common_noun.py): sentences we wrote."""
from __future__ import annotations

from newsdesk.extract.geo import ArticleGeo, gazetteer
from newsdesk.extract.geo.common_noun import common_noun

TEXT = ("Gunmen opened fire on worshippers in the Mosque beside the old palace in Kano on Friday. "
        "The mosque was full when the Mosque gates were shut. Police in Kano said 30 people died.")


def test_a_site_noun_the_text_also_writes_in_lower_case_is_no_place():
    gz = gazetteer()
    assert common_noun(gz, "Mosque", TEXT)
    assert not common_noun(gz, "Kano", TEXT)          # a name the gazetteer holds
    assert not common_noun(gz, "Mosque", "Worshippers fled the Mosque.")   # never in lower case


def test_the_site_noun_casts_no_vote_for_the_article_place():
    geo = ArticleGeo(["Mosque", "Mosque", "Kano", "Mosque"], text=TEXT)
    assert geo.counts.get("Mosque") is None
    loc = geo.resolve("Mosque")
    assert loc is None or loc.country == "NG"

