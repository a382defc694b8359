"""One act told in parts, on sentences we wrote: a victim singled out of a toll told before
("One of those injured was ...") tells that toll's act (grp_link.victim_ref), and "a third
gunman" after "three gunmen" is one of the attack's doers, not a third attack (grp_parts.py)."""
from __future__ import annotations

from tests.conftest import assault_mentions


def attacks(text: str) -> list:
    return assault_mentions(text, "2031-05-02")


def texts(m) -> list[str]:
    return [s.text for s in [m.span, *m.extra_spans]]


TOLL = ("More than 300 people were injured when riot police charged crowds of voters across "
        "Norland on Sunday, the regional health service said. ")
VICTIM = ("One of those seriously injured was a 68-year-old farmer who was taken to the "
          "Saint Agnes hospital in Velm with a broken skull.")


def test_a_victim_of_the_toll_tells_the_tolled_act():
    ms = attacks(TOLL + VICTIM)
    assert len(ms) == 1 and any("farmer" in s for s in texts(ms[0]))


DOERS = ("Three gunmen stormed a shopping centre in Velm on Friday, killing at least 20 people. "
         "Two of them opened fire on shoppers near the entrance. ")


def test_a_numbered_doer_of_the_counted_attackers_is_the_same_attack():
    ms = attacks(DOERS + "A third gunman detonated a suicide vest in the car park.")
    assert len(ms) == 1 and any("third gunman" in s for s in texts(ms[0]))


def test_a_numbered_doer_past_the_count_or_hours_later_is_not_folded_by_the_count():
    from newsdesk.extract.grp_parts import counted_part
    from newsdesk.model import Article
    from newsdesk.nlp import sentences_step

    class _C:       # the statement the rule reads: its sentence and its triggers
        def __init__(self, sent, start):
            self.sent, self.triggers = sent, [type("T", (), {"start": start})()]

    def part(text):
        art = sentences_step(Article(id="t", raw=text, text=text))
        last = art.sentences[-1].text
        return counted_part(art, _C(len(art.sentences) - 1, last.index("detonated")))
    assert part(DOERS + "A third gunman detonated a suicide vest in the car park.")
    assert not part("Two gunmen stormed a shopping centre in Velm on Friday. "
                    "A third gunman detonated a suicide vest in the car park.")
    assert not part(DOERS + "Hours later, a third gunman detonated a suicide vest at the station.")
