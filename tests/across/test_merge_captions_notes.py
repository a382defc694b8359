"""An editor's note or a correction line names the event only to say what the page changed
(across/merge_captions.py): it is no report of the event."""
from __future__ import annotations

from newsdesk.across.merge_captions import is_caption


def test_an_editors_note_is_no_report():
    assert is_caption("Editor's note: This story has been updated with the latest toll in the Velmar bombing.")
    assert is_caption("Correction: An earlier version misstated the number killed in the fire.")


def test_a_sentence_quoting_an_editor_is_still_a_report():
    assert not is_caption("The editor noted that gunmen killed four guards at the station on Monday.")
