"""Thin or tied event votes yield to the country the whole text places the news in
(geo/text_vote.py): its big towns first, then its country names, then its people."""
from newsdesk.extract.geo import text_vote
from newsdesk.extract.geo.resolve import ArticleGeo
from newsdesk.extract.geo.text_vote import text_country


def test_one_incidental_name_yields_to_the_towns_of_the_text():
    # the event sentences name only where a bloc's statement came from
    text = ("Guards held the president in his palace on Tuesday, a source said. The regional "
            "bloc condemned the move in a statement issued from Ghana. Roads into Bamako were "
            "closed and shops in Bamako stayed shut, residents of Mali said.")
    geo = ArticleGeo(names=["Ghana"], text=text)
    assert geo.default().country == "ML"


def test_a_rounding_tie_is_broken_by_country_names_and_people_when_asked(monkeypatch):
    text = ("Peru's army closed the border on Monday. Peruvian officers said Peru would hold "
            "talks. Peruvian troops patrolled the hills. Chile sent an envoy.")
    monkeypatch.setattr(text_vote, "TIE_SHARE", 0.999)
    geo = ArticleGeo(names=["Chile", "Peru"], text=text)
    assert geo.main_country().country == "PE"
    # a country the event sentences never voted for does not break their tie
    other = ArticleGeo(names=["Chile", "Peru"], text=("Chile and Peru met in Lima. Ecuador hosted "
                                                       "talks in Quito, Quito and Quito."))
    assert other.main_country().country == "PE"


def test_a_clear_vote_or_a_tie_in_every_tier_stands():
    text = "Soldiers entered Nairobi on Friday. Officials in Nairobi said more troops would come."
    geo = ArticleGeo(names=["Nairobi", "Nairobi", "Kampala"], text=text)
    assert text_country(geo, "KE") == "KE"          # not thin, not tied
    tied = ArticleGeo(names=["Chile", "Peru"], text="Chile and Peru signed a deal in Quito, Quito.")
    assert tied.main_country().country == tied.tc.most_common(1)[0][0]   # ties left alone


def test_sidebar_cities_of_a_country_the_text_never_names_do_not_count():
    text = ("Troops fired on marchers in the capital on Sunday, officials in Ghana said. "
            "Read more: clubs like Phoenix or San Antonio won again.")
    geo = ArticleGeo(names=["Ghana"], text=text)
    assert geo.default().country == "GH"


def test_a_party_named_often_does_not_outvote_the_repeated_site():
    # the one named site is a small port repeated; the other side is a party and a people
    text = ("Boats clashed off Kismayo on Sunday. Kenyan crews said Kismayo was calm later. "
            "Kenya protested, and Kenyan officials and Kenyan fishermen were angry.")
    geo = ArticleGeo(names=["Kismayo"], text=text)
    assert geo.main_country().country == "SO"
