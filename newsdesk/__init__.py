"""newsdesk: raw news coverage of a crisis in, a source-linked situation picture out.

    >>> import newsdesk
    >>> picture = newsdesk.analyze(["examples/"])
    >>> picture.to_json()["stories"]
"""
from __future__ import annotations

__version__ = "0.1.0"

from .api import analyze, clean_paths  # noqa: E402,F401
# (`newsdesk.clean` stays the cleaning package; the function is `clean_paths`.)
from .model import Picture  # noqa: E402,F401
