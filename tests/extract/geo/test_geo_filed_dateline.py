"""A dateline that only says where the copy was filed (geo/filed.py), on texts of our own: a
home desk's city heading news from a country the text keeps naming, and nothing else there."""
from __future__ import annotations

from newsdesk.extract.geo import ArticleGeo

FILED = ("Lisbon - Rebel officers in Moldova said on Tuesday they had taken the state broadcaster "
         "in Chisinau. Moldova's president, who was abroad, said the mutiny in Chisinau had failed. "
         "Gunfire was heard near the parliament in Chisinau overnight, residents of Moldova said.")
HOME = ("Lisbon - Firefighters in Portugal fought a blaze on Tuesday near Lisbon's old town. "
        "Residents said the fire in Lisbon spread quickly.")


def test_a_filing_dateline_yields_to_the_country_the_text_is_about():
    geo = ArticleGeo(names=["Moldova", "Chisinau", "Moldova", "Chisinau", "Chisinau", "Moldova"],
                     dateline="Lisbon", text=FILED)
    assert geo.default().country == "MD"


def test_a_dateline_the_text_backs_stays_the_place():
    geo = ArticleGeo(names=["Portugal", "Lisbon", "Lisbon"], dateline="Lisbon", text=HOME)
    assert geo.default().name == "Lisbon"


def test_a_dateline_with_no_other_places_stays_the_place():
    geo = ArticleGeo(names=[], dateline="Lisbon", text="Lisbon - The council met on Tuesday.")
    assert geo.default().name == "Lisbon"


# a regional bureau's dateline over news from the neighbouring country: three plain mentions of
# that country's places must outvote it, even when homonyms abroad take a sliver of a name's vote
BUREAU = ("NAIROBI, Kenya - Gunmen stormed a hotel on Monday in Niamey, the capital of Niger, and "
          "took guests hostage. Troops of Niger later surrounded the building.")


def test_a_regional_bureau_dateline_yields_to_the_neighbouring_country_named_three_times():
    geo = ArticleGeo(names=["Niamey", "Niger", "Niger"], dateline="Nairobi", text=BUREAU)
    assert geo.default().name == "Niamey"
