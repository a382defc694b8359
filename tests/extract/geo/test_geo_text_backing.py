"""Three ways an article's places lacked backing: a capital's former name outranked a living
town of that name; an article naming its places only inside unknown names ("Kharkiv Tractor
Plant") had no country at all; and a mid-sized town with namesakes abroad was dropped because
the caller passed only the event sentences' names, though the text names its country's
capital elsewhere."""
from newsdesk.extract.geo import ArticleGeo, resolve
from newsdesk.extract.geo.backing import text_countries


def _loc(loc):
    return (loc.name, loc.country, loc.precision) if loc else None


def test_a_towns_own_name_beats_a_capitals_former_name():
    # Harare was once called Salisbury; the English town still is
    assert _loc(resolve("Salisbury"))[:2] == ("Salisbury", "GB")


def test_a_capitals_exonym_in_use_still_names_it():
    assert _loc(resolve("Kiev"))[:2] == ("Kyiv", "UA")


def test_an_unknown_name_led_by_a_known_city_gives_the_article_its_country():
    geo = ArticleGeo(names=["Kharkiv Tractor Plant"])
    assert _loc(geo.main_country()) == ("Ukraine", "UA", "country")


def test_a_led_name_does_not_vote_beside_known_places():
    geo = ArticleGeo(names=["Kharkiv Tractor Plant", "Warsaw", "Krakow"])
    assert "UA" not in geo.tc


SENT = "Police sealed off a street in Salisbury on Sunday."


def test_the_text_backs_a_town_the_event_sentences_leave_alone():
    text = SENT + " The embassy in London said nothing about the case."
    geo = ArticleGeo(names=["Salisbury", "Moscow"], text=text)
    assert _loc(geo.locate(SENT, ["Salisbury"]))[:2] == ("Salisbury", "GB")


def test_without_that_backing_a_namesake_abroad_still_yields():
    geo = ArticleGeo(names=["Salisbury", "Moscow"], text=SENT + " Picture by PA Wire")
    assert _loc(geo.locate(SENT, ["Salisbury"]))[:2] == ("Moscow", "RU")


def test_an_agency_acronym_backs_no_state():
    geo = ArticleGeo(names=["Salisbury"], text=SENT + " Picture by PA Wire")
    assert "US" not in text_countries(geo)


ADDRESS = "Soldiers covered a van in Hyde Road, Gillingham, Dorset, as the inquiry went on."


def test_a_street_written_as_an_address_lies_in_its_town():
    # the county after the town picks the Dorset Gillingham, not the larger one in Kent
    geo = ArticleGeo(names=["Hyde Road", "Russia"], text=ADDRESS + " The embassy in London said nothing.")
    loc = geo.resolve("Hyde Road")
    assert (loc.name, loc.country, loc.near) == ("Gillingham", "GB", True)
    assert loc.lon < -2.0


def test_an_unbacked_address_town_is_not_taken():
    geo = ArticleGeo(names=["Hyde Road", "Russia"], text=ADDRESS)
    assert geo.resolve("Hyde Road").country == "RU"
