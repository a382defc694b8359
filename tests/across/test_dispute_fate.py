"""What became of the attackers (across/dispute_fate.py): one outlet's attackers killed against
another's attackers fled makes a dispute; a part of the crew, a hedge, the attackers' own
killing of others, or both accounts in one article do not (sentences we wrote)."""
from __future__ import annotations

from newsdesk.across.dispute_fate import _fate
from tests.conftest import story_disputes


def _fates(*texts):
    return [d for d in story_disputes(*texts) if d.topic.startswith("what became of the attackers")]


def test_killed_in_one_outlet_fled_in_another():
    found = _fates("By evening the three assailants had been killed, the harbour police chief said.",
                   "Raiders that had held the ferry terminal for six hours have escaped, witnesses said.")
    assert not found          # 'raiders' is no attacker noun the detector knows: no side
    found = _fates("By evening the three assailants had been killed, the harbour police chief said.",
                   "The gunmen that had held the ferry terminal for six hours have escaped, witnesses said.")
    assert len(found) == 1 and len(found[0].claims) == 2


def test_each_side_reads_the_subject_and_the_voice():
    assert _fate("Police shot dead both gunmen near the depot.") == "dead"
    assert _fate("The attackers were all killed in the final assault.") == "dead"
    assert _fate("The four attackers remain at large.") is None            # 'remain' is no stated fate verb
    assert _fate("The attackers have fled the city, a spokesman said.") == "away"
    assert _fate("Masked gunmen killed nine diners before dawn.") is None   # they killed others
    assert _fate("Officials said the gunmen may have fled across the river.") is None
    assert _fate("One of the gunmen was killed and the other fled.") is None
    assert _fate("The remaining attackers fled into the hills.") is None


def test_both_accounts_in_one_article_are_no_dispute():
    assert not _fates("The two gunmen were killed at the gate. Earlier reports said the gunmen fled.")
