"""A negated denial asserts ("there is no way to deny", "cannot be denied", "did not deny"):
its holder rebuts nothing (across/dispute_sides.negated_denial, dispute_fb_features.denial);
sentences we wrote."""
from __future__ import annotations

from newsdesk.across.dispute_fb_features import denial
from newsdesk.across.dispute_sides import negated_denial
from newsdesk.across.disputes import ANAPHORIC_DENIAL, DENIAL
from tests.conftest import story_disputes

NEGATED = ["The relief agency said there is no way to deny that the clinic was struck from the air.",
           "It cannot be denied that the grain convoy came under fire near the bridge, the monitor said.",
           "The ministry did not deny that its drones flew over the valley that night.",
           "Witnesses said the navy couldn't deny the ferry had been boarded."]
PLAIN = ["The army denied that its gunners shelled the clinic near the bridge.",
         "The mayor said he would not step down, denying there had been any lapse in the town's defences.",
         "The rebels rejected the report as a fabrication."]


def test_a_negated_denial_is_told_apart_from_a_denial():
    for text in NEGATED:
        assert negated_denial(text, DENIAL) and denial(text) is None, text
    for text in PLAIN:
        assert not negated_denial(text, DENIAL) and denial(text) is not None, text


def test_a_negated_anaphoric_denial_points_back_at_nothing():
    assert negated_denial("The governor has never denied it.", ANAPHORIC_DENIAL)
    assert not negated_denial("The governor has flatly denied it.", ANAPHORIC_DENIAL)


def test_a_negated_denial_is_the_side_against_the_denial():
    a = "The Velmoran air force denied that its jets had struck the clinic in Port Selka on Tuesday."
    b = "Harbour Aid said there is no way to deny that the clinic in Port Selka was struck from the air."
    c = ("Harbour Aid staff confirmed that Velmoria and its allies have \u201cno way to deny\u201d bombing "
         "the clinic in Port Selka.")
    pairs = [{x.span.text for x in d.claims} for d in story_disputes(a, b, c)]
    assert any(a in p and b in p for p in pairs)
