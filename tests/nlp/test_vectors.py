"""The bundled static embedding model: offline, unit-length rows, paraphrases closer than
unrelated text."""
import socket

import numpy as np
import pytest

from newsdesk.nlp import vectors


def test_loads_without_network(monkeypatch):
    """Any attempt to open a connection while loading fails the test: the model and its
    tokenizer must come from the wheel."""
    def refuse(*args, **kwargs):
        raise AssertionError("network access while loading the embedding model")
    vectors.model.cache_clear()
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket.socket, "connect", refuse)
    assert vectors.model() is not None
    assert vectors.embed(["A ferry sank off the coast."]).shape == (1, 256)


def test_rows_are_unit_length_and_empty_text_is_zero():
    vecs = vectors.embed(["Rebels shelled the port city overnight.", ""])
    assert vecs.dtype == np.float32
    assert np.linalg.norm(vecs[0]) == pytest.approx(1.0, abs=1e-5)
    assert not vecs[1].any()
    assert vectors.embed([]).shape == (0, 256)


def test_paraphrase_is_closer_than_an_unrelated_headline():
    a, b, c = vectors.embed([
        "Floods kill dozens in the northern province",
        "Dozens dead as flooding hits the north of the country",
        "Central bank holds interest rates steady",
    ])
    assert a @ b > a @ c + 0.2
