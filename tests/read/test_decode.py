"""Encoding detection, binary sniffing, size caps and the deep-nesting guard."""
from __future__ import annotations

import gzip

import pytest

from newsdesk.read import ReadError
from newsdesk.read.decode import decode_bytes, read_capped, sniff_binary
from newsdesk.read.nesting import flatten, max_depth

WESTERN = ("The minister said \u201cwe will not retreat\u201d \u2014 a na\u00efve hope, "
           "wrote the caf\u00e9 owner in Gen\u00e8ve. ")


def test_lying_meta_charset_does_not_beat_valid_utf8():
    html = ('<html><head><meta charset="iso-8859-1"></head><body><p>' + WESTERN
            + "</p></body></html>").encode("utf-8")
    text, enc = decode_bytes(html, html=True)
    assert enc == "utf-8"
    assert "na\u00efve" in text and "\u201cwe" in text


def test_cp1252_without_declaration_decodes_right():
    # charset-normalizer alone reads this as cp1250 ("nadve" with a caron)
    text, enc = decode_bytes((WESTERN * 3).encode("cp1252"))
    assert enc == "cp1252"
    assert "na\u00efve" in text and "Gen\u00e8ve" in text and "\u201cwe" in text


def test_latin1_label_is_read_as_windows_1252():
    data = ('<meta charset="ISO-8859-1"><p>' + WESTERN + "</p>").encode("cp1252")
    text, enc = decode_bytes(data, html=True)
    assert enc == "cp1252" and "\u201cwe will not retreat\u201d" in text


def test_utf8_label_on_cp1252_bytes_is_detected():
    data = ('<meta charset="utf-8"><p>' + WESTERN + "</p>").encode("cp1252")
    text, _ = decode_bytes(data, html=True)
    assert "caf\u00e9" in text and "\ufffd" not in text


def test_mostly_utf8_keeps_the_good_characters():
    data = (WESTERN * 4).encode("utf-8")
    data = data[:40] + b"\xe2\x80" + data[40:]          # one broken sequence
    text, enc = decode_bytes(data)
    assert enc.startswith("utf-8")
    assert text.count("na\u00efve") == 4


def test_http_charset_hint_is_used_for_non_utf8():
    moscow_today = "\u041c\u043e\u0441\u043a\u0432\u0430 \u0441\u0435\u0433\u043e\u0434\u043d\u044f "
    text, enc = decode_bytes(moscow_today.encode("cp1251") * 5, declared="windows-1251")
    assert enc == "cp1251" and text.startswith("\u041c\u043e\u0441\u043a\u0432\u0430")


def test_binary_is_named():
    assert sniff_binary(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3") == "PDF"
    assert sniff_binary(b"\x89PNG\r\n\x1a\n\x00\x00") == "PNG image"
    assert sniff_binary(b"abc\x00def") == "binary data"
    assert sniff_binary(WESTERN.encode()) is None
    with pytest.raises(ReadError, match="binary file"):
        decode_bytes(bytes(range(256)) * 4)


def test_undecodable_bytes_are_an_error():
    junk = bytes((0x80 + (i * 37) % 128) for i in range(3000))   # high bytes, no text
    with pytest.raises(ReadError, match="undecodable"):
        decode_bytes(junk)


def test_size_cap_refuses_before_reading(tmp_path):
    big = tmp_path / "big.txt"
    with open(big, "wb") as fh:
        fh.truncate(100 * 2**20)                    # sparse: no disk, no memory
    with pytest.raises(ReadError, match="over the size cap"):
        read_capped(big, 20 * 2**20)


def test_gzip_bomb_stops_at_cap(tmp_path):
    p = tmp_path / "bomb.html.gz"
    p.write_bytes(gzip.compress(b"<p>" + b"a" * (3 * 2**20)))
    with pytest.raises(ReadError, match="gunzipped content is over"):
        read_capped(p, 2**20)


def test_deep_nesting_is_flattened_without_losing_text():
    n = 100_000
    html = "<html><body>" + "<div>" * n + "<p>Deep text survives.</p>" + "</div>" * n + "</body></html>"
    flat, dropped = flatten(html)
    assert dropped > 0 and "<p>Deep text survives.</p>" in flat
    assert max_depth(flat) <= 200


def test_normal_pages_are_untouched():
    html = "<html><body>" + "<div>" * 30 + "<p>a<p>b<li>c" * 500 + "</div>" * 30 + "</body></html>"
    assert flatten(html) == (html, 0)


def test_double_encoded_utf8_is_repaired_and_real_accents_are_not():
    bad = "If I\u2019d only known, said the caf\u00e9 owner in Gen\u00e8ve".encode("utf-8").decode("cp1252")
    assert "\u00e2\u20ac\u2122" in bad                       # "â€™"
    text, enc = decode_bytes(("<p>" + bad + "</p>").encode("utf-8"), html=True)
    assert "If I\u2019d only known" in text and "caf\u00e9" in text and "repaired" in enc
    fine = "S\u00e3o Paulo, \u00e0 \u20ac5, SÃO PAULO, na\u00efve, \u00c2ge"
    assert decode_bytes(fine.encode("utf-8")) == (fine, "utf-8")


def test_mojibake_through_latin1_and_twice_over():
    once = "\u00c5land \u00d7 caf\u00e9".encode("utf-8").decode("latin-1")      # C1 controls
    twice = "It\u2019s".encode("utf-8").decode("cp1252").encode("utf-8").decode("cp1252")
    text, _ = decode_bytes((once + " / " + twice).encode("utf-8"))
    assert text == "\u00c5land \u00d7 caf\u00e9 / It\u2019s"


def test_deep_nesting_in_upper_case_and_unclosed_tags():
    n = 5000
    upper = "<HTML><BODY>" + "<DIV CLASS=x>" * n + "<P>Deep text.</P>" + "</DIV>" * n
    unclosed = "<html><body>" + "<span>" * n + "<p>Never closed.</p></body></html>"
    for page, text in ((upper, "<P>Deep text.</P>"), (unclosed, "<p>Never closed.</p>")):
        flat, dropped = flatten(page)
        assert dropped >= n - 200 and text in flat
