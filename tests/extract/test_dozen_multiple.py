"""A word figure times "dozen" is the product: "three dozen" is 36, not 3."""
from newsdesk.extract.counts import casualties


def test_word_figure_dozen_is_a_product():
    c = casualties("Over three dozen villagers were killed in the raid, residents said.")
    assert c["dead"].low == 36


def test_plain_dozen_and_plain_word_unchanged():
    assert casualties("Two dozen guards died in the fire.")["dead"].low == 24
    assert casualties("A dozen miners died underground.")["dead"].low == 12
    assert casualties("Twelve people died in the fire.")["dead"].low == 12
