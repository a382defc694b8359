"""The shapes a wire dateline takes when it opens a sentence.

A dateline names where the copy was filed: "KAMPALA (Agency) —", "KAMPALA, Uganda —", and the
long wire form with the filing day, "KAMPALA, Uganda, March 4 (Agency) --" or "KAMPALA, Mar. 4 -".
The filing day and the agency sit between the place and the dash; a pattern that does not skip
them misses the dateline and reads the filing city as the place of the sentence's act.
"""
from __future__ import annotations

import re

_MONTH = (r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?")
# the filing day after the place: ", Nov. 22", ", March 4, 2014"
FILED_DAY = r"(?:,?\s*" + _MONTH + r"\s+\d{1,2}(?:,\s*\d{4})?)"

# group 1: the capitalised place with an optional region or country ("LAGOS, Nigeria")
FILED_HEAD = re.compile(r"\s*([A-Z]{3,}[A-Z'.\- ]*(?:,\s*[A-Z][A-Za-z.\- ]{1,40}?)?)\s*"
                        + FILED_DAY + r"?\s*"
                        r"(?:\([^)]{1,40}\)\s*)?(?:\u2014|\u2013|--|-\s)")
