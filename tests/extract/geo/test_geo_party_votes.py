"""The partner of a dealing casts no vote for the article's main place
(geo/party_votes.py); a tie among places harvested from the text is settled by the text's
own tiers (geo/text_vote.py), not by a gazetteer prior's last digits; and a street written
with its town as an address lies in that town, not in a namesake of its first word
(geo/fallback.py)."""
from newsdesk.extract.geo.resolve import ArticleGeo
from newsdesk.extract.geo.roles import away_places
from newsdesk.nlp import parse


def _away(sentence: str, names: list[str]) -> list[str]:
    return away_places(parse([sentence])[0], names)


def test_a_partner_of_dealings_is_a_party():
    assert _away("Spain suspended all trade talks with Portugal on Friday.", ["Portugal"]) == ["Portugal"]
    assert _away("Norway has cut its military ties with Moscow.", ["Moscow"]) == ["Moscow"]


def test_a_scene_an_actor_the_accused_and_a_town_keep_their_votes():
    # the acting side's own country and the accused (often the story's own country) still vote
    assert _away("Norway has recalled its ambassador after the raid in Tromso.", ["Norway", "Tromso"]) == []
    assert _away("Gunmen stormed a market in Tromso on Sunday.", ["Tromso"]) == []
    assert _away("The minister blamed Chile for the blast near Arica.", ["Chile", "Arica"]) == []
    assert _away("Rebels clashed with troops near Tromso.", ["Tromso"]) == []
    assert _away("Floods cut roads in Peru's northern province of Piura.", ["Peru", "Piura"]) == []


def test_harvested_ties_go_to_the_country_the_text_names_throughout():
    # the event sentences name no place; the harvest finds three countries once each, and
    # the one named in every paragraph (twice where a sentence opens) must win the tie
    text = ("Guards have seized the president of Belize, state radio said on Monday. Belize has "
            "been calm since. Belize radio said the capital was quiet. He was promised full "
            "backing in a call from the Canada Foreign Minister. Leaders of Guatemala and "
            "Mexico called for calm.")
    geo = ArticleGeo(names=[], text=text, harvest=True)
    assert geo.main_country().country == "BZ"


def test_a_street_lies_in_the_town_of_its_address():
    text = ("Police closed Bury Street, Halifax, on Sunday. Officers in Leeds said the inquiry in "
            "Leeds would take weeks.")
    geo = ArticleGeo(names=["Bury Street", "Bury Street", "Leeds", "Leeds"], text=text)
    assert geo.resolve("Bury Street").name == "Halifax"     # not the town of Bury
