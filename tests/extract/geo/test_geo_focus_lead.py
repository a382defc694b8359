"""An unknown name the name finder glued onto a city ("La Paz Morales" from "a press
conference in La Paz Morales said") still mentions that city: the article's focus counts it,
so one passing mention of another town does not become the article's place."""
from newsdesk.extract.geo import ArticleGeo


def _main(names):
    m = ArticleGeo(names=names).main_place()
    return (m.name, m.country, m.precision) if m else None


def test_a_glued_name_ties_a_lone_town_and_leaves_the_country():
    # one mention each of Potosi and La Paz (neither the constitutional capital): no clear city
    assert _main(["Potosi", "La Paz Morales"]) == ("Bolivia", "BO", "country")


def test_a_glued_name_adds_to_its_city():
    assert _main(["Potosi", "La Paz Morales", "La Paz"])[:2] == ("La Paz", "BO")
    assert _main(["Cochabamba", "Cochabamba Protesters", "Sucre"])[:2] == ("Cochabamba", "BO")


def test_a_lone_town_is_still_the_focus():
    assert _main(["Potosi"])[:2] == ("Potosí", "BO")
