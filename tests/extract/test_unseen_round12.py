"""Round 12 on unseen set 11, on sentences we wrote: an expulsion told as "kicking out",
denying having ever done a thing or a report of a killing (REJECT, and
no killing), denouncing the reports, lives put at risk, ships that block a channel, a
withdrawn permission, and an attempted murder that kills no one."""
from __future__ import annotations

from newsdesk.extract.counts import casualties
from newsdesk.extract.events import events_step
from newsdesk.extract.plover import find_triggers, retype
from newsdesk.model import Article
from newsdesk.nlp import sentences_step


def code(text: str, published: str | None = "2026-04-22") -> list:
    art = Article(id="t", raw=text, text=text, published=published)
    return [(m.type, m.actor) for m in events_step(sentences_step(art)).mentions]


def types(text: str) -> list[str]:
    return [t.type for t in retype(text, find_triggers(text))]


def test_kicking_out_diplomats_is_an_expulsion():
    assert code("Varnia is kicking out 14 Ostrian diplomats over the spy row.") == [("COERCE", "Varnia")]
    assert types("The minister said the envoys being kicked out were all spies.") == ["COERCE"]
    assert "COERCE" not in types("The striker was kicked out of the tournament.")


def test_denying_ever_doing_a_thing_rejects_the_charge():
    assert ("REJECT", "Varnia") in code("Varnia on Monday denied ever producing the toxin found at the scene.")


def test_a_denied_report_of_a_killing_is_a_rejection_not_a_killing():
    got = code("The ministry on Sunday denied reports that the reporter was killed inside the embassy.")
    assert got == [("REJECT", "ministry")]
    assert "REJECT" not in types("The ministry denied reports that the minister was ill.")


def test_denouncing_the_reports_is_a_rejection():
    assert types("The envoy strongly denounced the reports, calling them lies.") == ["REJECT"]
    assert types("The envoy strongly denounced the bombing of the market.")[0] == "ACCUSE"


def test_lives_put_at_risk_are_the_harm_done():
    assert types("The attack was reckless, threatening the lives of dozens of residents.")[-1] == "ASSAULT"
    assert types("The rebels threatened to attack the capital.")[0] == "THREATEN"


def test_ships_that_block_a_channel_coerce():
    assert types("The navy moved two vessels into the strait, blocking all further traffic.") == ["COERCE"]
    assert types("Protesters blocked the main road into the port.") == ["PROTEST"]


def test_a_withdrawn_permission_is_a_sanction():
    assert types("Varnia has withdrawn permission for Ostria to open a consulate in Port Lenz.") == ["SANCTION"]


def test_an_attempted_murder_kills_no_one():
    assert casualties("It was the attempted murder of three people with a nerve agent.")["dead"] is None
    assert casualties("The murder of three people shocked the town.")["dead"].low == 3
