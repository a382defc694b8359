"""A place named only as an owner ("Paris's offer") casts no vote for the article's place,
and a compass word alone ("West" of "West African") is no harvested region."""
from newsdesk.extract.geo.named_roles import owner_only
from newsdesk.extract.geo.relative import harvest_names
from newsdesk.extract.geo.gazetteer import gazetteer
from newsdesk.extract.geo.resolve import ArticleGeo


def test_owner_only_common_noun_and_quote():
    text = "The mayor welcomed Berlin's pledge. Later she praised Berlin’s “firm backing”."
    assert owner_only("Berlin", text)


def test_country_as_owner_keeps_its_vote():
    gz = gazetteer()
    text = "Kenya's police cleared the road on Monday."
    assert not owner_only("Kenya", text, gz)
    assert owner_only("Nairobi", "The envoy praised Nairobi's offer.", gz)


def test_owner_with_place_inside_or_plain_use_is_a_site():
    assert not owner_only("Cairo", "Crowds filled Cairo's Tahrir Square on Sunday.")
    assert not owner_only("Berlin", "Berlin's pledge came a day after talks in Berlin ended.")
    assert not owner_only("Berlin", "No such name here.")


def test_owner_name_makes_no_default():
    text = ("Rebels seized the airport on Monday, officials in Kenya said. The minister welcomed "
            "Berlin's pledge of aid and Berlin's offer of doctors.")
    geo = ArticleGeo(names=["Berlin", "Berlin", "Kenya"], text=text)
    assert geo.default().country == "KE"


def test_harvest_skips_compass_word_alone():
    text = "Troops closed the borders of the West African country on Tuesday, officials said."
    assert "West" not in harvest_names(gazetteer(), text, set())


def test_standalone_ends_are_the_regex_matches():
    import re
    from newsdesk.extract.geo.named_roles import _standalone_ends
    text = ("Berlin's pledge; West-Berlin, Berlin-based and Berliners; (Berlin) Berlin_x "
            "BerlinBerlin Berlin. aa-aa aaa aa")
    for name in ("Berlin", "aa", "a", "Berlin's", "-Berlin"):
        assert list(_standalone_ends(text, name)) == \
            [m.end() for m in re.finditer(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", text)]
